/**
 * Reads a purchase-plan file (CSV or XLSX, told apart by content, not by name) into rows of raw strings
 * keyed by canonical column. No business rules here: validate.ts decides what the strings mean.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, matchHeader, type ColumnKey } from "./columns";

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type RawValues = Partial<Record<ColumnKey, string>>;
/** `line` is the row number a spreadsheet shows (the header is line 1). */
export interface RawRow { line: number; values: RawValues }
export interface ParsedFile { rows: RawRow[]; fileErrors: string[]; ignoredHeaders: string[] }

const fr = (n: number) => n.toLocaleString("fr-FR");
const fail = (message: string): ParsedFile => ({ rows: [], fileErrors: [message], ignoredHeaders: [] });

export async function parseImportFile(bytes: Buffer): Promise<ParsedFile> {
  if (bytes.length === 0) return fail("Le fichier est vide.");
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(`Le fichier pèse ${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} Mo : 5 Mo au plus. Découpez-le en plusieurs fichiers.`);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) return fromGrid(await readXlsx(bytes));
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return fail("Les fichiers Excel 97-2003 (.xls) ne sont pas acceptés : enregistrez le fichier au format .xlsx ou CSV.");
  }
  if (bytes.includes(0)) return fail("Ce fichier n'est ni un fichier CSV ni un classeur Excel (.xlsx).");
  return fromGrid(readCsv(decodeText(bytes)));
}

/** UTF-8 (BOM dropped by TextDecoder); Excel's "CSV" on Windows is often Windows-1252, recognised by invalid UTF-8. */
export function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  return utf8.includes("\uFFFD") ? new TextDecoder("windows-1252").decode(bytes) : utf8;
}

/** The delimiter that splits the header line more: French Excel writes ";", most other tools ",". */
function detectDelimiter(text: string): ";" | "," {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(";") >= count(",") && count(";") > 0 ? ";" : ",";
}

/** `truncated`: reading stopped past the row limit, so the real row count is unknown. */
type Grid = { rows: { line: number; cells: string[] }[]; truncated?: boolean } | { error: string };

function readCsv(text: string): Grid {
  try {
    const records: string[][] = parseCsv(text, {
      delimiter: detectDelimiter(text), bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false,
    });
    // Record index + 1 is the row number a spreadsheet shows, even when a quoted cell spans several lines.
    return { rows: records.map((cells, i) => ({ line: i + 1, cells })) };
  } catch (err) {
    const where = (err as { lines?: number }).lines;
    return { error: `Le fichier CSV est mal formé${where ? ` (vers la ligne ${where})` : ""} : vérifiez les guillemets et le séparateur (« ; » ou « , »).` };
  }
}

/**
 * Streams the first sheet (exceljs' WorkbookReader) and stops one row past the import limit: a 5 MB
 * xlsx is compressed XML that can unpack to hundreds of MB, so it is never loaded whole.
 */
async function readXlsx(bytes: Buffer): Promise<Grid> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore",
  });
  const rows: { line: number; cells: string[] }[] = [];
  let nonEmpty = 0;
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        const cells: string[] = [];
        (row as ExcelJS.Row).eachCell({ includeEmpty: true }, (cell, col) => { cells[col - 1] = cellText(cell.value); });
        const dense = Array.from(cells, (c) => c ?? "");
        rows.push({ line: (row as ExcelJS.Row).number, cells: dense });
        // Header + MAX_IMPORT_ROWS rows are allowed; one more is enough to refuse the file.
        if (dense.some((c) => c.trim() !== "") && ++nonEmpty > MAX_IMPORT_ROWS + 1) return { rows, truncated: true };
      }
      break; // only the first sheet is a purchase plan
    }
  } catch {
    return { error: "Le classeur n'a pas pu être lu : enregistrez-le au format Excel (.xlsx) ou CSV." };
  }
  if (sheets === 0) return { error: "Le classeur ne contient aucune feuille." };
  return { rows };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** ExcelJS cell value → text. Date cells are stored as UTC midnight of the day shown, hence the UTC ISO day. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDay(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return "";
  return String(value);
}

/** First non-empty row = headers; every later non-empty row is a project (blank rows are skipped, not counted). */
function fromGrid(grid: Grid): ParsedFile {
  if ("error" in grid) return fail(grid.error);
  const nonEmpty = grid.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [header, ...data] = nonEmpty;
  if (!header) return fail("Le fichier ne contient aucune ligne.");

  const keyOfCol = new Map<number, ColumnKey>();
  const ignoredHeaders: string[] = [];
  header.cells.forEach((h, i) => {
    const key = matchHeader(h);
    if (key && ![...keyOfCol.values()].includes(key)) keyOfCol.set(i, key);
    else if (h.trim()) ignoredHeaders.push(h.trim());
  });
  const found = new Set(keyOfCol.values());
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !found.has(c.key)).map((c) => c.label);
  if (missing.length) {
    return {
      rows: [], ignoredHeaders,
      fileErrors: [`Colonne${missing.length > 1 ? "s" : ""} obligatoire${missing.length > 1 ? "s" : ""} absente${missing.length > 1 ? "s" : ""} : ${missing.join(", ")}. `
        + "La première ligne du fichier doit contenir les en-têtes du modèle."],
    };
  }
  if (data.length === 0) return { rows: [], ignoredHeaders, fileErrors: ["Le fichier ne contient aucune ligne de projet sous les en-têtes."] };
  if (data.length > MAX_IMPORT_ROWS) {
    return { rows: [], ignoredHeaders,
      fileErrors: [`Le fichier contient ${grid.truncated ? "plus de " : ""}${fr(grid.truncated ? MAX_IMPORT_ROWS : data.length)} lignes : ${fr(MAX_IMPORT_ROWS)} au plus par import. Découpez-le en plusieurs fichiers.`] };
  }
  const rows = data.map((r) => {
    const values: RawValues = {};
    for (const [i, key] of keyOfCol) {
      const v = (r.cells[i] ?? "").trim();
      if (v) values[key] = v;
    }
    return { line: r.line, values };
  });
  return { rows, fileErrors: [], ignoredHeaders };
}
