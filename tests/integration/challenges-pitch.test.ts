/**
 * A shortlisted applicant's pitch held within a business-meetings session: only the poster sets it, only in a
 * session of a published event that is not over, at a time inside the session; the applicant reads it with
 * the event's name, place and page, and downloads its calendar file — as the poster and staff do, never
 * another applicant.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { challengeApplications, emails } from "@/db/schema";
import { applyToChallenge, decideApplication, setPitchSlot } from "@/lib/challenges/applications";
import { pitchIcs, pitchSessionChoices } from "@/lib/challenges/pitch";
import { challengeApplicationsFor, challengePage } from "@/lib/challenges/reads";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { addSession, cancelEvent, createEvent } from "@/lib/events/service";
import { parisInstant } from "@/lib/events/times";
import { applicant, applicationInput, publishedChallenge } from "./challenges-fixtures";
import { db, resetDatabase } from "./db";
import { EVENT_DAY, eventInput, morning, publishedEvent } from "./events-fixtures";

beforeEach(resetDatabase);

/** A published challenge with a shortlisted application and another one; a published event with a morning (09:30–12:00, break 10:30–10:45) and an afternoon. */
async function setup() {
  const { staff, group, challenge } = await publishedChallenge();
  const sme = await applicant("Filtres du Garlaban");
  const rival = await applicant("Eau Claire Innovation");
  const app = await applyToChallenge(db(), sme.admin, challenge.id, sme.companyId, applicationInput(), null);
  const rivalApp = await applyToChallenge(db(), rival.admin, challenge.id, rival.companyId, applicationInput(), null);
  await decideApplication(db(), group.admin, app.id, "shortlist");
  await decideApplication(db(), group.admin, rivalApp.id, "shortlist");
  const { event, am, pm } = await publishedEvent();
  return { staff, group, challenge, sme, rival, app, rivalApp, event, am, pm };
}

const at = (time: string) => parisInstant(EVENT_DAY, time);
const stored = async (id: string) => (await db().select().from(challengeApplications).where(eq(challengeApplications.id, id)))[0];
const fieldOf = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return Object.keys((err as ValidationError).fieldErrors);
};

describe("a pitch within a business-meetings session", () => {
  it("is set by the poster in a published session; the applicant, the poster and staff read it with the event's name and place, the applicant is told by e-mail", async () => {
    const { staff, group, challenge, sme, rival, app, event, am, pm } = await setup();
    expect((await pitchSessionChoices(db(), group.member, group.companyId)).map((s) => s.id)).toEqual([am.id, pm.id]);

    await setPitchSlot(db(), group.admin, app.id, at("10:00"), am.id);
    expect(await stored(app.id)).toMatchObject({ pitchAt: at("10:00"), pitchSessionId: am.id });

    const own = (await challengePage(db(), sme.member, challenge.id)).own;
    expect(own?.pitchPlace).toMatchObject({
      eventId: event.id,
      eventTitle: "Journée acheteurs de l'aéronautique",
      sessionLabel: "Matin",
      minutes: 30,
      cancelled: false,
    });
    expect(own?.pitchPlace?.place).toMatch(/^CCI, salle des Calanques, /);
    for (const reader of [group.member, staff]) {
      const listed = (await challengeApplicationsFor(db(), reader, challenge.id)).applications.find((a) => a.id === app.id);
      expect(listed?.pitchPlace?.eventId).toBe(event.id);
    }
    // The other applicant reads nothing of it.
    expect((await challengePage(db(), rival.member, challenge.id)).own?.pitchPlace).toBeNull();

    const [mail] = await db()
      .select({ text: emails.textBody })
      .from(emails)
      .where(and(eq(emails.template, "challenge.pitch")));
    expect(mail.text).toMatch(/pendant « Journée acheteurs de l'aéronautique » \(session « Matin »\)/);

    // A free slot replaces it and forgets the session.
    await setPitchSlot(db(), group.admin, app.id, new Date("2027-02-10T09:00:00Z"));
    expect(await stored(app.id)).toMatchObject({ pitchSessionId: null });
    expect((await challengePage(db(), sme.member, challenge.id)).own?.pitchPlace).toBeNull();
  });

  it("is refused in a session of an unpublished, cancelled or past event, outside the session or in its break, and for anyone but the poster", async () => {
    const { staff, group, sme, rival, app, event, am } = await setup();
    const draft = await createEvent(db(), staff, eventInput({ title: "Brouillon d'événement" }));
    const draftSession = await addSession(db(), staff, draft.id, morning());
    expect((await pitchSessionChoices(db(), group.admin, group.companyId)).map((s) => s.id)).not.toContain(draftSession.id);

    expect(await fieldOf(setPitchSlot(db(), group.admin, app.id, at("10:00"), draftSession.id))).toEqual(["pitchSessionId"]);
    expect(await fieldOf(setPitchSlot(db(), group.admin, app.id, at("10:00"), am.id, new Date("2027-03-11T12:00:00Z")))).toEqual(["pitchSessionId"]);
    expect(await fieldOf(setPitchSlot(db(), group.admin, app.id, at("13:00"), am.id))).toEqual(["pitchAt"]);
    await expect(setPitchSlot(db(), group.admin, app.id, at("13:00"), am.id)).rejects.toMatchObject({
      fieldErrors: { pitchAt: expect.stringContaining("« Matin » (le 10 mars 2027, de 09:30 à 12:00)") },
    });
    expect(await fieldOf(setPitchSlot(db(), group.admin, app.id, at("11:45"), am.id))).toEqual(["pitchAt"]); // ends at 12:15
    expect(await fieldOf(setPitchSlot(db(), group.admin, app.id, at("10:20"), am.id))).toEqual(["pitchAt"]); // runs into the break
    for (const other of [sme.admin, rival.admin, staff]) {
      await expect(setPitchSlot(db(), other, app.id, at("10:00"), am.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await cancelEvent(db(), staff, event.id);
    expect(await fieldOf(setPitchSlot(db(), group.admin, app.id, at("10:00"), am.id))).toEqual(["pitchSessionId"]);
    expect(await stored(app.id)).toMatchObject({ pitchAt: null, pitchSessionId: null });
  });
});

describe("the pitch's calendar file", () => {
  it("holds one event at the slot, one session slot long, at the event's place with its page; for the applicant, poster and staff only", async () => {
    const { staff, group, challenge, sme, rival, app, rivalApp, event, am } = await setup();
    await expect(pitchIcs(db(), sme.member, challenge.id, app.id)).rejects.toBeInstanceOf(NotFoundError); // no slot yet
    await setPitchSlot(db(), group.admin, app.id, at("10:00"), am.id);
    const ics = await pitchIcs(db(), sme.member, challenge.id, app.id);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain(`UID:pitch-${app.id}@circuit-court`);
    expect(ics).toContain("DTSTART:20270310T090000Z"); // 10:00 in Paris, winter time
    expect(ics).toContain("DTEND:20270310T093000Z");
    expect(ics).toContain("SUMMARY:Pitch : Réduire la consommation d'eau des lignes de lavage");
    expect(ics).toMatch(/LOCATION:CCI\\, salle des Calanques/);
    expect(ics.replace(/\r\n /g, "")).toContain(`/evenements/${event.id}`);
    expect(ics.replace(/\r\n /g, "")).toMatch(/Journée acheteurs de l'aéronautique/);

    expect(await pitchIcs(db(), group.member, challenge.id, app.id)).toContain("BEGIN:VEVENT");
    expect(await pitchIcs(db(), staff, challenge.id, app.id)).toContain("BEGIN:VEVENT");
    for (const [who, id] of [
      [rival.member, app.id],
      [null, app.id],
      [sme.member, rivalApp.id],
    ] as const) {
      await expect(pitchIcs(db(), who, challenge.id, id)).rejects.toBeInstanceOf(NotFoundError);
    }

    // A free slot: thirty minutes, the challenge's page, no place.
    await setPitchSlot(db(), group.admin, app.id, new Date("2027-02-10T09:00:00Z"));
    const free = (await pitchIcs(db(), sme.member, challenge.id, app.id)).replace(/\r\n /g, "");
    expect(free).toContain("DTEND:20270210T093000Z");
    expect(free).toContain(`/defis/${challenge.id}`);
    expect(free).not.toContain("LOCATION:");
  });
});
