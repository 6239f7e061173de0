/**
 * The buyer's decisions once the need is closed: shortlist, award to one or several answers (each with
 * its amount; a joint answer is awarded to its lead company, the partners' shares staying in
 * answer_partners.share_percent), the other answers not retained with optional feedback; or declare the
 * need unsuccessful. One transaction per decision, with audit row and e-mails. The need is locked
 * FOR UPDATE and its status checked, so two buyers acting at once cannot both decide.
 */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { answerPartners, answers, auditLog, awards, companies, needs, users } from "@/db/schema";
import type { NeedRow } from "@/db/schema";
import { adminsOf, companyName } from "@/db/queries/answers";
import { queueIndexing } from "@/search/indexer";
import { type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { authorizeBuyerDecision } from "../needs/access";
import { applyNeedEvent } from "../needs/state-machine";
import type { AwardInput } from "./decision-schema";
import { MAILS, notify } from "./emails";
import { notifyAnswerShortlisted } from "./notifications";
import { lockNeed } from "./guards";
import { emitAwardDecided } from "../webhooks/events";

export const NOT_CLOSED = "Le besoin doit être clos (date limite passée) avant d'être attribué ou déclaré sans suite.";

/** Only members of the buyer company decide ("need:award"); staff read but never act for the buyer; others: not found. */
function assertBuyer(actor: Actor | null, need: NeedRow): asserts actor is Actor {
  authorizeBuyerDecision(actor, "need:award", need, {
    staff: "La CCI consulte les réponses sans décider à la place de l'acheteur.",
    notFound: "Besoin introuvable.",
  });
}

/** Refuses a need already decided (naming who decided) or not yet closed. */
async function assertDecidable(tx: Tx, need: NeedRow) {
  if (need.status === "awarded" || need.status === "unsuccessful") {
    const [last] = await tx
      .select({ name: sql<string>`${users.firstName} || ' ' || ${users.lastName}` })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorUserId))
      .where(and(eq(auditLog.objectType, "need"), eq(auditLog.objectId, need.id), inArray(auditLog.action, ["need.award", "need.unsuccessful"])))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const who = last?.name ?? "un autre membre de votre entreprise";
    throw new ConflictError(
      need.status === "awarded"
        ? `Ce besoin vient d'être attribué par ${who} : rechargez la page.`
        : `Ce besoin vient d'être déclaré sans suite par ${who} : rechargez la page.`,
    );
  }
  if (need.status !== "closed") throw new ValidationError({ award: NOT_CLOSED }, NOT_CLOSED);
}

/** Companies to tell about an answer: its lead and its partners that did not decline. */
async function answerCompanies(tx: Tx, answerIds: string[]) {
  if (answerIds.length === 0) return new Map<string, string[]>();
  const partners = await tx
    .select({ answerId: answerPartners.answerId, companyId: answerPartners.companyId, status: answerPartners.status })
    .from(answerPartners)
    .where(inArray(answerPartners.answerId, answerIds));
  const leads = await tx.select({ id: answers.id, companyId: answers.companyId }).from(answers).where(inArray(answers.id, answerIds));
  return new Map(leads.map((a) => [a.id, [a.companyId, ...partners.filter((p) => p.answerId === a.id && p.status !== "declined").map((p) => p.companyId)]]));
}

/** The buyer marks a submitted answer as shortlisted (or takes it off the shortlist). */
export async function shortlistAnswer(db: Db, actor: Actor | null, answerId: string, on: boolean) {
  return db.transaction(async (tx) => {
    const [ref] = await tx.select({ needId: answers.needId }).from(answers).where(eq(answers.id, answerId));
    if (!ref) throw new NotFoundError("Réponse introuvable.");
    const need = await lockNeed(tx, ref.needId, "share");
    assertBuyer(actor, need);
    if (need.status !== "closed") throw new ConflictError("La présélection se fait une fois le besoin clos, avant l'attribution.");
    const [before] = await tx.select().from(answers).where(eq(answers.id, answerId)).for("update");
    const from = on ? "submitted" : "shortlisted";
    if (before.status !== from) throw new ConflictError("Cette réponse ne peut pas être présélectionnée : rechargez la page.");
    const [after] = await tx
      .update(answers)
      .set({ status: on ? "shortlisted" : "submitted" })
      .where(eq(answers.id, answerId))
      .returning();
    if (on) await notifyAnswerShortlisted(tx, after);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: on ? "answer.shortlist" : "answer.unshortlist",
      objectType: "answer",
      objectId: answerId,
      companyId: need.companyId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

/** Awards the closed need: awards rows, answers awarded / not retained, need → awarded, e-mails to every answering company. */
export async function awardNeed(db: Db, actor: Actor | null, input: AwardInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const need = await lockNeed(tx, input.needId, "update");
    assertBuyer(actor, need);
    await assertDecidable(tx, need);
    const rows = await tx.select().from(answers).where(eq(answers.needId, need.id)).for("update");
    const candidates = rows.filter((a) => a.status === "submitted" || a.status === "shortlisted");
    const errors: Record<string, string> = {};
    if (input.awards.length === 0) errors.award = "Choisissez au moins une réponse à retenir, ou déclarez le besoin sans suite.";
    for (const a of input.awards) if (!candidates.some((c) => c.id === a.answerId)) errors[`amount.${a.answerId}`] = "Cette réponse ne peut pas être retenue.";
    if (Object.keys(errors).length) throw new ValidationError(errors);

    const change = applyNeedEvent(need.status, "award", "company", now);
    await tx.update(needs).set(change).where(eq(needs.id, need.id));
    const awarded = new Map(input.awards.map((a) => [a.answerId, a.amountEur]));
    // Each winner with its amount (every awarded id is a candidate: checked above).
    const winners = candidates.flatMap((c) => {
      const amountEur = awarded.get(c.id);
      return amountEur === undefined ? [] : [{ ...c, amountEur }];
    });
    const losers = candidates.filter((c) => !awarded.has(c.id));
    await tx.insert(awards).values(
      winners.map((w) => ({
        needId: need.id,
        answerId: w.id,
        buyerCompanyId: need.companyId,
        supplierCompanyId: w.companyId,
        amountEur: w.amountEur,
        awardedOn: input.awardedOn,
        decidedBy: actor.userId,
      })),
    );
    await tx
      .update(answers)
      .set({ status: "awarded", decidedAt: now, feedback: null })
      .where(
        inArray(
          answers.id,
          winners.map((w) => w.id),
        ),
      );
    for (const l of losers) {
      await tx
        .update(answers)
        .set({ status: "not_retained", decidedAt: now, feedback: input.feedback[l.id] ?? null })
        .where(eq(answers.id, l.id));
    }
    await queueIndexing(tx, "needs", [need.id]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.award",
      objectType: "need",
      objectId: need.id,
      companyId: need.companyId,
      before: { status: need.status },
      after: { status: "awarded", awards: input.awards, awardedOn: input.awardedOn, notRetained: losers.map((l) => l.id) },
    });

    const [buyer] = await tx.select({ name: companyName() }).from(companies).where(eq(companies.id, need.companyId));
    const companiesOf = await answerCompanies(
      tx,
      candidates.map((c) => c.id),
    );
    for (const w of winners) {
      await notify(
        tx,
        await adminsOf(tx, companiesOf.get(w.id) ?? []),
        MAILS.awarded({ answerId: w.id, needTitle: need.title, buyerName: buyer.name, amountEur: w.amountEur, awardedOn: input.awardedOn }),
      );
    }
    for (const l of losers) {
      await notify(
        tx,
        await adminsOf(tx, companiesOf.get(l.id) ?? []),
        MAILS.notRetained({ answerId: l.id, needTitle: need.title, feedback: input.feedback[l.id] ?? null }),
      );
    }
    await emitAwardDecided(tx, need.id, [
      ...winners.map((w) => ({
        answerId: w.id,
        companyIds: companiesOf.get(w.id) ?? [],
        outcome: "awarded" as const,
        amountEur: w.amountEur,
        awardedOn: input.awardedOn,
      })),
      ...losers.map((l) => ({ answerId: l.id, companyIds: companiesOf.get(l.id) ?? [], outcome: "not_retained" as const })),
    ]);
    return { awarded: winners.length, notRetained: losers.length };
  });
}

/** The buyer closes the need without awarding it; every submitted answer is not retained. */
export async function declareUnsuccessful(db: Db, actor: Actor | null, needId: string, reason: string, now = new Date()) {
  const note = reason.trim();
  if (note.length < 10) throw new ValidationError({ reason: "Indiquez la raison (10 caractères au moins) : les fournisseurs la liront." });
  return db.transaction(async (tx) => {
    const need = await lockNeed(tx, needId, "update");
    assertBuyer(actor, need);
    await assertDecidable(tx, need);
    const change = applyNeedEvent(need.status, "declare_unsuccessful", "company", now);
    await tx
      .update(needs)
      .set({ ...change, outcomeNote: note })
      .where(eq(needs.id, needId));
    const candidates = await tx
      .update(answers)
      .set({ status: "not_retained", decidedAt: now })
      .where(and(eq(answers.needId, needId), inArray(answers.status, ["submitted", "shortlisted"])))
      .returning({ id: answers.id });
    await queueIndexing(tx, "needs", [needId]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.unsuccessful",
      objectType: "need",
      objectId: needId,
      companyId: need.companyId,
      before: { status: need.status },
      after: { status: "unsuccessful", reason: note },
    });
    const companiesOf = await answerCompanies(
      tx,
      candidates.map((c) => c.id),
    );
    await notify(tx, await adminsOf(tx, [...companiesOf.values()].flat()), MAILS.unsuccessful({ needTitle: need.title, reason: note }));
    await emitAwardDecided(
      tx,
      needId,
      candidates.map((c) => ({ answerId: c.id, companyIds: companiesOf.get(c.id) ?? [], outcome: "unsuccessful" as const })),
    );
    return { notRetained: candidates.length };
  });
}
