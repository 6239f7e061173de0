/** Purchase-plan import against the real reference data: row errors, all-or-nothing writes, authorization, volume. */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, needActivities, needs } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { importPlan, previewImport, previewView } from "@/lib/needs/import/service";
import { signUpInput } from "../factories/accounts";
import { db, resetDatabase } from "./db";

const NOW = new Date("2026-06-01T10:00:00Z");
const HEADER = "Titre*;Description*;Type*;Codes NAF*;Commune*;Rayon (km);Budget min (€ HT);Budget max (€ HT);Date limite de réponse*;Critères RSE";
const DESC = "Prestation récurrente sur le site, détail dans le cahier des charges.";

const csv = (lines: string[]) => ({ name: "plan-2026.csv", bytes: Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`, "utf8") });

/** Lines 2, 4 and 6 are good; 3 has an unknown NAF code and a past deadline, 5 an ambiguous commune name. */
const MIXED = csv([
  `Nettoyage des bureaux;${DESC};services;81.21Z;13400 Aubagne;20;5 000;8 000;30/09/2026;insertion`,
  `Câblage du entrepôt;${DESC};travaux;99.99Z, 4321A;13005;;;;15/05/2026;`,
  `Étanchéité toiture;${DESC};Travaux;4391A 43.99C;Aubagne;;;;2026-10-15;Bas carbone`,
  `Livraison de repas;${DESC};services;56.21Z;Sainte-Croix;;;;30/09/2026;`,
  `Fournitures de bureau;${DESC};fournitures;46.66Z;Marseille 13005;;12000;10000;30/09/2026;`,
]);

beforeEach(resetDatabase);

async function newCompany() {
  const { userId, companyId } = await signUp(db(), signUpInput());
  const admin: Actor = {
    userId,
    email: "",
    firstName: "L",
    lastName: "G",
    platformRole: "user",
    memberships: [{ companyId, companyName: "X", role: "admin" }],
  };
  return { companyId, admin };
}

describe("purchase-plan import", () => {
  it("previews every row with its spreadsheet line number and French messages per column", async () => {
    const { companyId, admin } = await newCompany();
    const preview = await previewImport(db(), admin, companyId, MIXED, NOW);
    expect(preview.fileErrors).toEqual([]);
    expect({ total: preview.total, valid: preview.valid, invalid: preview.invalid }).toEqual({ total: 5, valid: 2, invalid: 3 });
    const byLine = Object.fromEntries(preview.rows.map((r) => [r.line, r]));
    expect(byLine[2]).toMatchObject({ ok: true, title: "Nettoyage des bureaux" });
    expect(byLine[4]).toMatchObject({ ok: true, title: "Étanchéité toiture" });
    expect(byLine[3]).toEqual({
      line: 3,
      title: "Câblage du entrepôt",
      ok: false,
      errors: {
        "Codes NAF": "Code NAF inconnu : 99.99Z.",
        // Aubagne's INSEE code, and Marseille 5e's postal code: refused rather than guessed.
        Commune:
          "« 13005 » est à la fois le code INSEE d'Aubagne et le code postal de Marseille 5e Arrondissement (13205) : " +
          "écrivez le code postal suivi du nom (ex. « 13005 Marseille 5e Arrondissement ») ou le nom de la commune (« Aubagne »).",
        "Date limite de réponse": "La date limite de réponse doit être postérieure à aujourd'hui.",
      },
    });
    expect(byLine[5].ok).toBe(false);
    expect(!byLine[5].ok && byLine[5].errors.Commune).toMatch(
      /^Plusieurs communes s'appellent « Sainte-Croix » \(.*\) : indiquez le code INSEE ou le code postal suivi du nom\.$/,
    );
    expect(!byLine[6].ok && byLine[6].errors).toEqual({ "Budget max (€ HT)": "Le budget maximum doit être supérieur ou égal au minimum." });

    const ok = byLine[2].ok ? byLine[2].input : null;
    expect(ok).toMatchObject({
      kind: "services",
      nafCodes: ["81.21Z"],
      communeCode: "13005",
      perimeterKind: "radius",
      perimeterRadiusKm: 20,
      budgetMinEur: 5000,
      budgetMaxEur: 8000,
      responseDeadline: "2026-09-30",
      csrCriteria: ["insertion"],
      visibility: "all_signatories",
      contactUserId: admin.userId,
    });
    expect(byLine[4].ok && byLine[4].input).toMatchObject({
      kind: "works",
      nafCodes: ["43.91A", "43.99C"],
      perimeterRadiusKm: 30,
      csrCriteria: ["low_carbon"],
    });
  });

  it("shows what each valid row was read as: commune and how, NAF labels, dates, budget", async () => {
    const { companyId, admin } = await newCompany();
    const file = csv([
      `Nettoyage des bureaux;${DESC};services;81.21Z;13400 Aubagne;20;5 000;8 000;30/09/2026;`,
      `Toiture;${DESC};travaux;4391A;13202;;;12000;2026-10-15;`,
      `Accueil;${DESC};services;82.30Z;13002 Marseille;;;;15/10/2026;`,
      `Vitres;${DESC};services;81.22Z;13002;;;;15/10/2026;`,
    ]);
    const view = previewView(file.name, await previewImport(db(), admin, companyId, file, NOW));
    const [aubagne, arrondissement, byPostal, ambiguous] = view.rows;
    expect(aubagne.resolved).toEqual({
      commune: "Aubagne (13005)",
      communeVia: "code postal 13400",
      naf: ["81.21Z — Nettoyage courant des bâtiments"],
      deadline: "30 septembre 2026",
      start: null,
      budget: expect.stringMatching(/^5\s000\s€ à 8\s000\s€$/),
    });
    expect(arrondissement.resolved).toMatchObject({
      commune: "Marseille 2e Arrondissement (13202)",
      communeVia: "code INSEE",
      budget: expect.stringMatching(/^jusqu'à 12\s000\s€$/),
    });
    expect(byPostal.resolved).toMatchObject({ commune: "Marseille 2e Arrondissement (13202)", communeVia: "code postal 13002", budget: "non indiqué" });
    // « 13002 » alone: Allauch's INSEE code, Marseille 2e's postal code — the issue's wrong guess, now refused.
    expect(ambiguous).toMatchObject({ ok: false, resolved: null });
    expect(ambiguous.errors.Commune).toMatch(/^« 13002 » est à la fois le code INSEE d'Allauch et le code postal de Marseille 2e Arrondissement \(13202\)/);
  });

  it("writes nothing when a row is invalid and the buyer did not choose to skip it", async () => {
    const { companyId, admin } = await newCompany();
    const err = await importPlan(db(), admin, companyId, MIXED, { skipInvalid: false, now: NOW }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toMatch(/^3 lignes sont en erreur/);
    expect(Object.keys(err.fieldErrors)).toEqual(["Ligne 3", "Ligne 5", "Ligne 6"]);
    expect(await db().select().from(needs)).toHaveLength(0);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "need.import"))).toHaveLength(0);
  });

  it("with skipInvalid, creates the valid rows as drafts of one batch, with activities and one import audit row", async () => {
    const good = csv([
      `Nettoyage des bureaux;${DESC};services;81.21Z;13400 Aubagne;20;;;30/09/2026;`,
      `Câblage électrique;${DESC};travaux;99.99Z;13005;;;;30/09/2026;`,
      `Étanchéité toiture;${DESC};travaux;4391A 43.99C;Aubagne;;;;2026-10-15;`,
      `Livraison de repas;${DESC};services;56.21Z;Sainte-Croix;;;;30/09/2026;`,
      `Fournitures de bureau;${DESC};fournitures;46.66Z;Marseille 13005;;;;30/09/2026;`,
    ]);
    const { companyId, admin } = await newCompany();
    const result = await importPlan(db(), admin, companyId, good, { skipInvalid: true, now: NOW });
    expect(result).toMatchObject({ created: 3, skipped: 2 });
    const rows = (await db().select().from(needs).where(eq(needs.companyId, companyId))).sort((a, b) => a.title.localeCompare(b.title, "fr"));
    expect(rows.map((n) => [n.title, n.status, n.importBatchId, n.communeCode, n.createdBy])).toEqual([
      ["Étanchéité toiture", "draft", result.batchId, "13005", admin.userId],
      ["Fournitures de bureau", "draft", result.batchId, "13205", admin.userId],
      ["Nettoyage des bureaux", "draft", result.batchId, "13005", admin.userId],
    ]);
    const acts = await db().select().from(needActivities).where(eq(needActivities.needId, rows[0].id));
    expect(acts.map((a) => a.nafCode).sort()).toEqual(["43.91A", "43.99C"]);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "need.import"), eq(auditLog.companyId, companyId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: result.batchId, actorUserId: admin.userId, after: { file: "plan-2026.csv", rows: 5, created: 3, skipped: 2 } });
  });

  it("refuses a member of another company, and writes nothing", async () => {
    const { companyId } = await newCompany();
    const other = await newCompany();
    await expect(previewImport(db(), other.admin, companyId, MIXED, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importPlan(db(), other.admin, companyId, MIXED, { skipInvalid: true, now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().select().from(needs)).toHaveLength(0);
  });

  it("reports file-level errors instead of row errors", async () => {
    const { companyId, admin } = await newCompany();
    const preview = await previewImport(db(), admin, companyId, { name: "x.csv", bytes: Buffer.from("Titre;Commune\nA;B\n") }, NOW);
    expect(preview.rows).toEqual([]);
    expect(preview.fileErrors[0]).toMatch(/^Colonnes obligatoires absentes : Description, Type, Codes NAF, Date limite de réponse\./);
    await expect(
      importPlan(db(), admin, companyId, { name: "x.csv", bytes: Buffer.from("Titre;Commune\nA;B\n") }, { skipInvalid: true, now: NOW }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("imports 1,500 valid rows in one go", { timeout: 180_000 }, async () => {
    const { companyId, admin } = await newCompany();
    const communes = ["13400 Aubagne", "13205", "Marseille 13008", "Aix-en-Provence", "13600 La Ciotat"];
    const lines = Array.from(
      { length: 1500 },
      (_, i) =>
        `Projet d'achat n° ${i + 1};${DESC};${["services", "travaux", "fournitures"][i % 3]};${["81.21Z", '"43.32A; 43.21A"', "46.66Z"][i % 3]};${communes[i % 5]};${10 + (i % 50)};;;${String(1 + (i % 28)).padStart(2, "0")}/12/2026;`,
    );
    const file = csv(lines);
    const started = performance.now();
    const result = await importPlan(db(), admin, companyId, file, { skipInvalid: false, now: NOW });
    const ms = performance.now() - started;
    console.log(`[import-plan] 1 500 rows (${(file.bytes.length / 1024).toFixed(0)} KB CSV) imported in ${(ms / 1000).toFixed(2)} s`);
    expect(result).toMatchObject({ created: 1500, skipped: 0 });
    const rows = await db().select({ batch: needs.importBatchId }).from(needs).where(eq(needs.companyId, companyId));
    expect(rows).toHaveLength(1500);
    expect(new Set(rows.map((r) => r.batch))).toEqual(new Set([result.batchId]));
  });
});
