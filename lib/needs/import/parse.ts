/**
 * Reads a purchase-plan file (CSV or XLSX, lib/tables/read-table.ts) into rows of raw strings keyed by
 * canonical column. No business rules here: validate.ts decides what the strings mean.
 */
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import { plural } from "@/lib/format";
import { readTableFile, type Table } from "@/lib/tables/read-table";
import { IMPORT_COLUMNS, matchHeader, type ColumnKey } from "./columns";

export const MAX_IMPORT_ROWS = 2000;
export { MAX_IMPORT_BYTES };
/** Longest cell read: a description is far shorter; anything longer is a mistake or an attack. */
export const MAX_CELL_CHARS = 10_000;
/** Columns read per row; the template has 15, later ones are ignored. */
export const MAX_IMPORT_COLUMNS = 200;

export type RawValues = Partial<Record<ColumnKey, string>>;
/** `line` is the row number a spreadsheet shows (the header is line 1). */
export interface RawRow {
  line: number;
  values: RawValues;
}
export interface ParsedFile {
  rows: RawRow[];
  fileErrors: string[];
  ignoredHeaders: string[];
}

const fr = (n: number) => n.toLocaleString("fr-FR");
const fail = (message: string): ParsedFile => ({ rows: [], fileErrors: [message], ignoredHeaders: [] });

export async function parseImportFile(bytes: Buffer): Promise<ParsedFile> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(
      `Le fichier pèse ${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} Mo : ${formatMegabytes(MAX_IMPORT_BYTES)} au plus. Découpez-le en plusieurs fichiers.`,
    );
  }
  return fromTable(
    await readTableFile(bytes, {
      maxRows: MAX_IMPORT_ROWS,
      maxCellChars: MAX_CELL_CHARS,
      maxColumns: MAX_IMPORT_COLUMNS,
      isKnownHeader: (cell) => matchHeader(cell) !== undefined,
    }),
  );
}

/** First non-empty row = headers; every later non-empty row is a project (blank rows are skipped, not counted). */
function fromTable(table: Table): ParsedFile {
  if ("error" in table) return fail(table.error);
  const nonEmpty = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
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
      rows: [],
      ignoredHeaders,
      fileErrors: [
        `${plural(missing.length, "Colonne obligatoire absente", "Colonnes obligatoires absentes")} : ${missing.join(", ")}. ` +
          "La première ligne du fichier doit contenir les en-têtes du modèle.",
      ],
    };
  }
  if (data.length === 0) return { rows: [], ignoredHeaders, fileErrors: ["Le fichier ne contient aucune ligne de projet sous les en-têtes."] };
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      ignoredHeaders,
      fileErrors: [
        `Le fichier contient ${table.truncated ? "plus de " : ""}${fr(table.truncated ? MAX_IMPORT_ROWS : data.length)} lignes : ${fr(MAX_IMPORT_ROWS)} au plus par import. Découpez-le en plusieurs fichiers.`,
      ],
    };
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
