/**
 * The demo's business meetings (db/seed/demo-events.ts) obey the services' rules: the pages find an upcoming
 * published event whose sessions offer slots (and a pitch may be held there), its participants read their
 * requests and the buyer can still answer the pending one while booking is open; the past event's agendas
 * are published, with check-ins and feedback counted.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { events } from "@/db/schema";
import { ownAgenda } from "@/lib/events/agenda";
import { checkInList, eventFigures } from "@/lib/events/day";
import { publishedEvents, upcomingSessions } from "@/lib/events/reads";
import { answerMeetingRequest, ownMeetingRequests } from "@/lib/events/requests";
import { listSessions } from "@/lib/events/service";
import { sessionSlots } from "@/lib/events/times";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

describe("demo data (db/seed/demo-events.ts)", () => {
  it("seeds an open upcoming event with requests to answer and a past one with its agendas, check-ins and feedback", async () => {
    const { seedEventsDemo } = await import("@/db/seed/demo-events");
    const staff = await staffActor(db());
    const [buyer, joiner, cleaner] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db())];
    const party = (t: typeof buyer) => ({ companyId: t.companyId, userId: t.admin.userId });
    const now = new Date();
    await db().transaction((tx) => seedEventsDemo(tx, { buyer: party(buyer), suppliers: [party(joiner), party(cleaner)], staffUserId: staff.userId }, now));

    const listed = await publishedEvents(db());
    expect(listed.map((e) => e.commune).sort()).toEqual(["Aubagne", "Marseille"]);
    const all = await db().select().from(events);
    const upcoming = all.find((e) => e.scheduleStatus === "none")!;
    const past = all.find((e) => e.scheduleStatus === "published")!;
    expect(upcoming.registrationOpensAt < now && now < upcoming.registrationClosesAt).toBe(true);
    expect(upcoming.bookingOpensAt < now && now < upcoming.bookingClosesAt).toBe(true);
    const sessions = await listSessions(db(), upcoming.id);
    expect(sessions.map((s) => s.label)).toEqual(["Matin", "Après-midi"]);
    expect(sessions.every((s) => s.startsAt > now && sessionSlots(s).length >= 8)).toBe(true);
    // The pitch-session choice of /defis/[id]/candidatures offers the upcoming sessions only.
    expect((await upcomingSessions(db(), now)).map((s) => s.eventId)).toEqual([upcoming.id, upcoming.id]);

    const received = await ownMeetingRequests(db(), buyer.admin, upcoming.id);
    expect(received.map((r) => [r.direction, r.status])).toEqual([
      ["received", "accepted"],
      ["received", "requested"],
    ]);
    expect((await ownMeetingRequests(db(), cleaner.admin, upcoming.id)).map((r) => r.status)).toEqual(["requested"]);
    const pending = received.find((r) => r.status === "requested")!;
    expect((await answerMeetingRequest(db(), buyer.admin, pending.id, true, now)).status).toBe("accepted");

    expect((await ownAgenda(db(), buyer.admin, past.id)).map((m) => [m.sessionLabel, m.table, m.asBuyer])).toEqual([
      ["Matin", 1, true],
      ["Matin", 1, true],
    ]);
    expect(await ownAgenda(db(), joiner.admin, past.id)).toHaveLength(1);
    expect(await ownAgenda(db(), buyer.admin, upcoming.id)).toEqual([]);
    expect((await checkInList(db(), staff, past.id)).map((r) => r.checkedInAt !== null)).toEqual([true, true, true]);
    expect(await eventFigures(db(), staff, past.id, now)).toEqual({
      registrations: 3,
      meetings: 2,
      checked_in: 3,
      held: 2,
      no_shows: 0,
      feedback: 3,
      quotes: 2,
      awards: 0,
    });
  });
});
