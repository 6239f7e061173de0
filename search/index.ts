/**
 * Which engine serves search: Meilisearch when MEILI_HOST is set, else the embedded PostgreSQL engine
 * on the application's database. One instance per process.
 */
import pg from "pg";
import { ReplicaPool } from "../db/read-pool";
import type { SearchEngine } from "./engine";
import { MeilisearchEngine } from "./engines/meilisearch/engine";
import { indexPrefix } from "./engines/meilisearch/settings";
import { PostgresSearchEngine } from "./engines/postgres/engine";
import { observeSearches } from "./observe";

/** `pool`: reuse a pool the caller owns (and closes); otherwise the engine opens its own. */
export function createSearchEngine(env: Record<string, string | undefined> = process.env, pool?: pg.Pool): SearchEngine {
  if (env.MEILI_HOST) {
    return new MeilisearchEngine({ host: env.MEILI_HOST, apiKey: env.MEILI_KEY, prefix: indexPrefix(env) });
  }
  if (pool) return new PostgresSearchEngine(pool);
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the PostgreSQL search engine needs it.");
  const own = new pg.Pool({ connectionString: env.DATABASE_URL, max: 5 });
  own.on("error", (err) => console.warn("[search] idle client error:", err.message));
  // Searches read from the replica when there is one (falling back to the primary); index writes stay on the primary.
  const replica = env.DATABASE_REPLICA_URL ? new ReplicaPool({ connectionString: env.DATABASE_REPLICA_URL, max: 5, connectionTimeoutMillis: 3_000 }, own) : own;
  return new PostgresSearchEngine(own, {}, replica);
}

const globalForSearch = globalThis as unknown as { __ccSearch?: SearchEngine };

export function getSearchEngine(): SearchEngine {
  // Timed for the metrics (lib/ops registers the observer; without one this costs nothing).
  globalForSearch.__ccSearch ??= observeSearches(createSearchEngine(), process.env.MEILI_HOST ? "meilisearch" : "postgres");
  return globalForSearch.__ccSearch;
}

/** Tests swap the engine (e.g. one whose tables are locked) and put it back. */
export function setSearchEngineForTests(engine: SearchEngine | undefined) {
  globalForSearch.__ccSearch = engine;
}
