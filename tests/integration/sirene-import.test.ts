/** SIRENE import against a real PostgreSQL: counts, rejected rows, idempotent re-runs, signatories left alone, resumable runs. */
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { companies } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { Logger, runOnce } from "graphile-worker";
import { importSireneStream, SireneFileError, type SireneImportOptions } from "@/lib/sirene/import";
import { importFilePath, queuedStatus, readImportStatus, writeImportStatus } from "@/lib/sirene/status";
import { importSireneTask } from "@/lib/sirene/task";
import { signUpInput } from "../factories/accounts";
import { sireneCsv, sireneRecord } from "../factories/sirene";
import { db, resetDatabase } from "./db";

const SAMPLE = path.resolve("docs/examples/sirene-extrait.csv");
let dir: string;

const importFile = (file: string, opts?: SireneImportOptions) => importSireneStream(db(), createReadStream(file), opts);
const importText = (text: string, opts?: SireneImportOptions) => importSireneStream(db(), Readable.from([Buffer.from(text)]), opts);

/** What an import decides, row by row (ids and timestamps left out). */
const snapshot = () =>
  db()
    .select({
      siret: companies.siret,
      siren: companies.siren,
      legalName: companies.legalName,
      tradeName: companies.tradeName,
      nafCode: companies.nafCode,
      communeCode: companies.communeCode,
      headcountBand: companies.headcountBand,
      administrativeState: companies.administrativeState,
      sireneUpdatedAt: companies.sireneUpdatedAt,
      source: companies.source,
    })
    .from(companies)
    .orderBy(asc(companies.siret));

const countOf = async (q: string) => (await db().execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${q}`))).rows[0].n;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cc-sirene-"));
  process.env.IMPORTS_DIR = dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(resetDatabase);

describe("importSireneStream", () => {
  it("imports the sample file: valid rows as non-signatories, three rows rejected with their reasons", async () => {
    const result = await importFile(SAMPLE);
    expect(result).toMatchObject({ read: 30, imported: 27, updated: 0, unchanged: 0, rejectedCount: 3, dryRun: false });
    expect(result.rejected).toEqual([
      { line: 9, siret: expect.stringMatching(/^\d{14}$/), reasons: ["SIRET invalide (clé de contrôle)"] },
      { line: 18, siret: expect.stringMatching(/^\d{14}$/), reasons: ["code NAF inconnu : 99.99Z"] },
      { line: 27, siret: expect.stringMatching(/^\d{14}$/), reasons: ["commune inconnue : 99999"] },
    ]);

    const rows = await db().select().from(companies);
    expect(rows).toHaveLength(27);
    expect(rows.every((c) => c.source === "sirene" && c.verificationStatus === "pending" && c.verifiedAt === null)).toBe(true);
    expect(await countOf("memberships")).toBe(0);
    expect(await countOf("charter_signatures")).toBe(0);

    const bakery = rows.find((c) => c.legalName === "BOULANGERIE PAUL, FILS & CIE")!;
    expect(bakery).toMatchObject({ tradeName: "AU PETRIN D'AUBAGNE", nafCode: "10.71C", communeCode: "13005", headcountBand: "02" });
    // "4332A" without the dot; no legal-unit name, so the sign is the name
    expect(rows.find((c) => c.legalName === "MENUISERIE BERNARD")).toMatchObject({ nafCode: "43.32A", tradeName: null });
    expect(rows.find((c) => c.legalName === "ATELIER DESIGN MASSALIA")!.headcountBand).toBe("NN");
    expect(rows.find((c) => c.legalName === "AGENCE SOLEIL COMMUNICATION")!.administrativeState).toBe("F");
  });

  it("changes nothing when the same file is imported again", async () => {
    await importFile(SAMPLE);
    const before = await db().select({ siret: companies.siret, updatedAt: companies.updatedAt }).from(companies).orderBy(companies.siret);
    const again = await importFile(SAMPLE);
    expect(again).toMatchObject({ read: 30, imported: 0, updated: 0, unchanged: 27, rejectedCount: 3 });
    expect(await db().select({ siret: companies.siret, updatedAt: companies.updatedAt }).from(companies).orderBy(companies.siret)).toEqual(before);
  });

  it("keeps what a signatory declared and refreshes only its state, SIRENE date and known headcount band", async () => {
    const [first, second] = [sireneRecord(1), sireneRecord(2, { trancheEffectifsEtablissement: "NN" })];
    const a = await signUp(
      db(),
      signUpInput({ siret: first.siret!, legalName: "Menuiserie Garnier", nafCode: "43.32A", communeCode: "13005", headcountBand: "02" }),
    );
    const b = await signUp(db(), signUpInput({ siret: second.siret!, legalName: "Garnier Bis", headcountBand: "03" }));
    const file = sireneCsv([{ ...first, etatAdministratifEtablissement: "F" }, second, sireneRecord(3)]);

    const result = await importText(file);
    expect(result).toMatchObject({ read: 3, imported: 1, updated: 2, signatoriesRefreshed: 2, unchanged: 0, rejectedCount: 0 });
    const [ca] = await db().select().from(companies).where(eq(companies.id, a.companyId));
    expect(ca).toMatchObject({
      source: "signup",
      legalName: "Menuiserie Garnier",
      nafCode: "43.32A",
      communeCode: "13005",
      administrativeState: "F",
      headcountBand: first.trancheEffectifsEtablissement,
      sireneUpdatedAt: new Date(`${first.dateDernierTraitementEtablissement}Z`),
    });
    // "NN" in SIRENE does not erase the band the company declared
    const [cb] = await db().select().from(companies).where(eq(companies.id, b.companyId));
    expect(cb).toMatchObject({ legalName: "Garnier Bis", headcountBand: "03" });
    expect(await countOf("memberships")).toBe(2);
    // their directory entries follow the refresh
    expect(await countOf("graphile_worker.jobs where task_identifier = 'index_documents'")).toBeGreaterThanOrEqual(2);

    expect(await importText(file)).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
  });

  it("ends in the same state when a run stopped after its first batch is run again", async () => {
    await importFile(SAMPLE, { batchSize: 10 });
    const reference = await snapshot();
    await resetDatabase();

    let batches = 0;
    await expect(
      importFile(SAMPLE, {
        batchSize: 10,
        onProgress: () => {
          batches += 1;
          throw new Error("arrêt brutal");
        },
      }),
    ).rejects.toThrow("arrêt brutal");
    expect(batches).toBe(1);
    expect(await countOf("companies")).toBe(10);

    const rerun = await importFile(SAMPLE, { batchSize: 10 });
    expect(rerun).toMatchObject({ imported: 17, unchanged: 10, rejectedCount: 3 });
    expect(await snapshot()).toEqual(reference);
  });

  it("updates a SIRENE company when its row changed, and only that one", async () => {
    await importText(sireneCsv([sireneRecord(20), sireneRecord(21)]));
    const moved = sireneRecord(21, { codeCommuneEtablissement: "13001", dateDernierTraitementEtablissement: "2026-01-05T09:00:00" });
    expect(await importText(sireneCsv([sireneRecord(20), moved]))).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    const [row] = await db().select().from(companies).where(eq(companies.siret, moved.siret!));
    expect(row).toMatchObject({ communeCode: "13001", sireneUpdatedAt: new Date("2026-01-05T09:00:00Z"), source: "sirene" });
  });

  it("counts without writing in a dry run", async () => {
    const result = await importFile(SAMPLE, { dryRun: true });
    expect(result).toMatchObject({ imported: 27, rejectedCount: 3, dryRun: true });
    expect(await countOf("companies")).toBe(0);
  });

  it("reads ';' files with a BOM, keeps the later of two lines with one SIRET, and never goes back to an older SIRENE date", async () => {
    const newer = sireneRecord(5, { dateDernierTraitementEtablissement: "2025-06-01T00:00:00", denominationUsuelleEtablissement: "NOUVEAU NOM" });
    const older = sireneRecord(5, { dateDernierTraitementEtablissement: "2024-01-01T00:00:00", denominationUsuelleEtablissement: "ANCIEN; NOM" });
    const result = await importText(sireneCsv([sireneRecord(5), newer, sireneRecord(6)], { delimiter: ";", bom: true }));
    expect(result).toMatchObject({ read: 3, imported: 2, rejectedCount: 1 });
    expect(result.rejected[0]).toMatchObject({ line: 2, reasons: ["SIRET répété plus loin dans le fichier (ligne 3) : cette ligne est ignorée"] });

    expect(await importText(sireneCsv([older], { delimiter: ";" }))).toMatchObject({ unchanged: 1, updated: 0 });
    const [row] = await db().select().from(companies).where(eq(companies.siret, newer.siret!));
    expect(row.legalName).toBe("NOUVEAU NOM");
  });

  it("refuses a file without the SIRENE columns before writing anything", async () => {
    await expect(importText("numero;nom\n123;Dupont\n")).rejects.toThrow(SireneFileError);
    await expect(importText("numero;nom\n123;Dupont\n")).rejects.toThrow(/Colonnes SIRENE absentes : siret, activitePrincipaleEtablissement/);
    await expect(importText("")).rejects.toThrow("Le fichier est vide.");
    const latin1 = Buffer.from(sireneCsv([sireneRecord(7, { denominationUsuelleEtablissement: "BOULANGERIE DE L'ÉTANG" })]), "latin1");
    await expect(importSireneStream(db(), Readable.from([latin1]))).rejects.toThrow(/pas encodé en UTF-8/);
    expect(await countOf("companies")).toBe(0);
  });

  it("rejects a row with more fields than the header, and imports the others", async () => {
    const text = sireneCsv([sireneRecord(8), sireneRecord(9)]).replace(/\n(.*)\n$/, "\n$1,en trop\n");
    const result = await importText(text);
    expect(result).toMatchObject({ read: 2, imported: 1, rejectedCount: 1 });
    expect(result.rejected[0]).toMatchObject({ line: 3, siret: sireneRecord(9).siret, reasons: [expect.stringMatching(/^nombre de colonnes/)] });
  });

  it("imports 20,000 generated rows (throughput figure)", { timeout: 180_000 }, async () => {
    const file = path.join(dir, "sirene-20000.csv");
    writeFileSync(file, sireneCsv(Array.from({ length: 20_000 }, (_, i) => sireneRecord(i + 100))));
    const first = await importFile(file);
    expect(first).toMatchObject({ read: 20_000, imported: 20_000, rejectedCount: 0 });
    const second = await importFile(file);
    expect(second).toMatchObject({ unchanged: 20_000 });
    const rate = (r: { read: number; durationMs: number }) => Math.round(r.read / (r.durationMs / 1000));
    console.log(
      `[sirene] 20 000 lignes : import ${first.durationMs} ms (${rate(first)} lignes/s), ré-import sans changement ${second.durationMs} ms (${rate(second)} lignes/s)`,
    );
  });
});

describe("import_sirene task", () => {
  const queue = async (id: string, text: string) => {
    writeFileSync(importFilePath(id), text);
    await db().transaction(async (tx) => {
      await writeImportStatus(tx, queuedStatus(id, "extrait.csv", text.length, "staff@exemple.fr"));
      await enqueueJob(tx, "import_sirene", { importId: id }, { maxAttempts: 3 });
    });
    // Only this task: the test does not depend on the other tasks of the registry.
    await runOnce({ connectionString: inject("databaseUrl"), taskList: { import_sirene: importSireneTask }, logger: new Logger(() => () => {}) });
    return readImportStatus(db(), id);
  };

  it("runs the import in the background, writes its summary into app_meta and deletes the file", async () => {
    const id = "6f1c2b7e-2d1a-4c55-9a3e-0b8f5d2c1a00";
    const status = await queue(id, sireneCsv([sireneRecord(10), sireneRecord(11, { codeCommuneEtablissement: "99999" })]));
    expect(status).toMatchObject({ status: "done", read: 2, imported: 1, rejectedCount: 1, error: null, bytesRead: status!.bytesTotal });
    expect(status!.rejected).toEqual([{ line: 3, siret: sireneRecord(11).siret, reasons: ["commune inconnue : 99999"] }]);
    expect(existsSync(importFilePath(id))).toBe(false);
  });

  it("fails at once, without retry, on a file that is not a SIRENE extract", async () => {
    const status = await queue("6f1c2b7e-2d1a-4c55-9a3e-0b8f5d2c1a01", "nom;ville\nDupont;Marseille\n");
    expect(status).toMatchObject({ status: "failed", error: expect.stringMatching(/^Colonnes SIRENE absentes/) });
    expect(await countOf("graphile_worker.jobs")).toBe(0);
  });
});
