/** A supplier's offer from draft to its company's public page, through CCI moderation; and the company profile form. */
import { expect, test, type Page } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, signInAs, signOut } from "./helpers";

/** A valid 1×1 PNG: the server checks uploads by content. */
const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

async function pickNaf(page: Page, label: string, query: string, option: RegExp) {
  await page.getByRole("combobox", { name: label }).fill(query);
  await page.getByRole("option", { name: option }).click();
}

test("a supplier publishes an offer, staff approve it, and it shows on the company's public page", async ({ page }) => {
  const title = `Nettoyage de vitrines et vitrerie ${Date.now()}`;
  await signInAs(page, DEMO_ACCOUNTS.supplier2.email, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("button", { name: "Vendre" }).click();
  await page.getByRole("dialog", { name: "Vendre" }).getByRole("link", { name: "Mes offres" }).click();
  await page.getByRole("link", { name: "Proposer une offre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Proposer une offre" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Titre de l'offre").fill(title);
  await page.getByLabel("Description").fill("Nettoyage des vitrines de commerces et de la vitrerie de bureaux, jusqu'à 8 m de hauteur, avec nacelle.");
  await pickNaf(page, "Activités concernées (codes NAF)", "nettoyage courant", /81\.21Z/);
  await expect(page.getByRole("list", { name: /Activités concernées.*choix/ })).toContainText("81.21Z");
  await page.getByLabel("Indication de prix").fill("sur devis");
  await page.getByRole("radio", { name: /Dans un rayon autour de/ }).check();
  await page.getByLabel("Rayon (km)").fill("25");
  await page.getByLabel("Ajouter des photos").setInputFiles({ name: "vitrine.png", mimeType: "image/png", buffer: TINY_PNG });
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();

  await expect(page).toHaveURL(/\/offres\/[0-9a-f-]{36}\?cree=1$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
  await expect(page.getByText(/dans un rayon de 25\skm autour de La Ciotat/)).toBeVisible();
  const companyPage = await page.getByRole("link", { name: DEMO_ACCOUNTS.supplier2.company }).getAttribute("href");
  expect(companyPage).toMatch(/^\/entreprises\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Envoyer à la CCI pour validation" }).click();
  await expect(page.getByTestId("form-alert")).toContainText("Offre envoyée à la CCI");
  await expect(page.getByText("En attente de validation", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto("/cci/moderation");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await item.getByRole("button", { name: /^Approuver/ }).click();
  await expect(page.getByTestId("decision")).toContainText("Offre approuvé");
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
  await signOut(page);

  // An anonymous visitor sees the offer, with its photo, on the public page; not the contact details.
  const response = await page.goto(companyPage!);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: DEMO_ACCOUNTS.supplier2.company })).toBeVisible();
  const offer = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(offer).toContainText("sur devis");
  const photo = offer.getByRole("img", { name: `${title}, photo 1` });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  await expect(page.getByText("Coordonnées réservées aux entreprises inscrites.")).toBeVisible();
  await expectAccessible(page);
});

test("the admin completes the company profile; visitors see it, signed-in users see the contact", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("button", { name: "Mon entreprise" }).click();
  await page.getByRole("dialog", { name: "Mon entreprise" }).getByRole("link", { name: "Ma fiche" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fiche entreprise" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Présentation de l'entreprise").fill("Menuiserie bois et aluminium à Marseille : fabrication sur mesure, pose et rénovation.");
  await page.getByLabel("Téléphone").fill("+33 4 91 12 34 56");
  await page.getByLabel("Certifications et labels").fill("Qualibat, RGE");
  await page.getByRole("radio", { name: /Tout le territoire/ }).check();
  await page.getByLabel("Client (référence 1)").fill("Ville de Marseille");
  await page.getByLabel("Année").first().fill("1975");
  await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
  await expect(page.getByText("L'année doit être comprise entre 1980")).toBeVisible();
  await expect(page.getByLabel("Client (référence 1)")).toHaveValue("Ville de Marseille"); // kept after the error
  await expectAccessible(page);

  await page.getByLabel("Année").first().fill("2024");
  await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
  await expect(page.getByTestId("form-alert")).toHaveText("Fiche enregistrée.");
  await expect(page.getByLabel("Téléphone")).toHaveValue("04 91 12 34 56");

  await page.getByRole("link", { name: "Voir la fiche publique" }).click();
  await expect(page.getByText("Qualibat", { exact: true })).toBeVisible();
  await expect(page.getByTestId("service-area")).toContainText("sur tout le territoire");
  await expect(page.getByText("Ville de Marseille")).toBeVisible();
  await expect(page.getByRole("link", { name: "04 91 12 34 56" })).toBeVisible();
  const url = page.url();
  await signOut(page);
  await page.goto(url);
  await expect(page.getByText("Qualibat", { exact: true })).toBeVisible();
  await expect(page.getByText("04 91 12 34 56")).toHaveCount(0);
});
