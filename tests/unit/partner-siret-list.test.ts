/** A partner's member list → SIRETs: a file (CSV, Excel) or pasted text; a « siret » column or one per line, bad keys, duplicates. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { withLuhnKey } from "@/lib/companies/siret";
import { parseSiretText, readSiretFile, type SiretListResult } from "@/lib/partners/siret-list";
import { NOT_A_TABLE } from "@/lib/tables/read-table";

const siretOf = (n: number) => withLuhnKey(`${withLuhnKey(String(40000000 + n))}${String(n % 10000).padStart(4, "0")}`);
const sirets = (r: SiretListResult) => ("error" in r ? r.error : r.sirets);

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Adhérents");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("member lists", () => {
  const a = siretOf(1),
    b = siretOf(2),
    c = siretOf(3);

  it("reads the « siret » column of a semicolon CSV, whatever its position and case", () => {
    expect(parseSiretText(`\uFEFFNom;SIRET;Ville\nMutuelle A;${a};Aix\nMutuelle B;${b};Aubagne\n`)).toEqual({ sirets: [a, b], invalid: [], duplicates: 0 });
  });

  it("reads one SIRET per line without a header, with spaces and dots inside", () => {
    const spaced = `${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6, 9)} ${a.slice(9)}`;
    expect(sirets(parseSiretText(`${spaced}\r\n${b.slice(0, 9)}.${b.slice(9)}\n\n${c}`))).toEqual([a, b, c]);
  });

  it("keeps invalid values aside with their line number, and counts duplicates once", () => {
    const badKey = `${a.slice(0, 13)}${(Number(a[13]) + 1) % 10}`;
    const list = parseSiretText(`siret,nom\n${a},A\n${badKey},B\nabc,C\n${a},A bis\n`);
    expect(list).toEqual({
      sirets: [a],
      invalid: [
        { line: 3, value: badKey },
        { line: 4, value: "abc" },
      ],
      duplicates: 1,
    });
  });

  it("refuses a list over the row cap, and one with no SIRET at all, in French", () => {
    expect(sirets(parseSiretText(`${a}\n`.repeat(20_001)))).toMatch(/^La liste compte 20\s001 lignes : 20\s000 au plus/);
    expect(sirets(parseSiretText(`${a}\n`.repeat(20_000)))).toEqual([a]);
    expect(sirets(parseSiretText("siret;nom\n"))).toBe("La liste ne contient aucun SIRET.");
  });

  it("reads an Excel file's « N° SIRET » column, numbers or text, with the spreadsheet's line numbers", async () => {
    const file = await workbook([
      ["Raison sociale", "N° SIRET"],
      ["Mutuelle A", a],
      ["Mutuelle B", Number(b)],
      ["Sans numéro", ""],
      ["Mutuelle C", "12"],
    ]);
    expect(await readSiretFile(file)).toEqual({ sirets: [a, b], invalid: [{ line: 5, value: "12" }], duplicates: 0 });
  });

  it("reads a CSV file of bare SIRETs in Windows-1252, and refuses what is no table", async () => {
    expect(sirets(await readSiretFile(Buffer.from(`${a}\r\n${b}\r\n`, "latin1")))).toEqual([a, b]);
    expect(
      sirets(
        await readSiretFile(
          Buffer.from("Bonjour et merci pour votre message : voici la liste de nos adhérents que vous nous avez demandée lors de la réunion.\n", "utf8"),
        ),
      ),
    ).toBe(NOT_A_TABLE);
    expect(sirets(await readSiretFile(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n", "latin1")))).toBe(NOT_A_TABLE);
    expect(sirets(await readSiretFile(Buffer.alloc(0)))).toBe("Le fichier est vide.");
  });
});
