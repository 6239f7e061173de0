/**
 * Business meetings (issue 18): staff create an event with two sessions and publish it; a buyer and three
 * suppliers register; suppliers see why the buyer is suggested and ask for meetings, the buyer accepts;
 * staff compute and publish the schedule and print the table plan; the buyer reads its agenda, downloads
 * it as iCalendar and PDF, and rates a meeting; staff check people in (the PDF's QR-code link and the
 * list), and the territory statistics count the meeting held and the award that followed.
 *
 * The sessions took place a few days ago (booking still open), so that feedback and no-shows apply at once.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { hashPassword } from "../../lib/auth/password";
import { withLuhnKey } from "../../lib/companies/siret";
import { expect, expectAccessible, queryDb, signInAs, signOut, test } from "./helpers";

const DAY = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
const DAY_FR = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(
  new Date(`${DAY}T12:00:00Z`),
);

/** A third supplier of its own (nobody else's data), administered by a fresh account. */
async function ownSupplier(name: string) {
  const email = `vitrier.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e-evenements.fr`;
  const [user] = await queryDb<{ id: string }>(
    "insert into users (email, first_name, last_name, password_hash) values ($1, 'Lina', 'Vidal', $2) returning id",
    [email, await hashPassword(DEMO_PASSWORD)],
  );
  const siren = withLuhnKey(String(60000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  const siret = withLuhnKey(`${siren}0001`);
  const [company] = await queryDb<{ id: string }>(
    "insert into companies (siren, siret, legal_name, naf_code, commune_code) values ($1, $2, $3, '43.34Z', '13005') returning id",
    [siren, siret, name],
  );
  await queryDb("insert into memberships (user_id, company_id, role) values ($1, $2, 'admin')", [user.id, company.id]);
  return email;
}

const kpi = async (page: Page, id: string) => Number((await page.getByTestId(id).locator(".stat").innerText()).replace(/\D/g, ""));

async function addSession(page: Page, name: string, start: string, end: string) {
  await page.getByText("Ajouter une session", { exact: true }).click();
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Jour", { exact: true }).fill(DAY);
  await page.getByLabel("Début", { exact: true }).fill(start);
  await page.getByLabel("Fin", { exact: true }).fill(end);
  await page.getByLabel("Tables", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Ajouter la session" }).click();
  await expect(page.getByRole("status")).toContainText("Session ajoutée.");
}

async function registerAs(page: Page, eventUrl: string, role: "Acheteur" | "Fournisseur", theme?: string) {
  await page.goto(eventUrl);
  await page.getByRole("radio", { name: role, exact: true }).check();
  if (theme) await page.getByLabel("Thème d'achat 1 (code NAF, ex. 43.32A)").fill(theme);
  await page.getByRole("button", { name: "M'inscrire" }).click();
  await expect(page.getByRole("status")).toContainText("Inscription enregistrée.");
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace participant" })).toBeVisible();
}

test("staff run a business meetings day: registration, requests, schedule, ICS and PDF agendas, check-in, feedback, statistics", async ({ page }) => {
  const title = `Journée acheteurs de l'énergie ${Date.now()}`;
  const buyer = DEMO_ACCOUNTS.buyer.company;
  const joiner = DEMO_ACCOUNTS.supplier.company;
  const glazier = `Vitrerie des Calanques ${Date.now()}`;
  const glazierEmail = await ownSupplier(glazier);

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto("/cci/statistiques");
  const heldBefore = await kpi(page, "kpi-rdv-tenus");
  const awardsBefore = await kpi(page, "kpi-rdv-attributions");
  await page.goto("/cci/evenements");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Rencontres de 30 minutes entre les acheteurs du groupe et les PME du territoire.");
  await page.getByLabel("Commune (code INSEE, ex. 13005)").fill("13005");
  await page.getByLabel("Lieu", { exact: true }).fill("CCI, salle des Calanques");
  await page.getByLabel("Ouverture des inscriptions").fill("2026-01-01T09:00");
  await page.getByLabel("Clôture des inscriptions").fill("2030-03-01T18:00");
  await page.getByLabel("Ouverture des prises de rendez-vous").fill("2026-01-01T09:00");
  await page.getByLabel("Clôture des prises de rendez-vous").fill("2030-03-05T18:00");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page.getByRole("status")).toContainText("Brouillon créé");
  const staffUrl = page.url().replace(/\?.*$/, "");
  const eventUrl = staffUrl.replace("/cci/evenements/", "/evenements/");
  await addSession(page, "Matin", "09:30", "12:00");
  await addSession(page, "Après-midi", "14:00", "16:00");
  await page.getByRole("button", { name: "Publier l'événement" }).click();
  await expect(page.getByRole("status")).toContainText("Événement publié.");
  await expectAccessible(page);
  await signOut(page);

  // The public page lists both sessions.
  await page.goto("/evenements");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`Matin : ${DAY_FR}, de 09:30 à 12:00`)).toBeVisible();
  await expect(page.getByText(`Après-midi : ${DAY_FR}, de 14:00 à 16:00`)).toBeVisible();
  await expectAccessible(page);

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await registerAs(page, eventUrl, "Acheteur", "43.32A");
  await signOut(page);
  await signInAs(page, DEMO_ACCOUNTS.supplier2.email, DEMO_PASSWORD);
  await registerAs(page, eventUrl, "Fournisseur");
  await signOut(page);
  await signInAs(page, glazierEmail, DEMO_PASSWORD);
  await registerAs(page, eventUrl, "Fournisseur");
  await page.getByLabel(`Votre message à ${buyer}`).fill("Nous posons et remplaçons les vitrages de vos bâtiments.");
  await page.getByRole("button", { name: `Demander un rendez-vous : ${buyer}` }).click();
  await expect(page.getByRole("status")).toContainText("Demande de rendez-vous envoyée.");
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  await registerAs(page, eventUrl, "Fournisseur");
  // The joiner fits the buyer's purchase theme: the buyer is suggested to it, with the ranking's reasons.
  const suggested = page.getByRole("region", { name: "Acheteurs dont les besoins vous correspondent" });
  await expect(suggested.getByRole("heading", { name: new RegExp(buyer) })).toBeVisible();
  // Its trade, 43.32A, is among the reasons (activity, « métier » or the profile's words, as the weights put them).
  await expect(suggested).toContainText(/43\.32A/);
  await suggested.getByLabel(`Votre message à ${buyer}`).fill("Nous fabriquons et posons des menuiseries bois pour vos sites.");
  await suggested.getByRole("button", { name: `Demander un rendez-vous : ${buyer}` }).click();
  await expect(page.getByRole("status")).toContainText("Demande de rendez-vous envoyée.");
  await expect(suggested).toContainText("Demande déjà échangée.");
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await page.goto(`${eventUrl}/espace`);
  for (const [from, text] of [
    [joiner, "Nous fabriquons et posons des menuiseries bois"],
    [glazier, "Nous posons et remplaçons les vitrages"],
  ]) {
    await page
      .getByRole("listitem")
      .filter({ hasText: text })
      .getByRole("button", { name: `Accepter : ${from}` })
      .click();
    await expect(page.getByRole("status")).toContainText("Rendez-vous accepté.");
  }
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto(staffUrl);
  await page.getByRole("button", { name: "Calculer le planning" }).click();
  await expect(page.getByRole("status")).toContainText("Planning calculé");
  await expect(page.getByRole("region", { name: "Planning" })).toContainText(`${buyer} / ${joiner}`);
  await expect(page.getByRole("region", { name: "Planning" })).toContainText(`${buyer} / ${glazier}`);
  await page.getByRole("button", { name: "Publier le planning" }).click();
  await expect(page.getByRole("status")).toContainText("Planning publié");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Plan de tables à imprimer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Plan de tables : ${title}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Plan de tables : Matin" })).toContainText(joiner);
  await expectAccessible(page);
  await signOut(page);

  // The buyer: agenda on the web, as ICS and as PDF (with the check-in QR code), and feedback on a meeting held.
  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await page.goto(`${eventUrl}/espace`);
  const agenda = page.getByRole("region", { name: "Tableau de mes rendez-vous" });
  await expect(agenda).toContainText(joiner);
  await expect(agenda).toContainText(glazier);
  await expect(page.getByRole("img", { name: /QR code d'accueil/ })).toBeVisible();
  await expectAccessible(page);
  const [icsFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ajouter à mon calendrier (ICS)" }).click()]);
  const ics = readFileSync((await icsFile.path())!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain(`SUMMARY:Rendez-vous avec ${joiner}`);
  const [pdfFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Agenda à imprimer (PDF)" }).click()]);
  const pdf = readFileSync((await pdfFile.path())!).toString("latin1");
  expect(pdf.startsWith("%PDF-")).toBe(true);
  const checkInPath = /\/cci\/evenements\/accueil\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}/.exec(pdf)?.[0];
  expect(checkInPath, "check-in link of the QR code in the PDF").toBeTruthy();
  const row = agenda.getByRole("row").filter({ hasText: joiner });
  await row.getByLabel("Note (1 à 5)").fill("5");
  await row.getByLabel("Suite donnée").selectOption({ label: "Marché attribué" });
  await row.getByRole("button", { name: `Donner mon avis : ${joiner}` }).click();
  await expect(page.getByRole("status")).toContainText("Merci pour votre avis.");
  // The check-in link is for staff only.
  expect((await page.goto(checkInPath!))?.status()).toBe(403);
  await page.goto("/");
  await signOut(page);

  // Staff check the buyer in by its QR code's link and the joiner from the list; the glazier never came.
  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto(checkInPath!);
  await expect(page.getByRole("heading", { level: 1, name: `Accueil : ${buyer}` })).toBeVisible();
  await page.getByRole("button", { name: "Enregistrer la présence" }).click();
  await expect(page.getByRole("status")).toContainText("Participant enregistré comme présent.");
  await expectAccessible(page);
  await page.goto(staffUrl);
  await page.getByRole("button", { name: `Présent : ${joiner}` }).click();
  await expect(page.getByRole("status")).toContainText("Participant enregistré comme présent.");
  await expect(page.getByText(/rendez-vous tenu \(1\s+non honoré\)/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Planning" })).toContainText(`${buyer} / ${glazier}`);
  await expect(page.getByRole("region", { name: "Planning" })).toContainText("non honoré : fournisseur absent");
  await page.goto("/cci/statistiques");
  await expect.poll(() => kpi(page, "kpi-rdv-tenus")).toBe(heldBefore + 1);
  expect(await kpi(page, "kpi-rdv-attributions")).toBe(awardsBefore + 1);
  await expectAccessible(page);
});
