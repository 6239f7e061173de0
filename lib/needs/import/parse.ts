/**
 * Reads a purchase-plan file (CSV or XLSX, told apart by content, not by name) into rows of raw strings
 * keyed by canonical column. No business rules here: validate.ts decides what the strings mean.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { fileTypeFromBuffer } from "file-type";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import { plural } from "@/lib/format";
import { IMPORT_COLUMNS, matchHeader, type ColumnKey } from "./columns";
import { readXlsxInWorker, XLSX_TIME_LIMIT_MS } from "./xlsx-worker";
import { declaredSizes, MAX_XLSX_TOTAL_BYTES, MAX_XLSX_XML_BYTES, readZipDirectory } from "./zip-limits";

export const MAX_IMPORT_ROWS = 2000;
export { MAX_IMPORT_BYTES };
/** Longest cell read: a description is far shorter; anything longer is a mistake or an attack. */
export const MAX_CELL_CHARS = 10_000;
/** Columns read per row; the template has 15, later ones are ignored. */
export const MAX_IMPORT_COLUMNS = 200;
/** csv-parse's own cap on one record (a quote left open would otherwise swallow the rest of the file). */
const MAX_CSV_RECORD_CHARS = 20 * MAX_CELL_CHARS;

export type RawValues = Partial<Record<ColumnKey, string>>;
/** `line` is the row number a spreadsheet shows (the header is line 1). */
export interface RawRow { line: number; values: RawValues }
export interface ParsedFile { rows: RawRow[]; fileErrors: string[]; ignoredHeaders: string[] }

const fr = (n: number) => n.toLocaleString("fr-FR");
const mb = (bytes: number) => `${fr(Math.ceil(bytes / 1024 / 1024))} Mo`;
const fail = (message: string): ParsedFile => ({ rows: [], fileErrors: [message], ignoredHeaders: [] });

export const NOT_A_TABLE = "Ce fichier n'est ni un CSV ni un classeur Excel (.xlsx).";
const UNREADABLE = "Le classeur n'a pas pu être lu : enregistrez-le au format Excel (.xlsx) ou CSV.";
const TOO_BIG = (detail: string) => `Ce classeur est trop volumineux une fois décompressé${detail} : enregistrez la première feuille seule au format CSV, ou découpez-la en plusieurs fichiers.`;

/** file-type signatures of two or three letters a CSV's first line could start with ("BM…", "MZ…", "ID3…"). */
const TEXT_LOOKALIKES = new Set(["bmp", "exe", "mp3"]);

export async function parseImportFile(bytes: Buffer): Promise<ParsedFile> {
  if (bytes.length === 0) return fail("Le fichier est vide.");
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(`Le fichier pèse ${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} Mo : ${formatMegabytes(MAX_IMPORT_BYTES)} au plus. Découpez-le en plusieurs fichiers.`);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) return fromGrid(await readXlsx(bytes));
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return fail("Les fichiers Excel 97-2003 (.xls) ne sont pas acceptés : enregistrez le fichier au format .xlsx ou CSV.");
  }
  // Judged by content, not name: a PDF or an image renamed .csv is not read as text.
  const detected = await fileTypeFromBuffer(bytes);
  if (bytes.includes(0) || (detected && !TEXT_LOOKALIKES.has(detected.ext))) return fail(NOT_A_TABLE);
  const grid = readCsv(decodeText(bytes));
  return "rows" in grid && !looksLikeTable(grid.rows) ? fail(NOT_A_TABLE) : fromGrid(grid);
}

/**
 * Text that is no table (a letter, JSON, HTML…): no known header on its first line, which starts like markup
 * or JSON, or reads as prose. Said as the wrong file type rather than « colonnes absentes ».
 */
function looksLikeTable(rows: { cells: string[] }[]): boolean {
  const header = rows.find((r) => r.cells.some((c) => c.trim() !== ""));
  if (!header) return true; // empty: fromGrid says so
  if (/^\s*[<{[]/.test(header.cells[0] ?? "")) return false;
  if (header.cells.some((c) => matchHeader(c) !== undefined)) return true;
  // Headers are a few words: a first line of one cell, or with a sentence in it, is prose.
  const filled = header.cells.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((c) => c.length <= 60);
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

/** Spreadsheet column letters: 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const cellTooLong = (line: number, column: number, length: number) =>
  `Ligne ${line}, colonne ${columnLetter(column)} : la cellule contient ${fr(length)} caractères, ${fr(MAX_CELL_CHARS)} au plus. `
  + "Raccourcissez-la ; un texte long a sa place dans un document joint au besoin.";

/** `truncated`: reading stopped past the row limit, so the real row count is unknown. */
type Grid = { rows: { line: number; cells: string[] }[]; truncated?: boolean } | { error: string };

function readCsv(text: string): Grid {
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text), bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false,
      max_record_size: MAX_CSV_RECORD_CHARS,
    });
  } catch (err) {
    const { code, lines } = err as { code?: string; lines?: number };
    const where = lines ? ` (vers la ligne ${lines})` : "";
    if (code === "CSV_MAX_RECORD_SIZE") {
      return { error: `Une ligne du fichier CSV dépasse ${fr(MAX_CSV_RECORD_CHARS)} caractères${where} : vérifiez que chaque guillemet ouvert est refermé ; une cellule contient ${fr(MAX_CELL_CHARS)} caractères au plus.` };
    }
    return { error: `Le fichier CSV est mal formé${where} : vérifiez les guillemets et le séparateur (« ; » ou « , »).` };
  }
  const rows: { line: number; cells: string[] }[] = [];
  for (const [i, record] of records.entries()) {
    const cells = record.slice(0, MAX_IMPORT_COLUMNS);
    const long = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
    // Record index + 1 is the row number a spreadsheet shows, even when a quoted cell spans several lines.
    if (long >= 0) return { error: cellTooLong(i + 1, long + 1, cells[long].length) };
    rows.push({ line: i + 1, cells });
  }
  return { rows };
}

/**
 * A 5 MB xlsx is compressed XML that can unpack to gigabytes. So: refuse on the sizes its zip directory
 * declares, before inflating anything; then read it in a worker thread (xlsx-worker.ts) that checks the
 * real sizes, caps cells, stops one row past the import limit, and runs under a heap and a time cap.
 */
async function readXlsx(bytes: Buffer): Promise<Grid> {
  const entries = readZipDirectory(bytes);
  if (!entries) return { error: UNREADABLE };
  if (!entries.some((e) => e.name === "xl/workbook.xml")) {
    if ((await fileTypeFromBuffer(bytes))?.ext === "ods") {
      return { error: "Les classeurs OpenDocument (.ods) ne sont pas acceptés : enregistrez le fichier au format .xlsx ou CSV." };
    }
    return { error: NOT_A_TABLE };
  }
  const declared = declaredSizes(entries);
  if (declared.xml > MAX_XLSX_XML_BYTES || declared.total > MAX_XLSX_TOTAL_BYTES) {
    return { error: TOO_BIG(` (${mb(declared.total)} de données pour ${mb(MAX_XLSX_XML_BYTES)} au plus)`) };
  }
  const result = await readXlsxInWorker({ bytes, entries, maxRows: MAX_IMPORT_ROWS, maxCellChars: MAX_CELL_CHARS, maxColumns: MAX_IMPORT_COLUMNS, maxTotalChars: MAX_XLSX_XML_BYTES });
  switch (result.kind) {
    case "rows": return { rows: result.rows, truncated: result.truncated };
    case "cell": return { error: cellTooLong(result.line, result.column, result.length) };
    case "too-big": return { error: TOO_BIG("") };
    case "timeout": return { error: TOO_BIG(` (sa lecture dépasse ${XLSX_TIME_LIMIT_MS / 1000} secondes)`) };
    case "no-sheet": return { error: "Le classeur ne contient aucune feuille." };
    case "busy": return { error: "Le serveur lit déjà beaucoup de fichiers : réessayez dans une minute." };
    case "unreadable": return { error: UNREADABLE };
    case "crash": throw new Error(`xlsx worker failed: ${result.message}`);
  }
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
      fileErrors: [`${plural(missing.length, "Colonne obligatoire absente", "Colonnes obligatoires absentes")} : ${missing.join(", ")}. `
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
