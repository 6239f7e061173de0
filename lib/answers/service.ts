/**
 * Supplier-side operations on answers: declare interest ("Se positionner"), submit or edit a structured
 * answer (documents, partners), withdraw. Each one locks the need (share) then the answer, checks the
 * deadline, and writes its change, audit row and e-mails in one transaction. After the deadline every
 * write is refused: the answer is locked.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { answers, files, needInvitations } from "@/db/schema";
import { assertSignedIn, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, pgConstraint, pgErrorCode, ValidationError } from "../errors";
import type { CheckedUpload } from "../files/check-upload";
import { storeFile } from "../files/store-file";
import { isMemberOf, SUBMITTED_STATUSES } from "./access";
import { MAX_ANSWER_DOCUMENTS, type AnswerInput } from "./answer-schema";
import { assertAnswersOpen, lockNeed, supplierCompanyOf } from "./guards";
import { notifyAnswerSubmitted } from "./notifications";
import { markInvitationAnswered, resolvePartners, writePartners } from "./partners";

export const DUPLICATE_ANSWER = "Votre entreprise a déjà déposé une réponse à ce besoin : modifiez-la plutôt que d'en déposer une seconde.";

const isUniqueViolation = (err: unknown) => pgErrorCode(err) === "23505" && pgConstraint(err) === "answers_need_company_uq";

/** The supplier declares its interest: an "interested" answer the buyer sees (company name only). Idempotent. */
export async function declareInterest(db: Db, actor: Actor | null, needId: string, now = new Date()) {
  assertSignedIn(actor);
  return db
    .transaction(async (tx) => {
      const need = await lockNeed(tx, needId, "share");
      const company = await supplierCompanyOf(tx, actor, need);
      assertAnswersOpen(need, now);
      const [existing] = await tx
        .select()
        .from(answers)
        .where(and(eq(answers.needId, needId), eq(answers.companyId, company.companyId)))
        .for("update");
      if (existing && existing.status !== "withdrawn") return existing;
      const [row] = existing
        ? await tx.update(answers).set({ status: "interested", withdrawnAt: null, submittedAt: null }).where(eq(answers.id, existing.id)).returning()
        : await tx.insert(answers).values({ needId, companyId: company.companyId, createdBy: actor.userId }).returning();
      await tx
        .update(needInvitations)
        .set({ status: "interested", respondedAt: now })
        .where(and(eq(needInvitations.needId, needId), eq(needInvitations.companyId, company.companyId), inArray(needInvitations.status, ["sent", "opened"])));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "answer.interest",
        objectType: "answer",
        objectId: row.id,
        companyId: company.companyId,
        after: { needId, status: row.status },
      });
      return row;
    })
    .catch((err) => {
      // Two members clicking at once: the second finds the first one's row.
      if (isUniqueViolation(err)) throw new ConflictError("Votre entreprise vient de se positionner sur ce besoin : rechargez la page.");
      throw err;
    });
}

/**
 * Submits (or edits) the company's answer. Without partners it is submitted at once; with partners it
 * waits for their acceptance (lib/answers/partners.ts). `input.answerId` says the form edits that answer:
 * a second answer by the same company is refused, nothing written.
 */
export async function saveAnswer(
  db: Db,
  actor: Actor | null,
  needId: string,
  input: AnswerInput,
  uploads: CheckedUpload[] = [],
  removeFileIds: string[] = [],
  now = new Date(),
) {
  assertSignedIn(actor);
  if (uploads.length > MAX_ANSWER_DOCUMENTS) throw new ValidationError({ documents: `${MAX_ANSWER_DOCUMENTS} documents au plus.` });
  return db
    .transaction(async (tx) => {
      const need = await lockNeed(tx, needId, "share");
      const company = await supplierCompanyOf(tx, actor, need);
      assertAnswersOpen(need, now);
      const [existing] = await tx
        .select()
        .from(answers)
        .where(and(eq(answers.needId, needId), eq(answers.companyId, company.companyId)))
        .for("update");
      if (input.answerId && existing?.id !== input.answerId) throw new ConflictError("Cette réponse n'existe plus : rechargez la page.");
      const delivered = existing && (SUBMITTED_STATUSES.includes(existing.status) || (existing.status === "interested" && existing.priceEur !== null));
      if (delivered && !input.answerId) throw new ConflictError(DUPLICATE_ANSWER, { answerId: DUPLICATE_ANSWER });
      if (existing && !["interested", "submitted", "withdrawn"].includes(existing.status)) throw new ConflictError("Votre réponse n'est plus modifiable.");

      const partners = await resolvePartners(tx, input.partners, { leadCompanyId: company.companyId, buyerCompanyId: need.companyId });
      const status = partners.length ? "interested" : "submitted";
      const values = {
        priceEur: input.priceEur,
        unitPriceEur: input.unitPriceEur,
        quantity: input.quantity,
        leadTimeDays: input.leadTimeDays,
        validityDays: input.validityDays,
        message: input.message,
        status,
        submittedAt: status === "submitted" ? now : null,
        withdrawnAt: null,
      } as const;
      const [answer] = existing
        ? await tx.update(answers).set(values).where(eq(answers.id, existing.id)).returning()
        : await tx
            .insert(answers)
            .values({ ...values, needId, companyId: company.companyId, createdBy: actor.userId })
            .returning();

      const kept = await tx
        .select({ id: files.id })
        .from(files)
        .where(and(eq(files.objectType, "answer"), eq(files.objectId, answer.id)));
      const removing = kept.filter((f) => removeFileIds.includes(f.id));
      if (kept.length - removing.length + uploads.length > MAX_ANSWER_DOCUMENTS) {
        throw new ValidationError({ documents: `${MAX_ANSWER_DOCUMENTS} documents au plus (${kept.length - removing.length} déjà joints).` });
      }
      if (removing.length)
        await tx.delete(files).where(
          inArray(
            files.id,
            removing.map((f) => f.id),
          ),
        );
      for (const upload of uploads) {
        await storeFile(tx, { companyId: company.companyId, objectType: "answer", objectId: answer.id, uploadedBy: actor.userId }, upload);
      }
      await writePartners(tx, answer, partners, { needTitle: need.title, leadName: company.companyName });
      if (status === "submitted") await markInvitationAnswered(tx, needId, company.companyId, now);
      // The buyer hears of an answer when it first reaches it, not of each later edit.
      if (status === "submitted" && !(existing && SUBMITTED_STATUSES.includes(existing.status))) await notifyAnswerSubmitted(tx, answer);
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: existing?.priceEur != null ? "answer.update" : "answer.submit",
        objectType: "answer",
        objectId: answer.id,
        companyId: company.companyId,
        before: existing ? { status: existing.status, priceEur: existing.priceEur } : null,
        after: { needId, status, priceEur: answer.priceEur, partners: partners.map((p) => p.companyId) },
      });
      return { answer, awaitingPartners: partners.length > 0 };
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw new ConflictError(DUPLICATE_ANSWER, { answerId: DUPLICATE_ANSWER });
      throw err;
    });
}

/** The supplier withdraws its answer before the deadline; the buyer no longer sees it. */
export async function withdrawAnswer(db: Db, actor: Actor | null, answerId: string, now = new Date()) {
  assertSignedIn(actor);
  return db.transaction(async (tx) => {
    const [ref] = await tx.select({ needId: answers.needId, companyId: answers.companyId }).from(answers).where(eq(answers.id, answerId));
    if (!ref || !isMemberOf(actor, ref.companyId)) throw new NotFoundError("Réponse introuvable.");
    const need = await lockNeed(tx, ref.needId, "share");
    assertAnswersOpen(need, now);
    const [before] = await tx.select().from(answers).where(eq(answers.id, answerId)).for("update");
    if (before.status !== "interested" && before.status !== "submitted") throw new ConflictError("Cette réponse ne peut plus être retirée.");
    const [after] = await tx.update(answers).set({ status: "withdrawn", withdrawnAt: now }).where(eq(answers.id, answerId)).returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "answer.withdraw",
      objectType: "answer",
      objectId: answerId,
      companyId: ref.companyId,
      before: { status: before.status },
      after: { status: "withdrawn" },
    });
    return after;
  });
}
