/**
 * PostgreSQL stopped and restarted under a running app: its pool recovers without a restart (a query
 * fails with an error while the server is down, the next one after it is back succeeds), and a normal
 * ("smart") shutdown, which waits for every session to end, completes while the app's pool is idle.
 * Runs its own embedded server (the shared test server must stay up for the other files).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createDb, POOL_IDLE_TIMEOUT_MS } from "@/db/client";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/db/embedded";
import { waitFor } from "./faults/wait";
import { freePort } from "./free-port";

const root = path.resolve(".data/tmp");
mkdirSync(root, { recursive: true });
const dir = mkdtempSync(path.join(root, "pg-fault-"));
const dataDir = path.join(dir, "pg");
const port = await freePort();
const start = () => startEmbeddedPostgres({ dataDir, port, database: "fault_test", persistent: true });
let server: EmbeddedServer | null = null;
const app = { current: null as ReturnType<typeof createDb> | null };

afterAll(async () => {
  await app.current?.pool.end().catch(() => {});
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("PostgreSQL outage", () => {
  it("the app's pool fails cleanly while the server is down and recovers when it is back", async () => {
    server = await start();
    app.current = createDb(server.url, 4);
    const { db, pool } = app.current;
    const now = async () => (await db.execute<{ ok: number }>(sql`select 1 as ok`)).rows[0].ok;
    expect(await now()).toBe(1);
    expect(pool.idleCount).toBeGreaterThan(0);

    await server.stop();
    const during = await db.execute(sql`select 1`).then(
      () => null,
      (err: unknown) => err,
    );
    expect(during).toBeInstanceOf(Error);
    // The driver's error (connection refused) under drizzle's wrapper: a plain error, no crash, no hang.
    expect(String((during as Error).cause ?? during)).toMatch(/ECONNREFUSED|terminat|connect/i);

    server = await start();
    expect(await now()).toBe(1);
  });

  it("lets a smart shutdown complete: idle connections close by themselves", async () => {
    const { db, pool } = app.current!;
    await Promise.all([1, 2, 3].map(() => db.execute(sql`select pg_sleep(0.05)`)));
    expect(pool.idleCount).toBeGreaterThan(0);
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGTERM"); // smart shutdown: no new sessions, waits for the existing ones to end
    await waitFor("PostgreSQL to finish its smart shutdown", async () => !alive(pid), POOL_IDLE_TIMEOUT_MS * 3, 200);
    expect(pool.totalCount).toBe(0);
  });
});
