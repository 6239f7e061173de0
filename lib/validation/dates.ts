/**
 * Calendar dates typed in forms ("YYYY-MM-DD" from <input type="date">), kept within a sane window:
 * nothing before 2000 (the platform holds no older business) and nothing more than 5 years ahead (a
 * deadline in 9999 is a typing mistake, and it would keep a need open, and its jobs queued, for ever).
 */
import { z } from "zod";
import { isIsoDate, parisDay } from "../dates";
import { zString } from "./zod";

export const EARLIEST_DATE = "2000-01-01";
export const MAX_YEARS_AHEAD = 5;

/** "2031-05-12" from "2026-05-12": the same day `years` later (29 February → 28 February). */
export function yearsAfter(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-");
  const candidate = `${Number(y) + years}-${m}-${d}`;
  return isIsoDate(candidate) && new Date(`${candidate}T00:00:00Z`).getUTCDate() === Number(d) ? candidate : `${Number(y) + years}-${m}-28`;
}

/** The last day a date may be, seen from `now` (Paris calendar). */
export const latestDate = (now: Date) => yearsAfter(parisDay(now), MAX_YEARS_AHEAD);

/** "31/12/2031" */
export const frenchDate = (isoDate: string) => isoDate.split("-").reverse().join("/");

interface Bound {
  date: string;
  message: string;
}

/**
 * A date within [EARLIEST_DATE, now + 5 years], with French messages; `after`/`notAfter` narrow it
 * further (e.g. a deadline after today, an award not in the future). Blank is "missing". Without `now`,
 * the window is judged when the value is parsed (schemas built once at start-up stay right).
 */
export function zIsoDate(label: string, now?: Date, opts: { after?: Bound; notAfter?: Bound } = {}) {
  return zString({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, { message: `${label} est obligatoire.`, abort: true })
    .superRefine((d, ctx) => {
      const latest = latestDate(now ?? new Date());
      const problem = !isIsoDate(d)
        ? `${label} n'est pas une date valide (jj/mm/aaaa).`
        : d < EARLIEST_DATE
          ? `${label} ne peut pas être antérieure au ${frenchDate(EARLIEST_DATE)}.`
          : d > latest
            ? `${label} ne peut pas dépasser le ${frenchDate(latest)} (${MAX_YEARS_AHEAD} ans au plus).`
            : opts.after && d <= opts.after.date
              ? opts.after.message
              : opts.notAfter && d > opts.notAfter.date
                ? opts.notAfter.message
                : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

/** The same, optional: blank becomes undefined. */
export const zOptionalIsoDate = (label: string, now?: Date, opts: Parameters<typeof zIsoDate>[2] = {}) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), zIsoDate(label, now, opts).optional());
