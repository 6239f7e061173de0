/**
 * A ranking must give the same order for the same need on the same data, whatever plan PostgreSQL picks: the text
 * query's sums go through exactSum (db/queries/exact-sum.ts), and the query runs as a named prepared statement
 * (db/named-read.ts), whose generic plan may read rows in another order than a custom plan.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { exactSum } from "@/db/queries/exact-sum";
import { executeNamed } from "@/db/named-read";
import { db } from "./db";

/** The sum of `values` aggregated in the order given. */
async function sums(values: number[]) {
  const { rows } = await db().execute<{ plain: number; exact: number }>(sql`
    select sum(x) as plain, ${exactSum(sql`x`)} as exact
    from (select x from unnest(${`{${values.join(",")}}`}::float8[]) with ordinality as v(x, ord) order by ord) ordered`);
  return rows[0];
}

describe("exactSum", () => {
  it("gives the same sum whatever order the rows come in, where a float sum does not", async () => {
    const forward = await sums([0.1, 0.2, 0.3]);
    const backward = await sums([0.3, 0.2, 0.1]);
    // The case it exists for: the last bit of a float sum depends on the order.
    expect(forward.plain).not.toBe(backward.plain);
    expect(forward.exact).toBe(backward.exact);
    expect(forward.exact).toBeCloseTo(0.6, 12);
  });
});

describe("executeNamed", () => {
  it("returns what db.execute returns, on the pool and in a transaction, for each text under one prefix", async () => {
    const a = sql`select ${1}::int + 1 as n, '{"k": [1, 2]}'::json as j`;
    const b = sql`select ${5}::int * 2 as n, null::json as j`;
    for (let run = 0; run < 7; run++) {
      // Past five runs PostgreSQL may switch to a generic plan: the results must not change.
      expect((await executeNamed(db(), "test_read", a)).rows).toEqual((await db().execute(a)).rows);
      expect((await executeNamed(db(), "test_read", b)).rows).toEqual([{ n: 10, j: null }]);
    }
    const inTx = await db().transaction(async (tx) => (await executeNamed<{ n: number }>(tx, "test_read", a)).rows);
    expect(inTx).toEqual([{ n: 2, j: { k: [1, 2] } }]);
  });
});
