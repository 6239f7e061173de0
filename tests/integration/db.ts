/** Helpers for integration tests: the shared db handle and a reset that keeps reference data. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export const db = () => getDb();

/** Empties every table the tests write to (reference tables and the charter stay). */
export async function resetDatabase() {
  await getDb().execute(sql`truncate table audit_log, charter_signatures, memberships, users, companies restart identity cascade`);
}
