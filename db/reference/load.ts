/**
 * Loads reference data (EPCIs, communes with centres and postal codes, NAF rév. 2) into the database.
 * Idempotent: a version fingerprint in app_meta skips the work when nothing changed; otherwise upserts.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { appMeta, communes, epcis, nafCodes } from "../schema";
import { NAF_SECTIONS, nafShape, sectionOf } from "../../lib/naf/sections";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const CENTROIDS = path.join(here, "communes-centroids.csv");

interface EtalabCommune {
  code: string;
  type: string;
  codesPostaux?: string[];
}
interface EtalabEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}

export type CommuneRow = typeof communes.$inferInsert;
export type NafRow = typeof nafCodes.$inferInsert;

/** Parses the centroid CSV (no quoted fields, checked) and joins postal codes and EPCIs. */
export function buildCommuneRows(): { communes: CommuneRow[]; epcis: (typeof epcis.$inferInsert)[] } {
  const etalabCommunes: EtalabCommune[] = require("@etalab/decoupage-administratif/data/communes.json");
  const etalabEpcis: EtalabEpci[] = require("@etalab/decoupage-administratif/data/epci.json");

  const postalCodes = new Map<string, string[]>();
  for (const c of etalabCommunes) {
    if ((c.type === "commune-actuelle" || c.type === "arrondissement-municipal") && c.codesPostaux) {
      postalCodes.set(c.code, c.codesPostaux);
    }
  }
  const epciOf = new Map<string, string>();
  for (const e of etalabEpcis) for (const m of e.membres) epciOf.set(m.code, e.code);

  const lines = readFileSync(CENTROIDS, "utf8").trim().split("\n").slice(1);
  const rows: CommuneRow[] = lines.map((line) => {
    const [inseeCode, name, department, kind, parentCode, lat, lng, population] = line.split(",");
    return {
      inseeCode,
      name,
      department,
      kind: kind as "COM" | "ARM",
      parentCode: parentCode || null,
      postalCodes: postalCodes.get(inseeCode) ?? [],
      // an arrondissement belongs to its commune's EPCI
      epciCode: epciOf.get(inseeCode) ?? (parentCode ? (epciOf.get(parentCode) ?? null) : null),
      lat: Number(lat),
      lng: Number(lng),
      population: population ? Number(population) : null,
    };
  });
  return {
    communes: rows,
    epcis: etalabEpcis.map((e) => ({ code: e.code, name: e.nom, kind: e.type })),
  };
}

export function buildNafRows(): NafRow[] {
  const codes: { id: string; label: string }[] = require("@socialgouv/codes-naf/index.json");
  const sections: NafRow[] = NAF_SECTIONS.map((s) => ({ code: s.code, label: s.label, level: "section", parentCode: null, section: s.code }));
  return [
    ...sections,
    ...codes.map((c) => {
      const shape = nafShape(c.id);
      return { code: c.id, label: c.label, level: shape.level, parentCode: shape.parent, section: sectionOf(c.id) };
    }),
  ];
}

function fingerprint(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(CENTROIDS));
  hash.update(require("@etalab/decoupage-administratif/package.json").version);
  hash.update(require("@socialgouv/codes-naf/package.json").version);
  hash.update("v1"); // bump when the loading logic changes
  return hash.digest("hex").slice(0, 16);
}

async function upsertInBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Returns true when it (re)loaded, false when the database already had this version. */
export async function loadReferenceData(db: Db): Promise<boolean> {
  const version = fingerprint();
  const current = await db.select().from(appMeta).where(eq(appMeta.key, "reference_version"));
  if (current[0]?.value === version) return false;

  const { communes: communeRows, epcis: epciRows } = buildCommuneRows();
  const nafRows = buildNafRows();
  await db.transaction(async (tx) => {
    await upsertInBatches(epciRows, 2000, (batch) =>
      tx
        .insert(epcis)
        .values(batch)
        .onConflictDoUpdate({
          target: epcis.code,
          set: { name: sql`excluded.name`, kind: sql`excluded.kind` },
        }),
    );
    await upsertInBatches(communeRows, 2000, (batch) =>
      tx
        .insert(communes)
        .values(batch)
        .onConflictDoUpdate({
          target: communes.inseeCode,
          set: {
            name: sql`excluded.name`,
            department: sql`excluded.department`,
            kind: sql`excluded.kind`,
            parentCode: sql`excluded.parent_code`,
            postalCodes: sql`excluded.postal_codes`,
            epciCode: sql`excluded.epci_code`,
            lat: sql`excluded.lat`,
            lng: sql`excluded.lng`,
            population: sql`excluded.population`,
          },
        }),
    );
    await upsertInBatches(nafRows, 2000, (batch) =>
      tx
        .insert(nafCodes)
        .values(batch)
        .onConflictDoUpdate({
          target: nafCodes.code,
          set: { label: sql`excluded.label`, level: sql`excluded.level`, parentCode: sql`excluded.parent_code`, section: sql`excluded.section` },
        }),
    );
    await tx
      .insert(appMeta)
      .values({ key: "reference_version", value: version })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: version, updatedAt: new Date() } });
  });
  return true;
}
