/**
 * The door matrix of business meetings — registration, meeting requests, the participant space and agenda, and
 * what staff run (registrations, meetings, the schedule, the check-in) — through their real pages, server actions
 * and route handlers, for every role of authorization-doors-roles.ts. Each refusal must leave the business tables
 * unchanged. The older capabilities' matrix is authorization-doors.test.ts.
 */
import { session } from "./authorization-doors-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { checkInToken } from "@/lib/events/check-in-token";
import { sendMeetingRequest } from "@/lib/events/requests";
import { computeSchedule } from "@/lib/events/schedule";
import { toParisLocal } from "@/lib/events/times";
import { action, fd, none, nothing, page, params, req, route, runMatrix, search, type Operation } from "./authorization-doors-kit";
import { A, actors, B, C, DAY, fp, op, ROLES, setUpRoles, staff, STAFF_ONLY_ACTION, STAFF_ONLY_PAGE } from "./authorization-doors-roles";
import { db } from "./db";
import { publishedEvent, register } from "./events-fixtures";

const pages = {
  tablePlan: (await import("@/app/cci/evenements/[id]/plan-de-tables/page")).default,
  participantSpace: (await import("@/app/evenements/[id]/espace/page")).default,
  checkInLink: (await import("@/app/cci/evenements/accueil/[token]/page")).default,
};
const evenements = await import("@/app/evenements/actions");
const cancelRequest = await import("@/app/evenements/cancel-action");
const cciEvenements = await import("@/app/cci/evenements/actions");
const agendaRoute = await import("@/app/evenements/[id]/agenda.ics/route");

beforeAll(setUpRoles);

// ---- fixtures (fresh per cell where an allowed write changes them) ---------------------------------------------

const ROOTS = { registrationOpensAt: -1, registrationClosesAt: 10, bookingOpensAt: -1, bookingClosesAt: 10 };
/** The event form as staff type it (what ZEventInput parses). */
const eventFormValues = () => ({
  title: "Rencontres acheteurs du bâtiment",
  description: "Rendez-vous de 30 minutes entre les donneurs d'ordre et les artisans du territoire.",
  communeCode: "13005",
  venue: "CCI, salle des Calanques",
  online: "",
  capacity: "",
  validateRegistrations: "",
  ...Object.fromEntries(Object.entries(ROOTS).map(([k, days]) => [k, toParisLocal(new Date(Date.now() + days * DAY))])),
});

/** A published event where A is registered as a buyer, B as a supplier, C as both. */
async function eventWithRegistrations(over: Record<string, unknown> = {}) {
  const { event, am } = await publishedEvent(over);
  const regA = await register(A.admin, event.id, A.companyId, {
    role: "buyer",
    sessionIds: [am.id],
    personIds: [A.admin.userId, A.member.userId],
    themeCodes: ["43.32A"],
  });
  const regB = await register(B.admin, event.id, B.companyId, { role: "supplier", sessionIds: [am.id], personIds: [B.admin.userId, B.member.userId] });
  const regC = await register(C.admin, event.id, C.companyId, { role: "both", sessionIds: [am.id], themeCodes: ["43.32A"] });
  return { eventId: event.id, sessionId: am.id, regA, regB, regC };
}
async function requestAtoB() {
  const e = await eventWithRegistrations();
  const request = await sendMeetingRequest(db(), A.admin, e.eventId, { toRegistrationId: e.regB.id, message: "Rencontrons-nous pour vos menuiseries." });
  return { ...e, requestId: request.id };
}
/** Registrations and a computed, unpublished schedule. */
async function scheduledEvent() {
  const e = await eventWithRegistrations();
  await computeSchedule(db(), staff, e.eventId, { timeLimitSeconds: 5 });
  return e;
}
/** An event that validates registrations, with B's registration waiting for staff. */
async function pendingRegistrationOfB() {
  const { event, am } = await publishedEvent({ validateRegistrations: "on" });
  const reg = await register(B.admin, event.id, B.companyId, { role: "supplier", sessionIds: [am.id] });
  return { eventId: event.id, registrationId: reg.id };
}

// ---- the matrix -------------------------------------------------------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MATRIX: Record<string, Operation<any>> = {
  // Business meetings: a company registers and books for itself; staff run the event, its schedule and the check-in.
  "register one's company for an event (event:register)": op(
    ["401", "403", "ok", "ok", "ok", "ok", "403", "403"],
    () => publishedEvent(),
    ({ event, am }) =>
      action(() =>
        evenements.registerAction(event.id, none, fd({ role: "supplier", sessionIds: [am.id], personIds: [session.actor?.userId ?? A.member.userId] })),
      ),
  ),
  "ask C for a meeting (a registered company, for itself)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], eventWithRegistrations, (e) =>
    action(() => evenements.requestMeetingAction(e.eventId, none, fd({ toRegistrationId: e.regC.id, message: "Rencontrons-nous pour vos menuiseries." }))),
  ),
  "accept A's meeting request (its recipient B)": op(["401", "403", "404", "404", "ok", "ok", "403", "403"], requestAtoB, (e) =>
    action(() => evenements.answerRequestAction(none, fd({ requestId: e.requestId, eventId: e.eventId, answer: "accept" }))),
  ),
  "withdraw A's meeting request (its sender A)": op(["401", "403", "ok", "ok", "404", "404", "403", "403"], requestAtoB, (e) =>
    action(() => cancelRequest.cancelRequestAction(none, fd({ requestId: e.requestId, eventId: e.eventId }))),
  ),
  "participant space of an event (registered companies)": op(["signin", "404", "ok", "ok", "ok", "ok", "404", "404"], eventWithRegistrations, (e) =>
    page(() => pages.participantSpace({ ...params({ id: e.eventId }), ...search() })),
  ),
  "GET /evenements/{id}/agenda.ics (registered companies)": op(["401", "404", "ok", "ok", "ok", "ok", "404", "404"], eventWithRegistrations, (e) =>
    route(() => agendaRoute.GET(req(`/evenements/${e.eventId}/agenda.ics`), params({ id: e.eventId }))),
  ),
  "create an event (event:manage)": op(STAFF_ONLY_ACTION, nothing, () => action(() => cciEvenements.createEventAction(none, fd(eventFormValues())))),
  "accept B's pending registration (event:manage)": op(STAFF_ONLY_ACTION, pendingRegistrationOfB, (e) =>
    action(() => cciEvenements.decideRegistrationAction(e.eventId, none, fd({ registrationId: e.registrationId, decision: "accept" }))),
  ),
  "add a meeting A–B by staff (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations, (e) =>
    action(() => cciEvenements.addMeetingAction(e.eventId, none, fd({ buyerRegistrationId: e.regA.id, supplierRegistrationId: e.regB.id }))),
  ),
  "veto A's meeting request (event:manage)": op(STAFF_ONLY_ACTION, requestAtoB, (e) =>
    action(() => cciEvenements.vetoAction(e.eventId, none, fd({ requestId: e.requestId }))),
  ),
  "compute the schedule (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations, (e) =>
    action(() => cciEvenements.computeScheduleAction(e.eventId, none, fd({}))),
  ),
  "publish the computed schedule (event:manage)": op(STAFF_ONLY_ACTION, scheduledEvent, (e) =>
    action(() => cciEvenements.publishScheduleAction(e.eventId, none, fd({}))),
  ),
  "check B in from the list (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations, (e) =>
    action(() => cciEvenements.checkInAction(e.eventId, none, fd({ registrationId: e.regB.id }))),
  ),
  "check B in by its agenda's QR link (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations, (e) =>
    action(() => cciEvenements.checkInByTokenAction(checkInToken(e.regB.id), none, fd({}))),
  ),
  "page of the QR check-in link (event:manage)": op(STAFF_ONLY_PAGE, eventWithRegistrations, (e) =>
    page(() => pages.checkInLink({ ...params({ token: checkInToken(e.regB.id) }), ...search() })),
  ),
  "printable table plan (event:manage)": op(STAFF_ONLY_PAGE, eventWithRegistrations, (e) => page(() => pages.tablePlan(params({ id: e.eventId })))),
};

describe("authorization matrix of business meetings through the real doors", () => {
  it(`has at least 100 cells (${Object.keys(MATRIX).length} operations × ${ROLES.length} roles)`, () => {
    expect(Object.keys(MATRIX).length * ROLES.length).toBeGreaterThanOrEqual(100);
  });

  runMatrix(
    MATRIX,
    ROLES,
    (role) => {
      session.actor = actors[role];
    },
    () => fp,
  );
});
