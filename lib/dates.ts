/**
 * Calendar dates as French users mean them: a date is a day in Europe/Paris. Time-zone arithmetic is
 * @date-fns/tz's (TZDate: a wall-clock time in a zone → the instant, summer time included).
 */
import { TZDate } from "@date-fns/tz";

export const PARIS = "Europe/Paris";

/** The instant of a Paris wall-clock time (month 1–12), as a plain Date. */
export function parisInstant(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hours, minutes, seconds, PARIS).getTime());
}

/** "2026-12-15" → the instant 2026-12-15 23:59:59 in Paris. */
export function endOfDayParis(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return parisInstant(y, m, d, 23, 59, 59);
}

/** The Paris wall-clock time of an instant, as the same figures in UTC (for files without time zones). */
export function parisWallClock(at: Date, dayOnly = false): Date {
  const p = new TZDate(at.getTime(), PARIS);
  return dayOnly
    ? new Date(Date.UTC(p.getFullYear(), p.getMonth(), p.getDate()))
    : new Date(Date.UTC(p.getFullYear(), p.getMonth(), p.getDate(), p.getHours(), p.getMinutes(), p.getSeconds()));
}

/** The Paris calendar day of an instant, "YYYY-MM-DD". */
export function parisDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
