/**
 * Staff read innovation challenges and skills sponsorship by activity and by commune on the territory
 * statistics (the demo's actuary mission has days logged; other journeys may add some, hence no exact sums),
 * open a chart's data and export both breakdowns; a supplier is refused the exports.
 */
import { readFile } from "node:fs/promises";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expect, expectAccessible, signInAs, test } from "./helpers";

test("staff read the two axes by activity and commune, and export them", async ({ page, browser }) => {
  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto("/cci/statistiques");
  const section = page.getByRole("region", { name: "Défis et mécénat par activité et par commune" });
  await expect(section).toBeVisible();

  const byActivity = section.getByRole("figure", { name: "Mécénat valorisé, par famille d'activité des entreprises aidées" });
  await expect(byActivity).toContainText(/\d\s€ de mécénat valorisé/);
  await expect(byActivity.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await byActivity.getByText("Voir les données").click();
  await expect(byActivity.getByRole("table")).toContainText(/\d\s€/);
  await expect(section.getByRole("figure", { name: /Montants gagnés par les lauréats des défis, par famille/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByText("Exporter", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV : Mécénat par activité et commune" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mecenat-repartition-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const [header, ...lines] = csv.slice(1).trim().split("\r\n");
  expect(header).toBe("Période;Regroupement;Code;Libellé;Missions validées;Jours donnés;Mécénat valorisé HT;Entreprises aidées;Entreprises mécènes");
  // Rows for each grouping: NAF section, division, EPCI and commune.
  expect(new Set(lines.map((l) => l.split(";")[1]))).toEqual(new Set(["Famille d'activité (section NAF)", "Division NAF", "EPCI", "Commune"]));
  const [excel] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Excel : Défis par activité et commune" }).click()]);
  expect(excel.suggestedFilename()).toMatch(/^defis-repartition-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const supplier = await (await browser.newContext()).newPage();
  await signInAs(supplier, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  expect((await supplier.goto("/exports/mecenat-repartition?format=csv"))?.status()).toBe(403);
});
