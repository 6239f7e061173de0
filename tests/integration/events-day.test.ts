/**
 * The day of a business meetings event and after: the printable PDF agenda is its participant's only
 * (route handler included), the check-in link of its QR code works for staff only and refuses forged
 * tokens, meetings with an absent side count as no-shows once the session is over.
 */
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ownAgendaPdf } from "@/lib/events/agenda-pdf";
import { tablePlan } from "@/lib/events/agenda";
import { checkInPath, checkInToken } from "@/lib/events/check-in-token";
import { checkInByToken, checkInTarget, eventFigures, giveFeedback } from "@/lib/events/day";
import { buyerEventOutcomes, territoryEventOutcomes } from "@/lib/events/outcomes";
import { answerMeetingRequest, cancelMeetingRequest, sendMeetingRequest } from "@/lib/events/requests";
import { computeSchedule, publishSchedule } from "@/lib/events/schedule";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { and, eq } from "drizzle-orm";
import { awards, emails, eventMeetings, meetingRequests } from "@/db/schema";
import { companyWithTeam } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";
import { buyerAndTwoSuppliers, publishedEvent } from "./events-fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/auth/auth", () => ({ signIn: async () => {}, signOut: async () => {}, auth: async () => null, handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", origin: "http://localhost", host: "localhost" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
const pdfRoute = await import("@/app/evenements/[id]/agenda.pdf/route");

beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
});
beforeEach(resetDatabase);

const AFTER = new Date("2027-03-11T00:00:00Z");

/** A buyer meets one supplier (accepted, scheduled, published); a second supplier has no meeting. */
async function scheduledDay() {
  const setup = await publishedEvent();
  const { buyer, s1, s2, buyerReg, s1Reg, s2Reg } = await buyerAndTwoSuppliers(setup.event.id, setup.am.id);
  const request = await sendMeetingRequest(db(), buyer.admin, setup.event.id, { toRegistrationId: s1Reg.id, message: "Rencontrons-nous pour nos fenêtres." });
  await answerMeetingRequest(db(), s1.admin, request.id, true);
  await computeSchedule(db(), setup.staff, setup.event.id, { timeLimitSeconds: 5 });
  await publishSchedule(db(), setup.staff, setup.event.id);
  return { ...setup, buyer, s1, s2, buyerReg, s1Reg, s2Reg, request };
}

const pdfText = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("the printable PDF agenda", () => {
  it("is a PDF of the participant's own agenda, with its own check-in link; anyone else gets « introuvable »", async () => {
    const d = await scheduledDay();
    const pdf = pdfText(await ownAgendaPdf(db(), d.s1.admin, d.event.id));
    expect(pdf.startsWith("%PDF-")).toBe(true);
    // The QR code is also a link annotation (uncompressed): it carries this participant's check-in path.
    expect(pdf).toContain(checkInPath(d.s1Reg.id));
    expect(pdf).not.toContain(d.buyerReg.id);
    const outsider = await companyWithTeam(db());
    await expect(ownAgendaPdf(db(), outsider.admin, d.event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(ownAgendaPdf(db(), d.staff, d.event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(ownAgendaPdf(db(), null, d.event.id)).rejects.toBeInstanceOf(UnauthenticatedError);

    const get = () => new NextRequest(new URL(`/evenements/${d.event.id}/agenda.pdf`, "http://localhost"));
    const params = { params: Promise.resolve({ id: d.event.id }) };
    session.actor = d.buyer.admin;
    const ok = await pdfRoute.GET(get(), params);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toContain("attachment");
    expect(pdfText(new Uint8Array(await ok.arrayBuffer()))).toContain(checkInPath(d.buyerReg.id));
    session.actor = outsider.admin;
    expect((await pdfRoute.GET(get(), params)).status).toBe(404);
    session.actor = d.staff;
    expect((await pdfRoute.GET(get(), params)).status).toBe(404);
    session.actor = null;
    expect((await pdfRoute.GET(get(), params)).status).toBe(401);
  });
});

describe("check-in by the QR code's link", () => {
  it("staff only; a forged or altered token is « introuvable »; checking in twice is harmless", async () => {
    const d = await scheduledDay();
    const token = checkInToken(d.s1Reg.id);
    for (const actor of [d.s1.admin, d.buyer.admin]) {
      await expect(checkInByToken(db(), actor, token)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(checkInTarget(db(), actor, token)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(checkInByToken(db(), null, token)).rejects.toBeInstanceOf(UnauthenticatedError);
    const forged = `${d.s2Reg.id}.${token.split(".")[1]}`;
    await expect(checkInByToken(db(), d.staff, forged)).rejects.toBeInstanceOf(NotFoundError);
    await expect(checkInTarget(db(), d.staff, `${token}x`)).rejects.toBeInstanceOf(NotFoundError);
    expect(await checkInTarget(db(), d.staff, token)).toMatchObject({ name: "Menuiserie Roux", checkedInAt: null, eventId: d.event.id });
    expect(await checkInByToken(db(), d.staff, token)).toBe(true);
    expect(await checkInByToken(db(), d.staff, token)).toBe(false);
    expect((await checkInTarget(db(), d.staff, token)).checkedInAt).toBeInstanceOf(Date);
  });
});

describe("no-shows", () => {
  it("once the session is over, a meeting with a side not checked in is not held", async () => {
    const d = await scheduledDay();
    await checkInByToken(db(), d.staff, checkInToken(d.s1Reg.id));
    const during = await eventFigures(db(), d.staff, d.event.id);
    expect(during).toMatchObject({ meetings: 1, checked_in: 1, held: 0, no_shows: 0 });
    expect(await eventFigures(db(), d.staff, d.event.id, AFTER)).toMatchObject({ held: 0, no_shows: 1 });
    const [meeting] = (await tablePlan(db(), d.staff, d.event.id, AFTER)).flatMap((s) => s.slots.flatMap((sl) => sl.meetings));
    expect(meeting.absent).toEqual(["buyer"]);
    // Staff catch up with the list: the meeting counts as held.
    await checkInByToken(db(), d.staff, checkInToken(d.buyerReg.id));
    expect(await eventFigures(db(), d.staff, d.event.id, AFTER)).toMatchObject({ held: 1, no_shows: 0 });
  });
});

describe("business meetings feed the dashboards", () => {
  it("held meetings → answers → awards, and the purchases they started with their local share; each reader its own", async () => {
    const d = await scheduledDay();
    const period = { from: "2027-01", to: "2027-12" };
    const [meeting] = (await tablePlan(db(), d.staff, d.event.id, AFTER)).flatMap((s) => s.slots.flatMap((sl) => sl.meetings));
    // Not checked in: nothing was held, whatever the feedback says.
    await giveFeedback(db(), d.s1.admin, meeting.meetingId, { rating: 4, outcome: "award", comment: undefined }, AFTER);
    expect(await territoryEventOutcomes(db(), d.staff, period, AFTER)).toMatchObject({ held: 0, followedByAward: 0 });
    for (const reg of [d.buyerReg, d.s1Reg]) await checkInByToken(db(), d.staff, checkInToken(reg.id));
    // A purchase on the platform after the meeting, and one before it (not started at the event).
    const need = await publishedNeed(db(), d.buyer.admin, d.buyer.companyId, d.staff);
    await db()
      .insert(awards)
      .values([
        {
          needId: need.id,
          buyerCompanyId: d.buyer.companyId,
          supplierCompanyId: d.s1.companyId,
          amountEur: 12000,
          awardedOn: new Date("2027-04-02T10:00:00Z"),
        },
        { needId: need.id, buyerCompanyId: d.buyer.companyId, supplierCompanyId: d.s1.companyId, amountEur: 500, awardedOn: new Date("2027-02-02T10:00:00Z") },
      ]);
    const expected = { held: 1, withFeedback: 1, followedByAnswer: 1, followedByAward: 1, purchases: 1, amount: 12000, localAmount: 12000 };
    expect(await territoryEventOutcomes(db(), d.staff, period, AFTER)).toEqual(expected);
    expect(await buyerEventOutcomes(db(), d.buyer.admin, d.buyer.companyId, period, AFTER)).toEqual(expected);
    expect(await buyerEventOutcomes(db(), d.s2.admin, d.s2.companyId, period, AFTER)).toMatchObject({ held: 0, purchases: 0 });
    // Another period sees none of it.
    expect(await territoryEventOutcomes(db(), d.staff, { from: "2026-01", to: "2026-12" }, AFTER)).toMatchObject({ held: 0, purchases: 0 });
    await expect(territoryEventOutcomes(db(), d.buyer.admin, period, AFTER)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(buyerEventOutcomes(db(), d.s2.admin, d.buyer.companyId, period, AFTER)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("a participant cancels its own request", () => {
  it("only its sender; a placed meeting is removed and the other side told; not once the meeting has started", async () => {
    const d = await scheduledDay();
    const [placed] = await db().select().from(eventMeetings).where(eq(eventMeetings.eventId, d.event.id));
    const outsider = await companyWithTeam(db());
    for (const actor of [d.s1.admin, d.s2.admin, outsider.admin, d.staff]) {
      await expect(cancelMeetingRequest(db(), actor, d.request.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(cancelMeetingRequest(db(), d.buyer.admin, d.request.id, new Date(placed.startsAt.getTime() + 60_000))).rejects.toThrow("déjà commencé");
    expect(await cancelMeetingRequest(db(), d.buyer.admin, d.request.id)).toMatchObject({ status: "cancelled" });
    expect(await db().select().from(eventMeetings).where(eq(eventMeetings.eventId, d.event.id))).toEqual([]);
    const [mail] = await db()
      .select()
      .from(emails)
      .where(and(eq(emails.template, "event.request_cancelled"), eq(emails.toUserId, d.s1.admin.userId)));
    expect(mail.textBody).toContain("Aéro Méridien a annulé votre rendez-vous");
    await expect(cancelMeetingRequest(db(), d.buyer.admin, d.request.id)).rejects.toThrow("n'est plus active");
    // Withdrawn, it may be asked again.
    await sendMeetingRequest(db(), d.buyer.admin, d.event.id, { toRegistrationId: d.s1Reg.id, message: "Finalement, rencontrons-nous." });
    expect((await db().select().from(meetingRequests).where(eq(meetingRequests.id, d.request.id)))[0].status).toBe("requested");
  });
});
