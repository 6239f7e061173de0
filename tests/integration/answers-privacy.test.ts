/**
 * The answers privacy matrix, on the server: roles × what they may see or do about supplier A's answer
 * to the buyer's need, each cell asserted through the real queries, services and download check.
 * Refusals may be "not found" (the existence of an answer must not leak) or "forbidden": both are "n".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { files } from "@/db/schema";
import { companyAnswers, loadAnswer } from "@/db/queries/answers";
import { loadNeedAccessFacts } from "@/db/queries/needs";
import { questionsOfNeed } from "@/db/queries/questions";
import { activeCompany, type Actor } from "@/lib/auth/actor";
import { answerViewer, mayReadAnswerDetails, questionView } from "@/lib/answers/access";
import { awardNeed } from "@/lib/answers/awards";
import { awardInputSchema, ZQuestionReply } from "@/lib/answers/decision-schema";
import { respondToPartnership } from "@/lib/answers/partners";
import { askQuestion, replyToQuestion } from "@/lib/answers/questions";
import { saveAnswer, withdrawAnswer } from "@/lib/answers/service";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { canDownloadFile } from "@/lib/files/download-access";
import { resolveNeedViewer } from "@/lib/needs/viewer";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, closeNeed, pdfUpload, publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

type Role = "anonymous" | "buyer" | "author" | "competitor" | "partner" | "outsider" | "staff";
const ROLES: Role[] = ["anonymous", "buyer", "author", "competitor", "partner", "outsider", "staff"];
type Team = Awaited<ReturnType<typeof companyWithTeam>>;
let actors: Record<Role, Actor | null>;
let t: { buyer: Team; a: Team; b: Team; p: Team; staff: Actor; partnerSiret: string };
let open: { needId: string; answerId: string; questionId: string };
let pending: { answerId: string };

const yn = (v: boolean) => (v ? "Y" : "n") as "Y" | "n";
async function outcome(run: () => Promise<unknown>): Promise<"Y" | "n"> {
  try {
    await run();
    return "Y";
  } catch (err) {
    if (err instanceof ForbiddenError || err instanceof UnauthenticatedError || err instanceof NotFoundError) return "n";
    throw err;
  }
}

/** A published need of the buyer with A's joint answer (partner P), B's answer, and A's question. */
async function scenario(opts: { partnerAccepts: boolean }) {
  const need = await publishedNeed(db(), t.buyer.admin, t.buyer.companyId, t.staff);
  const { answer } = await saveAnswer(db(), t.a.member, need.id, answerInput({ partnerRef: [t.partnerSiret], partnerShare: ["25"] }), [
    pdfUpload("memoire-technique.pdf"),
  ]);
  if (opts.partnerAccepts) await respondToPartnership(db(), t.p.admin, answer.id, true);
  await saveAnswer(db(), t.b.admin, need.id, answerInput({ priceEur: "9 900" }), [pdfUpload("devis-concurrent.pdf")]);
  const q = await askQuestion(db(), t.a.member, need.id, "Le site est-il accessible le samedi matin ?");
  await replyToQuestion(db(), t.buyer.admin, ZQuestionReply.parse({ questionId: q.id, answer: "Oui, de 8 h à 12 h." }));
  return { needId: need.id, answerId: answer.id, questionId: q.id };
}

beforeAll(async () => {
  await resetDatabase();
  const [buyer, a, b, p, outsider] = [
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
  ];
  const [row] = await db().query.companies.findMany({ where: (c, { eq: e }) => e(c.id, p.companyId) });
  t = { buyer, a, b, p, staff: await staffActor(db()), partnerSiret: row.siret };
  actors = { anonymous: null, buyer: buyer.member, author: a.member, competitor: b.member, partner: p.admin, outsider: outsider.member, staff: t.staff };
  open = await scenario({ partnerAccepts: true });
  pending = await scenario({ partnerAccepts: false });
});

const sees = async (role: Role, answerId: string) => {
  const loaded = (await loadAnswer(db(), answerId))!;
  return answerViewer(actors[role], loaded.facts);
};
const readsDetails = async (role: Role, answerId: string) => {
  const loaded = (await loadAnswer(db(), answerId))!;
  return mayReadAnswerDetails(answerViewer(actors[role], loaded.facts), loaded.answer.status);
};
const documentOf = async (answerId: string) =>
  (
    await db()
      .select()
      .from(files)
      .where(and(eq(files.objectType, "answer"), eq(files.objectId, answerId)))
  )[0];
const needViewerOf = async (role: Role, needId: string) => resolveNeedViewer(db(), actors[role], (await loadNeedAccessFacts(db(), needId))!);
const questionOf = async (role: Role) => {
  const v = await needViewerOf(role, open.needId);
  const [q] = await questionsOfNeed(db(), open.needId);
  return v ? questionView(v, v === "supplier" ? activeCompany(actors[role])!.companyId : null, q) : null;
};
const closedScene = async () => {
  const s = await scenario({ partnerAccepts: true });
  await closeNeed(db(), s.needId);
  return s;
};

const MATRIX: Record<string, { expected: Record<Role, "Y" | "n">; run: (role: Role) => Promise<"Y" | "n"> }> = {
  "see that A answered (its name)": {
    expected: { anonymous: "n", buyer: "Y", author: "Y", competitor: "n", partner: "Y", outsider: "n", staff: "Y" },
    run: async (role) => yn((await sees(role, open.answerId)) !== null),
  },
  "read A's submitted price, message and documents": {
    expected: { anonymous: "n", buyer: "Y", author: "Y", competitor: "n", partner: "Y", outsider: "n", staff: "Y" },
    run: async (role) => yn(await readsDetails(role, open.answerId)),
  },
  "download A's submitted document": {
    expected: { anonymous: "n", buyer: "Y", author: "Y", competitor: "n", partner: "Y", outsider: "n", staff: "Y" },
    run: async (role) => yn(await canDownloadFile(db(), actors[role], await documentOf(open.answerId))),
  },
  "read A's price while its joint answer awaits the partner": {
    expected: { anonymous: "n", buyer: "n", author: "Y", competitor: "n", partner: "Y", outsider: "n", staff: "Y" },
    run: async (role) => yn(await readsDetails(role, pending.answerId)),
  },
  "download A's document while its joint answer awaits the partner": {
    expected: { anonymous: "n", buyer: "n", author: "Y", competitor: "n", partner: "Y", outsider: "n", staff: "Y" },
    run: async (role) => yn(await canDownloadFile(db(), actors[role], await documentOf(pending.answerId))),
  },
  "find A's answer on its own 'Mes réponses'": {
    expected: { anonymous: "n", buyer: "n", author: "Y", competitor: "n", partner: "Y", outsider: "n", staff: "n" },
    run: async (role) => {
      const company = activeCompany(actors[role]);
      return yn(Boolean(company && (await companyAnswers(db(), company.companyId)).some((r) => r.id === open.answerId)));
    },
  },
  "open the comparison of all answers": {
    expected: { anonymous: "n", buyer: "Y", author: "n", competitor: "n", partner: "n", outsider: "n", staff: "Y" },
    run: async (role) => yn(["owner", "staff"].includes((await needViewerOf(role, open.needId)) ?? "")),
  },
  "see which company asked A's question": {
    expected: { anonymous: "n", buyer: "Y", author: "n", competitor: "n", partner: "n", outsider: "n", staff: "Y" },
    run: async (role) => yn(Boolean((await questionOf(role))?.askedBy)),
  },
  "read the private reply to A's question": {
    expected: { anonymous: "n", buyer: "Y", author: "Y", competitor: "n", partner: "n", outsider: "n", staff: "Y" },
    run: async (role) => yn(Boolean((await questionOf(role))?.answer)),
  },
  "withdraw A's answer": {
    expected: { anonymous: "n", buyer: "n", author: "Y", competitor: "n", partner: "n", outsider: "n", staff: "n" },
    run: async (role) => {
      const s = await scenario({ partnerAccepts: true });
      return outcome(() => withdrawAnswer(db(), actors[role], s.answerId));
    },
  },
  "reply to A's question": {
    expected: { anonymous: "n", buyer: "Y", author: "n", competitor: "n", partner: "n", outsider: "n", staff: "n" },
    run: (role) => outcome(() => replyToQuestion(db(), actors[role], ZQuestionReply.parse({ questionId: open.questionId, answer: "Oui, de 8 h à 12 h." }))),
  },
  "award the closed need to A": {
    expected: { anonymous: "n", buyer: "Y", author: "n", competitor: "n", partner: "n", outsider: "n", staff: "n" },
    run: async (role) => {
      const s = await closedScene();
      const input = awardInputSchema().parse({
        needId: s.needId,
        awardedOn: new Date().toISOString().slice(0, 10),
        answerIds: [s.answerId],
        amounts: ["12 500"],
        feedbacks: [""],
        award: [s.answerId],
      });
      return outcome(() => awardNeed(db(), actors[role], input));
    },
  },
};

describe("answers privacy matrix (server side)", () => {
  for (const [operation, { expected, run }] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      it(`${role} ${expected[role] === "Y" ? "may" : "may not"} ${operation}`, async () => {
        expect(await run(role)).toBe(expected[role]);
      });
    }
  }
});
