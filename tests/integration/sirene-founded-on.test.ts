/**
 * The SIRENE import fills companies.founded_on (the « jeune entreprise — premier client » badge): on insert,
 * on update, for signatories too, and never erases a known date when a file has none.
 */
import path from "node:path";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { companies } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { isCompanyYoung } from "@/lib/challenges/reads";
import { importSireneStream } from "@/lib/sirene/import";
import { signUpInput } from "../factories/accounts";
import { sireneRecord } from "../factories/sirene";
import { db, resetDatabase } from "./db";

const SAMPLE = path.resolve("docs/examples/sirene-extrait.csv");
const importText = (text: string) => importSireneStream(db(), Readable.from([Buffer.from(text)]));

/** A StockEtablissement extract joined with the legal unit's creation date, when `withUnit`. */
function extract(rows: { i: number; updated: string; etab?: string; unit?: string }[], withUnit = true): string {
  const columns = [
    "siret",
    "denominationUsuelleEtablissement",
    "activitePrincipaleEtablissement",
    "codeCommuneEtablissement",
    "etatAdministratifEtablissement",
    "dateDernierTraitementEtablissement",
    "dateCreationEtablissement",
    ...(withUnit ? ["dateCreationUniteLegale"] : []),
  ];
  const lines = rows.map(({ i, updated, etab = "", unit = "" }) => {
    const r = sireneRecord(i, { dateDernierTraitementEtablissement: updated });
    return [
      r.siret,
      r.denominationUsuelleEtablissement,
      r.activitePrincipaleEtablissement,
      r.codeCommuneEtablissement,
      "A",
      updated,
      etab,
      ...(withUnit ? [unit] : []),
    ].join(",");
  });
  return [columns.join(","), ...lines].join("\n") + "\n";
}

const foundedOf = async (siret: string) =>
  (await db().select({ foundedOn: companies.foundedOn }).from(companies).where(eq(companies.siret, siret)))[0]?.foundedOn;
const siretOf = (i: number) => sireneRecord(i).siret ?? "";

beforeEach(resetDatabase);

describe("founded_on from SIRENE", () => {
  it("takes the sample file's establishment creation dates", async () => {
    await importSireneStream(db(), createReadStream(SAMPLE));
    const rows = await db().select({ legalName: companies.legalName, foundedOn: companies.foundedOn }).from(companies);
    expect(rows.find((c) => c.legalName === "PLOMBERIE DU VIEUX-PORT")?.foundedOn).toBe("2011-01-10");
    expect(rows.find((c) => c.legalName === "PROVENCE ELEC SERVICES")?.foundedOn).toBe("2021-02-11");
  });

  it("prefers the legal unit's date, updates it with a newer row, and keeps it when a later file has none", async () => {
    const recent = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
    expect(
      await importText(
        extract([
          { i: 40, updated: "2025-03-01T08:00:00", etab: recent, unit: "1998-11-20" },
          { i: 41, updated: "2025-03-01T08:00:00", etab: recent },
        ]),
      ),
    ).toMatchObject({ imported: 2, rejectedCount: 0 });
    expect(await foundedOf(siretOf(40))).toBe("1998-11-20");
    expect(await foundedOf(siretOf(41))).toBe(recent);

    // INSEE corrects the date in a later stock: the company follows.
    expect(await importText(extract([{ i: 40, updated: "2025-09-01T08:00:00", etab: recent, unit: "1999-01-04" }]))).toMatchObject({
      updated: 1,
      unchanged: 0,
    });
    expect(await foundedOf(siretOf(40))).toBe("1999-01-04");

    // A later file without the creation columns (or with them empty) changes nothing else and erases nothing.
    expect(await importText(extract([{ i: 41, updated: "2025-09-01T08:00:00" }], false))).toMatchObject({ updated: 1 });
    expect(await foundedOf(siretOf(41))).toBe(recent);
    expect(await importText(extract([{ i: 41, updated: "2025-09-01T08:00:00" }]))).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await foundedOf(siretOf(41))).toBe(recent);
  });

  it("fills a signatory's date (no form declares it), which then shows it as a young company; a re-run writes nothing", async () => {
    const siret = siretOf(42);
    const member = await signUp(db(), signUpInput({ siret, legalName: "Jeune pousse", headcountBand: "01" }));
    expect(await isCompanyYoung(db(), member.companyId)).toBe(false);

    const recent = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
    const file = extract([{ i: 42, updated: "2025-05-01T08:00:00", etab: recent }]);
    expect(await importText(file)).toMatchObject({ signatoriesRefreshed: 1 });
    const [row] = await db().select().from(companies).where(eq(companies.id, member.companyId));
    expect(row).toMatchObject({ source: "signup", legalName: "Jeune pousse", headcountBand: "01", foundedOn: recent });
    expect(await isCompanyYoung(db(), member.companyId)).toBe(true);

    expect(await importText(file)).toMatchObject({ signatoriesRefreshed: 0, unchanged: 1 });
  });

  it("refuses a row whose creation date is no date, with its reason", async () => {
    const result = await importText(extract([{ i: 43, updated: "2025-03-01T08:00:00", etab: "2024-13-01" }]));
    expect(result).toMatchObject({ imported: 0, rejectedCount: 1 });
    expect(result.rejected[0].reasons).toEqual(["date de création invalide : 2024-13-01"]);
  });
});
