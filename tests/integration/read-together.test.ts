/** readTogether: reads overlap on the pool, never on one connection (a transaction or a worker task's client). */
import { drizzle } from "drizzle-orm/node-postgres";
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it, inject } from "vitest";
import type { Db, DbOrTx } from "@/db/client";
import { onOneConnection, readTogether } from "@/db/read-together";
import * as schema from "@/db/schema";
import { db } from "./db";

/** Three reads that log when they start and end; each sleeps so overlapping ones would interleave. */
async function traced(handle: DbOrTx) {
  const events: string[] = [];
  const read = (i: number) => async () => {
    events.push(`start ${i}`);
    const { rows } = await handle.execute<{ n: number }>(sql`select ${i}::int as n, pg_sleep(0.02)`);
    events.push(`end ${i}`);
    return rows[0].n;
  };
  const results = await readTogether(handle, [read(1), read(2), read(3)]);
  return { results, events };
}

describe("readTogether", () => {
  it("starts every read at once on the pool, in the given order of results", async () => {
    expect(onOneConnection(db())).toBe(false);
    const { results, events } = await traced(db());
    expect(results).toEqual([1, 2, 3]);
    expect(events.slice(0, 3)).toEqual(["start 1", "start 2", "start 3"]);
  });

  it("runs them one after another inside a transaction", async () => {
    const { results, events } = await db().transaction(async (tx) => {
      expect(onOneConnection(tx)).toBe(true);
      return traced(tx);
    });
    expect(results).toEqual([1, 2, 3]);
    expect(events).toEqual(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
  });

  it("runs them one after another on a single client, as in worker tasks", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const single = drizzle(client, { schema }) as unknown as Db;
      expect(onOneConnection(single)).toBe(true);
      const { events } = await traced(single);
      expect(events).toEqual(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
    } finally {
      await client.end();
    }
  });
});
