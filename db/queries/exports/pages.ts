/** Keyset pagination for exports: rows ordered by (timestamp, id), fetched a page at a time. */
import { sql, type SQL } from "drizzle-orm";
import { periodBounds, type Period } from "../period";

/** The last row of a page: its timestamp as PostgreSQL text (microseconds kept) and its id. */
export interface Cursor {
  at: string;
  id: string;
}
export type PageRow = { cursor_at: string; id: string };

export const EXPORT_PAGE_SIZE = 1000;

export async function* keysetPages<Row extends PageRow>(
  fetch: (after: Cursor | null, limit: number) => Promise<Row[]>,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Row[]> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await fetch(after, pageSize);
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    after = { at: last.cursor_at, id: last.id };
  }
}

/** `and (at, id) > cursor`, or nothing on the first page. */
export const afterCursor = (at: SQL, id: SQL, after: Cursor | null) =>
  after ? sql`and (${at}, ${id}) > (${after.at}::timestamptz, ${after.id}::uuid)` : sql``;

/** `and col within the period` (Paris months), or nothing without a period. */
export function inPeriod(col: SQL, period: Period | undefined): SQL {
  if (!period) return sql``;
  const { start, end } = periodBounds(period);
  return sql`and ${col} >= ${start} and ${col} < ${end}`;
}

export const TERRITORY = sql`(select territory_epci from dash_config)`;
