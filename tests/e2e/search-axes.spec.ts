/**
 * The opportunities' other tabs: a company searches the open innovation challenges (never by a confidential
 * challenge's protected text) and the skills sponsorship posts, narrows by facet, opens a result or a suggestion; a
 * visitor is sent to sign in. Axe on each page.
 */
import { expect, test } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, signInAs } from "./helpers";

test("a supplier searches the innovation challenges by word and facet, and opens one", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  await page.goto("/opportunites");
  await page.getByRole("navigation", { name: "Type d'opportunité" }).getByRole("link", { name: "Défis d'innovation" }).click();
  await expect(page).toHaveURL(/\/opportunites\/defis$/);
  const count = page.locator(".results-count");
  await expect(count).toHaveText("2 défis ouverts");
  await expect(page.getByRole("group", { name: "Maturité recherchée" })).toContainText("Prototype");
  await expectAccessible(page);

  await page
    .getByRole("group", { name: "Jeunes entreprises" })
    .getByRole("checkbox", { name: /Ouverts aux jeunes entreprises/ })
    .check();
  await expect(page).toHaveURL(/jeunes=1/);
  await expect(count).toHaveText("1 défi ouvert");
  // The confidential challenge's protected text is not searchable; its public summary is.
  await page.goto("/opportunites/defis?q=consommations");
  await expect(count).toHaveText("0 défi ouvert pour « consommations »");
  await page.goto("/opportunites/defis?q=lavage");
  await expect(page.locator(".results h3")).toHaveText("Réduire l'eau de lavage de nos sites industriels");
  await expect(page.locator(".results .badge", { hasText: "Confidentiel" })).toBeVisible();

  // Typing offers the matching titles; choosing one opens the challenge.
  await page.goto("/opportunites/defis");
  // Typed key by key, as a person does (fill() sets the value at once, which the list does not open for).
  await page.getByRole("combobox", { name: "Rechercher" }).pressSequentially("pannes", { delay: 50 });
  await page.getByRole("option", { name: "Prévoir les pannes des postes de transformation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prévoir les pannes des postes de transformation");
});

test("a company searches skills sponsorship: experts offered and skills sought, never a post already paired", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.supplier2.email, DEMO_PASSWORD);
  await page.goto("/opportunites/mecenat");
  const count = page.locator(".results-count");
  await expect(count).toHaveText("2 annonces ouvertes");
  await expectAccessible(page);
  await page
    .getByRole("group", { name: "Offres ou demandes" })
    .getByRole("checkbox", { name: /Experts proposés/ })
    .check();
  await expect(page).toHaveURL(/sens=offer/);
  await expect(count).toHaveText("1 annonce ouverte");
  await expect(page.locator(".results h3")).toHaveText("Cybersécurité des systèmes industriels");
  await expect(page.locator(".results")).toContainText("Ingénieur sécurité, expert");
  await page.locator(".results h3").getByRole("link").click();
  await expect(page).toHaveURL(/\/mecenat#offre-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mécénat de compétences");
  // The actuary's offer is paired with a mission: out of the search.
  await page.goto("/opportunites/mecenat?q=actuariat");
  await expect(count).toHaveText("0 annonce ouverte pour « actuariat »");
});

test("a visitor is sent to sign in before searching challenges or skills posts", async ({ page }) => {
  await page.goto("/opportunites/defis?q=pannes");
  await expect(page).toHaveURL(/\/connexion\?next=%2Fopportunites%2Fdefis/);
  await page.goto("/opportunites/mecenat");
  await expect(page).toHaveURL(/\/connexion\?next=%2Fopportunites%2Fmecenat/);
});
