/**
 * Public API tokens (issue 20): a company admin creates a read/write token in « Accès API », sees it once
 * (never again after a reload), a program uses it (the list shows its last use), the admin revokes it and
 * the API refuses it; the reference page is reached from /api/docs. Axe on each page.
 */
import { DEMO_PASSWORD } from "../../db/seed/generate";
import { hashPassword } from "../../lib/auth/password";
import { withLuhnKey } from "../../lib/companies/siret";
import { expect, expectAccessible, queryDb, signInAs, test } from "./helpers";

/** A verified company of its own, administered by a fresh account (nobody else's data). */
async function ownCompany() {
  const email = `api.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e-api.fr`;
  const [user] = await queryDb<{ id: string }>("insert into users (email, first_name, last_name, password_hash) values ($1, 'Inès', 'Roux', $2) returning id", [
    email,
    await hashPassword(DEMO_PASSWORD),
  ]);
  const siren = withLuhnKey(String(70000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  const [company] = await queryDb<{ id: string }>(
    `insert into companies (siren, siret, legal_name, naf_code, commune_code, verification_status, verified_at)
     values ($1, $2, 'Logiciels Roux SAS', '62.01Z', '13001', 'verified', now()) returning id`,
    [siren, withLuhnKey(`${siren}0001`)],
  );
  await queryDb("insert into memberships (user_id, company_id, role) values ($1, $2, 'admin')", [user.id, company.id]);
  return email;
}

test("an admin creates an API token, sees it once, a program uses it, the admin revokes it", async ({ page }) => {
  await signInAs(page, await ownCompany(), DEMO_PASSWORD);
  await page.goto("/mon-entreprise/api");
  await expect(page.getByRole("heading", { level: 1, name: "Accès API" })).toBeVisible();
  await expect(page.getByText("Aucun jeton pour l'instant.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Nom du jeton").fill("Logiciel achats");
  await page.getByLabel(/Lecture et écriture/).check();
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toContainText("il ne sera plus jamais affiché");
  const secret = await page.getByLabel("Votre jeton").inputValue();
  expect(secret).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("api-token").filter({ hasText: "Logiciel achats" });
  await expect(row).toContainText("Lecture et écriture");
  await expect(row).toContainText(secret.slice(0, 10));
  await expect(row).toContainText("Jamais");
  await expectAccessible(page);

  // Shown once: after a reload the page holds only its first characters.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret.slice(10));

  const auth = { Authorization: `Bearer ${secret}` };
  const own = await page.request.get("/api/v1/company/needs", { headers: auth });
  expect(own.status()).toBe(200);
  expect(await own.json()).toEqual({ items: [] });
  await page.reload();
  await expect(row).not.toContainText("Jamais");

  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "Révoquer « Logiciel achats »" }).click();
  await expect(row).toContainText("Révoqué le");
  const refused = await page.request.get("/api/v1/company/needs", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect((await refused.json()).detail).toBe("Jeton d'API invalide, révoqué ou expiré.");

  await page.goto("/api/docs");
  await expect(page).toHaveURL(/\/documentation-api$/);
  await expect(page.getByRole("heading", { level: 1, name: "API publique de Circuit Court" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "POST /api/v1/company/needs" })).toBeVisible();
  await expectAccessible(page);
  const doc = await page.request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");
});
