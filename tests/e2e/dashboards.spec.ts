/**
 * Dashboards by role: the demo public buyer reads its purchases (two awards seeded here: the demo has none,
 * and answers.spec.ts awards for the other demo buyer),
 * drills down to the needs and downloads a CSV; staff read the territory statistics; an anonymous visitor
 * reads the public barometer, which shows no amount.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, queryDb, signInAs } from "./helpers";

test.beforeAll(async () => {
  // Two awards of the demo public buyer two days ago, to two verified local SMEs: 30 000 € + 12 500 €.
  await queryDb(
    `
    with buyer as (
      select c.id from companies c join memberships m on m.company_id = c.id join users u on u.id = m.user_id
      where lower(u.email) = lower($1) limit 1
    ), need as (
      select id from needs where company_id = (select id from buyer) and published_at is not null order by published_at, id limit 1
    ), suppliers as (
      select id, row_number() over (order by legal_name) as rn from companies
      where coalesce(trade_name, legal_name) in ($2, $3)
    )
    insert into awards (need_id, buyer_company_id, supplier_company_id, amount_eur, awarded_on)
    select (select id from need), (select id from buyer), s.id, case s.rn when 1 then 30000 else 12500 end, now() - interval '2 days'
    from suppliers s
    where not exists (select 1 from awards where buyer_company_id = (select id from buyer))`,
    [DEMO_ACCOUNTS.publicBuyer.email, DEMO_ACCOUNTS.supplier.company, DEMO_ACCOUNTS.supplier2.company],
  );
});

test("the demo public buyer reads its dashboard, opens the data, drills down and exports a CSV", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.publicBuyer.email, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Tableau de bord" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon tableau de bord" })).toBeVisible();
  await expect(page.getByTestId("kpi-montant")).toContainText(/42\s500\s€/);
  await expect(page.getByTestId("kpi-local")).toContainText(/100\s%/);

  const months = page.getByRole("figure", { name: "Montant attribué par mois" });
  await expect(months).toContainText(/dont 100\s% à des fournisseurs du territoire/);
  await months.getByText("Voir les données").click();
  await expect(months.getByRole("table")).toContainText(/42\s500\s€/);
  await expectAccessible(page);

  await page.getByText("Exporter", { exact: true }).click();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV : Mes attributions" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mes-attributions-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split("\r\n")[0]).toBe(
    "Besoin;Fournisseur;SIRET du fournisseur;Commune du fournisseur;EPCI du fournisseur;PME;Montant HT;Attribué le;Annulé le;Part locale du montant;Co-traitants (part)",
  );
  expect(csv).toContain(";30000;");

  await page.getByTestId("kpi-local").click();
  await expect(page.getByRole("heading", { level: 1, name: "Les besoins derrière ces achats" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText(/42\s500\s€/);
  await expectAccessible(page);
});

test("staff open the territory statistics; a supplier gets a 403 there", async ({ page, browser }) => {
  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto("/cci/statistiques");
  await expect(page.getByRole("heading", { level: 1, name: "Statistiques du territoire" })).toBeVisible();
  await expect(page.getByTestId("kpi-signataires")).toContainText("de l'objectif");
  await expect(page.getByTestId("kpi-part-locale")).toContainText("%");
  await page
    .getByRole("figure", { name: /Membres et signataires/ })
    .getByText("Voir les données")
    .click();
  await expectAccessible(page);

  const supplier = await (await browser.newContext()).newPage();
  await signInAs(supplier, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  expect((await supplier.goto("/cci/statistiques"))?.status()).toBe(403);
  expect((await supplier.goto("/exports/entreprises?format=csv"))?.status()).toBe(403);
});

test("an anonymous visitor reads the barometer: counts and shares, never an amount", async ({ page }) => {
  await page.goto("/barometre");
  await expect(page.getByRole("heading", { level: 1, name: "Baromètre des achats locaux" })).toBeVisible();
  await expect(page.getByTestId("barometre-signataires")).toContainText(/\d/);
  await expect(page.getByTestId("barometre-part-locale")).toContainText(/secret statistique|%/);
  await expect(page.locator("main")).not.toContainText("€");
  await expectAccessible(page);
  await page.goto("/tableau-de-bord");
  await expect(page).toHaveURL(/\/connexion\?next=%2Ftableau-de-bord/);
});
