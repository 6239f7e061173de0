/**
 * The database handle for read-only pages and exports: the replica (DATABASE_REPLICA_URL), unless the
 * visitor just wrote (lib/ops/read-your-writes.ts), then the primary. Without a replica, the primary.
 */
import { getDb, getReadDb, type Db } from "@/db/client";
import { READ_PRIMARY_COOKIE, READ_PRIMARY_HEADER, readsFromPrimary } from "./read-your-writes";

/** Reads the hints of the current request; outside a request (scripts, workers, cached functions) there are none. */
async function visitorJustWrote(): Promise<boolean> {
  try {
    const { cookies, headers } = await import("next/headers");
    const [h, c] = await Promise.all([headers(), cookies()]);
    return readsFromPrimary({ header: h.get(READ_PRIMARY_HEADER), cookie: c.get(READ_PRIMARY_COOKIE)?.value });
  } catch {
    return false;
  }
}

export async function readDb(): Promise<Db> {
  if (!process.env.DATABASE_REPLICA_URL) return getDb();
  return getReadDb({ primary: await visitorJustWrote() });
}

/**
 * For services that are handed the app's handle: the read handle instead when it is the app's primary
 * handle. Any other handle (a transaction, a worker's client, a test's database) is kept as given.
 */
export async function readDbFor(db: Db): Promise<Db> {
  if (!process.env.DATABASE_REPLICA_URL || db !== getDb()) return db;
  return readDb();
}
