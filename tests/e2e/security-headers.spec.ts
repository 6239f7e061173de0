/**
 * The edge of the app (proxy.ts): security headers on every kind of response, a nonce-based CSP that
 * Next.js's own scripts satisfy (pages hydrate, no violation), no framing by another site, and cross-site
 * writes refused with a 403 — on a server action and on the SIRENE upload, which the proxy does not cover.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { queryDb, signInAs } from "./helpers";

const FOREIGN = "https://evil.example";

function expectProtected(response: Response | APIResponse | null, label: string) {
  expect(response, label).not.toBeNull();
  const headers = response!.headers();
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toContain("camera=()");
  expect(headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
  // The e2e server speaks plain HTTP without a trusted proxy: no HSTS.
  expect(headers["strict-transport-security"], label).toBeUndefined();
  return headers;
}

/** A page's CSP carries a nonce, and Next.js put that same nonce on the scripts it rendered. */
async function expectNoncedPage(page: Page, response: Response | null, label: string) {
  const csp = expectProtected(response, label)["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, `${label}: nonce in CSP`).toBeTruthy();
  expect(csp, label).toContain("'strict-dynamic'");
  expect(csp, label).toContain("object-src 'none'");
  expect(csp, label).not.toContain("'unsafe-eval'"); // production build
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${label}: scripts`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, label).toContain(`nonce="${nonce}"`);
  return nonce!;
}

/** Collects CSP violations and console errors from the page's first script on. */
async function watchViolations(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    const { url } = message.location();
    // The app has no favicon yet: the browser's own request for it is not the page's doing.
    if (url.endsWith("/favicon.ico")) return;
    if (message.type() === "error" || /Content Security Policy|Permissions-Policy/i.test(message.text())) problems.push(`${message.text()} (${url})`);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

/** React has hydrated the page: its elements carry React's internal keys. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((k) => k.startsWith("__react")))).toBe(true);
}

test("every kind of page and resource carries the security headers", async ({ page }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/methode-de-classement", "/connexion"]) {
    nonces.add(await expectNoncedPage(page, await page.goto(path), path));
  }
  nonces.add(await expectNoncedPage(page, await page.goto("/"), "/ again"));
  expect(nonces.size, "a fresh nonce per response").toBe(4);

  const json = await page.request.get("/api/reference/naf?q=43");
  expect(json.status()).toBe(200);
  const jsonCsp = expectProtected(json, "/api/reference/naf")["content-security-policy"];
  expect(jsonCsp).toContain("default-src 'none'");
  expect(jsonCsp).toContain("sandbox");

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await expectNoncedPage(page, await page.goto("/cci"), "/cci (signed in)");

  // A download: the CSV export of the companies (staff only); still a working file.
  const csv = await page.request.get("/exports/entreprises?format=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(csv.headers()["content-security-policy"]).toContain("default-src 'none'");
  expectProtected(csv, "/exports/entreprises");
  expect((await csv.text()).split("\n").length).toBeGreaterThan(1);
});

test("the home and sign-in pages hydrate under the CSP without any violation", async ({ page }) => {
  const problems = await watchViolations(page);
  await page.goto("/");
  await expectHydrated(page);
  await page.goto("/connexion");
  await expectHydrated(page);
  // Client-side navigation loads further chunks through the nonced runtime ('strict-dynamic').
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Circuit Court/ })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("another site cannot show a page of the app in a frame", async ({ page, baseURL }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors|X-Frame-Options/i.test(message.text())) blocked.push(message.text());
  });
  // Another origin (another port) whose page frames the sign-in page: a real local server, because
  // Chromium refuses a routed (hence "public") page's frame of a local server before reading our headers.
  const victim = `${baseURL}/connexion`;
  const other = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="fr"><title>Autre site</title><iframe id="victim" src="${victim}" width="800" height="600"></iframe></html>`);
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  const { port } = other.address() as AddressInfo;
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    // The browser read the headers and refused the frame: it says so in the console, or shows its own
    // error page in the frame in place of ours.
    const frameUrl = () =>
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url() ?? "";
    await expect.poll(() => blocked.length > 0 || frameUrl().startsWith("chrome-error:")).toBe(true);
    expect(frameUrl()).not.toBe(victim);
    await expect(page.frameLocator("#victim").getByRole("button", { name: "Se connecter" })).toHaveCount(0);
  } finally {
    other.close();
  }
  // Control: the same page opened directly does show its form.
  await page.goto(victim);
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
});

test("a cross-site post to a server action is refused with a 403 and does nothing", async ({ page, baseURL }) => {
  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  // The sign-out form's action id, as the server-rendered form (posted without JavaScript) carries it.
  const html = await (await page.request.get("/espace")).text();
  const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(html)?.[1];
  expect(actionField).toBeTruthy();
  const post = (origin: string) => page.request.post("/", { headers: { Origin: origin }, multipart: { [actionField!]: "" }, maxRedirects: 0 });

  const refused = await post(FOREIGN);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("Requête refusée");
  expectProtected(refused, "403");
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toBeVisible(); // still signed in

  // The same post from the app's own origin does sign out: the 403 was the Origin's doing.
  const allowed = await post(baseURL!);
  expect(allowed.status()).not.toBe(403);
  expect(allowed.status()).toBeLessThan(400);
  await page.reload();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
});

test("a cross-site upload to the SIRENE import is refused with a 403 and starts nothing", async ({ page, baseURL }) => {
  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  const imports = async () => Number((await queryDb<{ n: string }>("select count(*) as n from app_meta where key like 'sirene_import:%'"))[0].n);
  const before = await imports();
  const upload = (origin: string) =>
    page.request.post("/api/cci/sirene/upload", {
      headers: { Origin: origin, "Content-Type": "text/csv", "X-File-Name": "sirene.csv" },
      data: "ceci n'est pas un extrait SIRENE\n",
    });

  const refused = await upload(FOREIGN);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).detail).toContain("Requête refusée");
  expect(await imports()).toBe(before);

  // From the app's own origin the same staff request reaches the upload, which reads and rejects the file.
  const own = await upload(baseURL!);
  expect(own.status()).toBe(400);
  expect((await own.json()).detail).toContain("SIRENE");
  expect(await imports()).toBe(before);
});
