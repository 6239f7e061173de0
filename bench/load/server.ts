/**
 * The production app for the load bench: built into its own folder (.next-bench, with its own tsconfig,
 * as playwright.config.ts does) so it never collides with a dev server or an e2e build, then started with
 * `next start` on the scale database, without the job worker (jobs would compete with the pages measured).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";

export const BENCH_DIST = ".next-bench/dist";
const TSCONFIG = ".next-bench/tsconfig.bench.json";

function nextEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_DIST_DIR: BENCH_DIST, NEXT_TSCONFIG: TSCONFIG, NEXT_TELEMETRY_DISABLED: "1" };
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string) {
  const log = createWriteStream(logFile);
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}: see ${logFile}`);
}

export async function buildApp(logDir: string) {
  mkdirSync(".next-bench", { recursive: true });
  writeFileSync(
    TSCONFIG,
    JSON.stringify(
      {
        extends: "../tsconfig.json",
        include: ["../next-env.d.ts", "../**/*.ts", "../**/*.tsx", "dist/types/**/*.ts", "dist/dev/types/**/*.ts"],
        exclude: ["../node_modules", "../.data", "../.next", "../.next-e2e"],
      },
      null,
      2,
    ),
  );
  await run("npx", ["next", "build"], nextEnv(), path.join(logDir, "build.log"));
}

export interface RunningApp {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startApp(opts: { port: number; databaseUrl: string; env?: Record<string, string>; logFile: string }): Promise<RunningApp> {
  const log = createWriteStream(opts.logFile);
  const child = spawn("npx", ["next", "start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    env: {
      ...nextEnv(),
      NODE_ENV: "production",
      DATABASE_URL: opts.databaseUrl,
      AUTH_TRUST_HOST: "true",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-load-secret-0123456789abcdef0123456789",
      LOG_LEVEL: "warn",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const base = `http://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([once(child, "exit"), new Promise((r) => setTimeout(r, 15_000))]);
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): see ${opts.logFile}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 2 minutes: see ${opts.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, child, stop };
}

/** The serving process's resident memory, as its own health endpoint reports it. */
export async function appRss(base: string): Promise<number> {
  const body = (await (await fetch(`${base}/api/health`)).json()) as { memoryRssBytes: number };
  return body.memoryRssBytes;
}

/** Signs in through Auth.js's credentials route (CSRF token, then the form post) and returns the cookies. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrf);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/espace` }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Sign-in failed for ${email} (HTTP ${res.status})`);
  return cookie();
}
