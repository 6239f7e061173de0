/** Calendar dates as French users mean them: a date is a day in Europe/Paris. */

/** Offset of Europe/Paris from UTC at a given instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" }).formatToParts(at);
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT+01:00";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 60;
}

/** "2026-12-15" → the instant 2026-12-15 23:59:59 in Paris. */
export function endOfDayParis(isoDate: string): Date {
  const guess = new Date(`${isoDate}T23:59:59Z`);
  return new Date(guess.getTime() - parisOffsetMinutes(guess) * 60_000);
}

/** The Paris calendar day of an instant, "YYYY-MM-DD". */
export function parisDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
