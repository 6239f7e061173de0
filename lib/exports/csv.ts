/**
 * CSV for Excel in French: UTF-8 with a BOM (so accents survive), ";" between cells, decimal commas,
 * dates as 24/11/2026, CRLF line ends. Text that a spreadsheet would run as a formula is defused.
 */
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
    case "integer": return decimal(Number(value), 0);
    case "amount": return decimal(Number(value), 2);
    case "percent": return decimal(Number(value) * 100, 1);
    case "number": return decimal(Number(value), 2);
    case "boolean": return value ? "oui" : "non";
    case "date": return dayFmt.format(new Date(value as Date));
    case "datetime": return `${dayFmt.format(new Date(value as Date))} ${timeFmt.format(new Date(value as Date))}`;
    default: return defuseFormula(String(value));
  }
}

/** OWASP CSV injection: a leading = + - @ tab or CR would make a spreadsheet evaluate the cell. */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function quoteCell(text: string): string {
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(quoteCell).join(CSV_SEPARATOR)}\r\n`;
}

export function csvHeader<Row>(columns: readonly ExportColumn<Row>[]): string {
  return csvLine(columns.map((c) => c.header));
}

export function csvRow<Row>(columns: readonly ExportColumn<Row>[], row: Row): string {
  return csvLine(columns.map((c) => formatCell(c.value(row), c.type)));
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
      controller.enqueue(encoder.encode(next.value.map((row) => csvRow(columns, row)).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
