/**
 * Account journeys with real e-mails: the link is read from the dev mailbox (the .eml file the worker
 * wrote in .data/mailbox, as a developer would open it) and followed. Password reset, e-mail
 * verification at sign-up, and a colleague invited, joining, then removed.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "./helpers";
import { withLuhnKey } from "../../lib/companies/siret";
import { hashPassword } from "../../lib/auth/password";
import { expectAccessible, queryDb, signInAs, signOut } from "./helpers";

const MAILBOX = path.resolve(process.env.MAILBOX_DIR || ".data/mailbox");
const PASSWORD = "Calanques-2026";

function freshSiret() {
  const siren = withLuhnKey(String(70000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  return withLuhnKey(`${siren}0001`);
}
const unique = (prefix: string) => `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e-comptes.fr`;

/** Quoted-printable (what nodemailer writes for French text) back to UTF-8. */
function decodeQuotedPrintable(s: string): string {
  const joined = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/**
 * The path of the link (`/reinitialiser/…`) in the newest e-mail of `template` sent to `to`, read from
 * the mailbox file once the worker has sent it. `after` skips e-mails counted before.
 */
async function linkFromMailbox(to: string, template: string, linkPath: string, after = 0): Promise<string> {
  let id = "";
  await expect
    .poll(
      async () => {
        const rows = await queryDb<{ id: string }>("select id from emails where to_address = $1 and template = $2 and status = 'sent' order by created_at", [
          to,
          template,
        ]);
        id = rows.length > after ? rows[rows.length - 1].id : "";
        return id;
      },
      { timeout: 30_000 },
    )
    .not.toBe("");
  const file = (await readdir(MAILBOX)).find((f) => f.endsWith(`-${id}.eml`));
  expect(file, `mailbox file of e-mail ${id}`).toBeTruthy();
  const text = decodeQuotedPrintable(await readFile(path.join(MAILBOX, file!), "utf8"));
  const match = new RegExp(`${linkPath}/([A-Za-z0-9_-]{43})`).exec(text);
  expect(match, `link ${linkPath} in the e-mail`).toBeTruthy();
  return `${linkPath}/${match![1]}`;
}

/** An account (address verified) with a company it administers, written straight into the database. */
async function adminWithCompany(name: string) {
  const email = unique("admin");
  const [user] = await queryDb<{ id: string }>(
    "insert into users (email, first_name, last_name, password_hash) values ($1, 'Claire', 'Fabre', $2) returning id",
    [email, await hashPassword(PASSWORD)],
  );
  const siret = freshSiret();
  const [company] = await queryDb<{ id: string }>(
    "insert into companies (siren, siret, legal_name, naf_code, commune_code) values ($1, $2, $3, '43.32A', '13005') returning id",
    [siret.slice(0, 9), siret, name],
  );
  await queryDb("insert into memberships (user_id, company_id, role) values ($1, $2, 'admin')", [user.id, company.id]);
  return { email, userId: user.id, companyId: company.id };
}

async function pick(page: Page, label: string, typed: string, option: RegExp) {
  await page.getByRole("combobox", { name: label }).fill(typed);
  await page.getByRole("option", { name: option }).click();
}

test("a forgotten password is reset with the e-mailed link, once; the answer never says whether the account exists", async ({ page }) => {
  const { email } = await adminWithCompany("Fabre Rénovation SARL");

  await page.goto("/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await expectAccessible(page);

  // An unknown address gets exactly the same answer.
  await page.getByLabel("Adresse e-mail professionnelle").fill(unique("personne"));
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  const unknownAnswer = await page.getByTestId("reset-requested").locator("p").first().textContent();
  await page.goto("/mot-de-passe-oublie");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(page.getByTestId("reset-requested").locator("p").first()).toHaveText(unknownAnswer!);
  expect(unknownAnswer).toContain("Si un compte existe pour cette adresse");
  await expectAccessible(page);

  const link = await linkFromMailbox(email, "account.password_reset", "/reinitialiser");
  // The staff mailbox keeps the e-mail with its link masked.
  const [recorded] = await queryDb<{ text_body: string }>("select text_body from emails where to_address = $1 and template = 'account.password_reset'", [
    email,
  ]);
  expect(recorded.text_body).not.toContain(link);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choisir un nouveau mot de passe" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Nouveau mot de passe").fill("court1");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.locator("#f-password-error")).toContainText("au moins 10 caractères");
  await page.getByLabel("Nouveau mot de passe").fill("Sainte-Victoire-2027");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/connexion\?motdepasse=change/);
  await expect(page.getByRole("status").filter({ hasText: "Votre mot de passe est changé" })).toBeVisible();
  await signInAs(page, email, "Sainte-Victoire-2027");
  await signOut(page);

  // The same link again: a clear page, and the password stays the new one.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Ce lien a déjà servi" })).toBeVisible();
  await expectAccessible(page);

  // A newer link past its hour.
  await page.goto("/mot-de-passe-oublie");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(page.getByTestId("reset-requested")).toBeVisible();
  const second = await linkFromMailbox(email, "account.password_reset", "/reinitialiser", 1);
  await queryDb("update account_tokens set expires_at = now() - interval '1 minute' where email = $1 and purpose = 'reset' and used_at is null", [email]);
  await page.goto(second);
  await expect(page.getByRole("heading", { level: 1, name: "Ce lien a expiré" })).toBeVisible();
  await expect(page.getByTestId("link-problem").getByRole("link", { name: /Mot de passe oublié/ })).toBeVisible();
});

test("a new account confirms its address with the e-mailed link and is welcomed", async ({ page }) => {
  const email = unique("inscription");
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Hugo");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Martin");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel("SIRET").fill(freshSiret());
  await page.getByLabel("Raison sociale").fill("Martin Électricité SAS");
  await pick(page, "Activité principale (code NAF)", "menuiserie bois", /43\.32A/);
  await pick(page, "Commune de l'établissement", "Aubagne", /Aubagne/);
  await page.getByLabel("Effectif salarié").selectOption("01");
  await page.getByLabel(/je la signe/).check();
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();
  await expect(page).toHaveURL(/\/espace/);

  const banner = page.getByTestId("email-unverified");
  await expect(banner).toContainText("Confirmez votre adresse e-mail");
  await expectAccessible(page);
  // Not confirmed yet: the team page refuses invitations.
  await page.goto("/mon-entreprise/equipe");
  await page.getByLabel("Adresse e-mail du collègue").fill(unique("collegue"));
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByTestId("form-alert")).toContainText("Confirmez d'abord votre adresse e-mail");

  const link = await linkFromMailbox(email, "account.verify_email", "/verifier-email");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Confirmer mon adresse e-mail" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(page).toHaveURL(/\/verifier-email\/confirmee/);
  await expect(page.getByTestId("email-verified")).toContainText("Votre adresse e-mail est confirmée");
  await expect(page.getByTestId("email-unverified")).toHaveCount(0);
  await page.goto("/espace");
  await expect(page.getByRole("heading", { level: 1, name: "Martin Électricité SAS" })).toBeVisible();
  await expect(page.getByTestId("email-unverified")).toHaveCount(0);
  await expect.poll(async () => (await queryDb("select 1 from emails where to_address = $1 and template = 'account.welcome'", [email])).length).toBe(1);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Ce lien a déjà servi" })).toBeVisible();
  await expectAccessible(page);
});

test("an admin invites a colleague, who creates an account with the link and joins; the admin then removes them", async ({ page }) => {
  const admin = await adminWithCompany("Fabre Menuiserie SAS");
  const colleague = unique("collegue");

  await signInAs(page, admin.email, PASSWORD);
  await page.goto("/mon-entreprise");
  await page.getByRole("link", { name: "Équipe et invitations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Équipe" })).toBeVisible();
  await expect(page.getByText("Vous êtes le seul administrateur")).toBeVisible();
  await page.getByLabel("Adresse e-mail du collègue").fill(colleague);
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByTestId("form-alert")).toContainText(`Invitation envoyée à ${colleague}`);
  await expect(page.getByTestId("pending-invitation")).toContainText(colleague);
  await expectAccessible(page);
  await signOut(page);

  const link = await linkFromMailbox(colleague, "account.invitation", "/invitation");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Rejoindre Fabre Menuiserie SAS" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Prénom").fill("Sami");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Haddad");
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte et rejoindre l'équipe" }).click();
  await expect(page).toHaveURL(/\/mon-entreprise\/equipe\?bienvenue=1/);
  await expect(page.getByRole("status").filter({ hasText: "Bienvenue dans l'équipe de Fabre Menuiserie SAS" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("Fabre Menuiserie SAS");
  await expect(page.getByTestId("team-member")).toHaveCount(2);
  // A member sees the team, not the admin's buttons; the invitation link is spent.
  await expect(page.getByRole("button", { name: /Retirer/ })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Ce lien a déjà servi" })).toBeVisible();

  await signInAs(page, admin.email, PASSWORD);
  await page.goto("/mon-entreprise/equipe");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Retirer Sami Haddad" }).click();
  await expect(page.getByTestId("team-member")).toHaveCount(1);
  await expect(page.getByText("Vous êtes le seul administrateur")).toBeVisible();
  await expectAccessible(page);
  const left = await queryDb("select 1 from memberships m join users u on u.id = m.user_id where lower(u.email) = $1", [colleague]);
  expect(left).toHaveLength(0);
});
