/**
 * Joint answers (co-traitance). The lead company names partners by SIRET, SIREN or exact name, each with
 * its share. Decision: a joint answer is *submitted* (seen by the buyer) only once every partner's admin
 * has accepted it; any edit by the lead asks every partner again, since they commit to what they read.
 * A partner declining, or still pending at the deadline, leaves the answer undelivered.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { answerPartners, answers, companies, needInvitations } from "@/db/schema";
import { adminsOf, companyName } from "@/db/queries/answers";
import { assertSignedIn, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { isAdminOf, isMemberOf } from "./access";
import { MAILS, notify } from "./emails";
import { assertAnswersOpen, lockNeed } from "./guards";
import { notifyAnswerSubmitted } from "./notifications";

export interface ResolvedPartner {
  companyId: string;
  name: string;
  sharePercent: number;
}

/** Finds each partner among verified, active signatory companies; French errors per row. */
export async function resolvePartners(tx: Tx, refs: { ref: string; sharePercent: number }[], ctx: { leadCompanyId: string; buyerCompanyId: string }) {
  const errors: Record<string, string> = {};
  const found: ResolvedPartner[] = [];
  for (const [i, { ref, sharePercent }] of refs.entries()) {
    const digits = ref.replace(/[\s\u00a0]/g, "");
    const match = /^\d{14}$/.test(digits)
      ? eq(companies.siret, digits)
      : /^\d{9}$/.test(digits)
        ? eq(companies.siren, digits)
        : sql`(lower(${companies.legalName}) = lower(${ref}) or lower(${companies.tradeName}) = lower(${ref}))`;
    const rows = await tx
      .select({ id: companies.id, name: companyName() })
      .from(companies)
      .where(
        and(
          match,
          eq(companies.verificationStatus, "verified"),
          sql`${companies.suspendedAt} is null`,
          sql`exists (select 1 from charter_signatures cs where cs.company_id = ${companies.id})`,
        ),
      )
      .limit(2);
    const key = `partnerRef.${i}`;
    if (rows.length === 0) errors[key] = `Aucune entreprise signataire vérifiée ne correspond à « ${ref} » : indiquez son SIRET.`;
    else if (rows.length > 1) errors[key] = `Plusieurs entreprises correspondent à « ${ref} » : indiquez son SIRET.`;
    else if (rows[0].id === ctx.leadCompanyId) errors[key] = "Votre entreprise est le mandataire : indiquez une autre entreprise.";
    else if (rows[0].id === ctx.buyerCompanyId) errors[key] = "L'acheteur ne peut pas être votre partenaire.";
    else if (found.some((p) => p.companyId === rows[0].id)) errors[key] = "Ce partenaire est déjà indiqué.";
    else found.push({ companyId: rows[0].id, name: rows[0].name, sharePercent });
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return found;
}

/** Replaces the partners of an answer (all pending again) and asks each partner's admins to accept. */
export async function writePartners(tx: Tx, answer: { id: string; needId: string }, partners: ResolvedPartner[], ctx: { needTitle: string; leadName: string }) {
  await tx.delete(answerPartners).where(eq(answerPartners.answerId, answer.id));
  if (partners.length === 0) return;
  await tx.insert(answerPartners).values(partners.map((p) => ({ answerId: answer.id, companyId: p.companyId, sharePercent: p.sharePercent })));
  const admins = await adminsOf(
    tx,
    partners.map((p) => p.companyId),
  );
  for (const p of partners) {
    await notify(
      tx,
      admins.filter((a) => a.companyId === p.companyId),
      MAILS.partnerInvited({ answerId: answer.id, needTitle: ctx.needTitle, leadName: ctx.leadName, sharePercent: p.sharePercent }),
    );
  }
}

/** The invited supplier has answered: its invitation (if any) says so. */
export async function markInvitationAnswered(tx: Tx, needId: string, companyId: string, now: Date) {
  await tx
    .update(needInvitations)
    .set({ status: "answered", answeredAt: now })
    .where(and(eq(needInvitations.needId, needId), eq(needInvitations.companyId, companyId)));
}

/** A partner's admin accepts or declines a joint answer, until the deadline. The last acceptance submits it. */
export async function respondToPartnership(db: Db, actor: Actor | null, answerId: string, accept: boolean, now = new Date()) {
  assertSignedIn(actor);
  return db.transaction(async (tx) => {
    const [ref] = await tx.select({ needId: answers.needId }).from(answers).where(eq(answers.id, answerId));
    if (!ref) throw new NotFoundError("Réponse introuvable.");
    const need = await lockNeed(tx, ref.needId, "share");
    const [answer] = await tx.select().from(answers).where(eq(answers.id, answerId)).for("update");
    const rows = await tx.select().from(answerPartners).where(eq(answerPartners.answerId, answerId));
    const mine = rows.filter((p) => isMemberOf(actor, p.companyId));
    if (mine.length === 0) throw new NotFoundError("Réponse introuvable.");
    const partner = mine.find((p) => isAdminOf(actor, p.companyId));
    if (!partner) throw new ForbiddenError("Seul un administrateur de votre entreprise peut l'engager dans une réponse groupée.");
    assertAnswersOpen(need, now);
    if (answer.status === "withdrawn") throw new ConflictError("Le mandataire a retiré cette réponse.");
    await tx
      .update(answerPartners)
      .set({ status: accept ? "accepted" : "declined", respondedAt: now })
      .where(and(eq(answerPartners.answerId, answerId), eq(answerPartners.companyId, partner.companyId)));
    const statuses = rows.map((p) => (p.companyId === partner.companyId ? (accept ? "accepted" : "declined") : p.status));
    const complete = accept && answer.status === "interested" && answer.priceEur !== null && statuses.every((s) => s === "accepted");
    if (complete) {
      await tx.update(answers).set({ status: "submitted", submittedAt: now }).where(eq(answers.id, answerId));
      await markInvitationAnswered(tx, answer.needId, answer.companyId, now);
      await notifyAnswerSubmitted(tx, answer);
    } else if (!accept && answer.status === "submitted") {
      await tx.update(answers).set({ status: "interested", submittedAt: null }).where(eq(answers.id, answerId));
    }
    const [partnerCompany] = await tx.select({ name: companyName() }).from(companies).where(eq(companies.id, partner.companyId));
    const leadPeople = await adminsOf(tx, [answer.companyId]);
    await notify(tx, leadPeople, MAILS.partnerReplied({ answerId, needTitle: need.title, partnerName: partnerCompany.name, accepted: accept, complete }));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: accept ? "answer.partner_accept" : "answer.partner_decline",
      objectType: "answer",
      objectId: answerId,
      companyId: partner.companyId,
      after: { partner: partner.companyId, submitted: complete },
    });
    return { complete };
  });
}
