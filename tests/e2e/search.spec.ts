/** Search journeys: the public directory (typos, SIRET, facets, shareable URL) and the supplier's opportunities. */
import { expect, test } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, queryDb, signInAs } from "./helpers";

test("an anonymous visitor searches the directory with a typo, narrows by facet, and shares the URL", async ({ page }) => {
  await page.goto("/annuaire");
  await page.getByRole("combobox", { name: "Rechercher" }).fill("menuiserei");
  await page.getByRole("combobox", { name: "Rechercher" }).press("Enter");
  await expect(page).toHaveURL(/q=menuiserei/);
  const count = page.locator(".results-count");
  await expect(count).toContainText("pour « menuiserei »");
  await expect(page.locator(".results h3").first()).toContainText(/Menuiserie/i);
  await expectAccessible(page);

  const before = Number((await count.textContent())!.replace(/\D+/g, " ").trim().split(" ")[0]);
  await page.getByRole("group", { name: "Effectif" }).getByRole("checkbox").first().check();
  await expect(page).toHaveURL(/headcount=/);
  await expect.poll(async () => Number((await count.textContent())!.replace(/\D+/g, " ").trim().split(" ")[0])).toBeLessThan(before);

  // The URL carries the whole state: opening it elsewhere gives the same results.
  const shared = page.url();
  const other = await (await page.context().browser()!.newContext()).newPage();
  await other.goto(shared);
  await expect(other.locator(".results-count")).toHaveText((await count.textContent())!);
});

test("a company is found by its SIRET", async ({ page }) => {
  const [company] = await queryDb<{ siret: string; name: string }>(
    "select siret, coalesce(trade_name, legal_name) as name from companies where verification_status = 'verified' and suspended_at is null order by siret limit 1",
  );
  await page.goto(`/annuaire?q=${company.siret}`);
  await expect(page.locator(".results-count")).toContainText("1 entreprise");
  await expect(page.locator(".results h3")).toHaveText(company.name);
});

test("a verified supplier finds open needs by activity and sorts them by deadline", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.supplier2.email, DEMO_PASSWORD);
  await page.goto("/opportunites?q=nettoyages&sort=deadline");
  await expect(page.locator(".results-count")).toContainText("ouvert");
  const first = page.locator(".results h3").first();
  await expect(first).toContainText(/Nettoyage/i);
  await expectAccessible(page);
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Nettoyage/i);
});

test("anonymous visitors cannot browse needs", async ({ page }) => {
  await page.goto("/opportunites");
  await expect(page).toHaveURL(/\/connexion\?next=%2Fopportunites/);
  const response = await page.request.get("/api/search/suggest?index=needs&q=nett");
  expect(response.status()).toBe(401);
});
