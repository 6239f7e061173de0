/**
 * The worker that reads a workbook answers, then waits to be ended (lib/tables/xlsx-worker.ts): a valid workbook read
 * many times at once, as on a loaded server, always gives its rows. One CI run in about ten saw « Le classeur n'a pas pu
 * être lu » for a valid workbook; this does not reproduce that run's load, it keeps the path that answers honest.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTableFile } from "@/lib/tables/read-table";

const LIMITS = { maxRows: 100, maxCellChars: 200, maxColumns: 5, isKnownHeader: (cell: string) => cell === "siret" };

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Adhérents");
  sheet.addRows([
    ["nom", "siret"],
    ["Mutuelle Solidaire", "12345678900011"],
    ["Inconnue", "123"],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("reading a workbook in a worker", () => {
  it("gives the rows of a valid workbook every time, twenty reads at once", async () => {
    const bytes = await workbook();
    const tables = await Promise.all(Array.from({ length: 20 }, () => readTableFile(bytes, LIMITS)));
    for (const table of tables) {
      expect(table).toEqual({
        rows: [
          { line: 1, cells: ["nom", "siret"] },
          { line: 2, cells: ["Mutuelle Solidaire", "12345678900011"] },
          { line: 3, cells: ["Inconnue", "123"] },
        ],
        truncated: false,
      });
    }
  });
});
