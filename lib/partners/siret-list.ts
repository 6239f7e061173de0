/**
 * A partner's member file → SIRETs, pure. A CSV (comma, semicolon or tab) with a « siret » column, or one
 * SIRET per line; spaces and dots inside a SIRET are ignored (« 919 000 026 00014 »). Lines whose value is
 * not a valid SIRET (14 digits, Luhn key) are kept aside with the line number, for the preview.
 */
import { parse } from "csv-parse/sync";
import { normalizeDigits, siretProblem } from "../companies/siret";

export const MAX_MEMBER_ROWS = 20_000;

export interface SiretList {
  sirets: string[];
  invalid: { line: number; value: string }[];
  duplicates: number;
}

function delimiterOf(firstLine: string): string {
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ",";
}

export function parseSiretList(text: string): SiretList {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const rows = parse(clean, { delimiter: delimiterOf(firstLine), relax_column_count: true, skip_empty_lines: true, trim: true, to: MAX_MEMBER_ROWS + 2 }) as string[][];
  if (rows.length > MAX_MEMBER_ROWS + 1) throw new RangeError("too many rows");
  const header = rows[0]?.findIndex((cell) => /^siret$/i.test(cell.trim())) ?? -1;
  const column = header >= 0 ? header : 0;
  const body = header >= 0 ? rows.slice(1) : rows;
  const firstLineNumber = header >= 0 ? 2 : 1;
  const seen = new Set<string>();
  const out: SiretList = { sirets: [], invalid: [], duplicates: 0 };
  body.forEach((row, i) => {
    const value = (row[column] ?? "").trim();
    if (!value) return;
    const siret = normalizeDigits(value);
    if (siretProblem(siret) !== null) {
      out.invalid.push({ line: i + firstLineNumber, value: value.slice(0, 40) });
      return;
    }
    if (seen.has(siret)) {
      out.duplicates += 1;
      return;
    }
    seen.add(siret);
    out.sirets.push(siret);
  });
  return out;
}
