/**
 * The door matrix of the newer capabilities — business meetings (registration, staff scheduling, check-in),
 * partner networks and their relays, API tokens (the « Accès API » page's actions, and a token used on
 * another company's data), webhooks (the « Webhooks » page's actions), innovation challenges and skills missions — through their real pages, server
 * actions and route handlers, for every role. Each refusal must leave the business tables unchanged. The
 * older capabilities' matrix is authorization-doors.test.ts; the outcome readers are in authorization-doors-kit.ts.
 */
import { session } from "./authorization-doors-mocks";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { companies, memberships, needs, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createChallenge, decideChallenge, submitChallenge } from "@/lib/challenges/service";
import { applyToChallenge } from "@/lib/challenges/applications";
import { createApiToken, revokeApiToken } from "@/lib/api/token-service";
import { createWebhookEndpoint } from "@/lib/webhooks/service";
import { checkInToken } from "@/lib/events/check-in-token";
import { sendMeetingRequest } from "@/lib/events/requests";
import { computeSchedule } from "@/lib/events/schedule";
import { toParisLocal } from "@/lib/events/times";
import { addPartnerStaff, createPartner, importMembers } from "@/lib/partners/service";
import { ZSkillOfferInput, ZSkillRequestInput } from "@/lib/skills/schemas";
import { createSkillOffer, createSkillRequest, decideMission, logMissionWeek, proposeMission } from "@/lib/skills/service";
import { companyWithTeam, loneUser, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { submittedAnswer } from "../factories/awards";
import { businessTables, fingerprint, fingerprintQuery } from "../fuzz/fingerprint";
import { action, fd, none, nothing, opFor, page, params, req, route, runMatrix, search, type Operation, type Outcome } from "./authorization-doors-kit";
import { applicationInput, challengeInput, CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";
import { db, resetDatabase } from "./db";
import { publishedEvent, register } from "./events-fixtures";
import { memberList } from "../factories/partners";

process.env.AUTH_SECRET ??= "test-secret-for-signed-links";

const pages = {
  tablePlan: (await import("@/app/cci/evenements/[id]/plan-de-tables/page")).default,
  participantSpace: (await import("@/app/evenements/[id]/espace/page")).default,
  checkInLink: (await import("@/app/cci/evenements/accueil/[token]/page")).default,
  staffPartners: (await import("@/app/cci/partenaires/page")).default,
  partnerSpace: (await import("@/app/partenaires/[id]/page")).default,
  apiTokens: (await import("@/app/mon-entreprise/api/page")).default,
  webhooks: (await import("@/app/mon-entreprise/webhooks/page")).default,
  applications: (await import("@/app/defis/[id]/candidatures/page")).default,
  mission: (await import("@/app/mecenat/missions/[id]/page")).default,
  challengeSearch: (await import("@/app/opportunites/defis/page")).default,
  skillSearch: (await import("@/app/opportunites/mecenat/page")).default,
};
const evenements = await import("@/app/evenements/actions");
const cancelRequest = await import("@/app/evenements/cancel-action");
const cciEvenements = await import("@/app/cci/evenements/actions");
const partenaires = await import("@/app/partenaires/[id]/actions");
const cciPartenaires = await import("@/app/cci/partenaires/actions");
const apiTokens = await import("@/app/mon-entreprise/api/actions");
const webhooks = await import("@/app/mon-entreprise/webhooks/actions");
const defis = await import("@/app/defis/actions");
const mecenat = await import("@/app/mecenat/actions");
const agendaRoute = await import("@/app/evenements/[id]/agenda.ics/route");
const relayRoute = await import("@/app/relais/ouvrir/route");
const conventionRoute = await import("@/app/mecenat/missions/[id]/convention.pdf/route");
const ownNeedsRoute = await import("@/app/api/v1/company/needs/route");
const needAnswersRoute = await import("@/app/api/v1/company/needs/[id]/answers/route");

/** A's member and admin; B (another company) member and admin; CCI staff; a partner network's staff (no company). */
type Role = "anonymous" | "noCompany" | "member" | "admin" | "otherMember" | "otherAdmin" | "staff" | "partnerStaff";
const ROLES: Role[] = ["anonymous", "noCompany", "member", "admin", "otherMember", "otherAdmin", "staff", "partnerStaff"];
type Row = [anonymous: Outcome, noCompany: Outcome, member: Outcome, admin: Outcome, otherMember: Outcome, otherAdmin: Outcome, staff: Outcome, partnerStaff: Outcome];
const op = opFor<Row>();

type Team = Awaited<ReturnType<typeof companyWithTeam>>;
let A: Team, B: Team, C: Team;
let staff: Actor;
let actors: Record<Role, Actor | null>;
let partnerId: string;
let fp: ReturnType<typeof fingerprintQuery>;
/** The same without api_tokens, whose last use is recorded even when the token is refused its scope. */
let fpBesideTokens: ReturnType<typeof fingerprintQuery>;

const siretOf = async (companyId: string) => (await db().select({ siret: companies.siret }).from(companies).where(eq(companies.id, companyId)))[0].siret;

beforeAll(async () => {
  await resetDatabase();
  [A, B, C] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db())];
  staff = await staffActor(db());
  const partnerStaff = await loneUser(db());
  partnerId = (await createPartner(db(), staff, { name: "Cress Sud", kind: "cress", sectors: [], communes: [] })).id;
  await addPartnerStaff(db(), staff, partnerId, partnerStaff.email);
  await importMembers(db(), partnerStaff, partnerId, memberList(await siretOf(B.companyId)));
  actors = { anonymous: null, noCompany: await loneUser(db()), member: A.member, admin: A.admin, otherMember: B.member, otherAdmin: B.admin, staff, partnerStaff };
  const tables = await businessTables(db());
  fp = fingerprintQuery(tables);
  fpBesideTokens = fingerprintQuery(tables.filter((t) => t !== "api_tokens"));
});

// ---- fixtures (fresh per cell where an allowed write changes them) ---------------------------------------------

const ROOTS = { registrationOpensAt: -1, registrationClosesAt: 10, bookingOpensAt: -1, bookingClosesAt: 10 };
const DAY = 86_400_000;
/** The event form as staff type it (what ZEventInput parses). */
const eventFormValues = () => ({
  title: "Rencontres acheteurs du bâtiment", description: "Rendez-vous de 30 minutes entre les donneurs d'ordre et les artisans du territoire.",
  communeCode: "13005", venue: "CCI, salle des Calanques", online: "", capacity: "", validateRegistrations: "",
  ...Object.fromEntries(Object.entries(ROOTS).map(([k, days]) => [k, toParisLocal(new Date(Date.now() + days * DAY))])),
});

/** A published event where A is registered as a buyer, B as a supplier, C as both. */
async function eventWithRegistrations(over: Record<string, unknown> = {}) {
  const { event, am } = await publishedEvent(over);
  const regA = await register(A.admin, event.id, A.companyId, { role: "buyer", sessionIds: [am.id], personIds: [A.admin.userId, A.member.userId], themeCodes: ["43.32A"] });
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

/** A published need of A, for the partner's relay. */
const publishedOfA = async () => (await publishedNeed(db(), A.admin, A.companyId, staff)).id;

const tokenOf = async (team: Team, scope: "read" | "write" = "read") => createApiToken(db(), team.admin, team.companyId, { name: "Connecteur ERP", scope });

/** A webhook endpoint of the team's company, with one delivery in its log (the company's older endpoints go: a company keeps 10 at most). */
async function webhookOf(team: Team) {
  await db().delete(webhookEndpoints).where(eq(webhookEndpoints.companyId, team.companyId));
  const { endpoint } = await createWebhookEndpoint(db(), team.admin, team.companyId, { url: "https://erp.exemple.fr/hooks", events: ["answer.received"], minScorePercent: 60 });
  const [delivery] = await db().insert(webhookDeliveries).values({ endpointId: endpoint.id, eventType: "answer.received", eventId: `answer.received:${endpoint.id}`, payload: {} }).returning();
  return { endpointId: endpoint.id, deliveryId: delivery.id };
}

/** The challenge form as a company types it (what challengeInputSchema parses). */
const challengeFormValues = () => ({
  title: "Réduire la consommation d'eau des lignes de lavage",
  summary: "Nous cherchons une solution pour réduire de 30 % l'eau utilisée par nos lignes de lavage industriel.",
  problem: "Nos trois lignes de lavage consomment 40 000 m³ par an ; le recyclage actuel est insuffisant.",
  context: "Site de production à Aubagne.", expectedSolution: "Traitement et réutilisation de l'eau en boucle fermée.",
  maturity: "prototype", reward: "paid_poc", budgetBand: "10k_50k", deadline: new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10),
  confidential: "", ndaText: "", openToYoung: "on",
});
const draftChallengeOfA = async () => (await createChallenge(db(), A.admin, A.companyId, challengeInput())).id;
const submittedChallengeOfA = async () => { const id = await draftChallengeOfA(); await submitChallenge(db(), A.admin, id); return id; };
/** A challenge published by another group (confidential when asked). */
const otherChallenge = async (over: Record<string, unknown> = {}) => (await publishedChallenge(over)).challenge.id;
/** A's challenge, published, with B's application. */
async function applicationOfBToA() {
  const id = await submittedChallengeOfA();
  await decideChallenge(db(), staff, id, "approve", null);
  const application = await applyToChallenge(db(), B.admin, id, B.companyId, applicationInput(), null);
  return { challengeId: id, applicationId: application.id };
}

const skillOfferValues = () => ({
  skill: "Actuariat et modélisation des risques", profession: "Actuaire", seniority: "senior",
  description: "Tarification, provisionnement, modèles de risques pour une mutuelle ou un assureur.",
  daysPerWeek: "2", durationWeeks: "26", availableFrom: "2027-01-04", workMode: "hybrid", communeCode: "13005", dailyCostEur: "650",
});
const skillRequestValues = () => ({
  skill: "Actuaire", purpose: "Structurer la tarification de nos contrats de prévoyance et modéliser nos risques avant une levée de fonds.",
  daysPerWeek: "2", durationWeeks: "24", startFrom: "2027-01-11", workMode: "on_site", communeCode: "13005",
});
/** A's expert offered, B's request for the skill. */
async function skillPosts() {
  const offer = await createSkillOffer(db(), A.admin, A.companyId, ZSkillOfferInput.parse(skillOfferValues()));
  const request = await createSkillRequest(db(), B.admin, B.companyId, ZSkillRequestInput.parse(skillRequestValues()));
  return { offerId: offer.id, requestId: request.id };
}
const proposedMission = async () => { const p = await skillPosts(); return (await proposeMission(db(), B.admin, p.offerId, p.requestId)).id; };
const validatedMission = async () => { const id = await proposedMission(); await decideMission(db(), staff, id, "validate", null); return id; };
/** Under way: A's expert logged a first week. */
const activeMission = async () => { const id = await validatedMission(); await logMissionWeek(db(), A.member, id, "2027-01-11", 2); return id; };

// ---- the matrix -------------------------------------------------------------------------------------------------

const STAFF_ONLY_ACTION: Row = ["401", "403", "403", "403", "403", "403", "ok", "403"];
const STAFF_ONLY_PAGE: Row = ["signin", "403", "403", "403", "403", "403", "ok", "403"];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MATRIX: Record<string, Operation<any>> = {
  // Business meetings: a company registers and books for itself; staff run the event, its schedule and the check-in.
  "register one's company for an event (event:register)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], () => publishedEvent(),
    ({ event, am }) => action(() => evenements.registerAction(event.id, none, fd({ role: "supplier", sessionIds: [am.id], personIds: [session.actor?.userId ?? A.member.userId] })))),
  "ask C for a meeting (a registered company, for itself)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], eventWithRegistrations,
    (e) => action(() => evenements.requestMeetingAction(e.eventId, none, fd({ toRegistrationId: e.regC.id, message: "Rencontrons-nous pour vos menuiseries." })))),
  "accept A's meeting request (its recipient B)": op(["401", "403", "404", "404", "ok", "ok", "403", "403"], requestAtoB,
    (e) => action(() => evenements.answerRequestAction(none, fd({ requestId: e.requestId, eventId: e.eventId, answer: "accept" })))),
  "withdraw A's meeting request (its sender A)": op(["401", "403", "ok", "ok", "404", "404", "403", "403"], requestAtoB,
    (e) => action(() => cancelRequest.cancelRequestAction(none, fd({ requestId: e.requestId, eventId: e.eventId })))),
  "participant space of an event (registered companies)": op(["signin", "404", "ok", "ok", "ok", "ok", "404", "404"], eventWithRegistrations,
    (e) => page(() => pages.participantSpace({ ...params({ id: e.eventId }), ...search() }))),
  "GET /evenements/{id}/agenda.ics (registered companies)": op(["401", "404", "ok", "ok", "ok", "ok", "404", "404"], eventWithRegistrations,
    (e) => route(() => agendaRoute.GET(req(`/evenements/${e.eventId}/agenda.ics`), params({ id: e.eventId })))),
  "create an event (event:manage)": op(STAFF_ONLY_ACTION, nothing, () => action(() => cciEvenements.createEventAction(none, fd(eventFormValues())))),
  "accept B's pending registration (event:manage)": op(STAFF_ONLY_ACTION, pendingRegistrationOfB,
    (e) => action(() => cciEvenements.decideRegistrationAction(e.eventId, none, fd({ registrationId: e.registrationId, decision: "accept" })))),
  "add a meeting A–B by staff (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations,
    (e) => action(() => cciEvenements.addMeetingAction(e.eventId, none, fd({ buyerRegistrationId: e.regA.id, supplierRegistrationId: e.regB.id })))),
  "veto A's meeting request (event:manage)": op(STAFF_ONLY_ACTION, requestAtoB,
    (e) => action(() => cciEvenements.vetoAction(e.eventId, none, fd({ requestId: e.requestId })))),
  "compute the schedule (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations,
    (e) => action(() => cciEvenements.computeScheduleAction(e.eventId, none, fd({})))),
  "publish the computed schedule (event:manage)": op(STAFF_ONLY_ACTION, scheduledEvent,
    (e) => action(() => cciEvenements.publishScheduleAction(e.eventId, none, fd({})))),
  "check B in from the list (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations,
    (e) => action(() => cciEvenements.checkInAction(e.eventId, none, fd({ registrationId: e.regB.id })))),
  "check B in by its agenda's QR link (event:manage)": op(STAFF_ONLY_ACTION, eventWithRegistrations,
    (e) => action(() => cciEvenements.checkInByTokenAction(checkInToken(e.regB.id), none, fd({})))),
  "page of the QR check-in link (event:manage)": op(STAFF_ONLY_PAGE, eventWithRegistrations,
    (e) => page(() => pages.checkInLink({ ...params({ token: checkInToken(e.regB.id) }), ...search() }))),
  "printable table plan (event:manage)": op(STAFF_ONLY_PAGE, eventWithRegistrations, (e) => page(() => pages.tablePlan(params({ id: e.eventId })))),

  // Partner networks: CCI staff create them and name their staff; the partner's staff relay needs to its members.
  "page /cci/partenaires (partner:manage)": op(STAFF_ONLY_PAGE, nothing, () => page(() => pages.staffPartners())),
  "create a partner network (partner:manage)": op(STAFF_ONLY_ACTION, nothing,
    () => action(() => cciPartenaires.createPartnerAction(none, fd({ name: `Réseau ${Math.random().toString(36).slice(2, 8)}`, kind: "cress", sectors: [], communes: [] })))),
  "name a person to the partner's staff (partner:manage)": op(STAFF_ONLY_ACTION, () => loneUser(db()),
    (person) => action(() => cciPartenaires.addStaffAction(partnerId, none, fd({ email: person.email })))),
  "partner space (its staff, CCI staff)": op(["signin", "404", "404", "404", "404", "404", "ok", "ok"], nothing,
    () => page(() => pages.partnerSpace(params({ id: partnerId })))),
  "forward A's need to member B (the partner's staff)": op(["401", "404", "404", "404", "404", "404", "ok", "ok"], publishedOfA,
    (needId) => action(() => partenaires.forwardAction(partnerId, none, fd({ needId, companyIds: [B.companyId], note: "" })))),
  "import C as a member (the partner's staff)": op(["401", "404", "404", "404", "404", "404", "ok", "ok"], () => siretOf(C.companyId),
    (siret) => action(() => partenaires.memberImportAction(partnerId, none, fd({ sirets: siret, mode: "import" })))),
  "GET /relais/ouvrir with a forged link": op(["404", "404", "404", "404", "404", "404", "404", "404"], nothing,
    () => route(() => relayRoute.GET(req("/relais/ouvrir?jeton=faux.jeton")))),

  // API tokens: the company's admins create and revoke them; another company's admin finds none of A's.
  "page « Accès API » (company:manage-api)": op(["signin", "home", "403", "ok", "403", "ok", "cci", "home"], nothing, () => page(() => pages.apiTokens())),
  "create an API token (company:manage-api)": op(["401", "403", "403", "ok", "403", "ok", "403", "403"], nothing,
    () => action(() => apiTokens.createTokenAction(none, fd({ name: "Connecteur ERP", scope: "read" })))),
  "revoke A's API token (company:manage-api)": op(["401", "403", "403", "ok", "403", "404", "403", "403"], () => tokenOf(A),
    ({ token }) => action(() => apiTokens.revokeTokenAction(none, fd({ tokenId: token.id })))),

  // Webhooks: the same admins manage them; another company's admin finds none of A's endpoints or deliveries.
  "page « Webhooks » (company:manage-api)": op(["signin", "home", "403", "ok", "403", "ok", "cci", "home"], nothing, () => page(() => pages.webhooks())),
  "create a webhook endpoint (company:manage-api)": op(["401", "403", "403", "ok", "403", "ok", "403", "403"],
    async () => { await db().delete(webhookEndpoints); },
    () => action(() => webhooks.createWebhookAction(none, fd({ url: "https://erp.exemple.fr/hooks", events: ["answer.received", "award.decided"], minScorePercent: "60" })))),
  "turn off A's webhook endpoint (company:manage-api)": op(["401", "403", "403", "ok", "403", "404", "403", "403"], () => webhookOf(A),
    (w) => action(() => webhooks.setWebhookEnabledAction(none, fd({ endpointId: w.endpointId, enabled: "false" })))),
  "delete A's webhook endpoint (company:manage-api)": op(["401", "403", "403", "ok", "403", "404", "403", "403"], () => webhookOf(A),
    (w) => action(() => webhooks.deleteWebhookAction(none, fd({ endpointId: w.endpointId })))),
  "replay a delivery of A's webhook (company:manage-api)": op(["401", "403", "403", "ok", "403", "404", "403", "403"], () => webhookOf(A),
    (w) => action(() => webhooks.replayDeliveryAction(none, fd({ deliveryId: w.deliveryId })))),

  // Innovation challenges.
  "post a challenge (challenge:post)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], nothing,
    () => action(() => defis.createChallengeAction(none, fd(challengeFormValues())))),
  "submit A's draft challenge (challenge:post)": op(["401", "403", "ok", "ok", "403", "403", "403", "403"], draftChallengeOfA,
    (id) => action(() => defis.submitChallengeAction(id, none, fd({})))),
  "approve A's submitted challenge (moderation:decide)": op(STAFF_ONLY_ACTION, submittedChallengeOfA,
    (objectId) => action(() => defis.decideChallengeAction(none, fd({ objectId, decision: "approve", reason: "" })))),
  "accept a confidential challenge's NDA (challenge:apply)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], () => otherChallenge(CONFIDENTIAL),
    (id) => action(() => defis.acceptNdaAction(id, none, fd({ accept: "on" })))),
  "apply to another group's challenge (challenge:apply)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], () => otherChallenge(),
    (id) => action(() => defis.applyAction(id, none, fd({ ...applicationInput(), trl: "6" })))),
  "shortlist B's application to A's challenge (challenge:post)": op(["401", "404", "ok", "ok", "404", "404", "404", "404"], applicationOfBToA,
    (f) => action(() => defis.decideApplicationAction(f.applicationId, none, fd({ challengeId: f.challengeId, decision: "shortlist" })))),
  "applications page of A's challenge (challenge:view-applications)": op(["signin", "404", "ok", "ok", "404", "404", "ok", "404"], applicationOfBToA,
    (f) => page(() => pages.applications({ ...params({ id: f.challengeId }), ...search() }))),

  // Skills missions.
  "offer an expert (skills:post)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], nothing, () => action(() => mecenat.createOfferAction(none, fd(skillOfferValues())))),
  "request a skill (skills:post)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], nothing, () => action(() => mecenat.createRequestAction(none, fd(skillRequestValues())))),
  "propose A's expert for B's request (the posts' companies)": op(["401", "404", "ok", "ok", "ok", "ok", "403", "404"], skillPosts,
    (p) => action(() => mecenat.proposeAction(none, fd(p)))),
  "validate a proposed mission (skills:validate)": op(STAFF_ONLY_ACTION, proposedMission,
    (objectId) => action(() => mecenat.decideMissionAction(none, fd({ objectId, decision: "approve", reason: "" })))),
  "log a week of A's expert (the sponsor)": op(["401", "404", "ok", "ok", "404", "404", "404", "404"], validatedMission,
    (id) => action(() => mecenat.logWeekAction(id, none, fd({ weekStart: "2027-01-11", days: "2" })))),
  "review a mission under way (its two companies)": op(["401", "404", "ok", "ok", "ok", "ok", "404", "404"], activeMission,
    (id) => action(() => mecenat.reviewAction(id, none, fd({ stage: "mid", rating: "4", comment: "" })))),
  "mission page (its two companies, staff)": op(["signin", "404", "ok", "ok", "ok", "ok", "ok", "404"], proposedMission,
    (id) => page(() => pages.mission({ ...params({ id }), ...search() }))),
  "GET /mecenat/missions/{id}/convention.pdf (its two companies, staff)": op(["401", "404", "ok", "ok", "ok", "ok", "ok", "404"], validatedMission,
    (id) => route(() => conventionRoute.GET(req(`/mecenat/missions/${id}/convention.pdf`), params({ id })))),

  // Search of the two axes: the challenges' index holds full texts that only companies and staff read.
  "page /opportunites/defis (challenge search: a company or staff)": op(["signin", "403", "ok", "ok", "ok", "ok", "ok", "403"], nothing,
    () => page(() => pages.challengeSearch(search({ q: "eau" })))),
  "page /opportunites/mecenat (skills search: signed in, as /mecenat)": op(["signin", "ok", "ok", "ok", "ok", "ok", "ok", "ok"], nothing,
    () => page(() => pages.skillSearch(search({ q: "actuaire" })))),
};

describe("authorization matrix of the newer capabilities through the real doors", () => {
  it(`has at least 150 cells (${Object.keys(MATRIX).length} operations × ${ROLES.length} roles)`, () => {
    expect(Object.keys(MATRIX).length * ROLES.length).toBeGreaterThanOrEqual(150);
  });

  runMatrix(MATRIX, ROLES, (role) => { session.actor = actors[role]; }, () => fp);
});

// ---- API tokens at the public API's doors -------------------------------------------------------------------------

describe("a token acts for its own company only, and only while valid", () => {
  const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } });
  /** A's published need with B's submitted answer: what A's token may read and B's token must not. */
  async function answeredNeedOfA() {
    const needId = await publishedOfA();
    await submittedAnswer(db(), needId, B.companyId);
    return needId;
  }
  const answersOf = (needId: string, init?: { headers: Record<string, string> }) =>
    route(() => needAnswersRoute.GET(req(`/api/v1/company/needs/${needId}/answers`, init), params({ id: needId })));

  it("A's token reads the answers to A's need; B's token, a forged one and none are refused", async () => {
    session.actor = null;
    const needId = await answeredNeedOfA();
    expect(await answersOf(needId, bearer((await tokenOf(A)).secret))).toBe("ok");
    expect(await answersOf(needId, bearer((await tokenOf(B, "write")).secret))).toBe("404");
    expect(await answersOf(needId, bearer(`cc_${"x".repeat(43)}`))).toBe("401");
    expect(await answersOf(needId)).toBe("401");
  });

  it("a revoked token, and the token of an admin who left the company, are refused", async () => {
    session.actor = null;
    const needId = await answeredNeedOfA();
    const revoked = await tokenOf(A);
    await revokeApiToken(db(), A.admin, A.companyId, revoked.token.id);
    expect(await answersOf(needId, bearer(revoked.secret))).toBe("401");
    // The token keeps its creator's rights, never more: a creator no longer admin of A opens nothing.
    const D = await companyWithTeam(db());
    const ofLeaver = await tokenOf(D);
    await db().update(memberships).set({ role: "member" }).where(eq(memberships.userId, D.admin.userId));
    const list = (init: { headers: Record<string, string> }) => route(() => ownNeedsRoute.GET(req("/api/v1/company/needs", init)));
    expect(await list(bearer(ofLeaver.secret))).toBe("401");
  });

  it("a read token writes nothing; B's write token creates a draft for B, never for A", async () => {
    session.actor = null;
    const body = JSON.stringify({
      title: "Nettoyage des vitres du siège", description: "Nettoyage trimestriel des vitres, 2 000 m² sur trois étages.", kind: "services",
      nafCodes: ["81.22Z"], communeCode: "13005", responseDeadline: new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10),
    });
    const post = (secret: string) => route(() => ownNeedsRoute.POST(req("/api/v1/company/needs", {
      method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body,
    })));
    const readOnly = await tokenOf(A, "read");
    const before = await fingerprint(db(), fpBesideTokens);
    expect(await post(readOnly.secret)).toBe("403");
    expect(await fingerprint(db(), fpBesideTokens)).toBe(before);
    const needsOf = async (companyId: string) => (await db().select({ id: needs.id }).from(needs).where(eq(needs.companyId, companyId))).length;
    const [ofA, ofB] = [await needsOf(A.companyId), await needsOf(B.companyId)];
    expect(await post((await tokenOf(B, "write")).secret)).toBe("ok");
    expect([await needsOf(A.companyId), await needsOf(B.companyId)]).toEqual([ofA, ofB + 1]);
  });
});
