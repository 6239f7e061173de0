/**
 * Reads an uploaded table (CSV or XLSX, told apart by content, not by name) into rows of raw strings, or a
 * French reason it cannot. Shared by every import (purchase plans, partners' member lists): each importer
 * then gives the cells their meaning. A hostile file costs bounded time and memory (see readXlsx).
 */
import { parse as parseCsv } from "csv-parse/sync";
import { fileTypeFromBuffer } from "file-type";
import { logger } from "../ops/logger";
import { readXlsxInWorker, XLSX_TIME_LIMIT_MS } from "./xlsx-worker";
import { declaredSizes, MAX_XLSX_TOTAL_BYTES, MAX_XLSX_XML_BYTES, readZipDirectory } from "./zip-limits";

export interface TableLimits {
  /** Data rows under the header; one more is read so the caller can refuse the file. */
  maxRows: number;
  /** Longest cell read: anything longer is a mistake or an attack. */
  maxCellChars: number;
  /** Columns read per row; later ones are ignored. */
  maxColumns: number;
  /** Whether a header cell names a column the importer knows: text with none of them may be prose, not a table. */
  isKnownHeader: (cell: string) => boolean;
}

/** `line` is the row number a spreadsheet shows (the header is line 1). */
export interface TableRow {
  line: number;
  cells: string[];
}
/** `truncated`: reading stopped past the row limit, so the real row count is unknown. */
export type Table = { rows: TableRow[]; truncated?: boolean } | { error: string };

const fr = (n: number) => n.toLocaleString("fr-FR");
const mb = (bytes: number) => `${fr(Math.ceil(bytes / 1024 / 1024))} Mo`;

export const NOT_A_TABLE = "Ce fichier n'est ni un CSV ni un classeur Excel (.xlsx).";
const UNREADABLE = "Le classeur n'a pas pu être lu : enregistrez-le au format Excel (.xlsx) ou CSV.";
const TOO_BIG = (detail: string) =>
  `Ce classeur est trop volumineux une fois décompressé${detail} : enregistrez la première feuille seule au format CSV, ou découpez-la en plusieurs fichiers.`;

/** file-type signatures of two or three letters a CSV's first line could start with ("BM…", "MZ…", "ID3…"). */
const TEXT_LOOKALIKES = new Set(["bmp", "exe", "mp3"]);

/** The first sheet of an .xlsx, or a CSV file's rows. The caller checks the file's size first. */
export async function readTableFile(bytes: Buffer, limits: TableLimits): Promise<Table> {
  if (bytes.length === 0) return { error: "Le fichier est vide." };
  if (bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) return readXlsx(bytes, limits);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return { error: "Les fichiers Excel 97-2003 (.xls) ne sont pas acceptés : enregistrez le fichier au format .xlsx ou CSV." };
  }
  // Judged by content, not name: a PDF or an image renamed .csv is not read as text.
  const detected = await fileTypeFromBuffer(bytes);
  if (bytes.includes(0) || (detected && !TEXT_LOOKALIKES.has(detected.ext))) return { error: NOT_A_TABLE };
  const table = readCsvText(decodeText(bytes), limits);
  return "rows" in table && !looksLikeTable(table.rows, limits.isKnownHeader) ? { error: NOT_A_TABLE } : table;
}

/**
 * Text that is no table (a letter, JSON, HTML…): no known header on its first line, which starts like markup
 * or JSON, or reads as prose. Said as the wrong file type rather than « colonnes absentes ».
 */
function looksLikeTable(rows: TableRow[], isKnownHeader: (cell: string) => boolean): boolean {
  const header = rows.find((r) => r.cells.some((c) => c.trim() !== ""));
  if (!header) return true; // empty: the importer says so
  if (/^\s*[<{[]/.test(header.cells[0] ?? "")) return false;
  if (header.cells.some(isKnownHeader)) return true;
  // Headers are a few words: a first line of one cell, or with a sentence in it, is prose.
  const filled = header.cells.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((c) => c.length <= 60);
}

/** UTF-8 (BOM dropped by TextDecoder); Excel's "CSV" on Windows is often Windows-1252, recognised by invalid UTF-8. */
export function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  return utf8.includes("\uFFFD") ? new TextDecoder("windows-1252").decode(bytes) : utf8;
}

/** The delimiter that splits the header line more: French Excel writes ";", most other tools ",", some exports a tab. */
function detectDelimiter(text: string): ";" | "," | "\t" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const [best] = ([";", ",", "\t"] as const).map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ",";
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const cellTooLong = (line: number, column: number, length: number, max: number) =>
  `Ligne ${line}, colonne ${columnLetter(column)} : la cellule contient ${fr(length)} caractères, ${fr(max)} au plus. ` +
  "Raccourcissez-la ; un texte long a sa place dans un document joint.";

/** CSV text (a file's or pasted) into rows; all of them (the text is in memory already), so the importer can say how many. */
export function readCsvText(text: string, limits: Pick<TableLimits, "maxCellChars" | "maxColumns">): Table {
  // csv-parse's own cap on one record (a quote left open would otherwise swallow the rest of the file).
  const maxRecordChars = 20 * limits.maxCellChars;
  // csv-parse takes the first line's ending as the only record delimiter: files mixing \r\n and \n exist.
  const normalized = text.replace(/\r\n?/g, "\n");
  let records: string[][];
  try {
    records = parseCsv(normalized, {
      delimiter: detectDelimiter(normalized),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: maxRecordChars,
    });
  } catch (err) {
    const { code, lines } = err as { code?: string; lines?: number };
    const where = lines ? ` (vers la ligne ${lines})` : "";
    if (code === "CSV_MAX_RECORD_SIZE") {
      return {
        error: `Une ligne du fichier CSV dépasse ${fr(maxRecordChars)} caractères${where} : vérifiez que chaque guillemet ouvert est refermé ; une cellule contient ${fr(limits.maxCellChars)} caractères au plus.`,
      };
    }
    return { error: `Le fichier CSV est mal formé${where} : vérifiez les guillemets et le séparateur (« ; » ou « , »).` };
  }
  const rows: TableRow[] = [];
  for (const [i, record] of records.entries()) {
    const cells = record.slice(0, limits.maxColumns);
    const long = cells.findIndex((c) => c.length > limits.maxCellChars);
    // Record index + 1 is the row number a spreadsheet shows, even when a quoted cell spans several lines.
    if (long >= 0) return { error: cellTooLong(i + 1, long + 1, cells[long].length, limits.maxCellChars) };
    if (!cells.some((c) => c.trim() !== "")) continue; // blank rows are skipped, not counted (as in the xlsx reader)
    rows.push({ line: i + 1, cells });
  }
  return { rows };
}

/**
 * A 5 MB xlsx is compressed XML that can unpack to gigabytes. So: refuse on the sizes its zip directory
 * declares, before inflating anything; then read it in a worker thread (xlsx-worker.ts) that checks the
 * real sizes, caps cells, stops one row past the import limit, and runs under a heap and a time cap.
 */
async function readXlsx(bytes: Buffer, limits: TableLimits): Promise<Table> {
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
  const result = await readXlsxInWorker({
    bytes,
    entries,
    maxRows: limits.maxRows,
    maxCellChars: limits.maxCellChars,
    maxColumns: limits.maxColumns,
    maxTotalChars: MAX_XLSX_XML_BYTES,
  });
  switch (result.kind) {
    case "rows":
      return { rows: result.rows, truncated: result.truncated };
    case "cell":
      return { error: cellTooLong(result.line, result.column, result.length, limits.maxCellChars) };
    case "too-big":
      return { error: TOO_BIG("") };
    case "timeout":
      return { error: TOO_BIG(` (sa lecture dépasse ${XLSX_TIME_LIMIT_MS / 1000} secondes)`) };
    case "no-sheet":
      return { error: "Le classeur ne contient aucune feuille." };
    case "busy":
      return { error: "Le serveur lit déjà beaucoup de fichiers : réessayez dans une minute." };
    case "unreadable":
      // Usually the file; the reason tells a worker that died from a broken workbook.
      logger().warn({ reason: result.reason }, "an uploaded workbook could not be read");
      return { error: UNREADABLE };
    case "crash":
      throw new Error(`xlsx worker failed: ${result.message}`);
  }
}
