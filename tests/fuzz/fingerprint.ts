/**
 * A fingerprint of the business tables (row count and md5 of the rows, per table) in one SQL query: a
 * door that answers with an error must leave it unchanged.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * Reference data, bookkeeping and counters that legitimately move without a business write; and the tables
 * that triggers derive from fingerprinted ones (matching's term counts, the dashboards' rollups): a write to
 * them shows in their sources, and hashing them tripled the cost of every fingerprint.
 */
const SKIP =
  /^(communes|epcis|naf_codes|charter_versions|app_meta|__drizzle_migrations|match_terms|match_lexicon|match_trade_terms|matching_extra_activities)$|^dash_|rate|limit|throttle/i;

export async function businessTables(db: Db): Promise<string[]> {
  const { rows } = await db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  return rows.map((r) => r.tablename).filter((t) => !SKIP.test(t));
}

/** Builds the one query for these tables; run it with `fingerprint` (prepared once: run thousands of times). */
export function fingerprintQuery(tables: string[]): { name: string; text: string } {
  // The sum of each row's md5 (its first 60 bits) is order-free: no sort and no long string per table.
  const parts = tables.map((t) => `select '${t}' as t, count(*) as n, coalesce(sum(('x' || left(md5(x::text), 15))::bit(60)::bigint), 0) as h from "${t}" x`);
  const text = `select string_agg(t || ':' || n || ':' || h, ' ' order by t) as fp from (${parts.join(" union all ")}) s`;
  return { name: `fingerprint_${createHash("md5").update(text).digest("hex").slice(0, 16)}`, text };
}

export async function fingerprint(db: Db, query: { name: string; text: string }): Promise<string> {
  const { rows } = await db.$client.query<{ fp: string }>(query);
  return rows[0].fp;
}
