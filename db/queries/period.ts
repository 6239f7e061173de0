/**
 * A period of whole calendar months as the queries take it; lib/dashboards/period.ts parses it from the
 * URL, labels it and re-exports these.
 */
import { sql, type SQL } from "drizzle-orm";

export interface Period {
  /** First month, "YYYY-MM". */
  from: string;
  /** Last month, included. */
  to: string;
}

/** First day of a month as the SQL rollups store it ("2026-01-01"). */
export const monthStart = (month: string) => `${month}-01`;

/**
 * The instants bounding a period in Europe/Paris, as SQL: [midnight starting `from`, midnight starting the
 * month after `to`), computed by PostgreSQL's time-zone rules (summer time included).
 */
export function periodBounds(p: Period): { start: SQL; end: SQL } {
  return {
    start: sql`(${monthStart(p.from)}::timestamp at time zone 'Europe/Paris')`,
    end: sql`((${monthStart(p.to)}::timestamp + interval '1 month') at time zone 'Europe/Paris')`,
  };
}
