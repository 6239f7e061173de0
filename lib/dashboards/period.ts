/**
 * The period of a dashboard: whole calendar months (the rollups are monthly), from/to in the URL as
 * `du=2025-01&au=2025-12`. Invalid or missing values fall back to the last 12 months.
 */
import { monthStart, type Period } from "@/db/queries/period";
import { monthOf } from "./definitions";
import { parisInstant } from "@/lib/dates";

export { monthStart, type Period } from "@/db/queries/period";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
/** Longest period a page computes (10 years of months). */
const MAX_MONTHS = 120;

export const isMonth = (s: unknown): s is string => typeof s === "string" && MONTH.test(s);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < MAX_MONTHS; m = addMonths(m, 1)) out.push(m);
  return out;
}

export function defaultPeriod(now = new Date()): Period {
  const to = monthOf(now);
  return { from: addMonths(to, -11), to };
}

/** du/au from the URL; swapped when reversed, clamped to MAX_MONTHS. */
export function parsePeriod(params: { du?: string | string[]; au?: string | string[] }, now = new Date()): Period {
  const fallback = defaultPeriod(now);
  const du = isMonth(params.du) ? params.du : null;
  const au = isMonth(params.au) ? params.au : null;
  let from = du ?? (au ? addMonths(au, -11) : fallback.from);
  let to = au ?? (du ? (addMonths(du, 11) < fallback.to ? addMonths(du, 11) : fallback.to) : fallback.to);
  if (from > to) [from, to] = [to, from];
  if (monthsBetween(from, to).length >= MAX_MONTHS) from = addMonths(to, -(MAX_MONTHS - 1));
  return { from, to };
}

/** The instants bounding a period in Europe/Paris: [start of `from`, start of the month after `to`). */
export function periodInstants(p: Period): { start: Date; end: Date } {
  return { start: parisMidnight(monthStart(p.from)), end: parisMidnight(monthStart(addMonths(p.to, 1))) };
}

/** Midnight in Paris (23:00 or 22:00 UTC the day before). */
function parisMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return parisInstant(y, m, d);
}

/** "2026-01" → "janvier 2026" */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${MONTHS_FR[m - 1]} ${y}`;
}

const MONTHS_SHORT_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/** "2026-01" → "janv. 2026" for chart axes. */
export function shortMonthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${MONTHS_SHORT_FR[m - 1]} ${y}`;
}

export function periodLabel(p: Period): string {
  return p.from === p.to ? monthLabel(p.from) : `de ${monthLabel(p.from)} à ${monthLabel(p.to)}`;
}

/** URL query of a period (and extra filters), for links that keep it. */
export function periodQuery(p: Period, extra: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams({ du: p.from, au: p.to });
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") q.set(k, String(v));
  return q.toString();
}
