/**
 * Business meetings end to end against a real PostgreSQL: staff create and publish an event with two
 * sessions, a buyer and suppliers register, the matching engine suggests suppliers with reasons, requests
 * are made and accepted, the schedule is computed, published (e-mails), moved by hand, and read as an
 * agenda and an iCalendar file; check-in and feedback after.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq, like, sql } from "drizzle-orm";
import { auditLog, emails, eventMeetings, events } from "@/db/schema";
import { ownAgenda, ownAgendaIcs, tablePlan } from "@/lib/events/agenda";
import { checkIn, checkInList, eventFigures, giveFeedback } from "@/lib/events/day";
import { addMeetingByStaff, answerMeetingRequest, ownMeetingRequests, sendMeetingRequest } from "@/lib/events/requests";
import { sendEventReminders } from "@/lib/events/reminders";
import { computeSchedule, moveMeeting, publishSchedule } from "@/lib/events/schedule";
import { ownSuggestions } from "@/lib/events/suggestions";
import { ZFeedbackInput } from "@/lib/events/schemas";
import { addSession, createEvent, publishEvent } from "@/lib/events/service";
import { sessionSlots } from "@/lib/events/times";
import { ConflictError, ValidationError } from "@/lib/errors";
import { staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { companyOf, eventInput, morning, publishedEvent, register } from "./events-fixtures";

beforeEach(resetDatabase);

describe("sessions and slots", () => {
  it("cuts a session into back-to-back slots that skip its break, in Paris time", async () => {
    const slots = sessionSlots(morning());
    // 09:30, 10:00, (break 10:30–10:45), 10:45, 11:15 — 11:45 would end past 12:00.
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      "2027-03-10T08:30:00.000Z",
      "2027-03-10T09:00:00.000Z",
      "2027-03-10T09:45:00.000Z",
      "2027-03-10T10:15:00.000Z",
    ]);
  });

  it("a draft needs a session before it is published, and publishing is audited", async () => {
    const staff = await staffActor(db());
    const event = await createEvent(db(), staff, eventInput());
    expect(event.status).toBe("draft");
    await expect(publishEvent(db(), staff, event.id)).rejects.toBeInstanceOf(ConflictError);
    await addSession(db(), staff, event.id, morning());
    expect((await publishEvent(db(), staff, event.id)).status).toBe("published");
    const actions = (await db().select().from(auditLog).where(eq(auditLog.objectId, event.id)).orderBy(auditLog.id)).map((a) => a.action);
    expect(actions).toEqual(["event.create", "event.add_session", "event.publish"]);
  });
});

describe("an event from registration to feedback", () => {
  it("suggests, books, schedules, publishes and serves agendas", async () => {
    const { staff, event, am, pm } = await publishedEvent();
    const buyer = await companyOf("30.30Z", "Aéro Méridien");
    const joiner = await companyOf("43.32A", "Menuiserie Roux");
    const joiner2 = await companyOf("43.32A", "Menuiserie Garcin", "13070");
    const cook = await companyOf("56.10A", "Restaurant du Port");

    const buyerReg = await register(buyer.admin, event.id, buyer.companyId, { role: "buyer", sessionIds: [am.id, pm.id], themeCodes: ["43.32A"] });
    const joinerReg = await register(joiner.member, event.id, joiner.companyId, { role: "supplier", sessionIds: [am.id] });
    const joiner2Reg = await register(joiner2.admin, event.id, joiner2.companyId, { role: "supplier", sessionIds: [am.id, pm.id] });
    const cookReg = await register(cook.admin, event.id, cook.companyId, { role: "supplier", sessionIds: [pm.id] });
    expect(buyerReg.status).toBe("accepted"); // this event does not validate registrations
    expect(await db().select().from(emails).where(eq(emails.template, "event.registered"))).toHaveLength(4);

    // The matching engine proposes the two joiners (with reasons), not the restaurant.
    const { asBuyer } = await ownSuggestions(db(), buyer.member, event.id);
    expect(asBuyer.map((s) => s.supplierRegistrationId).sort()).toEqual([joinerReg.id, joiner2Reg.id].sort());
    expect(asBuyer[0].supplierRegistrationId).toBe(joinerReg.id); // same commune ranks first
    // The strongest parts' sentences: its profile's words and its trade, 43.32A (weights version 4).
    expect(asBuyer[0].reasons.join(" ")).toMatch(/sa fiche reprend les mots du besoin : .*menuiserie/);
    expect(asBuyer[0].reasons.join(" ")).toMatch(/son métier, 43\.32A/);
    const { asSupplier } = await ownSuggestions(db(), joiner.admin, event.id);
    expect(asSupplier.map((s) => s.buyerName)).toEqual(["Aéro Méridien"]);
    expect((await ownSuggestions(db(), cook.admin, event.id)).asSupplier).toEqual([]);

    // One request accepted, one mutual (both asked), one added by staff.
    const r1 = await sendMeetingRequest(db(), buyer.admin, event.id, { toRegistrationId: joinerReg.id, message: "Nous renouvelons nos menuiseries en 2027." });
    const [received] = await db().select().from(emails).where(eq(emails.template, "event.request_received"));
    expect(received.textBody).toContain("Nous renouvelons nos menuiseries en 2027.");
    await answerMeetingRequest(db(), joiner.member, r1.id, true);
    const r2 = await sendMeetingRequest(db(), joiner2.admin, event.id, { toRegistrationId: buyerReg.id, message: "Nous posons des baies vitrées." });
    const folded = await sendMeetingRequest(db(), buyer.member, event.id, { toRegistrationId: joiner2Reg.id, message: "Avec plaisir, rencontrons-nous." });
    expect(folded.id).toBe(r2.id);
    expect(folded).toMatchObject({ status: "accepted", mutual: true });
    await addMeetingByStaff(db(), staff, event.id, buyerReg.id, cookReg.id);
    expect((await ownMeetingRequests(db(), buyer.admin, event.id)).map((r) => [r.otherName, r.status])).toEqual([
      ["Menuiserie Roux", "accepted"],
      ["Menuiserie Garcin", "accepted"],
      ["Restaurant du Port", "accepted"],
    ]);

    // Staff compute: all three placed, each in a session both sides attend, never two at once for anyone.
    const result = await computeSchedule(db(), staff, event.id, { timeLimitSeconds: 5 });
    expect(result.value).toBe(8); // accepted one-sided 2 + mutual 3 + added by staff 3
    expect(result.bound).toBeGreaterThanOrEqual(result.value);
    const placed = await db().select().from(eventMeetings).where(eq(eventMeetings.eventId, event.id));
    expect(placed).toHaveLength(3);
    expect(placed.find((m) => m.supplierRegistrationId === cookReg.id)?.sessionId).toBe(pm.id);
    expect(placed.find((m) => m.supplierRegistrationId === joinerReg.id)?.sessionId).toBe(am.id);
    expect(new Set(placed.map((m) => m.startsAt.toISOString())).size).toBe(3); // the buyer is in all three
    expect((await db().select().from(events).where(eq(events.id, event.id)))[0]).toMatchObject({ scheduleStatus: "computed", scheduleValue: 8 });

    // Nothing shows to participants before publication.
    expect(await ownAgenda(db(), buyer.admin, event.id)).toEqual([]);
    const published = await publishSchedule(db(), staff, event.id);
    expect(published).toMatchObject({ meetings: 3, announced: 3 });
    const scheduleMails = await db().select().from(emails).where(eq(emails.template, "event.schedule_published"));
    expect(scheduleMails).toHaveLength(4); // one per registered person
    expect(scheduleMails.find((m) => m.toUserId === buyer.admin.userId)?.textBody).toContain("3 rendez-vous vous sont attribués");
    // One reminder job, the day before the first session; it e-mails each participant with meetings.
    const reminders = (
      await db().execute<{ key: string; run_at: Date }>(sql`select key, run_at from graphile_worker.jobs where task_identifier = 'event_reminder'`)
    ).rows;
    expect(reminders.map((r) => [r.key, new Date(r.run_at).toISOString()])).toEqual([[`event-reminder:${event.id}`, "2027-03-09T08:30:00.000Z"]]);
    expect(await sendEventReminders(db(), event.id)).toBe(4);
    const [reminder] = await db()
      .select()
      .from(emails)
      .where(and(eq(emails.template, "event.reminder"), eq(emails.toUserId, buyer.admin.userId)));
    expect(reminder.textBody).toContain("3 rendez-vous vous attendent, le premier à 09:30");

    const agenda = await ownAgenda(db(), buyer.admin, event.id);
    expect(agenda.map((a) => a.otherName).sort()).toEqual(["Menuiserie Garcin", "Menuiserie Roux", "Restaurant du Port"]);
    expect(agenda.every((a) => a.asBuyer)).toBe(true);
    const ics = await ownAgendaIcs(db(), joiner.admin, event.id);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("SUMMARY:Rendez-vous avec Aéro Méridien (table");
    const joinerMeeting = placed.find((m) => m.supplierRegistrationId === joinerReg.id)!;
    expect(ics).toContain(`DTSTART:${joinerMeeting.startsAt.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`);

    // Staff move a meeting: not onto a slot where the buyer is busy; onto a free one it is pinned and re-announced.
    const mutualMeeting = placed.find((m) => m.supplierRegistrationId === joiner2Reg.id)!;
    await expect(
      moveMeeting(db(), staff, mutualMeeting.id, { sessionId: joinerMeeting.sessionId, slotIndex: joinerMeeting.slotIndex, table: 2 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(moveMeeting(db(), staff, joinerMeeting.id, { sessionId: pm.id, slotIndex: 0, table: 1 })).rejects.toBeInstanceOf(ValidationError);
    const freeSlot = sessionSlots(am)
      .map((s) => s.index)
      .find((i) => !placed.some((m) => m.sessionId === am.id && m.slotIndex === i))!;
    const moved = await moveMeeting(db(), staff, mutualMeeting.id, { sessionId: am.id, slotIndex: freeSlot, table: 2 });
    expect(moved).toMatchObject({ pinned: true, announcedAt: null, tableNumber: 2, slotIndex: freeSlot });
    // A recomputation keeps the pinned meeting exactly there; republishing tells only those concerned.
    await computeSchedule(db(), staff, event.id, { timeLimitSeconds: 5 });
    const [kept] = await db()
      .select()
      .from(eventMeetings)
      .where(and(eq(eventMeetings.eventId, event.id), eq(eventMeetings.supplierRegistrationId, joiner2Reg.id)));
    expect(kept).toMatchObject({ id: mutualMeeting.id, pinned: true, sessionId: am.id, slotIndex: freeSlot, tableNumber: 2 });
    const again = await publishSchedule(db(), staff, event.id);
    expect(again.announced).toBe(1);
    const changed = await db().select().from(emails).where(eq(emails.template, "event.schedule_changed"));
    expect(changed.map((m) => m.toUserId).sort()).toEqual([buyer.admin.userId, joiner2.admin.userId].sort());

    const plan = await tablePlan(db(), staff, event.id);
    expect(plan.map((s) => s.label)).toEqual(["Matin", "Après-midi"]);
    expect(plan.flatMap((s) => s.slots.flatMap((sl) => sl.meetings))).toHaveLength(3);

    // The day and after.
    expect(await checkIn(db(), staff, joinerReg.id)).toBe(true);
    expect(await checkIn(db(), staff, joinerReg.id)).toBe(false);
    expect((await checkInList(db(), staff, event.id, "menuis")).map((r) => [r.name, r.checkedInAt !== null])).toEqual([
      ["Menuiserie Garcin", false],
      ["Menuiserie Roux", true],
    ]);
    expect((await checkInList(db(), staff, event.id, "roux")).map((r) => r.name)).toEqual(["Menuiserie Roux"]);
    const feedback = ZFeedbackInput.parse({ rating: "5", outcome: "quote", comment: "Devis demandé pour 40 fenêtres." });
    await expect(giveFeedback(db(), joiner.admin, joinerMeeting.id, feedback, new Date("2027-03-01T00:00:00Z"))).rejects.toBeInstanceOf(ConflictError);
    await giveFeedback(db(), joiner.admin, joinerMeeting.id, feedback, new Date("2027-03-11T00:00:00Z"));
    expect(await eventFigures(db(), staff, event.id)).toEqual({
      registrations: 4,
      meetings: 3,
      checked_in: 1,
      held: 0,
      no_shows: 0,
      feedback: 1,
      quotes: 1,
      awards: 0,
    });
    // After the day: the buyer was never checked in, so none of its meetings was held.
    expect(await eventFigures(db(), staff, event.id, new Date("2027-03-11T00:00:00Z"))).toMatchObject({ held: 0, no_shows: 3 });
    expect(await db().select().from(auditLog).where(like(auditLog.action, "event.%_schedule"))).toHaveLength(4);
  });
});
