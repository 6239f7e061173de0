/**
 * Non-members register for an event with a SIRET, without an account: the registration, its audit row and
 * the invitation e-mail (queued through the outbox) commit together, or nothing does.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, companies, emails, eventGuestRegistrations } from "@/db/schema";
import { ZGuestRegistrationInput } from "@/lib/events/guest-schema";
import { establishmentBySiret, registerGuest, staffGuestRegistrations } from "@/lib/events/guests";
import { registerCompany } from "@/lib/events/registration";
import { ZRegistrationInput } from "@/lib/events/schemas";
import { addSession, createEvent } from "@/lib/events/service";
import { SIRET_MESSAGES } from "@/lib/companies/siret";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { uniqueSiret } from "../factories/accounts";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { eventInput, morning, publishedEvent } from "./events-fixtures";

beforeEach(resetDatabase);

const guestInput = (over: Record<string, string> = {}) =>
  ZGuestRegistrationInput.parse({
    siret: uniqueSiret(),
    companyName: "Atelier Provençal de Métallerie",
    role: "supplier",
    firstName: "Inès",
    lastName: "Garcia",
    email: "ines.garcia@atelier-metal.fr",
    consent: "on",
    ...over,
  });

/** Everything a guest registration may write: its rows, audit rows, e-mails and their jobs. */
async function written() {
  const [{ n: jobs }] = (await db().execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send_email'`)).rows;
  return {
    guests: (await db().select().from(eventGuestRegistrations)).length,
    audit: (await db().select().from(auditLog).where(eq(auditLog.action, "event.register_guest"))).length,
    emails: (await db().select().from(emails).where(eq(emails.template, "event.guest_invited"))).length,
    jobs,
  };
}

/** A SIRENE establishment nobody has joined yet (what the stock import writes). */
async function directoryCompany(siret: string, legalName: string) {
  const [c] = await db()
    .insert(companies)
    .values({ siret, siren: siret.slice(0, 9), legalName, nafCode: "25.11Z", communeCode: "13005", source: "sirene" })
    .returning();
  return c;
}

describe("guest registration", () => {
  it("registers a known establishment, queues the invitation to sign the charter and lists it to staff as non-member", async () => {
    const { staff, event } = await publishedEvent();
    const siret = uniqueSiret();
    const known = await directoryCompany(siret, "METALLERIE DU GARLABAN");
    expect(await establishmentBySiret(db(), siret)).toMatchObject({ id: known.id, name: "METALLERIE DU GARLABAN", member: false, active: true });

    const guest = await registerGuest(
      db(),
      event.id,
      guestInput({ siret: `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`, companyName: "Métallerie du Garlaban" }),
    );
    expect(guest).toMatchObject({ siret, companyId: known.id, companyName: "Métallerie du Garlaban", role: "supplier", email: "ines.garcia@atelier-metal.fr" });
    expect(await written()).toEqual({ guests: 1, audit: 1, emails: 1, jobs: 1 });
    const [mail] = await db().select().from(emails).where(eq(emails.template, "event.guest_invited"));
    expect(mail.toAddress).toBe("ines.garcia@atelier-metal.fr");
    expect(mail.textBody).toContain("Bonjour Inès");
    expect(mail.textBody).toMatch(/signez sa charte/);
    expect(mail.textBody).toMatch(/\/inscription/);

    const listed = await staffGuestRegistrations(db(), staff, event.id);
    expect(listed.map((g) => g.companyName)).toEqual(["Métallerie du Garlaban"]);
  });

  it("accepts a SIRET unknown to the directory, with the name typed", async () => {
    const { event } = await publishedEvent();
    const guest = await registerGuest(db(), event.id, guestInput());
    expect(guest.companyId).toBeNull();
    expect(await written()).toMatchObject({ guests: 1, emails: 1 });
  });

  it("refuses a SIRET whose Luhn key is wrong, in French, on the field", () => {
    const valid = uniqueSiret();
    const wrongKey = valid.slice(0, 13) + String((Number(valid[13]) + 1) % 10);
    const parsed = ZGuestRegistrationInput.safeParse({ ...guestInput(), siret: wrongKey, consent: "on" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["siret", SIRET_MESSAGES.siret_key]]);
    const missing = ZGuestRegistrationInput.safeParse({ siret: "123", companyName: "", role: "x", firstName: "", lastName: "", email: "nope" });
    expect(Object.keys(Object.fromEntries(missing.error?.issues.map((i) => [i.path[0], i.message]) ?? [])).sort()).toEqual([
      "companyName",
      "consent",
      "email",
      "firstName",
      "lastName",
      "role",
      "siret",
    ]);
  });

  it("refuses a second registration of the same establishment, and writes nothing more", async () => {
    const { event } = await publishedEvent();
    const input = guestInput();
    await registerGuest(db(), event.id, input);
    const err = await registerGuest(db(), event.id, { ...input, email: "autre.personne@atelier-metal.fr" }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.siret).toMatch(/déjà inscrite à cet événement/);
    expect(await written()).toEqual({ guests: 1, audit: 1, emails: 1, jobs: 1 });
  });

  it("refuses closed, draft and full events, and a company that is already a member, writing nothing", async () => {
    const { event: closed } = await publishedEvent();
    await expect(registerGuest(db(), closed.id, guestInput(), new Date(closed.registrationClosesAt.getTime() + 1000))).rejects.toBeInstanceOf(ConflictError);

    const staff = await staffActor(db());
    const draft = await createEvent(db(), staff, eventInput());
    await addSession(db(), staff, draft.id, morning());
    await expect(registerGuest(db(), draft.id, guestInput())).rejects.toBeInstanceOf(NotFoundError);

    const member = await companyWithTeam(db());
    const [{ siret }] = await db().select({ siret: companies.siret }).from(companies).where(eq(companies.id, member.companyId));
    const err = await registerGuest(db(), closed.id, guestInput({ siret })).catch((e) => e);
    expect((err as ValidationError).fieldErrors.siret).toMatch(/déjà membre/);
    expect(await written()).toEqual({ guests: 0, audit: 0, emails: 0, jobs: 0 });

    const { event: small } = await publishedEvent({ capacity: "2" });
    await registerGuest(db(), small.id, guestInput());
    await registerGuest(db(), small.id, guestInput());
    await expect(registerGuest(db(), small.id, guestInput())).rejects.toThrow("L'événement est complet.");
    expect(await written()).toMatchObject({ guests: 2, emails: 2 });
  });

  it("writes nothing when the invitation cannot be queued (one transaction)", async () => {
    const { event } = await publishedEvent();
    await db().execute(sql`create function cc_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'mail queue down'; end $$`);
    await db().execute(sql`create trigger cc_test_refuse before insert on emails for each row execute function cc_test_refuse()`);
    try {
      await expect(registerGuest(db(), event.id, guestInput())).rejects.toThrow();
    } finally {
      await db().execute(sql`drop trigger cc_test_refuse on emails`);
      await db().execute(sql`drop function cc_test_refuse()`);
    }
    expect(await written()).toEqual({ guests: 0, audit: 0, emails: 0, jobs: 0 });
  });

  it("gives its place to the member registration once the company has joined", async () => {
    const { event, am } = await publishedEvent({ capacity: "2" });
    const siret = uniqueSiret();
    await directoryCompany(siret, "METALLERIE DU GARLABAN");
    await registerGuest(db(), event.id, guestInput({ siret }));
    await registerGuest(db(), event.id, guestInput());
    // The guest signs the charter (the sign-up claims the directory's establishment), then registers as a member.
    const joined = await companyWithTeam(db(), { siret });
    await registerCompany(
      db(),
      joined.admin,
      event.id,
      joined.companyId,
      ZRegistrationInput.parse({ role: "supplier", sessionIds: [am.id], personIds: [joined.admin.userId], needIds: [], themeCodes: [], offerIds: [] }),
    );
    const left = await db().select({ siret: eventGuestRegistrations.siret }).from(eventGuestRegistrations);
    expect(left).toHaveLength(1);
    expect(left[0].siret).not.toBe(siret);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "event.guest_became_member"))).toHaveLength(1);
  });
});
