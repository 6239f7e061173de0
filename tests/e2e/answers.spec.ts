/**
 * Answers journey: the demo buyer's need (inserted by SQL, published with the staff approve button) →
 * two suppliers position themselves and answer, one with a document → one asks a question → the buyer
 * publishes the reply and both suppliers are e-mailed → the deadline passes → the buyer compares,
 * awards one and declines the other with feedback → each supplier sees only its own outcome → the
 * follow-up task asks "Avez-vous conclu ?" and the winner records the amount; the buyer rates it.
 */
import { expect, test, type Browser, type Page } from "./helpers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, queryDb, signInAs } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, DEMO_PASSWORD);
  return page;
}

const companyOf = async (email: string) =>
  (
    await queryDb<{ id: string; name: string; user_id: string }>(
      `select c.id, coalesce(c.trade_name, c.legal_name) as name, u.id as user_id from users u
   join memberships m on m.user_id = u.id join companies c on c.id = m.company_id where u.email = $1 limit 1`,
      [email],
    )
  )[0];

/** A need of the demo buyer waiting for moderation: faster than the form, which need-moderation.spec.ts covers. */
async function submittedNeed(title: string) {
  const buyer = await companyOf(DEMO_ACCOUNTS.buyer.email);
  const [need] = await queryDb<{ id: string }>(
    `
    insert into needs (company_id, created_by, contact_user_id, title, description, kind, commune_code, perimeter_kind,
      budget_min_eur, budget_max_eur, response_deadline, expected_start_date, status, submitted_at)
    values ($1, $2, $2, $3, 'Remplacement des portes intérieures et entretien des locaux du site d''Aubagne, en deux lots.', 'works', '13005',
      'territory', 10000, 20000, now() + interval '10 days', current_date + 20, 'submitted', now())
    returning id`,
    [buyer.id, buyer.user_id, title],
  );
  await queryDb(`insert into need_activities (need_id, naf_code) values ($1, '43.32A'), ($1, '81.21Z')`, [need.id]);
  return need.id;
}

test("suppliers answer, the buyer publishes a clarification, compares, awards, and both sides follow up", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Portes intérieures et entretien ${Date.now()}`;
  const needId = await submittedNeed(title);
  const [s1, s2] = [await companyOf(DEMO_ACCOUNTS.supplier.email), await companyOf(DEMO_ACCOUNTS.supplier2.email)];

  const staff = await as(browser, DEMO_ACCOUNTS.staff.email);
  await staff.goto(`/besoins/${needId}`);
  await staff.getByRole("button", { name: `Approuver et publier : ${title}` }).click();
  await expect.poll(async () => (await queryDb<{ status: string }>("select status from needs where id = $1", [needId]))[0].status).toBe("published");

  // Supplier 1 positions itself, then answers with a document (after one refused price).
  const supplier = await as(browser, DEMO_ACCOUNTS.supplier.email);
  await supplier.goto(`/besoins/${needId}`);
  await supplier.getByRole("button", { name: "Se positionner" }).click();
  await expect(supplier.getByText("Intéressé (réponse non déposée)")).toBeVisible();
  await expectAccessible(supplier);
  await supplier.getByRole("link", { name: "Déposer ma réponse" }).click();
  await supplier.getByLabel("Prix global (€ HT)").fill("-5");
  await supplier.getByLabel("Délai de réalisation (jours)").fill("30");
  await supplier.getByLabel("Validité de l'offre (jours)").fill("90");
  await supplier.getByLabel("Votre message à l'acheteur").fill("Portes isoplanes posées par notre équipe de trois menuisiers, dépose et évacuation comprises.");
  await supplier.getByRole("button", { name: "Déposer la réponse" }).click();
  await expect(supplier.locator("#f-priceEur-error")).toContainText("ne peut pas être négatif");
  await expect(supplier.getByLabel("Votre message à l'acheteur")).toHaveValue(/Portes isoplanes/);
  await expectAccessible(supplier);
  await supplier.getByLabel("Prix global (€ HT)").fill("14 500");
  await supplier.getByLabel("Ajouter des documents").setInputFiles({ name: "devis-menuiserie.pdf", mimeType: "application/pdf", buffer: PDF });
  await supplier.getByRole("button", { name: "Déposer la réponse" }).click();
  await expect(supplier.getByText("Réponse déposée : l'acheteur peut la consulter.")).toBeVisible();
  await expect(supplier.getByRole("link", { name: "devis-menuiserie.pdf" })).toBeVisible();

  // Supplier 2 answers and asks a question.
  const supplier2 = await as(browser, DEMO_ACCOUNTS.supplier2.email);
  await supplier2.goto(`/besoins/${needId}/repondre`);
  await supplier2.getByLabel("Prix global (€ HT)").fill("12 900");
  await supplier2.getByLabel("Délai de réalisation (jours)").fill("60");
  await supplier2.getByLabel("Validité de l'offre (jours)").fill("60");
  await supplier2.getByLabel("Votre message à l'acheteur").fill("Entretien des locaux par une équipe formée, produits écolabellisés.");
  await supplier2.getByRole("button", { name: "Déposer la réponse" }).click();
  await expect(supplier2.getByText("Réponse déposée : l'acheteur peut la consulter.")).toBeVisible();
  await supplier2.goto(`/besoins/${needId}`);
  await supplier2.getByLabel("Poser une question à l'acheteur").fill("Les locaux sont-ils accessibles le samedi matin ?");
  await supplier2.getByRole("button", { name: "Envoyer la question" }).click();
  await expect(supplier2.getByText("Question envoyée à l'acheteur.")).toBeVisible();

  // The buyer sees who asked and publishes the reply to every positioned supplier.
  const buyer = await as(browser, DEMO_ACCOUNTS.buyer.email);
  await buyer.goto(`/besoins/${needId}`);
  await expect(buyer.getByText(`${s2.name} demande :`)).toBeVisible();
  await buyer.locator("summary", { hasText: "Répondre" }).click();
  await buyer.getByLabel("Votre réponse").fill("Oui, de 8 h à 12 h, badge à retirer à l'accueil.");
  await buyer.getByLabel(/Publier la question et la réponse/).check();
  await buyer.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(buyer.getByText("Réponse publiée : les fournisseurs positionnés ou invités sont prévenus par e-mail.")).toBeVisible();
  await expectAccessible(buyer);

  // Both suppliers are told; supplier 1 reads the Q&A without learning who asked.
  const told = await queryDb<{ to_address: string }>("select to_address from emails where template = 'question.published' and subject like $1", [`%${title}%`]);
  expect(told.map((m) => m.to_address)).toEqual(expect.arrayContaining([DEMO_ACCOUNTS.supplier.email, DEMO_ACCOUNTS.supplier2.email]));
  await supplier.goto(`/besoins/${needId}`);
  await expect(supplier.getByText("Question d'un fournisseur :")).toBeVisible();
  await expect(supplier.getByText("badge à retirer à l'accueil")).toBeVisible();
  await expect(supplier.getByText(s2.name)).toHaveCount(0);

  // The deadline passes. The close job cannot be triggered from a browser: its effect is applied by SQL.
  await queryDb("update needs set response_deadline = now() - interval '1 minute', status = 'closed', closed_at = now() where id = $1", [needId]);

  // The buyer compares (sorted by price), awards supplier 1 and declines supplier 2 with feedback.
  await buyer.goto(`/besoins/${needId}/reponses`);
  await expect(buyer.getByTestId("answer-row")).toHaveCount(2);
  await buyer.getByRole("link", { name: /^Prix HT/ }).click();
  await expect(buyer.getByTestId("answer-row").first()).toContainText(s2.name);
  await expect(buyer.getByRole("link", { name: "devis-menuiserie.pdf" })).toBeVisible();
  await expectAccessible(buyer);
  await buyer.getByLabel(`Retenir ${s1.name}`).check();
  await expect(buyer.getByLabel(`Montant attribué à ${s1.name} (€ HT)`)).toHaveValue("14500");
  await buyer.getByLabel(`Retour à ${s2.name}`).fill("Offre moins chère, mais le délai de 60 jours ne convenait pas.");
  await buyer.getByRole("button", { name: "Attribuer le besoin" }).click();
  await expect(buyer.getByText("Besoin attribué. Les fournisseurs retenus et non retenus sont prévenus par e-mail.")).toBeVisible();
  await expect(buyer.getByText(`${s1.name} — 14`)).toBeVisible();

  // Each supplier sees its own outcome, and nothing of the other's.
  await supplier.goto("/reponses");
  const mine = supplier.getByTestId("my-answer").filter({ hasText: title });
  await expect(mine).toContainText("Retenue");
  await expect(mine).toContainText(/Marché attribué\s:\s14\s500\s€\sHT/);
  await expect(supplier.getByText(s2.name)).toHaveCount(0);
  await expectAccessible(supplier);
  await supplier2.goto("/reponses");
  const theirs = supplier2.getByTestId("my-answer").filter({ hasText: title });
  await expect(theirs).toContainText("Non retenue");
  await expect(theirs).toContainText("le délai de 60 jours ne convenait pas");
  await expect(supplier2.getByText(s1.name)).toHaveCount(0);
  await expect(supplier2.getByText(/14\s500/)).toHaveCount(0);

  // Follow-up: the daily task (queued here by SQL, run by the app's worker) asks both sides.
  await queryDb("update needs set expected_start_date = current_date - 15 where id = $1", [needId]);
  await queryDb("select graphile_worker.add_job('follow_up_awards', '{}'::json)");
  await expect
    .poll(async () => (await queryDb<{ n: number }>("select count(*)::int as n from follow_ups where need_id = $1", [needId]))[0].n, { timeout: 20_000 })
    .toBe(2);
  await supplier.goto("/reponses");
  await supplier.getByTestId("my-answer").filter({ hasText: title }).getByRole("link", { name: "Avez-vous conclu ?" }).click();
  await supplier.getByLabel("Oui, l'affaire est conclue").check();
  await supplier.getByLabel("Montant conclu (€ HT), si oui").fill("14 500");
  await supplier.getByRole("button", { name: "Enregistrer ma réponse" }).click();
  await expect(supplier.getByText("Merci : affaire conclue enregistrée.")).toBeVisible();
  await expectAccessible(supplier);
  const [followUp] = await queryDb<{ outcome: string; amount: number }>(
    "select outcome, amount_eur::float8 as amount from follow_ups where need_id = $1 and company_id = $2",
    [needId, s1.id],
  );
  expect(followUp).toEqual({ outcome: "yes", amount: 14500 });

  // The buyer rates the supplier; only that supplier sees the rating.
  await buyer.goto(`/besoins/${needId}/suivi`);
  await buyer.getByLabel("5/5").check();
  await buyer.getByRole("button", { name: "Enregistrer la note" }).click();
  await expect(buyer.getByText("Note enregistrée")).toBeVisible();
  await supplier.goto("/reponses");
  await expect(supplier.getByTestId("my-answer").filter({ hasText: title })).toContainText("Note de l'acheteur : 5/5");
  await supplier2.goto("/reponses");
  await expect(supplier2.getByText("Note de l'acheteur")).toHaveCount(0);
});
