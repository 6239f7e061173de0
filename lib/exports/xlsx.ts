/**
 * Excel (xlsx) export written as it is read: exceljs' streaming WorkbookWriter commits each row to the
 * zip as it goes, and the next page of rows is fetched only when the client has taken the previous ones.
 */
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CellType, CellValue, ExportColumn } from "./types";
import { parisWallClock } from "@/lib/dates";

const NUM_FMT: Partial<Record<CellType, string>> = {
  integer: "# ##0",
  amount: '# ##0.00 "€"',
  number: "# ##0.00",
  percent: "0.0 %",
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm",
};

export function xlsxCell(value: CellValue, type: CellType): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return null;
  switch (type) {
    case "integer":
    case "amount":
    case "number":
    case "percent":
      return Number(value);
    case "boolean":
      return value ? "oui" : "non";
    // Excel has no time zones: write the Paris wall-clock time (as a UTC date, which exceljs serialises as is).
    case "date":
      return parisWallClock(new Date(value as Date), true);
    case "datetime":
      return parisWallClock(new Date(value as Date));
    default:
      return String(value);
  }
}

const WIDTH: Record<CellType, number> = { text: 28, integer: 10, amount: 14, percent: 10, number: 12, date: 12, datetime: 17, boolean: 8 };

export function xlsxStream<Row>(sheetName: string, columns: readonly ExportColumn<Row>[], pages: AsyncIterable<Row[]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(WIDTH[c.type], Math.min(40, c.header.length + 2)),
    style: NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  const write = async () => {
    for await (const page of pages) {
      for (const row of page) sheet.addRow(columns.map((c) => xlsxCell(c.value(row), c.type))).commit();
      // Backpressure: wait for the client to take what is buffered before fetching the next page.
      if (out.writableNeedDrain) await once(out, "drain");
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
