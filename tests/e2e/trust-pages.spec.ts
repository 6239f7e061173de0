/**
 * Trust pages (issue 16, point 8): the footer reaches the legal pages, the accessibility statement and
 * the contact form from any page, each passes axe; the contact form sends (stored and e-mailed to staff);
 * a signed-in user downloads their data as JSON; the favicon and icon are served locally.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, queryDb, signInAs } from "./helpers";

const PAGES = [
  { link: "Mentions légales", heading: "Mentions légales" },
  { link: "Confidentialité", heading: "Politique de confidentialité" },
  { link: "Conditions d'utilisation", heading: "Conditions générales d'utilisation" },
  { link: "Accessibilité : partiellement conforme", heading: "Déclaration d'accessibilité" },
  { link: "Contact", heading: "Contacter l'équipe de la CCI" },
];

test("the footer reaches every trust page, each accessible; favicon and icon are served", async ({ page, request }) => {
  for (const p of PAGES) {
    await page.goto("/annuaire");
    await page.getByRole("contentinfo").getByRole("link", { name: p.link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto("/confidentialite");
  await expect(page.getByRole("table", { name: /Données personnelles conservées/ })).toBeVisible();

  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");
});

test("the contact form shows every error at once, then sends the message to the CCI team", async ({ page }) => {
  await page.goto("/contact");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByTestId("form-alert")).toContainText("corrigez les champs");
  await expect(page.locator(".field-error")).toHaveCount(3);
  await expectAccessible(page);

  const marker = `Message e2e ${Date.now()} : pouvez-vous m'expliquer comment inviter un fournisseur ?`;
  await page.getByLabel("Votre nom").fill("Camille Roux");
  await page.getByLabel("Votre adresse e-mail").fill("camille.roux@exemple.fr");
  await page.getByLabel("Objet").selectOption({ label: "Une question sur la plateforme" });
  await page.getByLabel("Votre message").fill(marker);
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByTestId("form-alert")).toContainText("Message envoyé");

  const stored = await queryDb<{ n: number }>("select count(*)::int as n from audit_log where action = 'contact.message' and after->>'message' = $1", [marker]);
  expect(stored[0].n).toBe(1);
  const mails = await queryDb<{ to_user_id: string | null }>("select to_user_id from emails where template = 'contact.message' and text_body like $1", [
    `%${marker}%`,
  ]);
  expect(mails.length).toBeGreaterThan(0);
  const staff = await queryDb<{ id: string }>("select id from users where platform_role = 'staff'");
  for (const m of mails) expect(staff.map((s) => s.id)).toContain(m.to_user_id);
});

test("« Mes données » downloads the signed-in user's data as JSON", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  await page.getByRole("contentinfo").getByRole("link", { name: "Mes données" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes données" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^circuit-court-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.compte.email).toBe(DEMO_ACCOUNTS.supplier.email);
  expect(JSON.stringify(data)).not.toContain("passwordHash");
  expect(data.entreprises.length).toBeGreaterThan(0);
  expect(Array.isArray(data.journalDeMesActions)).toBe(true);
});
