/**
 * Skills sponsorship (issue 19): a group offers an expert, an SME requests the skill and finds the group's
 * expert ranked with its reasons, proposes the mission, the CCI validates it from its queue, the group
 * downloads the agreement PDF and logs the days given, both sides review the mission and the valued amount
 * (days × daily cost) shows to the sponsor only; an SME withdraws a request from its page. The companies are
 * the journeys' own; each person works in their own browser context. Axe on each page.
 */
import { readFileSync } from "node:fs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { hashPassword } from "../../lib/auth/password";
import { withLuhnKey } from "../../lib/companies/siret";
import { expect, expectAccessible, queryDb, signInAs, test, type Browser, type Page } from "./helpers";

/** The next Monday (UTC), as YYYY-MM-DD: missions start, and weeks are logged, on Mondays. */
function nextMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

/** A verified company with its admin account; returns the admin's e-mail. */
async function ownCompany(name: string, naf: string) {
  const email = `mecenat.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e-mecenat.fr`;
  const [user] = await queryDb<{ id: string }>(
    "insert into users (email, first_name, last_name, password_hash) values ($1, 'Inès', 'Lambert', $2) returning id",
    [email, await hashPassword(DEMO_PASSWORD)],
  );
  const siren = withLuhnKey(String(60000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  const [company] = await queryDb<{ id: string }>(
    `insert into companies (siren, siret, legal_name, naf_code, commune_code, verification_status, verified_at)
     values ($1, $2, $3, $4, '13005', 'verified', now()) returning id`,
    [siren, withLuhnKey(`${siren}0001`), name, naf],
  );
  await queryDb("insert into memberships (user_id, company_id, role) values ($1, $2, 'admin')", [user.id, company.id]);
  return email;
}

async function personPage(browser: Browser, email: string, password = DEMO_PASSWORD) {
  // A context of its own per person (axe needs a page opened from a context, not browser.newPage).
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await signInAs(page, email, password);
  return page;
}

async function done(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

/** Publishes a skill request from /mecenat's form; lands on its « rapprochements » page. */
async function requestSkill(page: Page, skill: string, purpose: string) {
  await page.goto("/mecenat");
  const requestForm = page.locator("details").filter({ hasText: "Demander une compétence" });
  await requestForm.locator("summary").click();
  await requestForm.getByLabel("Compétence recherchée").fill(skill);
  await requestForm.getByLabel("Pour quoi faire").fill(purpose);
  await requestForm.getByLabel("Jours par semaine (1 à 5)").fill("2");
  await requestForm.getByLabel("Durée en semaines").fill("10");
  await requestForm.getByLabel("Début souhaité").fill(nextMonday());
  await requestForm.getByLabel("Sur site ou à distance").selectOption("on_site");
  await requestForm.getByLabel(/Commune/).fill("13005");
  await requestForm.getByRole("button", { name: "Publier la demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Experts proposés pour votre demande" })).toBeVisible();
}

test("a group offers an expert, an SME requests the skill and proposes the match, the CCI validates it, the mission is logged and reviewed", async ({
  browser,
}) => {
  const stamp = Date.now();
  const groupName = `Groupe Méditerranée Finances ${stamp}`;
  const smeName = `Atelier Calanques ${stamp}`;
  const monday = nextMonday();
  const [groupEmail, smeEmail] = [await ownCompany(groupName, "64.19Z"), await ownCompany(smeName, "31.09B")];
  const skill = "Contrôle de gestion et tableaux de bord";

  // The group offers an expert: skill, profession, rhythm, place; the daily cost stays unpublished.
  const group = await personPage(browser, groupEmail);
  await group.goto("/mecenat");
  const offerForm = group.locator("details").filter({ hasText: "Proposer un expert" });
  await offerForm.locator("summary").click();
  await expectAccessible(group);
  await offerForm.getByLabel("Compétence", { exact: true }).fill(skill);
  await offerForm.getByLabel("Métier").fill("Contrôleur de gestion");
  await offerForm.getByLabel("Séniorité").selectOption("expert");
  await offerForm
    .getByLabel("Ce que l'expert peut apporter")
    .fill("Mise en place du contrôle de gestion : budgets, tableaux de bord mensuels, suivi des marges.");
  await offerForm.getByLabel("Jours par semaine (1 à 5)").fill("2");
  await offerForm.getByLabel("Durée en semaines").fill("12");
  await offerForm.getByLabel("Disponible à partir du").fill(monday);
  await offerForm.getByLabel("Sur site ou à distance").selectOption("hybrid");
  await offerForm.getByLabel(/Commune/).fill("13005");
  await offerForm.getByLabel(/Coût d'une journée/).fill("650");
  await offerForm.getByRole("button", { name: "Publier l'offre d'expertise" }).click();
  await expect(group.getByRole("heading", { level: 1, name: "Demandes qui correspondent à votre expert" })).toBeVisible();

  // The SME requests the skill and finds the group's expert, ranked with the model's reasons, without its cost.
  const sme = await personPage(browser, smeEmail);
  await sme.goto("/mecenat");
  await expect(sme.getByRole("listitem").filter({ hasText: groupName }).getByRole("heading", { name: skill })).toBeVisible();
  await expect(sme.getByRole("listitem").filter({ hasText: groupName })).not.toContainText("€");
  await requestSkill(sme, "Contrôleur de gestion", "Construire nos budgets et nos tableaux de bord de gestion avant d'ouvrir un deuxième atelier.");
  const pairing = sme.getByTestId("pairing").filter({ hasText: groupName });
  await expect(pairing.getByRole("heading", { name: new RegExp(skill) })).toBeVisible();
  await expect(pairing.getByRole("listitem").first()).toBeVisible(); // at least one reason
  await expectAccessible(sme);
  await pairing.getByRole("button", { name: `Proposer cette mission : ${skill} — Contrôleur de gestion, ${groupName}` }).click();
  await done(sme, "Mission proposée");
  await expect(sme.getByTestId("mission-status")).toHaveText("Proposée, en attente de la CCI");
  await expect(sme.getByRole("link", { name: "Télécharger la convention (PDF)" })).toHaveCount(0);
  const missionUrl = sme.url().split("?")[0];

  // The CCI validates the pairing from its queue.
  const staff = await personPage(browser, DEMO_ACCOUNTS.staff.email);
  await staff.goto("/cci/mecenat");
  await expectAccessible(staff);
  const proposal = staff.getByRole("listitem").filter({ hasText: groupName }).filter({ hasText: smeName });
  await proposal.getByRole("button", { name: `Valider : ${skill}, ${smeName}` }).click();
  await expect(staff.getByTestId("decision")).toContainText("Mission validée");
  await expect(staff.getByRole("listitem").filter({ hasText: groupName })).toHaveCount(0);

  // The group finds the mission on its skills page, downloads the agreement and logs the days given.
  await group.goto("/mecenat");
  await group.getByRole("link", { name: `Mission : ${skill}` }).click();
  await expect(group.getByTestId("mission-status")).toHaveText("Validée par la CCI");
  await expectAccessible(group);
  const [download] = await Promise.all([group.waitForEvent("download"), group.getByRole("link", { name: "Télécharger la convention (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^convention-mecenat-.+\.pdf$/);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
  await group.getByLabel("Semaine (le lundi)").fill(monday);
  await group.getByLabel("Jours donnés").fill("2");
  await group.getByRole("button", { name: "Déclarer le temps" }).click();
  await done(group, "Temps enregistré");
  await expect(group.getByTestId("mission-status")).toHaveText("En cours");
  await expect(group.getByTestId("mission-days")).toHaveText(/^2\sjours déclarés, valorisés 1\s300\s€$/);
  await group.getByLabel("Bilan", { exact: true }).selectOption("final");
  await group.getByLabel("Note (1 à 5)").fill("5");
  await group.getByLabel("Commentaire").fill("Équipe très impliquée, budgets en place.");
  await group.getByRole("button", { name: "Enregistrer le bilan" }).click();
  await done(group, "Bilan enregistré");

  // The SME sees the days given (not their valuation), gives its mid-term and final reviews: the mission is completed.
  await sme.goto(missionUrl);
  await expect(sme.getByTestId("mission-days")).toHaveText(/^2\sjours déclarés$/);
  await sme.getByLabel("Note (1 à 5)").fill("4");
  await sme.getByRole("button", { name: "Enregistrer le bilan" }).click();
  await done(sme, "Bilan enregistré");
  await sme.getByLabel("Bilan", { exact: true }).selectOption("final");
  await sme.getByLabel("Note (1 à 5)").fill("5");
  await sme.getByRole("button", { name: "Enregistrer le bilan" }).click();
  await done(sme, "Bilan enregistré");
  await expect(sme.getByTestId("mission-status")).toHaveText("Terminée");
  await expect(sme.getByText("Bilan de fin de mission du mécène : 5/5 — Équipe très impliquée, budgets en place.")).toBeVisible();
  await expectAccessible(sme);

  const [row] = await queryDb<{ status: string; daily_cost_eur: number; days: number }>(
    `select m.status, m.daily_cost_eur, (select sum(days) from skill_mission_weeks w where w.mission_id = m.id)::float8 as days
     from skill_missions m join skill_offers o on o.id = m.offer_id join companies c on c.id = o.company_id where c.legal_name = $1`,
    [groupName],
  );
  expect(row).toEqual({ status: "completed", daily_cost_eur: 650, days: 2 });
});

test("an SME withdraws its skill request: it leaves the listing", async ({ browser }) => {
  const skill = `Juriste en droit social ${Date.now()}`;
  const sme = await personPage(browser, await ownCompany(`Atelier Sainte-Baume ${Date.now()}`, "31.09B"));
  await requestSkill(sme, skill, "Mettre à jour nos contrats de travail et notre règlement intérieur avant d'embaucher cinq personnes.");
  await sme.getByRole("button", { name: `Retirer l'annonce : ${skill}` }).click();
  await done(sme, "Votre annonce est retirée");
  await expect(sme.getByText(`Votre demande : ${skill} (Retirée)`)).toBeVisible();
  await expect(sme.getByRole("button", { name: /Retirer l'annonce/ })).toHaveCount(0);
  await expectAccessible(sme);
  await sme.goto("/mecenat");
  await expect(sme.getByRole("heading", { level: 3, name: skill })).toHaveCount(0);
});
