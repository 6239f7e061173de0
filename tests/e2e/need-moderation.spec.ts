/**
 * Buyer posts a need with an attachment → staff requests a change → buyer fixes and resubmits → staff
 * approves → a supplier of another company sees it published and can open the attachment.
 */
import { expect, test, type Browser, type Page } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, signInAs } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, DEMO_PASSWORD);
  return page;
}

async function pickFirst(page: Page, label: string, typed: string, option: RegExp) {
  await page.getByRole("combobox", { name: label }).fill(typed);
  await page.getByRole("option", { name: option }).first().click();
}

test("a need goes from draft to published through moderation, and a supplier sees it", async ({ browser }) => {
  const title = `Fabrication de mobilier d'accueil ${Date.now()}`;
  const buyer = await as(browser, DEMO_ACCOUNTS.buyer.email);

  await buyer.goto("/besoins/nouveau");
  await buyer.getByLabel("Titre du besoin").fill(title);
  await buyer.getByLabel("Description").fill("Comptoir d'accueil en bois massif et deux bancs pour le hall du siège.");
  await pickFirst(buyer, "Activités recherchées (codes NAF)", "menuiserie bois", /43\.32A/);
  await pickFirst(buyer, "Lieu de livraison ou d'exécution", "Aubagne", /Aubagne/);
  await buyer.getByLabel("Budget estimé minimum (€ HT)").fill("8000");
  await buyer.getByLabel("Budget estimé maximum (€ HT)").fill("5000");
  await buyer.getByLabel("Date limite de réponse").fill(inDays(21));
  await buyer.getByLabel("Ajouter des documents").setInputFiles({ name: "cahier-des-charges.pdf", mimeType: "application/pdf", buffer: PDF });
  await buyer.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  // budget min > max: refused, what was typed is kept
  await expect(buyer.locator("#f-budgetMaxEur-error")).toContainText("supérieur ou égal au minimum");
  await expect(buyer.getByLabel("Titre du besoin")).toHaveValue(title);
  await expect(buyer.getByRole("button", { name: "Retirer 43.32A — Travaux de menuiserie bois et PVC" })).toBeVisible();
  await expectAccessible(buyer);
  await buyer.getByLabel("Budget estimé maximum (€ HT)").fill("15000");
  await buyer.getByLabel("Ajouter des documents").setInputFiles({ name: "cahier-des-charges.pdf", mimeType: "application/pdf", buffer: PDF });
  await buyer.getByRole("button", { name: "Enregistrer le brouillon" }).click();

  await expect(buyer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(buyer.getByRole("link", { name: "cahier-des-charges.pdf" })).toBeVisible();
  await expect(buyer.getByText(/^Brouillon enregistré/)).toBeVisible();
  await buyer.getByRole("button", { name: "Envoyer à la CCI pour validation" }).click();
  await expect(buyer.getByText("En attente de validation")).toBeVisible();
  await expect(buyer.getByText(/^Brouillon enregistré/)).toHaveCount(0); // no longer a draft
  const needUrl = buyer.url().split("?")[0];

  // Staff asks for a change.
  const staff = await as(browser, DEMO_ACCOUNTS.staff.email);
  await staff.goto("/cci/moderation");
  await staff.getByRole("link", { name: `Examiner et décider : ${title}` }).click();
  await expectAccessible(staff);
  await staff.getByLabel(/Message à l'auteur/).fill("Précisez les dimensions du comptoir, s'il vous plaît.");
  await staff.getByRole("button", { name: `Demander des modifications : ${title}` }).click();
  await expect(staff.getByTestId("decision")).toContainText("Besoin renvoyé");

  // The buyer sees the request, fixes and resubmits.
  await buyer.goto(needUrl);
  await expect(buyer.getByText("Message de la CCI : « Précisez les dimensions du comptoir, s'il vous plaît. »")).toBeVisible();
  await buyer.getByRole("link", { name: "Modifier" }).click();
  await expect(buyer).toHaveURL(/\/modifier$/);
  await buyer
    .getByRole("textbox", { name: "Description" })
    .fill("Comptoir d'accueil en bois massif de 3 m × 1,10 m et deux bancs de 2 m pour le hall du siège.");
  await buyer.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(buyer.getByText("Modifications enregistrées.")).toBeVisible();
  await buyer.getByRole("button", { name: "Envoyer à la CCI pour validation" }).click();
  await expect(buyer.getByText("En attente de validation")).toBeVisible();

  // Staff approves.
  await staff.goto(needUrl);
  await staff.getByRole("button", { name: `Approuver et publier : ${title}` }).click();
  await expect(staff.getByTestId("decision")).toContainText("Besoin approuvé");

  // A supplier of another company sees it among the opportunities, with its attachment.
  const supplier = await as(browser, DEMO_ACCOUNTS.supplier.email);
  await supplier.goto(`/opportunites?q=${encodeURIComponent(title)}`);
  await supplier.getByRole("link", { name: title }).click();
  await expect(supplier.getByText("3 m × 1,10 m")).toBeVisible();
  const href = await supplier.getByRole("link", { name: "cahier-des-charges.pdf" }).getAttribute("href");
  const download = await supplier.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  await expectAccessible(supplier);

  // The buyer got its e-mails (staff mailbox).
  await staff.goto("/cci/emails");
  await expect(staff.getByText(`Votre besoin « ${title} » est publié`)).toBeVisible();
});

test("a program disguised as a PDF is refused and nothing is saved", async ({ browser }) => {
  const buyer = await as(browser, DEMO_ACCOUNTS.publicBuyer.email);
  const title = `Besoin avec faux PDF ${Date.now()}`;
  await buyer.goto("/besoins/nouveau");
  await buyer.getByLabel("Titre du besoin").fill(title);
  await buyer.getByLabel("Description").fill("Nettoyage des vitres des bâtiments administratifs, deux fois par an.");
  await pickFirst(buyer, "Activités recherchées (codes NAF)", "81.21", /81\.21Z/);
  await pickFirst(buyer, "Lieu de livraison ou d'exécution", "La Ciotat", /La Ciotat/);
  await buyer.getByLabel("Date limite de réponse").fill(inDays(15));
  const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);
  await buyer.getByLabel("Ajouter des documents").setInputFiles({ name: "devis.pdf", mimeType: "application/pdf", buffer: exe });
  await buyer.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(buyer.locator("#f-attachments-error")).toContainText("n'est pas un type de fichier accepté");
  await buyer.goto("/besoins");
  await expect(buyer.getByText(title)).toHaveCount(0);
});
