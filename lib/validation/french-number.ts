/**
 * Numbers as French people type them: « 1 234,50 », « 1234.5 », « 12 500 € », with a space, a no-break
 * space or a narrow no-break space between thousands. Rounded to the field's precision on the decimal
 * digits themselves (no binary drift: 1,005 € → 1,01 €) BEFORE any range check, so that 0,001 € is
 * 0,00 € and fails « > 0 » instead of being stored as 0,00 €. Hex (0x10), exponents (1e7), Infinity and
 * NaN are not numbers a person types: they are refused.
 */
import { z } from "zod";

/** Longer than any amount we accept: refuses pasted digit walls before doing arithmetic on them. */
const MAX_LENGTH = 40;
const SEPARATORS = /[ \u00a0\u202f]/;
// Plain digits, or groups of three after separators; then an optional decimal part with "," or ".".
const NUMBER = /^(-|\+)?(\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:[.,](\d+))?$/;
// « 1.234,50 »: dots as thousands separators only when a comma ends the number.
const DOTTED_THOUSANDS = /^(-|\+)?\d{1,3}(?:\.\d{3})+,\d+$/;

/** The number, rounded to `decimals` places (half away from zero), or null when it is not one. */
export function parseFrenchNumber(input: string, opts: { decimals: number; currency?: boolean }): number | null {
  let text = input.trim();
  if (opts.currency) text = text.replace(/\s*€$/, "");
  if (text.length === 0 || text.length > MAX_LENGTH) return null;
  if (DOTTED_THOUSANDS.test(text)) text = text.replace(/\./g, "");
  const m = NUMBER.exec(text);
  if (!m) return null;
  const [, sign, whole, fraction = ""] = m;
  return roundDigits(sign === "-", whole.split(SEPARATORS).join(""), fraction, opts.decimals);
}

/** A number already typed as one (JSON, spreadsheets): finite, and rounded the same way. */
export function roundNumber(n: number, decimals: number): number | null {
  if (!Number.isFinite(n)) return null;
  const [whole, fraction = ""] = Math.abs(n)
    .toFixed(Math.min(decimals + 6, 100))
    .split(".");
  return roundDigits(n < 0, whole, fraction, decimals);
}

function roundDigits(negative: boolean, whole: string, fraction: string, decimals: number): number {
  const kept = (fraction + "0".repeat(decimals)).slice(0, decimals);
  let scaled = BigInt(whole + kept);
  if (Number(fraction[decimals] ?? "0") >= 5) scaled += 1n;
  const value = Number(scaled) / 10 ** decimals;
  // -0 (« -0 », « -0,001 ») is 0: range checks and storage should not see a sign.
  return negative && value !== 0 ? -value : value;
}

const numberError = (label: string) => (iss: { input?: unknown }) => (iss.input === undefined ? `${label} est obligatoire.` : `${label} doit être un nombre.`);

/**
 * A number field as forms send it (a string; blank = missing), rounded to `decimals` places before
 * the checks chained after it (`.min()`, `.max()`, `.refine()`), with French messages.
 */
export const zFrenchNumber = (label: string, opts: { decimals: number; currency?: boolean }) =>
  z.preprocess(
    (v) => {
      if (v === undefined || v === null) return undefined;
      if (typeof v === "string") return v.trim() === "" ? undefined : (parseFrenchNumber(v, opts) ?? Number.NaN);
      if (typeof v === "number") return roundNumber(v, opts.decimals) ?? Number.NaN;
      return v;
    },
    z.number({ error: numberError(label) }),
  );

/**
 * A whole number between min and max (bounds included). A fraction is refused, not rounded: « 2,5 jours »
 * is a mistake we cannot guess the fix of (read to 6 places, so « 30,0 » is still 30).
 */
export const zFrenchInt = (label: string, min: number, max: number) =>
  zFrenchNumber(label, { decimals: 6 }).pipe(
    z
      .number()
      .int(`${label} doit être un nombre entier.`)
      .min(min, `${label} doit être au moins ${min}.`)
      .max(max, `${label} doit être au plus ${max.toLocaleString("fr-FR")}.`),
  );
