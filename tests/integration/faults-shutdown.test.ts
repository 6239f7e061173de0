/**
 * PostgreSQL asked to stop normally ("smart" shutdown, SIGTERM) while the app's job worker runs: the
 * worker steps aside so the shutdown completes (graphile's LISTEN session and the liveness session would
 * otherwise hold it forever), and it starts again by itself once the server is back.
 * And the launcher (scripts/run-with-db.ts) stopped by SIGTERM stops the worker, then PostgreSQL, and exits 0.
 * Runs its own embedded servers (the shared test server must stay up for the other files).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { makeWorkerUtils } from "graphile-worker";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/db/embedded";
import { LIVENESS_APP_NAME_PREFIX } from "@/lib/outbox/worker";
import { superviseWorker, type SupervisedWorker } from "@/lib/outbox/worker-supervisor";
import { waitFor } from "./faults/wait";
import { freePort } from "./free-port";

const root = path.resolve(".data/tmp");
mkdirSync(root, { recursive: true });
const dir = mkdtempSync(path.join(root, "pg-shutdown-"));
const dataDir = path.join(dir, "pg");
const port = await freePort();
const start = () => startEmbeddedPostgres({ dataDir, port, database: "shutdown_test", persistent: true });
let server: EmbeddedServer | null = null;
let supervised: SupervisedWorker | null = null;

afterAll(async () => {
  await supervised?.stop();
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
const postmasterPid = (data: string) => Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);

/** Open sessions of worker pools, seen from a fresh connection. */
async function workerSessions(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("select count(*) as n from pg_stat_activity where application_name like $1 || 'pool-%'", [
      LIVENESS_APP_NAME_PREFIX,
    ]);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

describe("PostgreSQL's normal shutdown under a running worker", () => {
  it("completes: the worker steps aside, and starts again once the server is back", async () => {
    server = await start();
    const utils = await makeWorkerUtils({ connectionString: server.url });
    await utils.migrate();
    await utils.release();
    const lines: string[] = [];
    supervised = await superviseWorker(server.url, { probeEveryMs: 250, concurrency: 1, log: (l) => lines.push(l) });
    await waitFor("the worker's liveness session", async () => (await workerSessions(server!.url)) === 1, 30_000, 200);

    const pid = postmasterPid(dataDir);
    process.kill(pid, "SIGTERM"); // smart shutdown: no new sessions, waits for the existing ones to end
    // The app's own pools close idle sessions after 10 s; the worker's never are idle.
    await waitFor("PostgreSQL to finish its smart shutdown", async () => !alive(pid), 60_000, 200);
    expect(supervised.running).toBe(false);
    expect(lines.join("\n")).toContain("PostgreSQL s'arrête : file de tâches suspendue");

    server = await start();
    await waitFor("the worker to start again", async () => supervised!.running, 60_000, 200);
    expect(await workerSessions(server.url)).toBe(1);
    expect(lines.join("\n")).toContain("PostgreSQL est de retour : file de tâches relancée");

    await supervised.stop();
    expect(supervised.running).toBe(false);
    await waitFor("the worker's sessions to close", async () => (await workerSessions(server!.url)) === 0, 30_000, 200);
  });

  it("the launcher stopped by SIGTERM stops the command and the worker, then PostgreSQL, and exits 0", async () => {
    const launcherData = path.join(dir, "launcher-pg");
    const launcherPort = port + 1;
    // node itself with tsx's loader (a tsx wrapper process would stand between the signal and the launcher).
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/run-with-db.ts", "--data", launcherData, "--port", String(launcherPort), "--", "sleep", "600"],
      {
        env: { ...process.env, DATABASE_URL: "", MEILI_HOST: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout!.on("data", (c) => {
      output += c;
    });
    child.stderr!.on("data", (c) => {
      output += c;
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await waitFor("the launcher's worker", async () => output.includes("file de tâches démarrée") || child.exitCode !== null, 170_000, 200);
      expect(output).toContain("file de tâches démarrée");
      const pid = postmasterPid(launcherData);

      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(alive(pid)).toBe(false);
      // In this order, and PostgreSQL removed its pid file: it shut down, it was not killed.
      expect(output.indexOf("file de tâches arrêtée")).toBeGreaterThan(-1);
      expect(output.indexOf("arrêt de PostgreSQL")).toBeGreaterThan(output.indexOf("file de tâches arrêtée"));
      expect(existsSync(path.join(launcherData, "postmaster.pid"))).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 240_000);
});
