/** A new visitor signs up with their company, signs out, and signs in again; bad input writes nothing. */
import { expect, test } from "./helpers";
import { withLuhnKey } from "../../lib/companies/siret";
import { expectAccessible, queryDb, signInAs, signOut } from "./helpers";

function freshSiret() {
  const siren = withLuhnKey(String(80000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  return withLuhnKey(`${siren}0001`);
}

async function pick(page: import("@playwright/test").Page, label: string, typed: string, option: RegExp) {
  await page.getByRole("combobox", { name: label }).fill(typed);
  await page.getByRole("option", { name: option }).click();
}

test("a visitor signs up, signs out and signs in", async ({ page }) => {
  const email = `e2e.${Date.now()}@menuiserie-test.fr`;
  const password = "Calanques-2026";
  const siret = freshSiret();

  await page.goto("/inscription");
  await expectAccessible(page);
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Lambert");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByLabel("SIRET").fill(siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, "$1 $2 $3 $4"));
  await page.getByLabel("Raison sociale").fill("Lambert Agencement SAS");
  await pick(page, "Activité principale (code NAF)", "menuiserie bois", /43\.32A/);
  await pick(page, "Commune de l'établissement", "Aubagne", /Aubagne/);
  await page.getByLabel("Effectif salarié").selectOption("02");
  await page.getByLabel(/je la signe/).check();
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();

  await expect(page).toHaveURL(/\/espace/);
  await expect(page.getByRole("status").filter({ hasText: "Bienvenue" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Lambert Agencement SAS" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("Administrateur de l'entreprise");
  await expect(page.getByText("En attente de vérification")).toBeVisible();
  await expectAccessible(page);

  await signOut(page);
  await page.goto("/espace");
  await expect(page).toHaveURL(/\/connexion\?next=%2Fespace/);

  // A wrong password is said once, in the form's alert (not again under the field).
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe").fill("pas-le-bon-mot-de-passe-1");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("form-alert")).toHaveText("E-mail ou mot de passe incorrect.");
  await expect(page.getByText("E-mail ou mot de passe incorrect.")).toHaveCount(1);
  await expect(page.getByLabel("Adresse e-mail professionnelle")).toHaveValue(email);

  await signInAs(page, email, password);
  await expect(page).toHaveURL(/\/espace/);
  await expect(page.getByTestId("signed-in-as")).toContainText("Lambert Agencement SAS");
});

test("bad input shows French errors next to fields, keeps what was typed, and writes nothing", async ({ page }) => {
  const email = `e2e.bad.${Date.now()}@exemple.fr`;
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Paul");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe").fill("court1");
  await page.getByLabel("SIRET").fill("123 456 789 00012");
  await page.getByLabel("Raison sociale").fill("Paul Conseil");
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();

  await expect(page.getByTestId("form-alert")).toContainText("corrigez les champs");
  await expect(page.getByLabel("SIRET")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-siret-error")).toContainText("Ce SIRET n'existe pas");
  await expect(page.locator("#f-password-error")).toContainText("au moins 10 caractères");
  await expect(page.locator("#f-lastName-error")).toContainText("Le nom est obligatoire");
  await expect(page.locator("#f-acceptCharter-error")).toContainText("accepter la charte");
  // typed values are kept, the password is not
  await expect(page.getByLabel("Prénom")).toHaveValue("Paul");
  await expect(page.getByLabel("Raison sociale")).toHaveValue("Paul Conseil");
  await expect(page.getByLabel("SIRET")).toHaveValue("123 456 789 00012");
  await expect(page.getByLabel("Mot de passe")).toHaveValue("");
  await expectAccessible(page);

  const rows = await queryDb("select 1 from users where lower(email) = lower($1)", [email]);
  expect(rows).toHaveLength(0);
});

test("a duplicate SIRET is refused next to the SIRET field", async ({ page }) => {
  const [existing] = await queryDb<{ siret: string }>("select siret from companies order by siret limit 1");
  const email = `e2e.dup.${Date.now()}@exemple.fr`;
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Léa");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Costa");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe").fill("Calanques-2026");
  await page.getByLabel("SIRET").fill(existing.siret);
  await page.getByLabel("Raison sociale").fill("Costa Services");
  await pick(page, "Activité principale (code NAF)", "81.21", /81\.21Z/);
  await pick(page, "Commune de l'établissement", "13600", /La Ciotat/);
  await page.getByLabel("Effectif salarié").selectOption("01");
  await page.getByLabel(/je la signe/).check();
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();

  await expect(page.locator("#f-siret-error")).toContainText("déjà inscrite");
  // pickers and the headcount keep the choice
  await expect(page.getByRole("combobox", { name: "Commune de l'établissement" })).toHaveValue(/La Ciotat/);
  await expect(page.getByLabel("Effectif salarié")).toHaveValue("01");
  expect(await queryDb("select 1 from users where email = $1", [email])).toHaveLength(0);
});
