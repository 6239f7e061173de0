/**
 * CSV for Excel in French: UTF-8 with a BOM (so accents survive), ";" between cells, decimal commas,
 * dates as 24/11/2026, CRLF line ends. Text that a spreadsheet would run as a formula is defused.
 * Quoting and joining are csv-stringify's (the writing sibling of the csv-parse the imports read with).
 */
import { stringify, type Options } from "csv-stringify/sync";
import type { CellType, CellValue, ExportColumn } from "./types";

export const CSV_SEPARATOR = ";";
export const UTF8_BOM = "\uFEFF";

const dayFmt = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Paris" });
const timeFmt = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/** Plain decimal with a comma, no thousands separator (Excel-FR reads it as a number). */
function decimal(n: number, digits: number): string {
  return (Math.round(n * 10 ** digits) / 10 ** digits).toString().replace(".", ",");
}

/** One value as CSV text, before quoting. */
export function formatCell(value: CellValue, type: CellType): string {
  if (value === null || value === undefined || value === "") return "";
  switch (type) {
    case "integer":
      return decimal(Number(value), 0);
    case "amount":
      return decimal(Number(value), 2);
    case "percent":
      return decimal(Number(value) * 100, 1);
    case "number":
      return decimal(Number(value), 2);
    case "boolean":
      return value ? "oui" : "non";
    case "date":
      return dayFmt.format(new Date(value as Date));
    case "datetime":
      return `${dayFmt.format(new Date(value as Date))} ${timeFmt.format(new Date(value as Date))}`;
    default:
      return defuseFormula(String(value));
  }
}

/** OWASP CSV injection: a leading = + - @ tab or CR would make a spreadsheet evaluate the cell. */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Quote a cell holding ";", a quote or a line break, and one with spaces at either end (Excel would trim
 * them). csv-stringify looks for its whole record delimiter ("\r\n") only, hence the lone CR or LF rule.
 */
const STRINGIFY: Options = { delimiter: CSV_SEPARATOR, record_delimiter: "\r\n", quoted_match: [/^\s|\s$/, /[\r\n]/] };

export function quoteCell(text: string): string {
  return stringify([[text]], STRINGIFY).slice(0, -2);
}

/** Rows of already formatted cells, each ended by CRLF. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.length ? stringify(rows as string[][], STRINGIFY) : "";
}

export function csvHeader<Row>(columns: readonly ExportColumn<Row>[]): string {
  return csvLines([columns.map((c) => c.header)]);
}

export function csvRows<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  return csvLines(rows.map((row) => columns.map((c) => formatCell(c.value(row), c.type))));
}

/** The whole file as a byte stream, pulling one page of rows at a time (backpressure from the client). */
export function csvStream<Row>(columns: readonly ExportColumn<Row>[], pages: AsyncIterable<Row[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvHeader(columns)));
        return;
      }
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(csvRows(columns, next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
