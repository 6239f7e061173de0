/**
 * Property-based fuzzing of the doors around a need (tests/fuzz/arbitraries.ts mixes the forms' fields with
 * hostile values): the buyer's need (create, edit, submit, delete, duplicate, cancel, invite suppliers, import a
 * purchase plan), the supplier's answer (interest, questions, answer, withdraw, a partner's reply) and the
 * buyer's decisions (shortlist, award, unsuccessful, follow-up, rating). The check is fuzz-doors-kit.ts's.
 */
import "./fuzz-doors-mocks";
import { afterAll, beforeAll, describe } from "vitest";
import { inDays } from "../factories/needs";
import { field, form, idLike } from "../fuzz/arbitraries";
import { type Door, fuzzBudget, fuzzDoors, ids, ref, restoreConsole, setUpDoors, uuidField } from "./fuzz-doors-kit";

const besoins = await import("@/app/besoins/actions");
const suivi = await import("@/app/besoins/[id]/suivi/actions");
const repondre = await import("@/app/besoins/[id]/repondre/actions");
const fournisseurs = await import("@/app/besoins/[id]/fournisseurs/actions");
const needAnswers = await import("@/app/besoins/[id]/_answers/actions");
const reponsesBuyer = await import("@/app/besoins/[id]/reponses/actions");
const importPlan = await import("@/app/besoins/import/actions");
const reponses = await import("@/app/reponses/actions");

beforeAll(setUpDoors);
afterAll(restoreConsole);

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
  { name: "withdrawAnswerAction", action: reponses.withdrawAnswerAction, form: ref("answerId") },
  { name: "partnerReplyAction", action: reponses.partnerReplyAction, form: () => form({ answerId: uuidField(), decision: field("accept", "decline") }) },
];

describe("fuzzing the doors: needs and answers", () => {
  fuzzDoors(doors);
  fuzzBudget(doors.length);
});
