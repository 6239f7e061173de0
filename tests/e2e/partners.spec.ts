/**
 * Partner networks (issue 20): CCI staff create a network and add its manager to its staff; the manager
 * imports the member list (preview, then import), sees a published need its member ranks well for in the
 * partner inbox and forwards it with a note; the member opens the e-mail's link and answers; the relay
 * reads « A répondu » and the buyer sees « Recommandé par … » beside that supplier in the comparison.
 * Every company and account is the journey's own (nothing of the demo data is changed). Axe on each page.
 */
import ExcelJS from "exceljs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { hashPassword } from "../../lib/auth/password";
import { withLuhnKey } from "../../lib/companies/siret";
import { expect, expectAccessible, queryDb, signInAs, test, type Browser, type Page } from "./helpers";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, DEMO_PASSWORD);
  return page;
}

async function ownUser(tag: string) {
  const email = `${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e-reseaux.fr`;
  const [user] = await queryDb<{ id: string }>(
    "insert into users (email, first_name, last_name, password_hash) values ($1, 'Inès', 'Bonnet', $2) returning id",
    [email, await hashPassword(DEMO_PASSWORD)],
  );
  return { id: user.id, email };
}

/** A verified company of the territory with its admin account. */
async function ownCompany(name: string, naf: string) {
  const admin = await ownUser("adherent");
  const siren = withLuhnKey(String(60000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  const siret = withLuhnKey(`${siren}0001`);
  const [company] = await queryDb<{ id: string }>(
    `insert into companies (siren, siret, legal_name, naf_code, commune_code, verification_status, verified_at)
     values ($1, $2, $3, $4, '13005', 'verified', now()) returning id`,
    [siren, siret, name, naf],
  );
  await queryDb("insert into memberships (user_id, company_id, role) values ($1, $2, 'admin')", [admin.id, company.id]);
  return { id: company.id, siret, admin };
}

/**
 * A published need and its stored ranking with the member well placed. Publication's ranking is written by
 * the alert job over the whole seeded directory (covered by the matching tests); here it is written by SQL so
 * the journey does not depend on where a fresh company lands among the demo's thousands.
 */
async function publishedNeed(buyer: { id: string; admin: { id: string } }, memberId: string, title: string) {
  const [need] = await queryDb<{ id: string }>(
    `
    insert into needs (company_id, created_by, contact_user_id, title, description, kind, commune_code, perimeter_kind,
      budget_min_eur, budget_max_eur, response_deadline, expected_start_date, status, submitted_at, published_at)
    values ($1, $2, $2, $3, 'Contrat collectif de complémentaire santé pour nos 40 salariés, à partir du 1er mars.', 'services', '13005',
      'territory', 15000, 30000, now() + interval '10 days', current_date + 60, 'published', now(), now())
    returning id`,
    [buyer.id, buyer.admin.id, title],
  );
  await queryDb("insert into need_activities (need_id, naf_code) values ($1, '65.12Z')", [need.id]);
  await queryDb(
    `
    insert into need_matches (need_id, company_id, rank, score, parts, weights_version)
    values ($1, $2, 1, 0.92, $3::jsonb, (select max(version) from matching_weights))`,
    [need.id, memberId, JSON.stringify([{ key: "activity", weight: 0.4, value: 1, sentence: "Activité recherchée : 65.12Z" }])],
  );
  return need.id;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A member file as a network's office would export it: a name and a « N° SIRET » column. */
async function memberSheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Adhérents");
  sheet.addRow(["Raison sociale", "N° SIRET"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("a network imports its members, forwards a need to one, the member answers and the buyer sees « Recommandé par … »", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const network = `Cress Sud ${stamp}`;
  const title = `Mutuelle d'entreprise pour 40 salariés ${stamp}`;
  const memberName = `Mutuelle Solidaire ${stamp}`;
  const manager = await ownUser("reseau");
  const buyer = await ownCompany(`Ateliers Calanques ${stamp}`, "25.62A");
  const member = await ownCompany(memberName, "65.12Z");
  const needId = await publishedNeed(buyer, member.id, title);

  // CCI staff create the network and add the manager's account to its staff.
  const staff = await as(browser, DEMO_ACCOUNTS.staff.email);
  await staff.goto("/cci/partenaires");
  await staff.getByLabel("Nom du réseau").fill(network);
  await staff.getByRole("button", { name: "Créer le réseau" }).click();
  await expect(staff.getByTestId("form-alert").filter({ hasText: `Réseau « ${network} » créé.` })).toBeVisible();
  const card = staff.getByTestId("partner").filter({ hasText: network });
  await card.getByLabel(`Adresse e-mail d'un compte à ajouter à l'équipe de ${network}`).fill(manager.email);
  await card.getByRole("button", { name: "Ajouter" }).click();
  await expect(card.getByRole("status")).toHaveText(`${manager.email} fait maintenant partie de l'équipe du réseau.`);
  await expectAccessible(staff);

  // The manager previews the member file (an Excel sheet: one member on the platform, one bad line), then imports it.
  const partner = await as(browser, manager.email);
  // The network's space is in the manager's navigation (a link of its own: the manager has no company here).
  await partner.goto("/annuaire");
  await partner.getByRole("banner").getByRole("link", { name: "Mon réseau partenaire" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: network })).toBeVisible();
  await partner.getByLabel("Fichier des adhérents").setInputFiles({
    name: "adherents.xlsx",
    mimeType: XLSX,
    buffer: await memberSheet([
      [memberName, member.siret],
      ["Inconnue", "123"],
    ]),
  });
  await partner.getByRole("button", { name: "Aperçu" }).click();
  await expect(partner.getByTestId("form-alert").filter({ hasText: "Aperçu" })).toContainText(/1\sinscrite sur la plateforme.*1\sligne invalide \(ligne 3\)/);
  // The file's SIRETs are now in the text box, which « Importer » sends (a file input cannot be refilled).
  await expect(partner.getByLabel("Ou collez la liste des adhérents")).toHaveValue(member.siret);
  await partner.getByRole("button", { name: "Importer" }).click();
  await expect(partner.getByTestId("form-alert").filter({ hasText: "1\u00a0adhérent importé." })).toBeVisible();
  await expect(partner.getByRole("heading", { name: "Adhérents (1)", exact: true })).toBeVisible();

  // The need is in the partner inbox with its matching member; the manager forwards it with a note.
  const inboxNeed = partner.getByTestId("partner-inbox-need").filter({ hasText: title });
  await expect(inboxNeed).toContainText(/1\sde vos adhérents correspond à ce besoin/);
  await expect(inboxNeed.getByRole("checkbox", { name: new RegExp(memberName) })).toBeChecked();
  await expectAccessible(partner);
  await inboxNeed.getByLabel("Votre mot (facultatif)").fill("Vous êtes bien placés pour ce contrat collectif.");
  await inboxNeed.getByRole("button", { name: "Transmettre le besoin" }).click();
  await expect(inboxNeed.getByTestId("form-alert")).toContainText(/Besoin transmis à 1\sadhérent \(1\se-mail envoyé\)/);
  await expect(partner.getByTestId("partner-relay").filter({ hasText: title })).toContainText("Transmis");

  // The member's admin follows the e-mail's link (opening recorded) and answers.
  const [mail] = await queryDb<{ text_body: string; subject: string }>(
    "select text_body, subject from emails where template = 'partner.relay' and to_address = $1",
    [member.admin.email],
  );
  expect(mail.subject).toBe(`${network} vous transmet un besoin : ${title}`);
  expect(mail.text_body).toContain("« Vous êtes bien placés pour ce contrat collectif. »");
  const link = mail.text_body.match(/\/relais\/ouvrir\?jeton=[^\s)>\]]+/)?.[0] ?? "no relay link in the e-mail";
  const supplier = await as(browser, member.admin.email);
  await supplier.goto(link);
  await expect(supplier).toHaveURL(new RegExp(`/besoins/${needId}$`));
  await expect(supplier.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(supplier);
  await supplier.goto(`/besoins/${needId}/repondre`);
  await supplier.getByLabel("Prix global (€ HT)").fill("21 000");
  await supplier.getByLabel("Délai de réalisation (jours)").fill("30");
  await supplier.getByLabel("Validité de l'offre (jours)").fill("90");
  await supplier.getByLabel("Votre message à l'acheteur").fill("Contrat responsable, tiers payant et prévention, gestion locale à Marseille.");
  await supplier.getByRole("button", { name: "Déposer la réponse" }).click();
  await expect(supplier.getByText("Réponse déposée : l'acheteur peut la consulter.")).toBeVisible();

  // The relay has moved to « A répondu » in the partner space.
  await partner.reload();
  await expect(partner.getByTestId("partner-relay").filter({ hasText: title })).toContainText("A répondu");

  // The network's dashboard counts the relay, the member reached, its opening and its answer; the CSV lists it.
  await expect(partner.getByTestId("partner-figure-relays")).toHaveText("1");
  await expect(partner.getByTestId("partner-figure-members")).toHaveText("1");
  await expect(partner.getByTestId("partner-figure-opened")).toHaveText("1");
  await expect(partner.getByTestId("partner-figure-answered")).toHaveText("1");
  const csv = await partner.request.get(`${new URL(partner.url()).pathname}/export`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toMatch(new RegExp(`${title};Ateliers Calanques ${stamp};${memberName};${member.siret};[^;]+;[^;]+;A répondu;0\r\n`));

  // The buyer compares the answers: the member is « Recommandé par » the network.
  const buyerPage = await as(browser, buyer.admin.email);
  await buyerPage.goto(`/besoins/${needId}/reponses`);
  const row = buyerPage.getByTestId("answer-row").filter({ hasText: memberName });
  await expect(row.getByTestId("recommended-by")).toHaveText(`Recommandé par ${network}`);
  await expectAccessible(buyerPage);
  // And on the answer's own page.
  await row.getByRole("link", { name: `Lire la réponse de ${memberName}` }).click();
  await expect(buyerPage.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(buyerPage.getByTestId("recommended-by")).toHaveText(`Recommandé par ${network}`);
});
