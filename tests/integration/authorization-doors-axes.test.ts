/**
 * The door matrix of the programme's two other axes — innovation challenges (post, moderate, NDA, apply,
 * shortlist, the pitch slot in an event session and its calendar file, the applications page) and skills missions (offer, request, withdraw, propose, validate, log,
 * review, the « rapprochements » and mission pages, the agreement PDF) — and their search pages, for every role of authorization-doors-roles.ts.
 * Each refusal must leave the business tables unchanged.
 */
import { session } from "./authorization-doors-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createChallenge, decideChallenge, submitChallenge } from "@/lib/challenges/service";
import { applyToChallenge, decideApplication, setPitchSlot } from "@/lib/challenges/applications";
import { parisInstant } from "@/lib/events/times";
import { ZSkillOfferInput, ZSkillRequestInput } from "@/lib/skills/schemas";
import { createSkillOffer, createSkillRequest, decideMission, logMissionWeek, proposeMission } from "@/lib/skills/service";
import { action, fd, none, nothing, page, params, req, route, runMatrix, search, type Operation } from "./authorization-doors-kit";
import { A, actors, B, DAY, fp, op, ROLES, setUpRoles, staff, STAFF_ONLY_ACTION } from "./authorization-doors-roles";
import { applicationInput, challengeInput, CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";
import { db } from "./db";
import { EVENT_DAY, publishedEvent } from "./events-fixtures";

const pages = {
  applications: (await import("@/app/defis/[id]/candidatures/page")).default,
  mission: (await import("@/app/mecenat/missions/[id]/page")).default,
  pairings: (await import("@/app/mecenat/rapprochements/page")).default,
  challengeSearch: (await import("@/app/opportunites/defis/page")).default,
  skillSearch: (await import("@/app/opportunites/mecenat/page")).default,
};
const defis = await import("@/app/defis/actions");
const mecenat = await import("@/app/mecenat/actions");
const conventionRoute = await import("@/app/mecenat/missions/[id]/convention.pdf/route");
const pitchIcsRoute = await import("@/app/defis/[id]/candidatures/[candidature]/pitch.ics/route");
const suggestRoute = await import("@/app/api/search/suggest/route");

beforeAll(setUpRoles);

// ---- fixtures (fresh per cell where an allowed write changes them) ---------------------------------------------

/** The challenge form as a company types it (what challengeInputSchema parses). */
const challengeFormValues = () => ({
  title: "Réduire la consommation d'eau des lignes de lavage",
  summary: "Nous cherchons une solution pour réduire de 30 % l'eau utilisée par nos lignes de lavage industriel.",
  problem: "Nos trois lignes de lavage consomment 40 000 m³ par an ; le recyclage actuel est insuffisant.",
  context: "Site de production à Aubagne.",
  expectedSolution: "Traitement et réutilisation de l'eau en boucle fermée.",
  maturity: "prototype",
  reward: "paid_poc",
  budgetBand: "10k_50k",
  deadline: new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10),
  confidential: "",
  ndaText: "",
  openToYoung: "on",
});
const draftChallengeOfA = async () => (await createChallenge(db(), A.admin, A.companyId, challengeInput())).id;
const submittedChallengeOfA = async () => {
  const id = await draftChallengeOfA();
  await submitChallenge(db(), A.admin, id);
  return id;
};
/** A challenge published by another group (confidential when asked). */
const otherChallenge = async (over: Record<string, unknown> = {}) => (await publishedChallenge(over)).challenge.id;
/** A's challenge, published, with B's application. */
async function applicationOfBToA() {
  const id = await submittedChallengeOfA();
  await decideChallenge(db(), staff, id, "approve", null);
  const application = await applyToChallenge(db(), B.admin, id, B.companyId, applicationInput(), null);
  return { challengeId: id, applicationId: application.id };
}
/** B's application shortlisted by A, and a published event's morning session (09:30–12:00) to pitch in. */
async function shortlistedWithSession() {
  const f = await applicationOfBToA();
  await decideApplication(db(), A.admin, f.applicationId, "shortlist");
  const { am } = await publishedEvent();
  return { ...f, sessionId: am.id };
}
/** …with its pitch set at 10:00 in that session. */
async function pitchInSession() {
  const f = await shortlistedWithSession();
  await setPitchSlot(db(), A.admin, f.applicationId, parisInstant(EVENT_DAY, "10:00"), f.sessionId);
  return f;
}

const skillOfferValues = () => ({
  skill: "Actuariat et modélisation des risques",
  profession: "Actuaire",
  seniority: "senior",
  description: "Tarification, provisionnement, modèles de risques pour une mutuelle ou un assureur.",
  daysPerWeek: "2",
  durationWeeks: "26",
  availableFrom: "2027-01-04",
  workMode: "hybrid",
  communeCode: "13005",
  dailyCostEur: "650",
});
const skillRequestValues = () => ({
  skill: "Actuaire",
  purpose: "Structurer la tarification de nos contrats de prévoyance et modéliser nos risques avant une levée de fonds.",
  daysPerWeek: "2",
  durationWeeks: "24",
  startFrom: "2027-01-11",
  workMode: "on_site",
  communeCode: "13005",
});
const offerOfA = async () => (await createSkillOffer(db(), A.admin, A.companyId, ZSkillOfferInput.parse(skillOfferValues()))).id;
/** A's expert offered, B's request for the skill. */
async function skillPosts() {
  const offer = await createSkillOffer(db(), A.admin, A.companyId, ZSkillOfferInput.parse(skillOfferValues()));
  const request = await createSkillRequest(db(), B.admin, B.companyId, ZSkillRequestInput.parse(skillRequestValues()));
  return { offerId: offer.id, requestId: request.id };
}
const proposedMission = async () => {
  const p = await skillPosts();
  return (await proposeMission(db(), B.admin, p.offerId, p.requestId)).id;
};
const validatedMission = async () => {
  const id = await proposedMission();
  await decideMission(db(), staff, id, "validate", null);
  return id;
};
/** Under way: A's expert logged a first week. */
const activeMission = async () => {
  const id = await validatedMission();
  await logMissionWeek(db(), A.member, id, "2027-01-11", 2);
  return id;
};

// ---- the matrix -------------------------------------------------------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MATRIX: Record<string, Operation<any>> = {
  // Innovation challenges.
  "post a challenge (challenge:post)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], nothing, () =>
    action(() => defis.createChallengeAction(none, fd(challengeFormValues()))),
  ),
  "submit A's draft challenge (challenge:post)": op(["401", "403", "ok", "ok", "403", "403", "403", "403"], draftChallengeOfA, (id) =>
    action(() => defis.submitChallengeAction(id, none, fd({}))),
  ),
  "approve A's submitted challenge (moderation:decide)": op(STAFF_ONLY_ACTION, submittedChallengeOfA, (objectId) =>
    action(() => defis.decideChallengeAction(none, fd({ objectId, decision: "approve", reason: "" }))),
  ),
  "accept a confidential challenge's NDA (challenge:apply)": op(
    ["401", "403", "ok", "ok", "ok", "ok", "403", "403"],
    () => otherChallenge(CONFIDENTIAL),
    (id) => action(() => defis.acceptNdaAction(id, none, fd({ accept: "on" }))),
  ),
  "apply to another group's challenge (challenge:apply)": op(
    ["401", "403", "ok", "ok", "ok", "ok", "403", "403"],
    () => otherChallenge(),
    (id) => action(() => defis.applyAction(id, none, fd({ ...applicationInput(), trl: "6" }))),
  ),
  "shortlist B's application to A's challenge (challenge:post)": op(["401", "404", "ok", "ok", "404", "404", "404", "404"], applicationOfBToA, (f) =>
    action(() => defis.decideApplicationAction(f.applicationId, none, fd({ challengeId: f.challengeId, decision: "shortlist" }))),
  ),
  "offer B a pitch slot in an event session (the poster)": op(["401", "404", "ok", "ok", "404", "404", "404", "404"], shortlistedWithSession, (f) =>
    action(() => defis.pitchAction(f.applicationId, none, fd({ challengeId: f.challengeId, pitchAt: `${EVENT_DAY}T10:00`, pitchSessionId: f.sessionId }))),
  ),
  "GET /defis/{id}/candidatures/{candidature}/pitch.ics (the applicant, the poster, staff)": op(
    ["401", "404", "ok", "ok", "ok", "ok", "ok", "404"],
    pitchInSession,
    (f) =>
      route(() =>
        pitchIcsRoute.GET(
          req(`/defis/${f.challengeId}/candidatures/${f.applicationId}/pitch.ics`),
          params({ id: f.challengeId, candidature: f.applicationId }),
        ),
      ),
  ),
  "applications page of A's challenge (challenge:view-applications)": op(["signin", "404", "ok", "ok", "404", "404", "ok", "404"], applicationOfBToA, (f) =>
    page(() => pages.applications({ ...params({ id: f.challengeId }), ...search() })),
  ),

  // Skills missions.
  "offer an expert (skills:post)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], nothing, () =>
    action(() => mecenat.createOfferAction(none, fd(skillOfferValues()))),
  ),
  "request a skill (skills:post)": op(["401", "403", "ok", "ok", "ok", "ok", "403", "403"], nothing, () =>
    action(() => mecenat.createRequestAction(none, fd(skillRequestValues()))),
  ),
  "propose A's expert for B's request (the posts' companies)": op(["401", "404", "ok", "ok", "ok", "ok", "403", "404"], skillPosts, (p) =>
    action(() => mecenat.proposeAction(none, fd(p))),
  ),
  "withdraw A's expert offer (its company; staff do not act for it)": op(["401", "404", "ok", "ok", "404", "404", "403", "404"], offerOfA, (id) =>
    action(() => mecenat.withdrawPostAction(none, fd({ kind: "offer", id }))),
  ),
  "« rapprochements » page of A's expert offer (its company, staff)": op(["signin", "404", "ok", "ok", "404", "404", "ok", "404"], offerOfA, (id) =>
    page(() => pages.pairings(search({ offre: id }))),
  ),
  "validate a proposed mission (skills:validate)": op(STAFF_ONLY_ACTION, proposedMission, (objectId) =>
    action(() => mecenat.decideMissionAction(none, fd({ objectId, decision: "approve", reason: "" }))),
  ),
  "log a week of A's expert (the sponsor)": op(["401", "404", "ok", "ok", "404", "404", "404", "404"], validatedMission, (id) =>
    action(() => mecenat.logWeekAction(id, none, fd({ weekStart: "2027-01-11", days: "2" }))),
  ),
  "review a mission under way (its two companies)": op(["401", "404", "ok", "ok", "ok", "ok", "404", "404"], activeMission, (id) =>
    action(() => mecenat.reviewAction(id, none, fd({ stage: "mid", rating: "4", comment: "" }))),
  ),
  "mission page (its two companies, staff)": op(["signin", "404", "ok", "ok", "ok", "ok", "ok", "404"], proposedMission, (id) =>
    page(() => pages.mission({ ...params({ id }), ...search() })),
  ),
  "GET /mecenat/missions/{id}/convention.pdf (its two companies, staff)": op(["401", "404", "ok", "ok", "ok", "ok", "ok", "404"], validatedMission, (id) =>
    route(() => conventionRoute.GET(req(`/mecenat/missions/${id}/convention.pdf`), params({ id }))),
  ),

  // Search of the two axes: the challenges' index holds full texts that only companies and staff read.
  "page /opportunites/defis (challenge search: a company or staff)": op(["signin", "403", "ok", "ok", "ok", "ok", "ok", "403"], nothing, () =>
    page(() => pages.challengeSearch(search({ q: "eau" }))),
  ),
  "page /opportunites/mecenat (skills search: signed in, as /mecenat)": op(["signin", "ok", "ok", "ok", "ok", "ok", "ok", "ok"], nothing, () =>
    page(() => pages.skillSearch(search({ q: "actuaire" }))),
  ),
  "GET /api/search/suggest in challenges (as their search page)": op(["401", "403", "ok", "ok", "ok", "ok", "ok", "403"], nothing, () =>
    route(() => suggestRoute.GET(req("/api/search/suggest?index=challenges&q=eau"))),
  ),
  "GET /api/search/suggest in skills posts (as their search page)": op(["401", "ok", "ok", "ok", "ok", "ok", "ok", "ok"], nothing, () =>
    route(() => suggestRoute.GET(req("/api/search/suggest?index=skills&q=actuaire"))),
  ),
  "GET /api/search/suggest in companies (public, as the directory)": op(["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"], nothing, () =>
    route(() => suggestRoute.GET(req("/api/search/suggest?index=companies&q=menuiserie"))),
  ),
};

describe("authorization matrix of innovation challenges and skills missions through the real doors", () => {
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
