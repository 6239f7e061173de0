/**
 * A real streaming replica of the test database (built with the low-level backup API, db/streaming-replica.ts)
 * serves the read-only work: reads land on the standby, rows written on the primary reach it, a visitor who
 * just wrote reads from the primary, and when the replica stops, reads fall back to the primary with one
 * log line, then return to the replica once it is back.
 *
 * To tell where a read went without trusting the router, replay is paused on the replica: a row written on
 * the primary meanwhile is visible only to reads that went to the primary.
 *
 * The replica copies the test server's data folder: skipped when TEST_DATABASE_URL points at a server
 * elsewhere (its folder is not on this machine).
 */
import path from "node:path";
import pg from "pg";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { closeReadDb, getDb, type Db } from "@/db/client";
import { createStreamingReplica, type StreamingReplica } from "@/db/streaming-replica";
import { loadTerritoryDashboard } from "@/lib/dashboards/service";
import { readDb } from "@/lib/ops/read-db";
import { readPrimaryCookie } from "@/lib/ops/read-your-writes";
import { createSearchEngine } from "@/search/index";
import { companyWithTeam, staffActor } from "../factories/actors";
import { waitFor } from "./faults/wait";
import { freePort } from "./free-port";

// What the current request carries (proxy.ts sets them after a write), read by lib/ops/read-db.ts.
const hints: { cookie?: string; header?: string } = {};
vi.mock("next/headers", () => ({
  headers: async () => new Headers(hints.header ? { "x-cc-read-primary": hints.header } : {}),
  cookies: async () => ({ get: (name: string) => (name === "cc_read_primary" && hints.cookie ? { name, value: hints.cookie } : undefined) }),
}));

const primaryUrl = inject("databaseUrl");
const port = await freePort();
let replica: StreamingReplica;

async function inRecovery(db: Db): Promise<boolean> {
  const { rows } = await db.execute<{ r: boolean }>(sql`select pg_is_in_recovery() as r`);
  return rows[0].r;
}

async function companyVisible(db: Db, companyId: string): Promise<boolean> {
  const { rows } = await db.execute(sql`select 1 from companies where id = ${companyId}`);
  return rows.length === 1;
}

/** Runs `fn` on the replica with WAL replay paused: the replica keeps what it had, the primary moves on. */
async function withReplayPaused<T>(fn: () => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: replica.url });
  await c.connect();
  try {
    await c.query("select pg_wal_replay_pause()");
    await waitFor("replay paused", async () => (await c.query<{ s: string }>("select pg_get_wal_replay_pause_state() as s")).rows[0].s === "paused", 10_000);
    return await fn();
  } finally {
    await c.query("select pg_wal_replay_resume()");
    await c.end();
  }
}

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) return;
  const started = Date.now();
  replica = await createStreamingReplica({ primaryUrl, dataDir: path.resolve(`.data/tmp/replica-${port}`), port, ephemeral: true });
  console.info(`[ops-replica] replica built and started in ${Date.now() - started} ms`);
  process.env.DATABASE_REPLICA_URL = replica.url;
});

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URL;
  await closeReadDb();
  await replica?.destroy();
});

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("a streaming replica for reads", () => {
  it("serves the read handle while writes go to the primary, and rows written on the primary reach it", async () => {
    expect(await inRecovery(await readDb())).toBe(true);
    expect(await inRecovery(getDb())).toBe(false);

    const { companyId } = await companyWithTeam(getDb());
    await waitFor("the company on the replica", async () => companyVisible(await readDb(), companyId), 15_000);
  });

  it("routes a visitor who just wrote to the primary (read-your-writes), and the others to the replica", async () => {
    const staff = await staffActor(getDb());
    const month = new Date().toISOString().slice(0, 7);
    const members = async () => (await loadTerritoryDashboard(getDb(), staff, { from: month, to: month })).network.at(-1)?.members ?? 0;
    // Caught up before pausing: the replica and the primary agree.
    await waitFor(
      "the replica caught up",
      async () => {
        const onReplica = await members();
        hints.header = "1";
        const onPrimary = await members();
        delete hints.header;
        return onReplica === onPrimary;
      },
      15_000,
    );

    await withReplayPaused(async () => {
      const before = await members();
      const { companyId } = await companyWithTeam(getDb());

      // Anonymous reader, or one whose write was long ago: the replica, which has not replayed the new company.
      expect(await companyVisible(await readDb(), companyId)).toBe(false);
      expect(await members()).toBe(before);
      hints.cookie = String(Date.now() - 1_000);
      expect(await companyVisible(await readDb(), companyId)).toBe(false);

      // The request that wrote (proxy.ts's header), then the same visitor's next requests (the cookie): the primary.
      hints.cookie = undefined;
      hints.header = "1";
      expect(await companyVisible(await readDb(), companyId)).toBe(true);
      delete hints.header;
      hints.cookie = readPrimaryCookie().value;
      expect(await companyVisible(await readDb(), companyId)).toBe(true);
      expect(await members()).toBe(before + 1); // companies with members: the new one
      hints.cookie = undefined;
    });
  });

  it("searches on the replica while the index is written on the primary", async () => {
    const engine = createSearchEngine(process.env);
    const doc = { id: `replica-${port}`, title: "Chaudronnerie Zorglub", keywords: [], body: "", attributes: {}, numbers: {}, geo: null };
    await withReplayPaused(async () => {
      await engine.upsert("companies", [doc]);
      expect((await engine.search({ index: "companies", text: "zorglub" })).hits.map((h) => h.id)).not.toContain(doc.id);
    });
    await waitFor(
      "the document searchable on the replica",
      async () => (await engine.search({ index: "companies", text: "zorglub" })).hits.some((h) => h.id === doc.id),
      15_000,
    );
    await engine.remove("companies", [doc.id]);
  });

  it("falls back to the primary with a log line when the replica stops, and goes back to it when it returns", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const staff = await staffActor(getDb());
    const month = new Date().toISOString().slice(0, 7);
    const engine = createSearchEngine(process.env);
    try {
      await replica.stop();
      const { companyId } = await companyWithTeam(getDb());
      // Every read path still answers, from the primary.
      expect(await inRecovery(await readDb())).toBe(false);
      expect(await companyVisible(await readDb(), companyId)).toBe(true);
      await expect(loadTerritoryDashboard(getDb(), staff, { from: month, to: month })).resolves.toMatchObject({ period: { from: month } });
      await expect(engine.search({ index: "companies", text: "menuiserie" })).resolves.toMatchObject({ page: 1 });
      const lines = warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes("replica unavailable"));
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines[0]).toMatch(/reads go to the primary/);

      await replica.start();
      // After the retry delay (5 s) reads go to the replica again, which has caught up meanwhile.
      await waitFor("reads back on the replica", async () => inRecovery(await readDb()), 20_000);
      await waitFor("the company replayed on the replica", async () => companyVisible(await readDb(), companyId), 15_000);
    } finally {
      warn.mockRestore();
    }
  });
});
