/** The application's database handle: one pg pool per process, shared across hot reloads in dev. */
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";
import { ReplicaPool } from "./read-pool";

/** `$client` is the pool (or, in worker tasks, one client), for what drizzle does not expose: named prepared statements. */
export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool | pg.PoolClient };
/** A transaction handle: services accept `Db | Tx` so callers can compose them in one transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

const globalForDb = globalThis as unknown as { __ccPool?: pg.Pool; __ccDb?: Db; __ccReadDb?: Db };

/**
 * Idle connections close after 10 s, so PostgreSQL's normal ("smart") shutdown, which waits for every
 * session to end, is not held by a sleeping pool. A connection attempt gives up after 30 s: when the
 * server is unreachable a query fails within 30 s instead of hanging (a stopped server refuses at once;
 * the same bound covers the wait for a free client, hence generous), and the next one after
 * the server is back opens a fresh connection (the pool needs no restart).
 */
export const POOL_IDLE_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 30_000;

export function createDb(connectionString: string, max = 10): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: POOL_IDLE_TIMEOUT_MS, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // Idle clients get 57P01 when the server shuts down; without a listener that crashes the process.
  pool.on("error", (err) => console.warn("[db] idle client error:", err.message));
  return { db: drizzle(pool, { schema, casing: undefined }), pool };
}

export function getDb(): Db {
  if (!globalForDb.__ccDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`.");
    const { db, pool } = createDb(url);
    globalForDb.__ccPool = pool;
    globalForDb.__ccDb = db;
  }
  return globalForDb.__ccDb;
}

/**
 * The handle for read-only work (search, directory, dashboards, exports): a streaming replica when
 * DATABASE_REPLICA_URL is set, the primary otherwise or when `primary` is asked for (read-your-writes:
 * lib/ops/read-db.ts asks for it after the visitor wrote). Reads fall back to the primary while the replica
 * is unreachable (db/read-pool.ts). Never write through it.
 */
export function getReadDb(options: { primary?: boolean } = {}): Db {
  const replicaUrl = process.env.DATABASE_REPLICA_URL;
  if (!replicaUrl || options.primary) return getDb();
  if (!globalForDb.__ccReadDb) {
    const primary = getDb().$client as pg.Pool;
    // A short connect bound: a replica host that does not answer must not hold a page for 30 s.
    const pool = new ReplicaPool({ connectionString: replicaUrl, max: 10, idleTimeoutMillis: POOL_IDLE_TIMEOUT_MS, connectionTimeoutMillis: 3_000 }, primary);
    globalForDb.__ccReadDb = drizzle(pool, { schema, casing: undefined }) as Db;
  }
  return globalForDb.__ccReadDb;
}

/** Closes the replica's pool (tests, scripts that exit); the next getReadDb() opens a new one. */
export async function closeReadDb(): Promise<void> {
  const readDb = globalForDb.__ccReadDb;
  globalForDb.__ccReadDb = undefined;
  if (readDb && readDb !== globalForDb.__ccDb) await (readDb.$client as pg.Pool).end();
}
