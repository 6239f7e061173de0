/**
 * Business meetings (issue 18): a company that is not yet on the platform registers for an event from its
 * public page with its SIRET — the name comes from the establishments directory, a wrong SIRET key is
 * refused on its field — and staff see it in the participant list as « Non membre ». Its own event and
 * establishment (nobody else's data).
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed/generate";
import { withLuhnKey } from "../../lib/companies/siret";
import { expect, expectAccessible, queryDb, signInAs, test } from "./helpers";

const DAY = 86_400_000;

async function openEvent(title: string) {
  const at = (days: number) => new Date(Date.now() + days * DAY);
  const [event] = await queryDb<{ id: string }>(
    `insert into events (title, description, commune_code, venue, registration_opens_at, registration_closes_at, booking_opens_at, booking_closes_at, status, published_at)
     values ($1, 'Rencontres de 30 minutes entre les acheteurs du port et les PME du territoire.', '13005', 'CCI, salle des Calanques', $2, $3, $2, $3, 'published', now()) returning id`,
    [title, at(-1), at(20)],
  );
  const day = at(25).toISOString().slice(0, 10);
  await queryDb(
    `insert into event_sessions (event_id, label, starts_at, ends_at, slot_minutes, tables, max_meetings_per_participant)
     values ($1, 'Matin', $2, $3, 30, 5, 4)`,
    [event.id, `${day}T08:30:00Z`, `${day}T11:00:00Z`],
  );
  return event.id;
}

/** A SIRENE establishment nobody has joined yet. */
async function directoryEstablishment(name: string) {
  const siren = withLuhnKey(String(50000000 + Math.floor(Math.random() * 9_999_999)).slice(0, 8));
  const siret = withLuhnKey(`${siren}0001`);
  await queryDb("insert into companies (siren, siret, legal_name, naf_code, commune_code, source) values ($1, $2, $3, '25.11Z', '13005', 'sirene')", [
    siren,
    siret,
    name,
  ]);
  return siret;
}

test("a non-member registers for an event with its SIRET and staff see it flagged as non-member", async ({ page }) => {
  const title = `Rencontres acheteurs du port ${Date.now()}`;
  const eventId = await openEvent(title);
  const name = `METALLERIE DU GARLABAN ${Date.now()}`;
  const siret = await directoryEstablishment(name);
  const wrongKey = siret.slice(0, 13) + String((Number(siret[13]) + 1) % 10);

  await page.goto(`/evenements/${eventId}`);
  await expect(page.getByRole("heading", { name: "Votre entreprise n'est pas encore sur Circuit Court ?" })).toBeVisible();
  await expectAccessible(page);
  const siretField = page.getByLabel("SIRET de l'établissement");
  await siretField.fill(siret);
  await siretField.blur();
  await expect(page.getByLabel("Nom de l'entreprise")).toHaveValue(name);
  await expect(page.getByText("Trouvée dans l'annuaire des établissements.")).toBeVisible();
  await page.getByLabel("Prénom").fill("Inès");
  await page.locator("#f-lastName").fill("Garcia");
  await page.getByLabel("Adresse e-mail professionnelle").fill(`ines.${Date.now()}@e2e-evenements.fr`);
  await page.getByRole("checkbox", { name: /J'accepte que la CCI enregistre ces informations/ }).check();

  // A typo in the SIRET is refused on its field, and what was typed stays.
  await siretField.fill(wrongKey);
  await page.getByRole("button", { name: "Inscrire mon entreprise à l'événement" }).click();
  await expect(page.locator("#f-siret-error")).toContainText("la clé de contrôle est fausse");
  await expect(page.getByLabel("Prénom")).toHaveValue("Inès");
  await expectAccessible(page);

  await page.getByLabel("SIRET de l'établissement").fill(siret);
  await page.getByRole("checkbox", { name: /J'accepte que la CCI enregistre ces informations/ }).check();
  await page.getByRole("button", { name: "Inscrire mon entreprise à l'événement" }).click();
  await expect(page.getByRole("status")).toContainText("Inscription enregistrée.");
  const [mail] = await queryDb<{ n: number }>(
    "select count(*)::int as n from emails e join event_guest_registrations g on g.email = e.to_address where g.event_id = $1 and e.template = 'event.guest_invited'",
    [eventId],
  );
  expect(mail.n).toBe(1);

  await signInAs(page, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
  await page.goto(`/cci/evenements/${eventId}`);
  const row = page.getByTestId("guest-registration");
  await expect(row).toContainText(name);
  await expect(row).toContainText("Non membre");
  await expect(row).toContainText("Inès Garcia");
  await expectAccessible(page);
});
