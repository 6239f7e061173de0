/**
 * A partner's member list → SIRETs, from a file (CSV or Excel, read by lib/tables) or pasted text: a
 * « siret » column, or the first column, or one SIRET per line; spaces and dots inside a SIRET are ignored
 * (« 919 000 026 00014 »). Lines whose value is not a valid SIRET (14 digits, Luhn key) are kept aside
 * with their line number, for the preview.
 */
import { readCsvText, readTableFile, type Table, type TableRow } from "../tables/read-table";
import { normalizeDigits, siretProblem } from "../companies/siret";

export const MAX_MEMBER_ROWS = 20_000;

export interface SiretList {
  sirets: string[];
  invalid: { line: number; value: string }[];
  duplicates: number;
}
export type SiretListResult = SiretList | { error: string };

const isSiretHeader = (cell: string) => /^\s*(n°\s*|numéro\s+)?siret\s*$/i.test(cell);
const fr = (n: number) => n.toLocaleString("fr-FR");
/** A file of bare SIRETs has no header: its first line, a SIRET, tells it is a list and not prose. */
const looksLikeSiret = (cell: string) => /^[\d .]+$/.test(cell.trim()) && normalizeDigits(cell).length === 14;
/** A member file holds a SIRET and perhaps a name and a town: no cell needs more. */
const LIMITS = { maxRows: MAX_MEMBER_ROWS, maxCellChars: 500, maxColumns: 50, isKnownHeader: (c: string) => isSiretHeader(c) || looksLikeSiret(c) };

export function siretsFromRows(rows: TableRow[]): SiretList {
  const header = rows[0]?.cells.findIndex(isSiretHeader) ?? -1;
  const column = header >= 0 ? header : 0;
  const body = header >= 0 ? rows.slice(1) : rows;
  const seen = new Set<string>();
  const out: SiretList = { sirets: [], invalid: [], duplicates: 0 };
  for (const row of body) {
    const value = (row.cells[column] ?? "").trim();
    if (!value) continue;
    const siret = normalizeDigits(value);
    if (siretProblem(siret) !== null) {
      out.invalid.push({ line: row.line, value: value.slice(0, 40) });
    } else if (seen.has(siret)) {
      out.duplicates += 1;
    } else {
      seen.add(siret);
      out.sirets.push(siret);
    }
  }
  return out;
}

function fromTable(table: Table): SiretListResult {
  if ("error" in table) return table;
  const body = table.rows.length - (table.rows[0]?.cells.some(isSiretHeader) ? 1 : 0);
  if (table.truncated || body > MAX_MEMBER_ROWS) {
    return {
      error: `La liste compte ${table.truncated ? "plus de " : ""}${fr(table.truncated ? MAX_MEMBER_ROWS : body)} lignes : ${fr(MAX_MEMBER_ROWS)} au plus par import. Découpez-la en plusieurs fichiers.`,
    };
  }
  const list = siretsFromRows(table.rows);
  return list.sirets.length || list.invalid.length ? list : { error: "La liste ne contient aucun SIRET." };
}

/** Pasted text: the content of a CSV, or one SIRET per line. */
export function parseSiretText(text: string): SiretListResult {
  return fromTable(readCsvText(text.replace(/^\uFEFF/, ""), LIMITS));
}

/** An uploaded file: CSV or the first sheet of an .xlsx (the caller checks its size). */
export async function readSiretFile(bytes: Buffer): Promise<SiretListResult> {
  return fromTable(await readTableFile(bytes, LIMITS));
}
