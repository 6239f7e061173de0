/**
 * Shared steps for journeys: sign in through the real form, an axe accessibility check, and the `test` every
 * journey imports, which fails it on any browser console error or uncaught page error (hydration mismatch,
 * React warning, CSP refusal…) in any of its pages, those of contexts it opens itself included.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";

export { expect };
export type { APIResponse, Browser, Page, Response } from "@playwright/test";

/**
 * Chromium logs every 4xx/5xx answer as a console error: journeys provoke them on purpose (403 pages,
 * refused uploads, 401 APIs) and assert the status themselves, so those lines are not the app's fault.
 */
const EXPECTED_CONSOLE_ERRORS = [
  /^Failed to load resource: the server responded with a status of [45]\d\d\b/,
  // JSON, downloads and exports answer under `Content-Security-Policy: sandbox` (lib/security/headers.ts), their
  // refusal pages included: Chromium says it ran none of their scripts, as intended.
  /^Blocked script execution in '[^']*' because the document's frame is sandboxed/,
];

export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ browser, context }, use) => {
      const errors: string[] = [];
      const watched = new WeakSet<BrowserContext>();
      const watch = (ctx: BrowserContext) => {
        if (watched.has(ctx)) return;
        watched.add(ctx);
        ctx.on("console", (m) => {
          if (m.type() !== "error" || EXPECTED_CONSOLE_ERRORS.some((re) => re.test(m.text()))) return;
          errors.push(`console.error on ${m.page()?.url() ?? "?"}: ${m.text()}`);
        });
        ctx.on("weberror", (e) => errors.push(`uncaught error on ${e.page()?.url() ?? "?"}: ${e.error().message}`));
      };
      watch(context);
      // Journeys with several people open their own contexts from the worker's browser.
      const { newContext, newPage } = browser;
      const patched: Partial<Browser> = {
        newContext: async (...args) => {
          const ctx = await newContext.apply(browser, args);
          watch(ctx);
          return ctx;
        },
        newPage: async (...args) => {
          const page = await newPage.apply(browser, args);
          watch(page.context());
          return page;
        },
      };
      Object.assign(browser, patched);
      try {
        await use(errors);
      } finally {
        Object.assign(browser, { newContext, newPage });
      }
      expect(errors, "no error in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByTestId("signed-in-as").click(); // the account menu
  await page.getByRole("dialog", { name: "Mon compte" }).getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
}

/** WCAG 2.1 A/AA rules on the current page; fails with the list of violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** A direct query on the e2e database, to check what was (not) written. */
export async function queryDb<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
