/**
 * Header navigation: at 1280 px the links are grouped in one menu per area and hold on one row with the
 * account menu; at 390 px
 * one « Menu » button opens a panel with every area and the account, that closes on navigation or Escape.
 */
import { expect, test } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, signInAs } from "./helpers";

test("menus per area on a desktop, one « Menu » panel on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  const header = page.getByRole("banner");
  const nav = header.getByRole("navigation", { name: "Navigation principale" });
  expect((await header.boundingBox())!.height).toBeLessThan(100); // one row, not two
  await expect(header.getByRole("button", { name: "Menu", exact: true })).toBeHidden();
  // The account box is one button (company, name); its menu holds the rest and the sign-out.
  await page.getByTestId("signed-in-as").click();
  const account = page.getByRole("dialog", { name: "Mon compte" });
  await expect(account).toContainText("Administrateur de l'entreprise");
  await expect(account.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await page.keyboard.press("Escape");
  await nav.getByRole("button", { name: "Acheter" }).click();
  const buy = page.getByRole("dialog", { name: "Acheter" });
  await expect(buy.getByRole("link", { name: "Importer un plan d'achats" })).toBeVisible();
  await expectAccessible(page);
  await buy.getByRole("link", { name: "Mes besoins" }).click();
  await expect(page).toHaveURL(/\/besoins$/);
  await expect(buy).toBeHidden();
  await expect(nav.getByRole("button", { name: "Acheter" })).toHaveClass(/nav-menu__button--current/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/espace");
  expect((await header.boundingBox())!.height).toBeLessThan(80);
  await expect(nav).toBeHidden();
  await expect(page.getByTestId("signed-in-as")).toBeHidden();
  const menuButton = header.getByRole("button", { name: "Menu", exact: true });
  await menuButton.click();
  const panel = page.getByRole("dialog", { name: "Menu", exact: true });
  for (const area of ["Acheter", "Vendre", "Mon entreprise", "Territoire"]) {
    await expect(panel.getByRole("heading", { name: area })).toBeVisible();
  }
  await expect(panel).toContainText(DEMO_ACCOUNTS.supplier.company);
  await expect(panel.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await panel.getByRole("link", { name: "Mes réponses" }).click();
  await expect(page).toHaveURL(/\/reponses$/);
  await expect(panel).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
});
