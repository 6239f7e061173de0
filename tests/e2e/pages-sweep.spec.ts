/**
 * Every page a role can reach answers and reads well: for an anonymous visitor, a buyer, a supplier and CCI
 * staff, each page the navigation offers (read from navFor, so a new page is swept as soon as it is in the
 * menus) plus the public and trust pages loads with a status below 400, one h1, its own <title>, passes
 * axe, and logs nothing in the console (the fixture fails the journey on any error or hydration mismatch).
 */
import { expect, expectAccessible, signInAs, test, type Page } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import type { Actor } from "../../lib/auth/actor";
import { navFor } from "../../lib/navigation";

/** Reachable without an account: the header's own links do not list them all. */
const PUBLIC_PAGES = [
  "/",
  "/annuaire",
  "/methode-de-classement",
  "/connexion",
  "/mot-de-passe-oublie",
  "/documentation-api",
  "/mentions-legales",
  "/confidentialite",
  "/cgu",
  "/accessibilite",
  "/contact",
];
/** The opportunities' other tabs, reached from /opportunites rather than from the menus. */
const SEARCH_TABS = ["/opportunites/defis", "/opportunites/mecenat"];
/** Company admins' pages reached from « Fiche entreprise » and « Accès API » rather than from the menus. */
const COMPANY_ADMIN_PAGES = ["/mon-entreprise/webhooks"];
/** The layout's title, which a page keeps only when it names itself nowhere. */
const SITE_TITLE = "Circuit Court — achats locaux entre entreprises";

/** An actor shaped like the demo account (company admins, staff without a company), only to ask navFor. */
function actorLike(account: (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS]): Actor {
  return {
    userId: account.email,
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    platformRole: account.platformRole,
    memberships: account.company ? [{ companyId: account.email, companyName: account.company, role: "admin" }] : [],
  };
}

const ROLES = [
  { name: "an anonymous visitor", account: null, extra: PUBLIC_PAGES },
  { name: "a buyer", account: DEMO_ACCOUNTS.buyer, extra: ["/mes-donnees", ...SEARCH_TABS, ...COMPANY_ADMIN_PAGES] },
  { name: "a supplier", account: DEMO_ACCOUNTS.supplier, extra: ["/mes-donnees", ...SEARCH_TABS, ...COMPANY_ADMIN_PAGES] },
  { name: "CCI staff", account: DEMO_ACCOUNTS.staff, extra: ["/mes-donnees", ...SEARCH_TABS] },
] as const;

/** Soft checks, so one run lists every page's problems rather than the first one. */
async function expectSoundPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path} answers`).toBeLessThan(400);
  // A menu that offers a page the role is then sent away from (to sign-in…) is a dead end.
  expect.soft(new URL(page.url()).pathname, `${path} opens without a redirect`).toBe(path);
  await expect.soft(page.locator("h1"), `${path} has one h1`).toHaveCount(1, { timeout: 5_000 });
  const title = await page.title();
  expect.soft(title.trim(), `${path} has a title`).not.toBe("");
  if (path !== "/") expect.soft(title, `${path} names itself in its title`).not.toBe(SITE_TITLE);
  try {
    await expectAccessible(page);
  } catch (error) {
    expect.soft(String(error), `${path} passes axe`).toBe("");
  }
}

test.describe.configure({ mode: "parallel" });

for (const role of ROLES) {
  test(`every page offered to ${role.name} loads, is titled, accessible and quiet in the console`, async ({ page }) => {
    if (role.account) await signInAs(page, role.account.email, DEMO_PASSWORD);
    const paths = [...new Set([...navFor(role.account ? actorLike(role.account) : null).map((i) => i.href), ...role.extra])];
    for (const path of paths) {
      await test.step(path, () => expectSoundPage(page, path));
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("a visitor opens the server-rendered menu and reaches another page", async ({ page }) => {
    await page.goto("/annuaire");
    const header = page.getByRole("banner");
    await expect(header.getByRole("button", { name: "Menu", exact: true })).toBeHidden(); // react-aria's, inert here
    await header.locator("summary", { hasText: "Menu" }).click();
    const nav = header.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link", { name: "Annuaire" })).toHaveAttribute("aria-current", "page");
    await expect(header.locator(".noscript-menu__panel").getByRole("link", { name: "Se connecter" })).toBeVisible(); // the bar's is hidden at 390 px
    // No axe here: it runs as a script in the page, which this context forbids (it waits forever). The menu
    // reuses the « Menu » panel's markup, which the navigation journey checks with axe.
    await nav.getByRole("link", { name: "Baromètre" }).click();
    await expect(page).toHaveURL(/\/barometre$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
