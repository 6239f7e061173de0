/**
 * Who may see which dashboard and export which table, on the server: anonymous, a member of buyer A, a
 * member of company B, CCI staff. Each cell is asserted allowed or refused, and what an export contains.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadBarometer, loadBuyerDashboard, loadTerritoryDashboard } from "@/lib/dashboards/service";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { openExport } from "@/lib/exports/service";
import { EXPORT_TABLES } from "@/lib/exports/tables";
import { companyWithTeam, staffActor } from "../factories/actors";
import { AUBAGNE, awardOf, publishedNeed, submittedAnswer, supplierIn } from "../factories/awards";
import { db, resetDatabase } from "./db";

type Role = "anonymous" | "memberA" | "memberB" | "staff";
type Outcome = "ok" | "401" | "403";
let actors: Record<Role, Actor | null>;
let companyA: string;
const PERIOD = { from: "2026-01", to: "2026-12" };

async function outcome(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    await fn();
    return "ok";
  } catch (err) {
    if (err instanceof UnauthenticatedError) return "401";
    if (err instanceof ForbiddenError) return "403";
    throw err;
  }
}

/** Reads a whole export as text (CSV) or bytes (xlsx). */
async function read(actor: Actor | null, table: string, query: Record<string, string> = {}) {
  const file = await openExport(db(), actor, table, new URLSearchParams(query));
  return { ...file, text: await new Response(file.body).text() };
}

beforeAll(async () => {
  await resetDatabase();
  const a = await companyWithTeam(db());
  const b = await companyWithTeam(db());
  companyA = a.companyId;
  actors = { anonymous: null, memberA: a.member, memberB: b.member, staff: await staffActor(db()) };
  const supplier = await supplierIn(db(), AUBAGNE);
  const need = await publishedNeed(db(), companyA, { title: "Nettoyage du site de Rousset", publishedAt: new Date("2026-03-01T10:00:00Z") });
  const answer = await submittedAnswer(db(), need, supplier, new Date("2026-03-02T10:00:00Z"));
  await awardOf(db(), {
    needId: need,
    buyerId: companyA,
    supplierId: supplier,
    amountEur: 12_500,
    awardedOn: new Date("2026-03-10T10:00:00Z"),
    answerId: answer,
  });
});

const EXPECTED: Record<string, Record<Role, Outcome>> = {
  "buyer dashboard of A": { anonymous: "401", memberA: "ok", memberB: "403", staff: "403" },
  "territory dashboard": { anonymous: "401", memberA: "403", memberB: "403", staff: "ok" },
  "public barometer": { anonymous: "ok", memberA: "ok", memberB: "ok", staff: "ok" },
  // company tables of A, asked for explicitly (?entreprise=A)
  "mes-besoins": { anonymous: "401", memberA: "ok", memberB: "403", staff: "403" },
  "reponses-recues": { anonymous: "401", memberA: "ok", memberB: "403", staff: "403" },
  "mes-attributions": { anonymous: "401", memberA: "ok", memberB: "403", staff: "403" },
  "mes-reponses": { anonymous: "401", memberA: "ok", memberB: "403", staff: "403" },
  // platform tables
  entreprises: { anonymous: "401", memberA: "403", memberB: "403", staff: "ok" },
  besoins: { anonymous: "401", memberA: "403", memberB: "403", staff: "ok" },
  attributions: { anonymous: "401", memberA: "403", memberB: "403", staff: "ok" },
  "defis-repartition": { anonymous: "401", memberA: "403", memberB: "403", staff: "ok" },
  "mecenat-repartition": { anonymous: "401", memberA: "403", memberB: "403", staff: "ok" },
};

const run: Record<string, (actor: Actor | null) => Promise<unknown>> = {
  "buyer dashboard of A": (actor) => loadBuyerDashboard(db(), actor, companyA, PERIOD),
  "territory dashboard": (actor) => loadTerritoryDashboard(db(), actor, PERIOD),
  "public barometer": () => loadBarometer(db()),
};

describe("dashboards and exports, role by role", () => {
  it("has a row for every export table", () => {
    expect(EXPORT_TABLES.map((t) => t.key).sort()).toEqual(
      Object.keys(EXPECTED)
        .filter((k) => !run[k])
        .sort(),
    );
  });
  for (const [what, row] of Object.entries(EXPECTED)) {
    for (const [role, expected] of Object.entries(row) as [Role, Outcome][]) {
      it(`${role} → ${what}: ${expected}`, async () => {
        const fn = run[what] ?? ((actor: Actor | null) => read(actor, what, { entreprise: companyA }));
        expect(await outcome(() => fn(actors[role]))).toBe(expected);
      });
    }
  }
});

describe("what an export contains", () => {
  it("gives a member of A its awards, as a CSV with a BOM, ';' and French headers", async () => {
    const file = await read(actors.memberA, "mes-attributions", { cols: "besoin,montant,attribue_le,part_locale" });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const [header, line] = file.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe("Besoin;Montant HT;Attribué le;Part locale du montant");
    expect(line).toBe("Nettoyage du site de Rousset;12500;10/03/2026;100");
  });

  it("gives a member of B its own (empty) tables by default, never A's rows", async () => {
    const file = await read(actors.memberB, "mes-attributions");
    expect(file.text).not.toContain("Rousset");
    expect(
      file.text
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toHaveLength(1); // the header row only
  });

  it("lets staff export every company and award as xlsx", async () => {
    const file = await openExport(db(), actors.staff, "attributions", new URLSearchParams({ format: "xlsx" }));
    const bytes = new Uint8Array(await new Response(file.body).arrayBuffer());
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip ("PK")
    const companies = await read(actors.staff, "entreprises", { cols: "siret,raison_sociale" });
    expect(companies.text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("SIRET;Raison sociale");
    expect(companies.text.split("\r\n").length).toBeGreaterThan(3);
  });

  it("refuses an unknown column", async () => {
    await expect(read(actors.memberA, "mes-besoins", { cols: "titre,mot_de_passe" })).rejects.toThrow("Colonnes d'export inconnues");
  });
});
