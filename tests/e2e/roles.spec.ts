/** Demo accounts by role: what each sees, and what the server refuses. */
import { expect, test } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, signInAs } from "./helpers";

test("a demo buyer from a large group signs in and sees its space", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/espace/);
  await expect(page.getByRole("heading", { level: 1, name: DEMO_ACCOUNTS.buyer.company })).toBeVisible();
  await expect(page.getByText("Donneur d'ordre", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText(DEMO_ACCOUNTS.buyer.company);
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Back-office CCI" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a supplier cannot open staff pages: the server answers 403", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  for (const path of ["/cci", "/cci/entreprises", "/cci/journal"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByText("Entreprises inscrites")).toHaveCount(0);
  }
});

test("an anonymous visitor is sent to sign-in from staff pages", async ({ page }) => {
  await page.goto("/cci/entreprises");
  await expect(page).toHaveURL(/\/connexion\?next=%2Fcci%2Fentreprises/);
  await expectAccessible(page);
});

test("staff verify a pending company and the decision lands in the audit log", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto("/cci/entreprises?statut=pending");
  await expectAccessible(page);
  const firstRow = page.locator("tbody tr").first();
  const name = (await firstRow.locator("strong").textContent())!.trim();
  await firstRow.getByRole("button", { name: new RegExp(`^Vérifier`) }).click();
  await expect(page.getByTestId("decision")).toHaveText(new RegExp(`${name} est vérifiée`));
  await expect(page.locator("tbody strong", { hasText: name })).toHaveCount(0); // left the pending list
  // The company's own journal (other journeys write to the global one at the same time).
  await page.getByTestId("decision").getByRole("link", { name: "Voir le journal" }).click();
  await expect(page.locator("tbody tr").first()).toContainText("Entreprise vérifiée par la CCI");
  await expect(page.locator("tbody tr").first()).toContainText(name);
  await expectAccessible(page);
});
