/** Timing helpers of the dashboards bench, the comparison of two results, and the freshness measurement. */
import { sql, type SQL } from "drizzle-orm";
import type pg from "pg";
import type { Db } from "../../db/client";
import { buyerFigures } from "../../db/queries/dashboards/buyer";
import { monthOf } from "../../lib/dashboards/definitions";

export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * A db handle that runs each query under EXPLAIN ANALYZE and records the server's planning + execution time
 * (the work that grows with the data, without the client round trip), then runs it again for its rows (callers
 * such as buyerFigures read the result). Timing off: per-node
 * clocks would inflate the many-node naive plans, while the inside of dash_buyer() is not instrumented at all.
 */
export function serverTimed(db: Db, sink: number[]): Db {
  type Plan = { "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number }] };
  const record = (rows: Plan[]) => sink.push(rows[0]["QUERY PLAN"][0]["Planning Time"] + rows[0]["QUERY PLAN"][0]["Execution Time"]);
  // Named statements go straight to the pool (buyerFigures): explained with the same text and parameters.
  const client = {
    query: async (q: pg.QueryConfig) => {
      record((await db.$client.query<Plan>(`explain (analyze, timing off, format json) ${q.text}`, q.values)).rows);
      return db.$client.query(q);
    },
  };
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "$client") return client;
      if (prop !== "execute") return Reflect.get(target, prop, receiver);
      return async (query: SQL) => {
        record((await target.execute<Plan>(sql`explain (analyze, timing off, format json) ${query}`)).rows);
        return target.execute(query);
      };
    },
  });
}

/** Runs a query with index scans off: the naive computation as a full scan of the tables it reads. */
export async function withoutIndexes<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_indexscan = off`);
    await tx.execute(sql`set local enable_indexonlyscan = off`);
    await tx.execute(sql`set local enable_bitmapscan = off`);
    return fn(tx as unknown as Db);
  });
}

/** Deep equality, numbers within a relative 1e-9 (sums of numeric shares printed by pg in different scales). */
export function sameFigures(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameFigures(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return sameFigures(ka, kb) && ka.every((k) => sameFigures((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/**
 * Inserts a need and its award for a buyer in one committed transaction (as the award service would),
 * then polls the buyer dashboard's query until the amount shows. Also times a 10,000-award bulk insert.
 */
export async function freshness(client: pg.Client, db: Db, buyerId: string) {
  const month = monthOf(new Date());
  const period = { from: month, to: month };
  const amountOf = async () => (await buyerFigures(db, buyerId, period)).months[0]?.amount ?? 0;
  const before = await amountOf();
  const amount = 12_345.67;
  const t0 = performance.now();
  await client.query("begin");
  const {
    rows: [need],
  } = await client.query<{ id: string; supplier: string }>(
    `
    insert into needs (company_id, title, description, kind, commune_code, response_deadline, status, published_at, awarded_at)
    select c.id, 'Besoin frais', 'Mesure de fraîcheur', 'services', c.commune_code, now() + interval '10 days', 'awarded', now(), now()
    from companies c where c.id = $1
    returning id, md5('s1')::uuid as supplier`,
    [buyerId],
  );
  await client.query(`insert into awards (need_id, buyer_company_id, supplier_company_id, amount_eur, awarded_on) values ($1, $2, $3, $4, now())`, [
    need.id,
    buyerId,
    need.supplier,
    amount,
  ]);
  await client.query("commit");
  const insertMs = performance.now() - t0;
  let polls = 0;
  for (;;) {
    polls += 1;
    if (Math.abs((await amountOf()) - before - amount) < 0.005) break;
    if (performance.now() - t0 > 120_000) throw new Error("award not visible after 2 minutes");
    await new Promise((r) => setTimeout(r, 10));
  }
  const visibleAfterMs = performance.now() - t0;

  const t1 = performance.now();
  await client.query(`
    insert into awards (need_id, buyer_company_id, supplier_company_id, amount_eur, awarded_on)
    select n.id, n.company_id, a.supplier_company_id, 1000, now() from needs n join awards a on a.need_id = n.id
    where n.title like 'Besoin %' limit 10000`);
  const bulkMs = performance.now() - t1;
  return { insertMs, visibleAfterMs, polls, bulkMs };
}
