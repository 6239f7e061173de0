/**
 * Suppliers' questions on a need. Only the buyer (and staff) see who asked. The buyer replies privately
 * (only the asking company reads it) or publishes the Q&A, anonymised: every supplier positioned on or
 * invited to the need is told by e-mail. Publishing an important clarification may push the deadline
 * back (the buyer's choice): the scheduled closing job moves with it and the need is re-indexed.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { needs, questions, users } from "@/db/schema";
import { needRecipients } from "@/db/queries/needs";
import { positionedOrInvitedPeople } from "@/db/queries/answers";
import { queueIndexing } from "@/search/indexer";
import { assertSignedIn, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { authorizeBuyerDecision } from "../needs/access";
import { endOfDayParis } from "../dates";
import { formatDate } from "../format";
import { enqueueJob } from "../outbox/enqueue";
import { emitQuestionAnswered } from "../webhooks/events";
import type { QuestionReply } from "./decision-schema";
import { MAILS, notify } from "./emails";
import { assertAnswersOpen, lockNeed, supplierCompanyOf } from "./guards";

/** A supplier asks a question while answers are open; the buyer's contacts are told (with the company's name). */
export async function askQuestion(db: Db, actor: Actor | null, needId: string, question: string, now = new Date()) {
  assertSignedIn(actor);
  return db.transaction(async (tx) => {
    const need = await lockNeed(tx, needId, "share");
    const company = await supplierCompanyOf(tx, actor, need);
    assertAnswersOpen(need, now);
    const [row] = await tx.insert(questions).values({ needId, companyId: company.companyId, askedBy: actor.userId, question: question.trim() }).returning();
    await notify(tx, await needRecipients(tx, need), MAILS.questionAsked({ needId, needTitle: need.title, companyName: company.companyName }));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "question.ask",
      objectType: "question",
      objectId: row.id,
      companyId: company.companyId,
      after: { needId },
    });
    return row;
  });
}

/** The buyer replies: privately, or published to all (optionally moving the deadline later). */
export async function replyToQuestion(db: Db, actor: Actor | null, input: QuestionReply, now = new Date()) {
  assertSignedIn(actor);
  return db.transaction(async (tx) => {
    const [ref] = await tx.select({ needId: questions.needId }).from(questions).where(eq(questions.id, input.questionId));
    if (!ref) throw new NotFoundError("Question introuvable.");
    const need = await lockNeed(tx, ref.needId, "update");
    authorizeBuyerDecision(actor, "need:answer-questions", need, {
      staff: "La CCI consulte les questions sans y répondre à la place de l'acheteur.",
      notFound: "Question introuvable.",
    });
    if (need.status !== "published" && need.status !== "closed") throw new ConflictError("Ce besoin n'accepte plus de questions.");
    let newDeadline: Date | null = null;
    if (input.newDeadline) {
      newDeadline = endOfDayParis(input.newDeadline);
      if (need.status !== "published") throw new ValidationError({ newDeadline: "La date limite ne peut être reportée que sur un besoin encore ouvert." });
      if (newDeadline <= need.responseDeadline) {
        throw new ValidationError({ newDeadline: `La nouvelle date limite doit suivre l'actuelle (${formatDate(need.responseDeadline)}).` });
      }
    }
    const [before] = await tx.select().from(questions).where(eq(questions.id, input.questionId)).for("update");
    const [after] = await tx
      .update(questions)
      .set({ answer: input.answer, answeredAt: now, published: input.publish || before.published })
      .where(eq(questions.id, input.questionId))
      .returning();
    if (newDeadline) {
      await tx.update(needs).set({ responseDeadline: newDeadline }).where(eq(needs.id, need.id));
      // Same key as at publication: the closing job moves to the new deadline.
      await enqueueJob(tx, "close_need", { needId: need.id }, { runAt: newDeadline, jobKey: `close-need:${need.id}` });
      await queueIndexing(tx, "needs", [need.id]);
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "need.extend_deadline",
        objectType: "need",
        objectId: need.id,
        companyId: need.companyId,
        before: { responseDeadline: need.responseDeadline },
        after: { responseDeadline: newDeadline },
      });
    }
    if (after.published) {
      await notify(tx, await positionedOrInvitedPeople(tx, need.id), MAILS.qaPublished({ needId: need.id, needTitle: need.title, newDeadline }));
    } else if (before.askedBy) {
      const asker = await tx.select({ id: users.id, email: users.email, firstName: users.firstName }).from(users).where(eq(users.id, before.askedBy));
      await notify(tx, asker, MAILS.questionAnsweredPrivately({ needId: need.id, needTitle: need.title }));
    }
    await emitQuestionAnswered(tx, after, newDeadline);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: after.published ? "question.publish" : "question.answer",
      objectType: "question",
      objectId: after.id,
      companyId: need.companyId,
      after: { published: after.published, deadlineMoved: Boolean(newDeadline) },
    });
    return { question: after, newDeadline };
  });
}
