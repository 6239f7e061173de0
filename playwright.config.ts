/**
 * End-to-end journeys in Debian's Chromium against a production build (next build && next start)
 * on its own port, its own dist folder and a fresh embedded PostgreSQL with demo data.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// The config is evaluated in every worker: pick the ports once and pass them down via the environment.
// 38000–38999: clear of the ports browsers refuse (Next rejects 3659, 4045, 6000…).
process.env.E2E_PORT ??= String(38000 + Math.floor(Math.random() * 1000));
process.env.E2E_PG_PORT ??= String(56000 + Math.floor(Math.random() * 1000));
const port = Number(process.env.E2E_PORT);
const pgPort = Number(process.env.E2E_PG_PORT);
// Each run has its own build folder, tsconfig and database, so runs side by side never collide;
// those of earlier runs are removed after an hour.
process.env.E2E_DIST_DIR ??= `.next-e2e/run-${port}`;
if (!process.env.E2E_CLEANED) {
  process.env.E2E_CLEANED = "1";
  removeStaleBuilds(".data/e2e", 60 * 60 * 1000);
  removeStaleBuilds(".next-e2e", 60 * 60 * 1000);
  mkdirSync(".next-e2e", { recursive: true });
  writeFileSync(
    `.next-e2e/tsconfig.run-${port}.json`,
    JSON.stringify(
      {
        extends: "../tsconfig.json",
        include: ["../next-env.d.ts", "../**/*.ts", "../**/*.tsx", `run-${port}/types/**/*.ts`, `run-${port}/dev/types/**/*.ts`],
        exclude: ["../node_modules", "../.data", "../.next"],
      },
      null,
      2,
    ),
  );
}
process.env.E2E_DATABASE_URL ??= process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${pgPort}/circuit_court`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous: a journey's verdict must not depend on the machine's speed (under load, a 60 s budget was
  // exceeded by a journey that takes 35 s on an idle machine). A real hang still fails, just later.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: `next build && tsx scripts/run-with-db.ts --data .data/e2e/pg-${pgPort} --port ${pgPort} --fresh --seed-demo -- next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/reference/naf?q=43`,
    // Its own build folder (and tsconfig include), beside a dev server's .next.
    // The types were checked by `npm test`'s typecheck step before the journeys run (next.config.mjs).
    env: {
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR,
      NEXT_TSCONFIG: `.next-e2e/tsconfig.run-${port}.json`,
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_SKIP_BUILD_TYPECHECK: "1",
    },
    // The build alone can take over 10 minutes on a loaded 2-core machine.
    timeout: 1_200_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});

function removeStaleBuilds(root: string, maxAgeMs: number) {
  let entries: string[] = [];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const dir = path.join(root, entry);
    if (Date.now() - statSync(dir).mtimeMs > maxAgeMs) rmSync(dir, { recursive: true, force: true });
  }
}
