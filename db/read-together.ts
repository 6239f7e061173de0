/**
 * Independent reads, at once when they can be. On the pool each read takes its own connection; on a
 * single connection (a transaction, or a worker task's client) they run one after another: pg only
 * queues overlapping queries on one client today, with a deprecation warning, and pg 9 refuses them.
 * The reads are functions so none starts before its turn.
 */
import { PgTransaction } from "drizzle-orm/pg-core";
import pg from "pg";
import type { DbOrTx } from "./client";

type Results<T extends readonly (() => PromiseLike<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

export function onOneConnection(db: DbOrTx): boolean {
  if (db instanceof PgTransaction) return true;
  return !((db as { $client?: unknown }).$client instanceof pg.Pool);
}

export async function readTogether<const T extends readonly (() => PromiseLike<unknown>)[]>(db: DbOrTx, reads: T): Promise<Results<T>> {
  if (!onOneConnection(db)) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as Results<T>;
}
