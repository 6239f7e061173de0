/**
 * Property-based fuzzing of every door: the server actions (the real exported actions, with Next's
 * session and cache stubbed) and the JSON route handlers (the real GET functions). Inputs come from the
 * forms' fields mixed with hostile values (tests/fuzz/arbitraries.ts). For each input: no unexpected
 * error (no throw, no 500, no « erreur inattendue »), and an error leaves the business tables as they were.
 */
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/actions/client";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { inDays } from "../factories/needs";
import { field, form, hostileString, idLike, toFormData, type FieldValue } from "../fuzz/arbitraries";
import { businessTables, fingerprint, fingerprintQuery } from "../fuzz/fingerprint";
import { db, resetDatabase } from "./db";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Auth.js needs a request context; signing in is not the door under test (the credentials check is).
vi.mock("@/lib/auth/auth", async () => {
  const { redirect } = await import("next/navigation");
  return { signIn: async () => redirect("/espace"), signOut: async () => redirect("/"), auth: async () => null, handlers: {} };
});
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", origin: "http://localhost", host: "localhost" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

const offres = await import("@/app/offres/actions");
const alertes = await import("@/app/alertes/actions");
const monEntreprise = await import("@/app/mon-entreprise/actions");
const besoins = await import("@/app/besoins/actions");
const suivi = await import("@/app/besoins/[id]/suivi/actions");
const repondre = await import("@/app/besoins/[id]/repondre/actions");
const fournisseurs = await import("@/app/besoins/[id]/fournisseurs/actions");
const needAnswers = await import("@/app/besoins/[id]/_answers/actions");
const reponsesBuyer = await import("@/app/besoins/[id]/reponses/actions");
const importPlan = await import("@/app/besoins/import/actions");
const cci = await import("@/app/cci/actions");
const moderation = await import("@/app/cci/moderation/actions");
const ponderations = await import("@/app/cci/ponderations/actions");
const preferences = await import("@/app/preferences-notification/actions");
const authActions = await import("@/app/(auth)/actions");
const reponses = await import("@/app/reponses/actions");
const webhooks = await import("@/app/mon-entreprise/webhooks/actions");
const evenements = await import("@/app/evenements/guest-action");
const communesRoute = await import("@/app/api/reference/communes/route");
const nafRoute = await import("@/app/api/reference/naf/route");
const areasRoute = await import("@/app/api/reference/areas/route");
const suggestRoute = await import("@/app/api/search/suggest/route");
const matchesRoute = await import("@/app/api/v1/needs/[id]/matches/route");
const filesRoute = await import("@/app/api/files/[id]/route");
const sireneRoute = await import("@/app/api/cci/sirene/[id]/route");
const exportsRoute = await import("@/app/exports/[table]/route");

const TOTAL_INPUTS = Number(process.env.FUZZ_INPUTS ?? 10_000);
const UNEXPECTED = /erreur inattendue/i;

let actors: (Actor | null)[] = [];
let ids: { need: string; buyerCompany: string; supplierCompany: string; user: string; fakeAnswer: string };
let fpQuery: ReturnType<typeof fingerprintQuery>;
let inputs = 0;
let baseline: string | null = null;
const unexpected: unknown[] = [];
const consoleError = console.error;

beforeAll(async () => {
  await resetDatabase();
  const buyer = await companyWithTeam(db());
  const supplier = await companyWithTeam(db());
  const staff = await staffActor(db());
  const need = await publishedNeed(db(), buyer.admin, buyer.companyId, staff);
  actors = [buyer.admin, buyer.member, supplier.admin, staff, null];
  ids = {
    need: need.id,
    buyerCompany: buyer.companyId,
    supplierCompany: supplier.companyId,
    user: buyer.admin.userId,
    fakeAnswer: "6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21",
  };
  fpQuery = fingerprintQuery(await businessTables(db()));
  // The wrapper logs what it did not expect: that is a failure here, with the error kept for the report.
  console.error = (...args: unknown[]) => {
    if (String(args[0]).includes("unexpected error")) unexpected.push(args[1] ?? args[0]);
    else consoleError(...args);
  };
});

afterAll(() => {
  console.error = consoleError;
});

const isNavigation = (err: unknown) =>
  typeof (err as { digest?: unknown })?.digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK)/.test((err as { digest: string }).digest);

/** Runs one door call and checks the invariants; a success moves the baseline on. */
async function check(call: () => Promise<{ error: boolean; describe: string }>, label: string, input: unknown) {
  inputs += 1;
  unexpected.length = 0;
  // The state before this input: the one left by the last input (kept), read again after a success.
  baseline ??= await fingerprint(db(), fpQuery);
  const before = baseline;
  let outcome: { error: boolean; describe: string };
  try {
    outcome = await call();
  } catch (err) {
    if (!isNavigation(err)) throw new Error(`${label} threw for ${short(input)}: ${String((err as Error)?.stack ?? err)}`);
    outcome = { error: false, describe: "redirect" };
  }
  if (!outcome.error) baseline = null;
  if (unexpected.length) throw new Error(`${label} hit an unexpected error for ${short(input)}: ${String((unexpected[0] as Error)?.stack ?? unexpected[0])}`);
  expect(outcome.describe, `${label} for ${short(input)}`).not.toMatch(UNEXPECTED);
  if (outcome.error) {
    const after = await fingerprint(db(), fpQuery);
    expect(after, `${label} wrote although it refused ${short(input)}`).toBe(before);
  }
}

const short = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "string" && x.length > 80 ? `${x.slice(0, 40)}…(${x.length})` : x));

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
type BoundAction = (id: unknown, prev: FormState, fd: FormData) => Promise<FormState>;
interface Door {
  name: string;
  form: () => fc.Arbitrary<Record<string, FieldValue>>;
  action?: Action;
  bound?: { action: BoundAction; id: () => fc.Arbitrary<unknown> };
}

const actorArb = () => fc.integer({ min: 0, max: actors.length - 1 }).map((i) => actors[i]);
const uuidField = () => field(ids.need, ids.buyerCompany, ids.fakeAnswer);
const today = () => inDays(0);

const needForm = () =>
  form({
    title: field("Entretien des espaces verts du site"),
    description: field("Tonte, taille des haies et ramassage des feuilles, une fois par mois."),
    kind: field("services", "works"),
    nafCodes: field(["81.30Z"]),
    communeCode: field("13087"),
    perimeterKind: field("radius", "territory"),
    perimeterRadiusKm: field("30", "0x10", "1e2"),
    perimeterAreas: field([]),
    budgetMinEur: field("8 000", "0.001"),
    budgetMaxEur: field("15000", "1e7"),
    quantities: field(""),
    responseDeadline: field(inDays(20), "9999-12-31", today()),
    expectedStartDate: field(inDays(40)),
    csrCriteria: field(["insertion"]),
    csrNotes: field(""),
    visibility: field("all_signatories"),
    contactUserId: field(ids.user),
  });
const offerForm = () =>
  form({
    title: field("Nettoyage de bureaux"),
    description: field("Entretien quotidien ou hebdomadaire de vos bureaux, vitrerie."),
    nafCodes: field(["81.21Z"]),
    priceIndication: field("28 € HT de l'heure"),
    areaKind: field("territory", "radius"),
    areaRadiusKm: field(""),
    areaAreas: field([]),
    removePhotoIds: field(undefined, ids.fakeAnswer),
  });
const answerForm = () =>
  form({
    priceMode: field("total", "unit"),
    priceEur: field("12 500", "0.001", "0x10", "1e7", "-0"),
    unitPriceEur: field("42,5"),
    quantity: field("120", "0.0001"),
    leadTimeDays: field("30", "0x10"),
    validityDays: field("90", "1e2"),
    message: field("Nous entretenons une dizaine de sites du pays d'Aix."),
    partnerRef: field([]),
    partnerShare: field([]),
    answerId: field(""),
    removeFileIds: field(undefined, ids.fakeAnswer),
  });
const ref = (key: string) => () => form({ [key]: uuidField() });

const doors: Door[] = [
  { name: "createNeedAction", action: besoins.createNeedAction, form: needForm },
  {
    name: "updateNeedAction",
    bound: { action: besoins.updateNeedAction, id: () => idLike(ids.need) },
    form: () => needForm().map((f) => ({ ...f, removeFileIds: f.csrNotes })),
  },
  { name: "submitNeedAction", action: besoins.submitNeedAction, form: ref("needId") },
  { name: "deleteNeedAction", action: besoins.deleteNeedAction, form: ref("needId") },
  { name: "duplicateNeedAction", action: besoins.duplicateNeedAction, form: ref("needId") },
  { name: "cancelNeedAction", action: besoins.cancelNeedAction, form: () => form({ needId: uuidField(), reason: field("Budget annulé") }) },
  { name: "createOfferAction", action: offres.createOfferAction, form: offerForm },
  { name: "updateOfferAction", bound: { action: offres.updateOfferAction, id: () => idLike(ids.fakeAnswer) }, form: offerForm },
  { name: "submitOfferAction", action: offres.submitOfferAction, form: ref("offerId") },
  { name: "archiveOfferAction", action: offres.archiveOfferAction, form: ref("offerId") },
  { name: "deleteOfferAction", action: offres.deleteOfferAction, form: ref("offerId") },
  { name: "saveAnswerAction", bound: { action: repondre.saveAnswerAction, id: () => idLike(ids.need) }, form: answerForm },
  { name: "declareInterestAction", action: needAnswers.declareInterestAction, form: ref("needId") },
  {
    name: "askQuestionAction",
    action: needAnswers.askQuestionAction,
    form: () => form({ needId: uuidField(), question: field("Le site est-il accessible le samedi ?") }),
  },
  {
    name: "replyQuestionAction",
    action: needAnswers.replyQuestionAction,
    form: () =>
      form({ questionId: uuidField(), answer: field("Oui, de 8 h à 12 h."), publish: field("on"), newDeadline: field("", "9999-12-31", "1999-01-01") }),
  },
  { name: "shortlistAction", action: reponsesBuyer.shortlistAction, form: () => form({ answerId: uuidField(), on: field("1", "0") }) },
  {
    name: "awardAction",
    action: reponsesBuyer.awardAction,
    form: () =>
      form({
        needId: uuidField(),
        awardedOn: field(today(), "9999-12-31", "1999-12-31"),
        answerIds: field([ids.fakeAnswer]),
        amounts: field(["0.001"], ["1e7"]),
        feedbacks: field([""]),
        award: field([ids.fakeAnswer]),
      }),
  },
  {
    name: "unsuccessfulAction",
    action: reponsesBuyer.unsuccessfulAction,
    form: () => form({ needId: uuidField(), reason: field("Aucune offre dans le budget.") }),
  },
  {
    name: "followUpAction",
    action: suivi.followUpAction,
    form: () => form({ needId: uuidField(), outcome: field("yes", "no", "not_yet"), amountEur: field("1 000", "0.001"), reason: field("") }),
  },
  {
    name: "rateSupplierAction",
    action: suivi.rateSupplierAction,
    form: () => form({ needId: uuidField(), supplierCompanyId: field(ids.supplierCompany), rating: field("4", "0x5", "5e0"), comment: field("") }),
  },
  {
    name: "inviteSuppliersAction",
    action: fournisseurs.inviteSuppliersAction,
    form: () => form({ needId: uuidField(), companyIds: field([ids.supplierCompany]), only: field(undefined) }),
  },
  { name: "importPlanAction", action: importPlan.importPlanAction, form: () => form({ skipInvalid: field("on"), file: field(undefined, "plan.csv") }) },
  {
    name: "updateProfileAction",
    action: monEntreprise.updateProfileAction,
    form: () =>
      form({
        description: field("Menuiserie bois et aluminium."),
        website: field("exemple.fr"),
        contactName: field(""),
        contactEmail: field("contact@exemple.fr"),
        contactPhone: field("04 91 00 00 00"),
        headcountBand: field("03"),
        secondaryNafCodes: field([]),
        certifications: field("Qualibat"),
        serviceAreaKind: field("territory"),
        serviceAreaRadiusKm: field(""),
        serviceAreaAreas: field([]),
        refClient: field([]),
        refYear: field([], ["0x7E8"]),
        refDescription: field([]),
      }),
  },
  {
    name: "setLargeBuyerAction",
    action: cci.setLargeBuyerAction,
    form: () => form({ companyId: field(ids.buyerCompany), value: field("true", "false"), returnTo: field("/cci/entreprises", "//evil.example") }),
  },
  { name: "verifyCompanyAction", action: cci.verifyCompanyAction, form: () => form({ companyId: field(ids.supplierCompany), returnTo: field(undefined) }) },
  {
    name: "setSuspendedAction",
    action: cci.setSuspendedAction,
    form: () => form({ companyId: field(ids.supplierCompany), value: field("false"), reason: field(""), returnTo: field(undefined) }),
  },
  {
    name: "decideNeedAction",
    action: moderation.decideNeedAction,
    form: () => form({ objectId: uuidField(), decision: field("request_changes", "reject", "approve"), reason: field("Précisez le lieu.") }),
  },
  {
    name: "decideOfferAction",
    action: moderation.decideOfferAction,
    form: () => form({ objectId: uuidField(), decision: field("reject"), reason: field("Hors sujet.") }),
  },
  {
    name: "decideCompanyAction",
    action: moderation.decideCompanyAction,
    form: () => form({ objectId: field(ids.supplierCompany), decision: field("request_changes"), reason: field("Kbis illisible.") }),
  },
  {
    name: "publishWeightsAction",
    action: ponderations.publishWeightsAction,
    form: () =>
      form({
        activity: field("0,3", "0x1", "1e-1"),
        trade: field("0", "0,1"),
        text: field("0,2"),
        distance: field("0.2"),
        locality: field("0,1"),
        size: field("0,1"),
        trust: field("0,05"),
        responsiveness: field("0,05"),
        alertThreshold: field("0,6", "Infinity"),
        distanceHalfKm: field("25", "-0"),
        note: field(""),
      }),
  },
  {
    name: "savePreferencesAction",
    action: preferences.savePreferencesAction,
    form: () =>
      form({
        mode: field("daily", "off"),
        dailyCap: field("5", "0x10", "1e1", "0.001"),
        minScore: field("", "0.7"),
        kinds: field(["challenges", "skills"], "skills", ["skills", "skills", "skills"]),
      }),
  },
  { name: "declineAction", action: alertes.declineAction, form: () => form({ jeton: field("faux.jeton"), reason: field("distance", "activity") }) },
  { name: "unsubscribeAction", action: alertes.unsubscribeAction, form: () => form({ jeton: field("faux.jeton") }) },
  {
    name: "createWebhookAction",
    action: webhooks.createWebhookAction,
    form: () =>
      form({
        url: field("https://erp.exemple.fr/hooks", "http://127.0.0.1:9/x", "javascript:alert(1)", "https://10.0.0.1/x"),
        description: field(""),
        events: field(["answer.received"], ["need.published_match", "award.decided"], ["need.nope"]),
        minScorePercent: field("60", "0x10", "1e2", "100,5"),
      }),
  },
  { name: "setWebhookEnabledAction", action: webhooks.setWebhookEnabledAction, form: () => form({ endpointId: uuidField(), enabled: field("false", "true") }) },
  { name: "deleteWebhookAction", action: webhooks.deleteWebhookAction, form: ref("endpointId") },
  { name: "replayDeliveryAction", action: webhooks.replayDeliveryAction, form: ref("deliveryId") },
  { name: "withdrawAnswerAction", action: reponses.withdrawAnswerAction, form: ref("answerId") },
  { name: "partnerReplyAction", action: reponses.partnerReplyAction, form: () => form({ answerId: uuidField(), decision: field("accept", "decline") }) },
  {
    name: "signInAction",
    action: authActions.signInAction,
    form: () => form({ email: field("personne@exemple.fr"), password: field("Calanques-2026"), next: field("/espace", "//evil.example") }),
  },
  // Anonymous registration to a business-meetings day: only an event open to guests accepts it, never a need's id.
  {
    name: "registerGuestAction",
    bound: { action: evenements.registerGuestAction, id: () => idLike(ids.need) },
    form: () =>
      form({
        siret: field("not a siret", "91900002600014"),
        companyName: field("Fuzz SARL"),
        role: field("buyer", "both", "staff"),
        firstName: field("Lucie"),
        lastName: field("Garnier"),
        email: field("fuzz@exemple.fr"),
        consent: field("on", undefined),
      }),
  },
  {
    name: "signUpAction",
    action: authActions.signUpAction,
    form: () =>
      form({
        firstName: field("Lucie"),
        lastName: field("Garnier"),
        email: field("fuzz@exemple.fr"),
        password: field("Calanques-2026"),
        siret: field("not a siret"),
        legalName: field("Fuzz SARL"),
        nafCode: field("43.32A"),
        communeCode: field("13005"),
        headcountBand: field("02"),
        acceptCharter: field("on"),
      }),
  },
];

interface Route {
  name: string;
  call: () => fc.Arbitrary<() => Promise<Response>>;
}

const url = (path: string, params: Record<string, unknown>) => {
  const u = new URL(path, "http://localhost");
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, String(v));
  return new NextRequest(u);
};
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

const routes: Route[] = [
  { name: "GET /api/reference/communes", call: () => hostileString.map((q) => () => communesRoute.GET(url("/api/reference/communes", { q }))) },
  { name: "GET /api/reference/naf", call: () => hostileString.map((q) => () => nafRoute.GET(url("/api/reference/naf", { q }))) },
  { name: "GET /api/reference/areas", call: () => hostileString.map((q) => () => areasRoute.GET(url("/api/reference/areas", { q }))) },
  {
    name: "GET /api/search/suggest",
    call: () =>
      fc.tuple(fc.constantFrom("needs", "companies", "challenges", "skills", "x"), hostileString).map(
        ([index, q]) =>
          () =>
            suggestRoute.GET(url("/api/search/suggest", { index, q })),
      ),
  },
  {
    name: "GET /api/v1/needs/[id]/matches",
    call: () =>
      fc.tuple(idLike(ids.need), fc.oneof(hostileString, fc.constant("10"))).map(
        ([id, limit]) =>
          () =>
            matchesRoute.GET(url("/api/v1/needs/x/matches", { limit }), params({ id: id as string })),
      ),
  },
  {
    name: "GET /api/files/[id]",
    call: () => idLike(ids.need).map((id) => () => filesRoute.GET(new Request("http://localhost/api/files/x"), params({ id: id as string }))),
  },
  {
    name: "GET /api/cci/sirene/[id]",
    call: () => idLike(ids.need).map((id) => () => sireneRoute.GET(new Request("http://localhost/api/cci/sirene/x"), params({ id: id as string }))),
  },
  {
    name: "GET /exports/[table]",
    call: () =>
      fc.tuple(fc.oneof(fc.constantFrom("needs", "answers", "companies"), hostileString), hostileString, hostileString).map(
        ([table, format, cols]) =>
          () =>
            exportsRoute.GET(url("/exports/x", { format, cols, du: cols, au: format }), params({ table })),
      ),
  },
];

const runsPerDoor = Math.ceil(TOTAL_INPUTS / (doors.length + routes.length));

describe("fuzzing the doors", () => {
  it.each(doors.map((d) => [d.name, d] as const))("%s: no unexpected error, no write when refused", async (name, door) => {
    const arb = door.bound ? fc.tuple(actorArb(), door.form(), door.bound.id()) : fc.tuple(actorArb(), door.form(), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(arb, async ([actor, values, id]) => {
        session.actor = actor;
        await check(
          async () => {
            const fd = toFormData(values);
            const state = door.bound ? await door.bound.action(id, { ok: false }, fd) : await door.action!({ ok: false }, fd);
            return { error: !state.ok, describe: state.message ?? "" };
          },
          name,
          { actor: actor?.userId ?? null, values, id },
        );
      }),
      { numRuns: runsPerDoor, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it.each(routes.map((r) => [r.name, r] as const))("%s: never a 500, no write when refused", async (name, route) => {
    await fc.assert(
      fc.asyncProperty(actorArb(), route.call(), async (actor, call) => {
        session.actor = actor;
        await check(
          async () => {
            const res = await call();
            expect(res.status, name).toBeLessThan(500);
            await res.body?.cancel();
            return { error: res.status >= 400, describe: res.status >= 400 ? await Promise.resolve("") : "" };
          },
          name,
          { actor: actor?.userId ?? null },
        );
      }),
      { numRuns: runsPerDoor },
    );
  });

  it(`ran at least ${TOTAL_INPUTS} inputs`, () => {
    expect(inputs).toBeGreaterThanOrEqual(TOTAL_INPUTS);
  });
});
