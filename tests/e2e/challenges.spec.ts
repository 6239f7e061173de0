/**
 * Open-innovation challenge (issue 19): a group posts a confidential challenge and sends it to the CCI,
 * staff approve it, a young company finds it with the « jeunes entreprises » filter, accepts the NDA, reads
 * the full text and applies with a PDF deck; the group shortlists it, offers its pitch during a business-meetings
 * session (event name and calendar file shown), selects it, then records the PoC.
 * Both companies are the journey's own (nobody else's data). Axe on each page.
 */
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { hashPassword } from "../../lib/auth/password";
import { withLuhnKey } from "../../lib/companies/siret";
import { expect, expectAccessible, queryDb, signInAs, signOut, test } from "./helpers";

const DEADLINE = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const YOUNG = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);

/** A verified company with its admin account; returns the admin's e-mail. */
async function ownCompany(name: string, naf: string, foundedOn: string | null) {
  const email = `defi.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e-defis.fr`;
  const [user] = await queryDb<{ id: string }>(
    "insert into users (email, first_name, last_name, password_hash) values ($1, 'Léa', 'Garnier', $2) returning id",
    [email, await hashPassword(DEMO_PASSWORD)],
  );
  const siren = withLuhnKey(String(70000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  const [company] = await queryDb<{ id: string }>(
    `insert into companies (siren, siret, legal_name, naf_code, commune_code, verification_status, verified_at, founded_on)
     values ($1, $2, $3, $4, '13005', 'verified', now(), $5) returning id`,
    [siren, withLuhnKey(`${siren}0001`), name, naf, foundedOn],
  );
  await queryDb("insert into memberships (user_id, company_id, role) values ($1, $2, 'admin')", [user.id, company.id]);
  return email;
}

/** A published business-meetings event with one morning session in 30 days (Paris time); the session's day and id. */
async function sessionInAMonth(title: string) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + 30 * 86_400_000));
  const [event] = await queryDb<{ id: string }>(
    `insert into events (title, commune_code, venue, registration_opens_at, registration_closes_at, booking_opens_at, booking_closes_at, status, published_at)
     values ($1, '13005', 'CCI, salle des Calanques', now() - interval '1 day', now() + interval '20 days', now() - interval '1 day', now() + interval '20 days', 'published', now()) returning id`,
    [title],
  );
  const [session] = await queryDb<{ id: string }>(
    `insert into event_sessions (event_id, label, starts_at, ends_at, slot_minutes, tables, max_meetings_per_participant)
     values ($1, 'Matin', ($2 || ' 09:00 Europe/Paris')::timestamptz, ($2 || ' 12:00 Europe/Paris')::timestamptz, 20, 4, 6) returning id`,
    [event.id, day],
  );
  return { eventId: event.id, sessionId: session.id, day };
}

async function done(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

test("a group posts a confidential challenge, staff approve it, a young company applies after the NDA, the group offers its pitch in an event session, selects it and records the PoC", async ({
  page,
}) => {
  const stamp = Date.now();
  const title = `Recycler l'eau des lignes de lavage ${stamp}`;
  const groupEmail = await ownCompany(`Groupe Hydro ${stamp}`, "35.11Z", "1995-03-01");
  const startName = `Aqua Start ${stamp}`;
  const startEmail = await ownCompany(startName, "72.19Z", YOUNG);

  // The group posts the challenge and sends it to the CCI.
  await signInAs(page, groupEmail, DEMO_PASSWORD);
  await page.goto("/defis/nouveau");
  await expectAccessible(page);
  await page.getByLabel("Titre du défi").fill(title);
  await page.getByLabel("Résumé public").fill("Réduire de 30 % l'eau consommée par nos lignes de lavage industriel.");
  await page.getByLabel("Le problème").fill("CONFIDENTIEL : l'usine de Gémenos consomme 40 000 m³ d'eau par an pour le lavage.");
  await page.getByLabel("La solution attendue").fill("Filtration et réutilisation de l'eau en boucle fermée.");
  await page.getByLabel("Maturité recherchée").selectOption("prototype");
  await page.getByLabel("Ce que gagne le lauréat").selectOption("paid_poc");
  await page.getByLabel("Tranche de budget").selectOption("10k_50k");
  await page.getByLabel("Date limite des candidatures").fill(DEADLINE);
  await page.getByLabel(/Défi confidentiel/).check();
  await page
    .getByLabel("Accord de confidentialité", { exact: true })
    .fill("Le candidat s'engage à ne divulguer aucune information de ce défi pendant trois ans.");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await done(page, "Brouillon enregistré");
  await page.getByRole("button", { name: "Envoyer à la CCI pour publication" }).click();
  await done(page, "Défi envoyé à la CCI");
  await expect(page.getByTestId("challenge-status")).toHaveText("En attente de validation");
  const challengeUrl = page.url().split("?")[0];
  await signOut(page);

  // Staff approve it from the one moderation queue, beside needs and offers.
  await signInAs(page, DEMO_ACCOUNTS.staff2.email, DEMO_PASSWORD);
  await page.goto("/cci/moderation");
  await expectAccessible(page);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await card.getByRole("button", { name: `Approuver : ${title}` }).click();
  await expect(page.getByTestId("decision")).toContainText("Défi approuvé.");
  await signOut(page);

  // The young company finds it with the filter, accepts the NDA, reads the full text and applies with a deck.
  await signInAs(page, startEmail, DEMO_PASSWORD);
  await page.goto("/defis?jeunes=1");
  await expect(page.getByTestId("young-badge")).toHaveText("Jeune entreprise — premier client");
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("CONFIDENTIEL : l'usine")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("J'accepte cet accord au nom de mon entreprise").check();
  await page.getByRole("button", { name: "Accepter l'accord et lire le défi" }).click();
  await done(page, "Accord de confidentialité accepté");
  await expect(page.getByText("CONFIDENTIEL : l'usine de Gémenos")).toBeVisible();
  await page.getByLabel("Votre solution").fill("Un module de filtration membranaire qui recycle 60 % de l'eau de lavage, piloté par capteurs.");
  await page.getByLabel("Maturité technologique (TRL de 1 à 9)").fill("6");
  await page.getByLabel("L'équipe").fill("Deux ingénieures procédés et un data scientist.");
  await page
    .getByLabel("Dossier de présentation (PDF)")
    .setInputFiles({ name: "pitch-aqua.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await page.getByLabel("Lien vers une vidéo de 3 minutes").fill("https://vimeo.com/123456");
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await done(page, "Candidature envoyée");
  await expect(page.getByTestId("application-status")).toHaveText("Reçue");
  await expectAccessible(page);
  await signOut(page);

  // The group shortlists and selects the application, then records the PoC.
  await signInAs(page, groupEmail, DEMO_PASSWORD);
  await page.goto(`${challengeUrl}/candidatures`);
  const application = page.getByTestId("application").filter({ hasText: startName });
  await expect(application.getByText("Jeune entreprise — premier client")).toBeVisible();
  await expect(application.getByRole("link", { name: "Dossier : pitch-aqua.pdf" })).toBeVisible();
  await expectAccessible(page);
  await application.getByRole("button", { name: `Présélectionner : ${startName}`, exact: true }).click();
  await done(page, "Candidature présélectionnée.");
  // The pitch, during a session of a business-meetings event.
  const eventTitle = `Rencontres de l'innovation ${stamp}`;
  const { eventId, sessionId, day } = await sessionInAMonth(eventTitle);
  await page.reload();
  const shortlisted = page.getByTestId("application").filter({ hasText: startName });
  await shortlisted.getByText("Proposer un créneau de pitch").click();
  await shortlisted.getByLabel("Pendant un événement de rendez-vous d'affaires (facultatif)").selectOption(sessionId);
  await shortlisted.getByLabel("Date et heure").fill(`${day}T10:00`);
  await shortlisted.getByRole("button", { name: "Proposer ce créneau" }).click();
  await done(page, "Créneau de pitch proposé");
  const slot = page.getByTestId("application").filter({ hasText: startName }).getByTestId("pitch-slot");
  await expect(slot).toContainText(`pendant ${eventTitle} (session « Matin ») — CCI, salle des Calanques`);
  await expect(slot.getByRole("link", { name: eventTitle })).toHaveAttribute("href", `/evenements/${eventId}`);
  const ics = await page.request.get((await slot.getByRole("link", { name: /Ajouter à l'agenda/ }).getAttribute("href")) ?? "");
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("SUMMARY:Pitch : ");
  await expectAccessible(page);
  await page
    .getByTestId("application")
    .filter({ hasText: startName })
    .getByRole("button", { name: `Retenir : ${startName}`, exact: true })
    .click();
  await done(page, "Candidature retenue.");
  await page.goto(challengeUrl);
  await page.getByText("Enregistrer le résultat (preuve de concept, contrat)").click();
  await page.getByLabel("Montant de la preuve de concept (€ HT)").fill("25 000");
  await page.getByRole("button", { name: "Enregistrer le résultat" }).click();
  await done(page, "Résultat enregistré.");
  await expect(page.getByTestId("outcome")).toContainText("Preuve de concept signée");
  await expect(page.getByTestId("challenge-status")).toHaveText("Lauréat choisi");
  await expectAccessible(page);
  const [row] = await queryDb<{ status: string; poc_amount_eur: number }>("select status, poc_amount_eur from challenges where title = $1", [title]);
  expect(row).toEqual({ status: "awarded", poc_amount_eur: 25000 });
});
