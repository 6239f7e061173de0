/**
 * Journeys on the seeded demo: the demo buyer finds figures on its dashboard and a closed need with answers
 * to compare and award (both from the seed's year of history); the public barometer shows its shares; and a
 * buyer is e-mailed as soon as an answer reaches its need, the link of the e-mail read from the dev mailbox.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expect, expectAccessible, queryDb, signInAs, test } from "./helpers";

const MAILBOX = path.resolve(process.env.MAILBOX_DIR || ".data/mailbox");

/** The newest sent e-mail of `template` to `to` whose subject holds `about`, as text (quoted-printable undone). */
async function mailFromMailbox(to: string, template: string, about: string): Promise<string> {
  let id = "";
  await expect
    .poll(
      async () => {
        const rows = await queryDb<{ id: string }>(
          "select id from emails where to_address = $1 and template = $2 and status = 'sent' and subject like $3 order by created_at desc limit 1",
          [to, template, `%${about}%`],
        );
        id = rows[0]?.id ?? "";
        return id;
      },
      { timeout: 30_000 },
    )
    .not.toBe("");
  const file = (await readdir(MAILBOX)).find((f) => f.endsWith(`-${id}.eml`));
  expect(file, `mailbox file of e-mail ${id}`).toBeTruthy();
  const raw = (await readFile(path.join(MAILBOX, file!), "utf8")).replace(/=\r?\n/g, "");
  return Buffer.from(
    raw.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    "latin1",
  ).toString("utf8");
}

test("the demo buyer reads its year of purchases, then compares and awards a seeded need with answers", async ({ page }) => {
  const [need] = await queryDb<{ id: string; title: string }>(
    `
    select n.id, n.title from needs n join memberships m on m.company_id = n.company_id join users u on u.id = m.user_id
    where u.email = $1 and n.status = 'closed' and n.response_deadline < now()
      and (select count(*) from answers a where a.need_id = n.id and a.status = 'submitted') >= 2
    order by n.response_deadline desc limit 1`,
    [DEMO_ACCOUNTS.buyer.email],
  );
  expect(need, "a seeded closed need of the demo buyer with answers").toBeTruthy();
  const answers = await queryDb<{ name: string; price: number }>(
    `
    select coalesce(c.trade_name, c.legal_name) as name, a.price_eur::float8 as price from answers a join companies c on c.id = a.company_id
    where a.need_id = $1 and a.status = 'submitted' order by a.price_eur`,
    [need.id],
  );

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await page.goto("/tableau-de-bord");
  await expect(page.getByTestId("kpi-montant")).toContainText(/[1-9][\d\s]*\s€/);
  await expect(page.getByRole("figure", { name: "Montant attribué par mois" })).not.toContainText("Aucune donnée à représenter");

  await page.goto("/besoins?statut=closed");
  // Found by its address: the seed reuses titles across years.
  await page.locator(`a[href="/besoins/${need.id}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: need.title })).toBeVisible();
  await page.getByRole("link", { name: "Comparer les réponses" }).click();
  await expect(page.getByTestId("answer-row")).toHaveCount(answers.length);
  await expectAccessible(page);

  const [winner, ...others] = answers;
  await page.getByLabel(`Retenir ${winner.name}`, { exact: true }).check();
  await expect(page.getByLabel(`Montant attribué à ${winner.name} (€ HT)`, { exact: true })).toHaveValue(String(winner.price));
  await page
    .getByLabel(`Retour à ${others[0].name} si elle n'est pas retenue (facultatif)`, { exact: true })
    .fill("Offre sérieuse, un peu plus chère que l'offre retenue.");
  await page.getByRole("button", { name: "Attribuer le besoin" }).click();
  await expect(page.getByText("Besoin attribué. Les fournisseurs retenus et non retenus sont prévenus par e-mail.")).toBeVisible();
  await expectAccessible(page);
  const [after] = await queryDb<{ status: string; awards: number }>(
    "select n.status, (select count(*)::int from awards w where w.need_id = n.id) as awards from needs n where n.id = $1",
    [need.id],
  );
  expect(after).toEqual({ status: "awarded", awards: 1 });
});

test("the barometer shows the seeded year: shares, no secret, no empty chart", async ({ page }) => {
  await page.goto("/barometre");
  await expect(page.getByTestId("barometre-part-locale")).toContainText("%");
  await expect(page.getByTestId("barometre-besoins")).toContainText(/[1-9]/);
  await expect(page.locator("main")).not.toContainText("Aucune donnée à représenter");
  await expectAccessible(page);
});

test("a buyer is e-mailed when an answer reaches its need, and the link opens the answers", async ({ browser }) => {
  const title = `Peinture des bureaux ${Date.now()}`;
  const [buyer] = await queryDb<{ company_id: string; user_id: string }>(
    "select m.company_id, u.id as user_id from users u join memberships m on m.user_id = u.id where u.email = $1",
    [DEMO_ACCOUNTS.publicBuyer.email],
  );
  const [need] = await queryDb<{ id: string }>(
    `
    insert into needs (company_id, created_by, contact_user_id, title, description, kind, commune_code, perimeter_kind,
      budget_min_eur, budget_max_eur, response_deadline, status, submitted_at, published_at)
    values ($1, $2, $2, $3, 'Peinture de 600 m² de bureaux en site occupé, par tranches, le week-end.', 'works', '13005', 'territory',
      8000, 15000, now() + interval '12 days', 'published', now(), now())
    returning id`,
    [buyer.company_id, buyer.user_id, title],
  );
  await queryDb("insert into need_activities (need_id, naf_code) values ($1, '43.34Z')", [need.id]);

  const supplierPage = await (await browser.newContext()).newPage();
  await signInAs(supplierPage, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  await supplierPage.goto(`/besoins/${need.id}/repondre`);
  await supplierPage.getByLabel("Prix global (€ HT)").fill("11 800");
  await supplierPage.getByLabel("Délai de réalisation (jours)").fill("20");
  await supplierPage.getByLabel("Validité de l'offre (jours)").fill("60");
  await supplierPage.getByLabel("Votre message à l'acheteur").fill("Peinture en phase aqueuse, équipe de quatre peintres, travaux le week-end.");
  await supplierPage.getByRole("button", { name: "Déposer la réponse" }).click();
  await expect(supplierPage.getByText("Réponse déposée : l'acheteur peut la consulter.")).toBeVisible();

  const mail = await mailFromMailbox(DEMO_ACCOUNTS.publicBuyer.email, "answer.submitted", title);
  expect(mail).toContain(`${DEMO_ACCOUNTS.supplier.company} vient de déposer une réponse à votre besoin « ${title} »`);
  const link = new RegExp(`/besoins/${need.id}/reponses`).exec(mail);
  expect(link, "the link to the answers in the e-mail").toBeTruthy();

  const buyerPage = await (await browser.newContext()).newPage();
  await signInAs(buyerPage, DEMO_ACCOUNTS.publicBuyer.email, DEMO_PASSWORD);
  await buyerPage.goto(link![0]);
  await expect(buyerPage.getByTestId("answer-row")).toHaveCount(1);
  await expect(buyerPage.getByTestId("answer-row")).toContainText(DEMO_ACCOUNTS.supplier.company);
  await expectAccessible(buyerPage);
});
