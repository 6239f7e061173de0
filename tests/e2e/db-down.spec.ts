/**
 * PostgreSQL down under a running production app: the visitor gets the French error page (never a raw
 * stack, Next's English default or an empty body) — inside the site's frame when only the page failed,
 * the full-page one when the layout itself failed (a signed-in visitor's header reads the account) — and
 * once the database is back the « Réessayer » button shows the page again, without restarting the app.
 *
 * The shared e2e server must stay up for the other specs, so this one starts its own `next start` on the
 * build the run already made (E2E_DIST_DIR) with its own embedded PostgreSQL, which it stops and restarts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, signInAs } from "./helpers";

// Apart from the run's own ports (38000–38999 app, 56000–56999 database).
const appPort = 39000 + Math.floor(Math.random() * 1000);
const pgPort = 57000 + Math.floor(Math.random() * 1000);
// Under .data/e2e: a folder left by a killed run is removed by the next run's stale-build cleanup.
const dataDir = path.resolve(`.data/e2e/db-down-${pgPort}`);
const baseURL = `http://127.0.0.1:${appPort}`;
const startDb = () => startEmbeddedPostgres({ dataDir, port: pgPort, database: "circuit_court", persistent: true });

test.use({ baseURL });

let db: EmbeddedServer | null = null;
let app: ChildProcess | null = null;
let appOutput = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(dataDir, { recursive: true, force: true });
  db = await startDb();
  const bin = path.resolve("node_modules/.bin");
  // The launcher migrates and loads the reference and demo data into our database (DATABASE_URL: it does not own
  // it), then runs `next start` on the run's build. Its own process group, so the whole tree is stopped.
  app = spawn(
    path.join(bin, "tsx"),
    ["scripts/run-with-db.ts", "--data", dataDir, "--seed-demo", "--no-worker", "--", "next", "start", "-p", String(appPort), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        NEXT_DIST_DIR: process.env.E2E_DIST_DIR,
        NEXT_TSCONFIG: `.next-e2e/tsconfig.run-${process.env.E2E_PORT}.json`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  app.stdout!.on("data", (chunk) => {
    appOutput += chunk;
  });
  app.stderr!.on("data", (chunk) => {
    appOutput += chunk;
  });
  await expect
    .poll(
      async () => {
        if (app!.exitCode !== null) throw new Error(`the app exited (${app!.exitCode}):\n${appOutput}`);
        return fetch(`${baseURL}/`).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    process.kill(-app.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (app.exitCode === null && app.signalCode === null) process.kill(-app.pid!, "SIGKILL");
  }
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("while PostgreSQL is down a page shows the French error page, and « Réessayer » recovers once it is back", async ({ page }) => {
  // A company page reads the database on every request (the home page's figures are cached for a minute).
  await page.goto(`${baseURL}/annuaire`);
  const href = await page.locator('a[href^="/entreprises/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  await page.goto(`${baseURL}${href}`);
  const companyHeading = page.getByRole("heading", { level: 1 });
  await expect(companyHeading).toBeVisible();
  const name = (await companyHeading.innerText()).trim();

  await db!.stop();
  const response = await page.goto(`${baseURL}${href}`);
  // Only the page failed (an anonymous header needs no database): app/error.tsx, inside the site's frame.
  const heading = page.getByRole("heading", { level: 1, name: "Cette page n'a pas pu s'afficher" });
  await expect(heading).toBeVisible();
  expect(response!.status()).toBeGreaterThanOrEqual(500);
  await expect(page.getByRole("button", { name: "Réessayer" })).toBeVisible();
  await expectNoLeak(page);
  await expectAccessible(page);

  db = await startDb();
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(heading).toHaveCount(0);
  // A fresh visit too: the app's pool reconnected by itself.
  expect((await page.goto(`${baseURL}${href}`))!.status()).toBe(200);
});

/** Neither Next's English default nor any trace of the failure itself reaches the visitor. */
async function expectNoLeak(page: Page) {
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/Application error|Internal Server Error|client-side exception|server-side exception/i);
  expect(text).not.toMatch(/ECONNREFUSED|DATABASE_URL|postgres|stack|\bat \S+ \(/i);
}

test("a signed-in visitor, whose header reads the account from the database, gets a French error page too, and « Réessayer » recovers", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);

  await db!.stop();
  const response = await page.goto("/");
  // The root layout fails here: app/global-error.tsx replaces the whole document.
  await expect(page.getByRole("heading", { level: 1, name: "Service momentanément indisponible" })).toBeVisible();
  expect(response!.status()).toBeGreaterThanOrEqual(500);
  await expectNoLeak(page);
  await expectAccessible(page);

  db = await startDb();
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Le réseau aujourd'hui" })).toBeVisible();
});
