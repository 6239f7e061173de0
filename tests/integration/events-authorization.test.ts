/**
 * Who may do what around an event, through the real services: staff alone run events and schedules; a
 * company acts through its own registration only, and never reads another participant's requests.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { eventRegistrations } from "@/db/schema";
import { visibleEvent } from "@/lib/events/access";
import { ownAgenda, tablePlan } from "@/lib/events/agenda";
import { checkIn, giveFeedback } from "@/lib/events/day";
import { meetableParticipants } from "@/lib/events/reads";
import { decideRegistration } from "@/lib/events/registration";
import {
  addMeetingByStaff,
  answerMeetingRequest,
  eventMeetingRequests,
  ownMeetingRequests,
  sendMeetingRequest,
  vetoMeetingRequest,
} from "@/lib/events/requests";
import { computeSchedule, moveMeeting, pinMeeting, publishSchedule } from "@/lib/events/schedule";
import { ownSuggestions, staffSuggestions } from "@/lib/events/suggestions";
import { addSession, createEvent, publishEvent, updateEvent } from "@/lib/events/service";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { buyerAndTwoSuppliers, eventInput, morning, publishedEvent, register } from "./events-fixtures";

beforeEach(resetDatabase);

const DAY = 86_400_000;

async function bookedEvent() {
  const setup = await publishedEvent();
  const { buyer, s1, s2, buyerReg, s1Reg, s2Reg } = await buyerAndTwoSuppliers(setup.event.id, setup.am.id);
  const toS1 = await sendMeetingRequest(db(), buyer.admin, setup.event.id, { toRegistrationId: s1Reg.id, message: "Rencontrons-nous pour nos fenêtres." });
  const toS2 = await sendMeetingRequest(db(), buyer.admin, setup.event.id, { toRegistrationId: s2Reg.id, message: "Message confidentiel pour Bois et Baies." });
  return { ...setup, buyer, s1, s2, buyerReg, s1Reg, s2Reg, toS1, toS2 };
}

describe("staff-only operations", () => {
  it("members, other companies and anonymous visitors cannot run an event or its schedule", async () => {
    const b = await bookedEvent();
    const outsider = await companyWithTeam(db());
    for (const actor of [b.buyer.admin, b.s1.admin, outsider.admin]) {
      await expect(createEvent(db(), actor, eventInput())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateEvent(db(), actor, b.event.id, eventInput())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addSession(db(), actor, b.event.id, morning())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(computeSchedule(db(), actor, b.event.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(publishSchedule(db(), actor, b.event.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(tablePlan(db(), actor, b.event.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(eventMeetingRequests(db(), actor, b.event.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(staffSuggestions(db(), actor, b.event.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addMeetingByStaff(db(), actor, b.event.id, b.buyerReg.id, b.s1Reg.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(vetoMeetingRequest(db(), actor, b.toS1.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(checkIn(db(), actor, b.s1Reg.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(decideRegistration(db(), actor, b.s1Reg.id, false)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(publishSchedule(db(), null, b.event.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    await answerMeetingRequest(db(), b.s1.admin, b.toS1.id, true);
    await computeSchedule(db(), b.staff, b.event.id, { timeLimitSeconds: 5 });
    const [meeting] = (await tablePlan(db(), b.staff, b.event.id)).flatMap((s) => s.slots.flatMap((sl) => sl.meetings));
    await expect(moveMeeting(db(), b.buyer.admin, meeting.meetingId, { sessionId: b.am.id, slotIndex: 3, table: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(pinMeeting(db(), b.s1.admin, meeting.meetingId, true)).rejects.toBeInstanceOf(ForbiddenError);
    // Still unpublished: participants see nothing; staff publish and they do.
    expect(await ownAgenda(db(), b.s1.admin, b.event.id)).toEqual([]);
    await publishSchedule(db(), b.staff, b.event.id);
    expect((await ownAgenda(db(), b.s1.admin, b.event.id)).map((a) => a.otherName)).toEqual(["Aéro Méridien"]);
    expect(await ownAgenda(db(), b.s2.admin, b.event.id)).toEqual([]); // its request was never answered: not placed
  });

  it("a draft event is invisible to members and anonymous visitors, and closed to registration", async () => {
    const staff = await staffActor(db());
    const draft = await createEvent(db(), staff, eventInput());
    const session = await addSession(db(), staff, draft.id, morning());
    const member = await companyWithTeam(db());
    await expect(visibleEvent(db(), null, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(visibleEvent(db(), member.admin, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await visibleEvent(db(), staff, draft.id)).id).toBe(draft.id);
    await expect(register(member.admin, draft.id, member.companyId, { role: "supplier", sessionIds: [session.id] })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a participant sees and answers only its own requests", () => {
  it("a supplier never reads another participant's requests, nor answers them", async () => {
    const b = await bookedEvent();
    const s1Sees = await ownMeetingRequests(db(), b.s1.admin, b.event.id);
    expect(s1Sees.map((r) => r.id)).toEqual([b.toS1.id]);
    expect(JSON.stringify(s1Sees)).not.toContain("confidentiel");
    // The buyer sees both of its requests, staff every request.
    expect((await ownMeetingRequests(db(), b.buyer.admin, b.event.id)).map((r) => r.id).sort()).toEqual([b.toS1.id, b.toS2.id].sort());
    expect(await eventMeetingRequests(db(), b.staff, b.event.id)).toHaveLength(2);
    // s1 cannot answer s2's request, nor the buyer its own; an outsider has no registration at all.
    await expect(answerMeetingRequest(db(), b.s1.admin, b.toS2.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerMeetingRequest(db(), b.buyer.admin, b.toS1.id, true)).rejects.toBeInstanceOf(NotFoundError);
    const outsider = await companyWithTeam(db());
    await expect(ownMeetingRequests(db(), outsider.admin, b.event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(ownMeetingRequests(db(), null, b.event.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    // A supplier may ask buyers only: the other supplier is not offered.
    expect((await meetableParticipants(db(), b.s1.admin, b.event.id)).map((p) => p.name)).toEqual(["Aéro Méridien"]);
    await expect(meetableParticipants(db(), outsider.admin, b.event.id)).rejects.toBeInstanceOf(NotFoundError);
    // Suppliers see only the suggestions about themselves.
    const { asSupplier, asBuyer } = await ownSuggestions(db(), b.s1.admin, b.event.id);
    expect(asBuyer).toEqual([]);
    expect(asSupplier.every((s) => s.supplierRegistrationId === b.s1Reg.id)).toBe(true);
  });

  it("meetings join a buyer and a supplier, within the booking window; a vetoed pair is never scheduled", async () => {
    const b = await bookedEvent();
    await expect(
      sendMeetingRequest(db(), b.s1.admin, b.event.id, { toRegistrationId: b.s2Reg.id, message: "Entre fournisseurs, parlons-en." }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      sendMeetingRequest(db(), b.buyer.admin, b.event.id, { toRegistrationId: b.s1Reg.id, message: "Une seconde demande identique." }),
    ).rejects.toBeInstanceOf(ConflictError);
    await answerMeetingRequest(db(), b.s1.admin, b.toS1.id, true);
    await answerMeetingRequest(db(), b.s2.admin, b.toS2.id, true);
    await vetoMeetingRequest(db(), b.staff, b.toS2.id);
    await computeSchedule(db(), b.staff, b.event.id, { timeLimitSeconds: 5 });
    const placed = (await tablePlan(db(), b.staff, b.event.id)).flatMap((s) => s.slots.flatMap((sl) => sl.meetings));
    expect(placed.map((m) => m.supplierName)).toEqual(["Menuiserie Roux"]);
    const late = new Date(Date.now() + 20 * DAY);
    await expect(
      sendMeetingRequest(db(), b.s2.admin, b.event.id, { toRegistrationId: b.buyerReg.id, message: "Trop tard pour demander ?" }, late),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("registration rules", () => {
  it("checks people, window, capacity and validation by staff", async () => {
    const { staff, event, am } = await publishedEvent({ capacity: "2", validateRegistrations: "on" });
    const a = await companyWithTeam(db());
    const b = await companyWithTeam(db());
    const c = await companyWithTeam(db());
    // Only members of the company may be sent; only a member of the company registers it.
    await expect(register(a.admin, event.id, a.companyId, { role: "supplier", sessionIds: [am.id], personIds: [b.admin.userId] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(register(b.admin, event.id, a.companyId, { role: "supplier", sessionIds: [am.id] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(register(a.admin, event.id, a.companyId, { role: "supplier", sessionIds: [am.id] })).resolves.toMatchObject({ status: "pending" });
    await expect(registerLate(a.admin, event.id, a.companyId, am.id)).rejects.toBeInstanceOf(ConflictError);
    await register(b.admin, event.id, b.companyId, { role: "buyer", sessionIds: [am.id], themeCodes: ["43.32A"] });
    await expect(register(c.admin, event.id, c.companyId, { role: "supplier", sessionIds: [am.id] })).rejects.toThrow("L'événement est complet.");
    // Pending: no requests until staff accept.
    const [aReg] = await db().select().from(eventRegistrations).where(eq(eventRegistrations.companyId, a.companyId));
    await expect(ownSuggestions(db(), a.admin, event.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await decideRegistration(db(), staff, aReg.id, true)).status).toBe("accepted");
    expect((await ownSuggestions(db(), a.admin, event.id)).asSupplier).toEqual([]);
    await expect(
      giveFeedback(db(), a.admin, "00000000-0000-4000-8000-000000000000", { rating: 5, outcome: "nothing", comment: undefined }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishEvent(db(), staff, event.id)).rejects.toBeInstanceOf(ConflictError);
  });
});

async function registerLate(actor: Parameters<typeof register>[0], eventId: string, companyId: string, sessionId: string) {
  const { registerCompany } = await import("@/lib/events/registration");
  const { ZRegistrationInput } = await import("@/lib/events/schemas");
  return registerCompany(
    db(),
    actor,
    eventId,
    companyId,
    ZRegistrationInput.parse({ role: "supplier", sessionIds: [sessionId], personIds: [actor.userId] }),
    new Date(Date.now() + 30 * DAY),
  );
}
