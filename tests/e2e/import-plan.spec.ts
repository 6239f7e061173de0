/**
 * A buyer imports a purchase plan: the preview shows what each row was read as (commune and how, NAF,
 * dates, budget) and refuses an ambiguous code, the buyer skips the row in error and lands on the drafts.
 */
import { expect, test } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, queryDb, signInAs } from "./helpers";

/** dd/mm/yyyy, `days` from today: the deadline must stay in the future whenever the test runs. */
function inDays(days: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
}

test("a buyer imports a purchase plan, skipping the row in error", async ({ page }) => {
  const tag = Date.now().toString(36);
  const titles = [`Nettoyage des vitres ${tag}`, `Réfection de la toiture ${tag}`];
  const desc = "Prestation décrite dans le cahier des charges joint au besoin.";
  const csv = [
    "Titre*;Description*;Type*;Codes NAF*;Commune*;Rayon (km);Date limite de réponse*;Budget min (€ HT);Budget max (€ HT)",
    `${titles[0]};${desc};services;81.22Z;13400 Aubagne;25;${inDays(60)};5 000;8 000`,
    `Ligne fautive ${tag};${desc};services;99.99Z;13005;;${inDays(60)};;`,
    `${titles[1]};${desc};travaux;"43.91A, 4399C";Aubagne;;${inDays(90)};;`,
  ].join("\r\n");

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await page.goto("/besoins");
  await page.getByRole("link", { name: "Importer un plan d'achats" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer un plan d'achats" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Télécharger le modèle Excel" })).toHaveAttribute("href", "/besoins/import/modele");

  await page
    .getByLabel("Fichier du plan d'achats")
    .setInputFiles({ name: "plan-achats.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vérification" })).toHaveText("Vérification : 3 lignes, 1 en erreur");
  const table = page.getByRole("table", { name: /plan-achats\.csv/ });
  await expect(table.getByTestId("import-row-3")).toContainText("Codes NAF : Code NAF inconnu : 99.99Z.");
  // « 13005 » alone: Aubagne's INSEE code and Marseille 5e's postal code — refused, both readings named.
  await expect(table.getByTestId("import-row-3")).toContainText(
    "« 13005 » est à la fois le code INSEE d'Aubagne et le code postal de Marseille 5e Arrondissement (13205)",
  );
  const first = table.getByTestId("import-row-2");
  await expect(first).toContainText("OK");
  await expect(first.getByTestId("import-commune")).toContainText("Aubagne (13005)");
  await expect(first.getByTestId("import-commune")).toContainText("lu comme code postal 13400");
  await expect(first.getByTestId("import-naf")).toHaveText("81.22Z — Autres activités de nettoyage des bâtiments et nettoyage industriel");
  await expect(first.getByTestId("import-dates")).toContainText(/^Réponses avant le \d{1,2} \p{L}+ \d{4}$/u);
  await expect(first.getByTestId("import-budget")).toHaveText(/^5\s000\s€ à 8\s000\s€$/);
  const second = table.getByTestId("import-row-4");
  await expect(second.getByTestId("import-commune")).toContainText("Aubagne (13005)");
  await expect(second.getByTestId("import-commune")).toContainText("lu comme nom");
  await expect(second.getByTestId("import-naf")).toContainText("43.91A — Travaux de charpente");
  await expect(second.getByTestId("import-budget")).toHaveText("non indiqué");
  await expectAccessible(page);

  const create = page.getByRole("button", { name: "Créer 2 brouillons" });
  await expect(create).toBeDisabled();
  await page.getByLabel("Ignorer les lignes en erreur (1)").check();
  await create.click();

  await expect(page).toHaveURL(/\/besoins\?statut=draft&importe=2$/);
  await expect(page.getByRole("status").filter({ hasText: "2 brouillons créés" })).toBeVisible();
  for (const title of titles) await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByText(`Ligne fautive ${tag}`)).toHaveCount(0);

  const rows = await queryDb<{ status: string; import_batch_id: string | null }>("select status, import_batch_id from needs where title = any($1)", [titles]);
  expect(rows).toHaveLength(2);
  expect(rows.every((r) => r.status === "draft" && r.import_batch_id === rows[0].import_batch_id && r.import_batch_id)).toBe(true);
});

test("the template downloads for a buyer; the routes refuse anonymous visitors and staff without a company", async ({ page, request }) => {
  expect((await request.get("/besoins/import/modele")).status()).toBe(401);
  expect(
    (await request.post("/besoins/import/preview", { multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("x") } } })).status(),
  ).toBe(401);

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  expect((await page.request.get("/besoins/import/modele")).status()).toBe(403);
  expect(
    (await page.request.post("/besoins/import/preview", { multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("x") } } })).status(),
  ).toBe(403);
  await page.context().clearCookies();

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  const template = await page.request.get("/besoins/import/modele");
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await template.body()).subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
});
