/**
 * Business meetings (issue 18): staff create an event with two sessions and publish it; a buyer and two
 * suppliers register; a supplier asks the buyer for a meeting and the buyer accepts; staff compute and
 * publish the schedule; the buyer reads its agenda and downloads it as an iCalendar file.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { expectAccessible, signInAs, signOut } from "./helpers";

async function addSession(page: Page, name: string, start: string, end: string) {
  await page.getByText("Ajouter une session", { exact: true }).click();
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Jour", { exact: true }).fill("2027-03-10");
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

test("staff run a business meetings day: registration, request, schedule, agenda and ICS", async ({ page }) => {
  const title = `Journée acheteurs de l'énergie ${Date.now()}`;
  const buyer = DEMO_ACCOUNTS.buyer.company;
  const joiner = DEMO_ACCOUNTS.supplier.company;

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto("/cci/evenements");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Rencontres de 30 minutes entre les acheteurs du groupe et les PME du territoire.");
  await page.getByLabel("Commune (code INSEE, ex. 13005)").fill("13005");
  await page.getByLabel("Lieu", { exact: true }).fill("CCI, salle des Calanques");
  await page.getByLabel("Ouverture des inscriptions").fill("2026-01-01T09:00");
  await page.getByLabel("Clôture des inscriptions").fill("2027-03-01T18:00");
  await page.getByLabel("Ouverture des prises de rendez-vous").fill("2026-01-01T09:00");
  await page.getByLabel("Clôture des prises de rendez-vous").fill("2027-03-05T18:00");
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
  await expect(page.getByText(/Matin : 10 mars 2027, de 09:30 à 12:00/)).toBeVisible();
  await expect(page.getByText(/Après-midi : 10 mars 2027, de 14:00 à 16:00/)).toBeVisible();
  await expectAccessible(page);

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await registerAs(page, eventUrl, "Acheteur", "43.32A");
  await signOut(page);
  await signInAs(page, DEMO_ACCOUNTS.supplier2.email, DEMO_PASSWORD);
  await registerAs(page, eventUrl, "Fournisseur");
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.supplier.email, DEMO_PASSWORD);
  await registerAs(page, eventUrl, "Fournisseur");
  await page.getByLabel(`Votre message à ${buyer}`).fill("Nous fabriquons et posons des menuiseries bois pour vos sites.");
  await page.getByRole("button", { name: `Demander un rendez-vous : ${buyer}` }).click();
  await expect(page.getByRole("status")).toContainText("Demande de rendez-vous envoyée.");
  // The joiner fits the buyer's purchase theme: the buyer is suggested to it, with the ranking's reasons.
  const suggested = page.getByRole("region", { name: "Acheteurs dont les besoins vous correspondent" });
  await expect(suggested.getByRole("heading", { name: new RegExp(buyer) })).toBeVisible();
  await expect(suggested).toContainText("activité exacte 43.32A");
  await expect(suggested).toContainText("Demande déjà échangée.");
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await page.goto(`${eventUrl}/espace`);
  const request = page.getByRole("listitem").filter({ hasText: "Nous fabriquons et posons des menuiseries bois" });
  await request.getByRole("button", { name: `Accepter : ${joiner}` }).click();
  await expect(page.getByRole("status")).toContainText("Rendez-vous accepté.");
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto(staffUrl);
  await page.getByRole("button", { name: "Calculer le planning" }).click();
  await expect(page.getByRole("status")).toContainText("Planning calculé");
  await expect(page.getByRole("region", { name: "Planning" })).toContainText(`${buyer} / ${joiner}`);
  await page.getByRole("button", { name: "Publier le planning" }).click();
  await expect(page.getByRole("status")).toContainText("Planning publié");
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, DEMO_ACCOUNTS.buyer.email, DEMO_PASSWORD);
  await page.goto(`${eventUrl}/espace`);
  await expect(page.getByRole("region", { name: "Mon agenda" })).toContainText(joiner);
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ajouter à mon calendrier (ICS)" }).click()]);
  const ics = readFileSync((await download.path())!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(ics).toContain(`SUMMARY:Rendez-vous avec ${joiner}`);
});
