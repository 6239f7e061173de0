/**
 * `npm run match -- --need FILE.json` as other programs run it (the script, as a process, on a database loaded
 * through the SIRENE import): a need file written by another program — areas as objects, NAF codes without the
 * dot, null for what is not set — is ranked exactly as the service ranks it in process; the JSON reaches a pipe
 * whole beyond 64 KB; an invalid file gets French messages per field, exit code 1 and no output file.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { rankSuppliersForNeed } from "@/lib/matching/service";
import { importSireneStream } from "@/lib/sirene/import";
import { sireneCsv, sireneRecord } from "../factories/sirene";
import { db, resetDatabase } from "./db";

const url = inject("databaseUrl");
let dir: string;

function match(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/match.ts", ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function needFile(name: string, need: Record<string, unknown>): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(need, null, 2));
  return file;
}

// Joiners in Marseille's 1st, 2nd and 5th arrondissements, and one in Aix-en-Provence (13001), outside the need's areas.
const JOINERS = 48;
const joiner = (i: number) =>
  sireneRecord(i, {
    activitePrincipaleEtablissement: "43.32A",
    codeCommuneEtablissement: i === 0 ? "13001" : ["13201", "13202", "13205"][i % 3],
    etatAdministratifEtablissement: "A",
  });
const description = (i: number) =>
  i % 2 === 0
    ? `Menuiserie PVC et aluminium : fourniture et pose de fenêtres double vitrage pour écoles et bureaux (${i}).`
    : `Escaliers et placards en bois massif sur mesure, agencement intérieur (${i}).`;

const NEED = {
  title: "Remplacement des fenêtres de l'école Jean-Moulin",
  description: "Dépose et remplacement de 24 fenêtres bois par des menuiseries PVC double vitrage, pendant les vacances d'été.",
  kind: "works",
  nafCodes: ["4332a"],
  communeCode: "13201",
  perimeterKind: "areas",
  perimeterRadiusKm: null,
  perimeterAreas: [
    { kind: "commune", code: "13201" },
    { kind: "commune", code: "13202" },
    { kind: "commune", code: "13205" },
  ],
  budgetMinEur: null,
  budgetMaxEur: 40000,
  responseDeadline: "2027-03-31",
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cc-match-cli-"));
  await resetDatabase();
  const records = Array.from({ length: JOINERS }, (_, i) => joiner(i));
  const result = await importSireneStream(db(), Readable.from([sireneCsv(records)]));
  expect(result.rejectedCount).toBe(0);
  // As a set is loaded from outside: descriptions written by SQL, every company verified and a charter signatory.
  await db().execute(sql`update companies c set description = d.description
    from unnest(${sql.param(records.map((r) => r.siret))}::text[], ${sql.param(records.map((_, i) => description(i)))}::text[]) as d(siret, description)
    where c.siret = d.siret`);
  await db().execute(sql`update companies set verification_status = 'verified', verified_at = now()`);
  await db().execute(sql`insert into charter_signatures (company_id, charter_version_id)
    select c.id, (select max(id) from charter_versions) from companies c on conflict do nothing`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run match (scripts/match.ts)", () => {
  it("ranks a need file written by another program as the service does, areas as objects or as « commune:… » alike", async () => {
    const out = path.join(dir, "ranked.json");
    const run = await match(["--need", needFile("objects", NEED), "--limit", "5", "--json", "--out", out]);
    expect(run.stderr).not.toMatch(/invalide|Échec/);
    expect(run.code).toBe(0);
    const ranked = JSON.parse(run.stdout) as {
      weightsVersion: number;
      matches: { siret: string; score: number; parts: { key: string; sentence: string | null }[] }[];
    };
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(ranked);
    expect(ranked.matches).toHaveLength(5);

    // The same need in process, with the form's spellings: same order, same scores.
    const inProcess = await rankSuppliersForNeed(db(), {
      ...NEED,
      nafCodes: ["43.32A"],
      perimeterKind: "areas",
      perimeterAreas: NEED.perimeterAreas.map((a) => ({ kind: "commune" as const, code: a.code })),
      budgetMinEur: undefined,
    });
    expect(ranked.matches.map((m) => [m.siret, m.score])).toEqual(inProcess.matches.slice(0, 5).map((m) => [m.siret, m.score]));
    // The window makers (even numbers) come first: their descriptions are the need; the Aix joiner is outside the areas.
    expect(ranked.matches.every((m) => Number(m.siret.slice(1, 8)) % 2 === 0)).toBe(true);
    expect(inProcess.matches.map((m) => m.siret)).not.toContain(joiner(0).siret);
    expect(ranked.matches[0].parts.find((p) => p.key === "text")?.sentence).toMatch(/fenêtre|fenetr/i);

    const strings = await match([
      "--need",
      needFile("strings", { ...NEED, nafCodes: ["43.32A"], perimeterAreas: NEED.perimeterAreas.map((a) => `commune:${a.code}`) }),
      "--limit",
      "5",
      "--json",
    ]);
    expect(strings.code).toBe(0);
    expect((JSON.parse(strings.stdout) as typeof ranked).matches.map((m) => [m.siret, m.score])).toEqual(ranked.matches.map((m) => [m.siret, m.score]));
  });

  it("writes every byte of a long JSON ranking to a pipe (beyond 64 KB)", async () => {
    const run = await match(["--need", needFile("long", NEED), "--limit", "2000", "--json"]);
    expect(run.code).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(65_536);
    const ranked = JSON.parse(run.stdout) as { matches: unknown[] };
    expect(ranked.matches).toHaveLength(JOINERS - 1);
  });

  it("refuses an invalid need file with a French message per field, exit code 1 and no output", async () => {
    const out = path.join(dir, "refused.json");
    const run = await match([
      "--need",
      needFile("invalid", { ...NEED, title: " ", nafCodes: ["43-32A"], perimeterAreas: [{ kind: "region", code: "93" }] }),
      "--json",
      "--out",
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/title : Le titre est obligatoire\./);
    expect(run.stderr).toMatch(/nafCodes\.0 : Code NAF invalide \(attendu : 43\.32A\)\./);
    expect(run.stderr).toMatch(/perimeterAreas\.0 : Zone inconnue\./);
    expect(existsSync(out)).toBe(false);
  });
});
