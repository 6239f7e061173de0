/**
 * The authorization matrix through the real doors: the pages (their default export, rendered on the server
 * as Next would call them), the server actions (the exported actions, with FormData) and the route handlers
 * (their exported GET, with a Request), for every role × operation. Each cell asserts the outcome — allowed,
 * or refused the one way the door refuses (sign-in redirect, 401, 403, 404, the « no company » page) — and,
 * for a refusal, that the business tables did not change. The service-level matrix is authorization-matrix.test.ts;
 * the permission table alone is tests/unit/permissions.test.ts.
 */
import { session } from "./authorization-doors-mocks";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { files } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { askQuestion } from "@/lib/answers/questions";
import { saveAnswer } from "@/lib/answers/service";
import { createOffer } from "@/lib/offers/service";
import { createNeed, submitNeed } from "@/lib/needs/service";
import { companyWithTeam, loneUser, staffActor } from "../factories/actors";
import { answerInput, closeNeed, pdfUpload, publishedNeed } from "../factories/answers";
import { needFormValues, needInput } from "../factories/needs";
import { offerFormValues, offerInput, pngUpload, profileFormValues } from "../factories/offers";
import { businessTables, fingerprintQuery } from "../fuzz/fingerprint";
import { action, fd, none, nothing, opFor, page, params, req, route, runMatrix, search, type Operation, type Outcome } from "./authorization-doors-kit";
import { db, resetDatabase } from "./db";

const pages = {
  space: (await import("@/app/espace/page")).default,
  team: (await import("@/app/mon-entreprise/equipe/page")).default,
  myNeeds: (await import("@/app/besoins/page")).default,
  dashboard: (await import("@/app/tableau-de-bord/page")).default,
  staffHome: (await import("@/app/cci/page")).default,
  audit: (await import("@/app/cci/journal/page")).default,
  myData: (await import("@/app/mes-donnees/page")).default,
  need: (await import("@/app/besoins/[id]/page")).default,
  company: (await import("@/app/entreprises/[id]/page")).default,
  suppliers: (await import("@/app/besoins/[id]/fournisseurs/page")).default,
};
const besoins = await import("@/app/besoins/actions");
const offres = await import("@/app/offres/actions");
const monEntreprise = await import("@/app/mon-entreprise/actions");
const equipe = await import("@/app/mon-entreprise/equipe/actions");
const needAnswers = await import("@/app/besoins/[id]/_answers/actions");
const buyerDecisions = await import("@/app/besoins/[id]/reponses/actions");
const fournisseurs = await import("@/app/besoins/[id]/fournisseurs/actions");
const reponses = await import("@/app/reponses/actions");
const moderation = await import("@/app/cci/moderation/actions");
const cci = await import("@/app/cci/actions");
const emails = await import("@/app/cci/emails/actions");
const preferences = await import("@/app/preferences-notification/actions");
const matchesRoute = await import("@/app/api/v1/needs/[id]/matches/route");
const modeleRoute = await import("@/app/besoins/import/modele/route");
const exportsRoute = await import("@/app/exports/[table]/route");
const sireneRoute = await import("@/app/api/cci/sirene/[id]/route");
const filesRoute = await import("@/app/api/files/[id]/route");

type Role = "anonymous" | "noCompany" | "member" | "admin" | "otherMember" | "staff";
const ROLES: Role[] = ["anonymous", "noCompany", "member", "admin", "otherMember", "staff"];
type Row = [anonymous: Outcome, noCompany: Outcome, member: Outcome, admin: Outcome, otherMember: Outcome, staff: Outcome];
const op = opFor<Row>();

let A: Awaited<ReturnType<typeof companyWithTeam>>;
let B: Awaited<ReturnType<typeof companyWithTeam>>;
let actors: Record<Role, Actor | null>;
let fp: ReturnType<typeof fingerprintQuery>;

beforeAll(async () => {
  await resetDatabase();
  A = await companyWithTeam(db());
  B = await companyWithTeam(db());
  actors = { anonymous: null, noCompany: await loneUser(db()), member: A.member, admin: A.admin, otherMember: B.member, staff: await staffActor(db()) };
  fp = fingerprintQuery(await businessTables(db()));
});

// ---- fixtures (fresh per cell where an allowed write changes them) ---------------------------------------------

const draftOfA = async () => (await createNeed(db(), A.admin, A.companyId, needInput(A.admin.userId))).id;
const submittedOfA = async () => {
  const id = await draftOfA();
  await submitNeed(db(), A.admin, id);
  return id;
};
const publishedOfA = async () => (await publishedNeed(db(), A.admin, A.companyId, actors.staff!)).id;
/** A's published need with B's answer (and B's question), optionally closed. */
async function answeredByB(closed: boolean) {
  const needId = await publishedOfA();
  const { answer } = await saveAnswer(db(), B.admin, needId, answerInput(), [pdfUpload()]);
  const question = await askQuestion(db(), B.admin, needId, "Les déchets verts sont-ils à évacuer par nos soins ?");
  if (closed) await closeNeed(db(), needId);
  return { needId, answerId: answer.id, questionId: question.id };
}
const draftOfferOfA = async () => (await createOffer(db(), A.admin, A.companyId, offerInput())).id;
async function privatePhotoOfA() {
  const { id: offerId } = await createOffer(db(), A.admin, A.companyId, offerInput(), [pngUpload()]);
  const [file] = await db().select().from(files).where(eq(files.objectId, offerId));
  return { offerId, fileId: file.id };
}

// ---- the matrix -------------------------------------------------------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MATRIX: Record<string, Operation<any>> = {
  // Pages.
  "page /espace (company space)": op(["signin", "home", "ok", "ok", "ok", "cci"], nothing, () => page(() => pages.space(search()))),
  "page /mon-entreprise/equipe": op(["signin", "home", "ok", "ok", "ok", "cci"], nothing, () => page(() => pages.team(search()))),
  "page /besoins (my needs)": op(["signin", "home", "ok", "ok", "ok", "cci"], nothing, () => page(() => pages.myNeeds(search()))),
  "page /tableau-de-bord (buyer's dashboard)": op(["signin", "home", "ok", "ok", "ok", "cci"], nothing, () => page(() => pages.dashboard(search()))),
  "page /tableau-de-bord?entreprise=A": op(["signin", "403", "ok", "ok", "403", "403"], nothing, () =>
    page(() => pages.dashboard(search({ entreprise: A.companyId }))),
  ),
  "page /cci (back-office)": op(["signin", "403", "403", "403", "403", "ok"], nothing, () => page(() => pages.staffHome())),
  "page /cci/journal (audit log)": op(["signin", "403", "403", "403", "403", "ok"], nothing, () => page(() => pages.audit(search()))),
  "page /mes-donnees": op(["signin", "ok", "ok", "ok", "ok", "ok"], nothing, () => page(() => pages.myData())),
  "public page of A (verified signatory)": op(["ok", "ok", "ok", "ok", "ok", "ok"], nothing, () => page(() => pages.company(params({ id: A.companyId })))),
  "page of A's draft need": op(["signin", "404", "ok", "ok", "404", "404"], draftOfA, (id) => page(() => pages.need({ ...params({ id }), ...search() }))),
  "page of A's need under review": op(["signin", "404", "ok", "ok", "404", "ok"], submittedOfA, (id) =>
    page(() => pages.need({ ...params({ id }), ...search() })),
  ),
  "page of A's published need": op(["signin", "404", "ok", "ok", "ok", "ok"], publishedOfA, (id) => page(() => pages.need({ ...params({ id }), ...search() }))),
  "suggested suppliers page of A's draft": op(["signin", "404", "ok", "ok", "404", "404"], draftOfA, (id) =>
    page(() => pages.suppliers({ ...params({ id }), ...search() })),
  ),
  "suggested suppliers page of A's published need": op(["signin", "404", "ok", "ok", "404", "ok"], publishedOfA, (id) =>
    page(() => pages.suppliers({ ...params({ id }), ...search() })),
  ),

  // Route handlers.
  "GET /api/v1/needs/{A's published}/matches": op(["401", "404", "ok", "ok", "404", "ok"], publishedOfA, (id) =>
    route(() => matchesRoute.GET(req(`/api/v1/needs/${id}/matches`), params({ id }))),
  ),
  "GET /api/v1/needs/{A's draft}/matches": op(["401", "404", "ok", "ok", "404", "404"], draftOfA, (id) =>
    route(() => matchesRoute.GET(req(`/api/v1/needs/${id}/matches`), params({ id }))),
  ),
  "GET /besoins/import/modele (members only)": op(["401", "403", "ok", "ok", "ok", "403"], nothing, () =>
    route(() => modeleRoute.GET(req("/besoins/import/modele"))),
  ),
  "GET /exports/entreprises (staff only)": op(["401", "403", "403", "403", "403", "ok"], nothing, () =>
    route(() => exportsRoute.GET(req("/exports/entreprises?format=csv"), params({ table: "entreprises" }))),
  ),
  "GET /exports/defis-repartition (staff only)": op(["401", "403", "403", "403", "403", "ok"], nothing, () =>
    route(() => exportsRoute.GET(req("/exports/defis-repartition?format=xlsx&du=2026-01&au=2026-12"), params({ table: "defis-repartition" }))),
  ),
  "GET /exports/mecenat-repartition (staff only)": op(["401", "403", "403", "403", "403", "ok"], nothing, () =>
    route(() => exportsRoute.GET(req("/exports/mecenat-repartition?format=csv"), params({ table: "mecenat-repartition" }))),
  ),
  "GET /exports/mes-besoins?entreprise=A": op(["401", "403", "ok", "ok", "403", "403"], nothing, () =>
    route(() => exportsRoute.GET(req(`/exports/mes-besoins?format=csv&entreprise=${A.companyId}`), params({ table: "mes-besoins" }))),
  ),
  "GET /api/cci/sirene/{unknown} (staff only: 404 once allowed)": op(["401", "403", "403", "403", "403", "404"], nothing, () =>
    route(() => sireneRoute.GET(req("/api/cci/sirene/6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21"), params({ id: "6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21" }))),
  ),
  "GET /api/files/{photo of A's draft offer}": op(["404", "404", "ok", "ok", "404", "404"], privatePhotoOfA, (f) =>
    route(() => filesRoute.GET(req(`/api/files/${f.fileId}`), params({ id: f.fileId }))),
  ),

  // Server actions.
  "create a need (memberAction need:create)": op(["401", "403", "ok", "ok", "ok", "403"], nothing, () =>
    action(() => besoins.createNeedAction(none, fd(needFormValues(session.actor?.userId ?? A.admin.userId)))),
  ),
  "submit A's draft need": op(["401", "403", "ok", "ok", "403", "403"], draftOfA, (needId) => action(() => besoins.submitNeedAction(none, fd({ needId })))),
  "delete A's draft need": op(["401", "403", "ok", "ok", "403", "403"], draftOfA, (needId) => action(() => besoins.deleteNeedAction(none, fd({ needId })))),
  "cancel A's published need": op(["401", "403", "ok", "ok", "403", "403"], publishedOfA, (needId) =>
    action(() => besoins.cancelNeedAction(none, fd({ needId, reason: "Le chantier est reporté à l'an prochain." }))),
  ),
  "create an offer (memberAction offer:create)": op(["401", "403", "ok", "ok", "ok", "403"], nothing, () =>
    action(() => offres.createOfferAction(none, fd(offerFormValues()))),
  ),
  "submit A's draft offer": op(["401", "403", "ok", "ok", "403", "403"], draftOfferOfA, (offerId) =>
    action(() => offres.submitOfferAction(none, fd({ offerId }))),
  ),
  "edit the company profile (memberAction company:edit-profile)": op(["401", "403", "403", "ok", "403", "403"], nothing, () =>
    action(() => monEntreprise.updateProfileAction(none, fd(profileFormValues()))),
  ),
  "invite a colleague (memberAction company:manage-members)": op(["401", "403", "403", "ok", "403", "403"], nothing, () =>
    action(() => equipe.inviteAction(none, fd({ email: `collegue.${Date.now()}.${Math.random().toString(36).slice(2)}@exemple.fr`, role: "member" }))),
  ),
  "declare interest in A's published need": op(["401", "403", "403", "403", "ok", "403"], publishedOfA, (needId) =>
    action(() => needAnswers.declareInterestAction(none, fd({ needId }))),
  ),
  "ask a question on A's published need": op(["401", "403", "403", "403", "ok", "403"], publishedOfA, (needId) =>
    action(() => needAnswers.askQuestionAction(none, fd({ needId, question: "Le site est-il accessible le samedi matin ?" }))),
  ),
  "reply to B's question on A's need (need:answer-questions)": op(
    ["401", "404", "ok", "ok", "404", "403"],
    () => answeredByB(false),
    (f) => action(() => needAnswers.replyQuestionAction(none, fd({ questionId: f.questionId, answer: "Oui, par une benne sur place." }))),
  ),
  "shortlist B's answer to A's closed need (need:award)": op(
    ["401", "404", "ok", "ok", "404", "403"],
    () => answeredByB(true),
    (f) => action(() => buyerDecisions.shortlistAction(none, fd({ answerId: f.answerId, on: "1" }))),
  ),
  "declare A's closed need unsuccessful (need:award)": op(
    ["401", "404", "ok", "ok", "404", "403"],
    () => answeredByB(true),
    (f) => action(() => buyerDecisions.unsuccessfulAction(none, fd({ needId: f.needId, reason: "Le budget a été réaffecté à un autre chantier." }))),
  ),
  "invite B to answer A's published need (need:invite)": op(["401", "403", "ok", "ok", "403", "403"], publishedOfA, (needId) =>
    action(() => fournisseurs.inviteSuppliersAction(none, fd({ needId, companyIds: [B.companyId] }))),
  ),
  "withdraw B's answer to A's need": op(
    ["401", "404", "404", "404", "ok", "404"],
    () => answeredByB(false),
    (f) => action(() => reponses.withdrawAnswerAction(none, fd({ answerId: f.answerId }))),
  ),
  "approve A's need under review (moderation:decide)": op(["401", "403", "403", "403", "403", "ok"], submittedOfA, (objectId) =>
    action(() => moderation.decideNeedAction(none, fd({ objectId, decision: "approve" }))),
  ),
  "flag company B as a large buyer (company:flag-large-buyer)": op(["401", "403", "403", "403", "403", "ok"], nothing, () =>
    action(() => cci.setLargeBuyerAction(none, fd({ companyId: B.companyId, value: "true" }))),
  ),
  "resend the failed e-mails (staff)": op(["401", "403", "403", "403", "403", "ok"], nothing, () =>
    action(() => emails.resendEmailsAction(none, fd({ all: "failed" }))),
  ),
  "save one's notification preferences (signed in)": op(["401", "ok", "ok", "ok", "ok", "ok"], nothing, () =>
    action(() => preferences.savePreferencesAction(none, fd({ mode: "daily", dailyCap: "5", minScore: "0.6" }))),
  ),
};

describe("authorization matrix through the real doors (pages, actions, route handlers)", () => {
  it(`has at least 150 cells (${Object.keys(MATRIX).length} operations × ${ROLES.length} roles)`, () => {
    expect(Object.keys(MATRIX).length * ROLES.length).toBeGreaterThanOrEqual(150);
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
