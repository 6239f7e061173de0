/**
 * The production topology on one machine: two app processes (`next start` on the run's build) behind a
 * real nginx (deploy/nginx/loopback.conf.template, which includes the production locations file), one
 * PostgreSQL, and the job worker as its own process (`scripts/worker.ts`, what `npm run worker` runs). The
 * app processes run no jobs. A visitor's journey crosses processes: signed in by one, recognised by the
 * other; sign-in failures counted on both lock the account; the lock e-mail queued by an app is sent by
 * the worker; when one app process stops, nginx serves from the other. The apps read from a streaming
 * replica of the database (DATABASE_REPLICA_URL): a write's response pins its author to the primary (cookie),
 * and pages keep working once the replica stops (tests/integration/ops-replica.test.ts checks the routing).
 *
 * Its own database and processes (the shared e2e server stays as it is), on the build the run already made
 * (E2E_DIST_DIR), as db-down.spec.ts does. nginx runs without root and writes only under a temp folder.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { createStreamingReplica, type StreamingReplica } from "../../db/streaming-replica";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible } from "./helpers";

// Apart from the run's own ports (38000–38999 app, 56000–56999 database) and db-down's (39000–39999, 57000–57999).
const base = 40000 + 3 * Math.floor(Math.random() * 330);
const appPorts = [base, base + 1];
const proxyPort = base + 2;
const pgPort = 58000 + Math.floor(Math.random() * 1000);
const proxyURL = `http://127.0.0.1:${proxyPort}`;
const appURL = (i: number) => `http://127.0.0.1:${appPorts[i]}`;
// Under .data/e2e: a folder left by a killed run is removed by the next run's stale-build cleanup.
const dataDir = path.resolve(`.data/e2e/multi-process-${pgPort}`);
const mailbox = path.join(dataDir, "mailbox");
// nginx's workers drop root (user nobody): their temp folders live where anyone may enter.
const nginxDir = mkdtempSync(path.join(tmpdir(), "cc-nginx-"));
const bin = path.resolve("node_modules/.bin");

let db: EmbeddedServer | null = null;
let replica: StreamingReplica | null = null;
const processes: { name: string; child: ChildProcess; output: string[] }[] = [];

function start(name: string, command: string, args: string[], env: Record<string, string | undefined>) {
  // Its own process group, so the whole tree is stopped.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(String(chunk));
    if (output.length > 400) output.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  processes.push({ name, child, output });
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db!.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const exitedEarly = () => processes.find((p) => p.child.exitCode !== null);
async function waitUntilUp(url: string) {
  await expect
    .poll(
      async () => {
        const dead = exitedEarly();
        if (dead) throw new Error(`${dead.name} exited (${dead.child.exitCode}):\n${dead.output.join("")}`);
        return fetch(url).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(mailbox, { recursive: true });
  db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: pgPort, database: "circuit_court", persistent: true });
  // Once per release, as in production: migrations, reference data (and here the demo accounts), search tables.
  await promisify(execFile)(path.join(bin, "tsx"), ["scripts/run-with-db.ts", "--seed-demo"], {
    env: { ...process.env, DATABASE_URL: db.url },
    maxBuffer: 16 * 1024 * 1024,
  });

  replica = await createStreamingReplica({ primaryUrl: db.url, dataDir: path.join(dataDir, "replica"), port: 46000 + (pgPort % 1000), ephemeral: true });

  // What every app process shares: the database and its replica, the cookie signing key, and a proxy it trusts.
  const appEnv = {
    DATABASE_URL: db.url,
    DATABASE_REPLICA_URL: replica.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    TRUST_PROXY: "1",
    APP_URL: proxyURL,
    MAILBOX_DIR: mailbox,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR,
    NEXT_TSCONFIG: `.next-e2e/tsconfig.run-${process.env.E2E_PORT}.json`,
  };
  appPorts.forEach((port, i) => start(`app ${i}`, path.join(bin, "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], appEnv));
  // `npm run worker`: node with tsx's loader, so that SIGTERM reaches the worker itself.
  start("worker", process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    DATABASE_URL: db.url,
    APP_URL: proxyURL,
    MAILBOX_DIR: mailbox,
    WORKER_CONCURRENCY: "1",
    LOG_LEVEL: "info",
  });

  chmodSync(nginxDir, 0o755);
  const config = readFileSync("deploy/nginx/loopback.conf.template", "utf8")
    .replaceAll("{{RUN_DIR}}", nginxDir)
    .replaceAll("{{DEPLOY_DIR}}", path.resolve("deploy/nginx"))
    .replaceAll("{{PORT}}", String(proxyPort))
    .replaceAll("{{UPSTREAM_SERVERS}}", appPorts.map((p) => `    server 127.0.0.1:${p};`).join("\n"));
  writeFileSync(path.join(nginxDir, "nginx.conf"), config);
  start("nginx", nginxBinary(), ["-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf"), "-e", path.join(nginxDir, "error.log"), "-g", "daemon off;"], {});

  await Promise.all([waitUntilUp(`${appURL(0)}/api/health`), waitUntilUp(`${appURL(1)}/api/health`)]);
  await waitUntilUp(`${proxyURL}/api/health`);
});

test.afterAll(async () => {
  await Promise.all(processes.map((p) => stop(p.child)));
  await replica?.destroy().catch(() => {});
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(nginxDir, { recursive: true, force: true });
});

/** Debian installs it in /usr/sbin, which is not on every user's PATH. */
function nginxBinary(): string {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  return existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
}

/** The app process that answered, as nginx saw it (loopback.conf.template's X-Upstream). */
const upstreamOf = (headers: Record<string, string>) => headers["x-upstream"];
const upstreams = appPorts.map((p) => `127.0.0.1:${p}`);

test("behind nginx, a visitor signed in by one app process is recognised by the other", async ({ page }) => {
  // Both processes serve, in turn: each health answer names its own process.
  const served = new Map<string, number>();
  for (let i = 0; i < 4; i++) {
    const r = await fetch(`${proxyURL}/api/health`);
    served.set(r.headers.get("x-upstream")!, ((await r.json()) as { pid: number }).pid);
  }
  expect([...served.keys()].sort()).toEqual([...upstreams].sort());
  expect(new Set(served.values()).size).toBe(2);

  await page.goto(`${proxyURL}/connexion`);
  await page.getByLabel("Adresse e-mail professionnelle").fill(DEMO_ACCOUNTS.supplier.email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  const signInPost = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(`${proxyURL}/connexion`));
  await page.getByRole("button", { name: "Se connecter" }).click();
  const signInResponse = await signInPost;
  const signedInBy = upstreamOf(signInResponse.headers());
  expect(upstreams).toContain(signedInBy);
  // A write: its author reads from the primary for a while, whichever process answers next.
  expect(await signInResponse.headerValue("set-cookie")).toMatch(/cc_read_primary=\d+/);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();

  // The next pages: whichever process answers reads the same session (a JWT signed with the shared secret). One
  // request per page, with the browser's cookies: a page the browser loads also fetches its assets, and nginx,
  // which takes turns per request, could then land every document on the same process (a CI run saw it).
  const pagesBy = new Set<string>();
  for (let i = 0; i < 8 && pagesBy.size < 2; i++) {
    const response = await page.request.get(`${proxyURL}/espace`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('data-testid="signed-in-as"');
    pagesBy.add(upstreamOf(response.headers()));
  }
  expect([...pagesBy].sort()).toEqual([...upstreams].sort());
  await page.goto(`${proxyURL}/espace`);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await expectAccessible(page);
});

/** One sign-in attempt on one app process, straight to its port (cookies are not per port: same visitor). */
async function attemptSignIn(page: Page, app: number, password: string) {
  await page.goto(`${appURL(app)}/connexion`);
  await page.getByLabel("Adresse e-mail professionnelle").fill(DEMO_ACCOUNTS.buyer.email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  return page
    .getByRole("alert")
    .filter({ hasText: /incorrect|Trop de tentatives/ })
    .first();
}

test("sign-in failures counted on both app processes lock the account, and the separate worker sends the lock e-mail", async ({ page }) => {
  // 4 failures, alternately on each process: neither has seen 5, together they have.
  for (const app of [0, 1, 0, 1]) await expect(await attemptSignIn(page, app, "pas-le-bon-mot-de-passe")).toContainText("E-mail ou mot de passe incorrect.");
  // The 5th, on the first process (its 3rd): the account's 5th failure in 15 minutes locks it…
  await expect(await attemptSignIn(page, 0, "pas-le-bon-mot-de-passe")).toContainText("Trop de tentatives. Réessayez dans 1 minute.");
  // …for the other process too, the right password included.
  await expect(await attemptSignIn(page, 1, DEMO_PASSWORD)).toContainText("Trop de tentatives.");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await expectAccessible(page);

  // The app queued the owner's e-mail; only the worker process runs jobs: it sent it (here, into the mailbox).
  const lockMails = () =>
    query<{ id: string; status: string }>("select id, status from emails where template = 'account.sign_in_locked' and to_address = $1", [
      DEMO_ACCOUNTS.buyer.email,
    ]);
  await expect.poll(async () => (await lockMails()).map((r) => r.status), { timeout: 30_000, intervals: [250] }).toEqual(["sent"]);
  const [mail] = await lockMails();
  expect(readdirSync(mailbox).filter((f) => f.endsWith(`-${mail.id}.eml`))).toHaveLength(1);
  const worker = processes.find((p) => p.name === "worker")!;
  expect(worker.output.join("")).toContain("job worker started");
});

test("when one app process or the replica stops, nginx and the other process keep serving", async () => {
  const first = processes.find((p) => p.name === "app 0")!;
  const second = processes.find((p) => p.name === "app 1")!;
  await stop(first.child);
  await replica!.stop();
  for (const page of ["/", "/annuaire?q=menuiserie", "/annuaire"]) {
    const r = await fetch(`${proxyURL}${page}`);
    expect(r.status).toBe(200);
    expect(r.headers.get("x-upstream")).toContain(upstreams[1]);
  }
  // The directory read from the primary instead, and said so once.
  expect(second.output.join("")).toContain("replica unavailable");
});
