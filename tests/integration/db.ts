/** Helpers for integration tests: the shared db handle and a reset that keeps reference data. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export const db = () => getDb();

const KEEP = ["communes", "epcis", "naf_codes", "charter_versions", "app_meta", "__drizzle_migrations", "dash_config"];

/** Empties every application table (reference tables, the charter and the migration journal stay). */
export async function resetDatabase() {
  const { rows } = await getDb().execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
  const tables = rows.map((r) => r.tablename).filter((t) => !KEEP.includes(t));
  if (tables.length) await getDb().execute(sql.raw(`truncate table ${tables.map((t) => `"${t}"`).join(", ")} restart identity cascade`));
  // Jobs queued by one test must not run in the next.
  await getDb().execute(sql`delete from graphile_worker._private_jobs`);
}
