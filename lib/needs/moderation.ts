/**
 * CCI staff decisions on a submitted need: approve (publish), request changes, reject. Each decision,
 * its audit row (before/after) and the e-mail to the buyer commit together; publishing also schedules
 * the need's closing at its deadline.
 */
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { needs } from "@/db/schema";
import { needRecipients } from "@/db/queries/needs";
import type { NeedRow } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { NotFoundError, ValidationError } from "../errors";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";
import { enqueueJob } from "../outbox/enqueue";
import { queueIndexing } from "@/search/indexer";
import { formatDate } from "../format";
import { applyNeedEvent } from "./state-machine";
import { present } from "../invariant";

type Decision = "approve" | "request_changes" | "reject";

const EMAIL: Record<Decision, { template: string; subject: (t: string) => string; lead: string; action: string }> = {
  approve: {
    template: "need.published",
    subject: (t) => `Votre besoin « ${t} » est publié`,
    lead: "L'équipe de la CCI a validé votre besoin : il est maintenant visible des entreprises signataires du territoire.",
    action: "Voir le besoin",
  },
  request_changes: {
    template: "need.changes_requested",
    subject: (t) => `Modifications demandées sur « ${t} »`,
    lead: "L'équipe de la CCI vous demande de modifier votre besoin avant de le publier. Voici sa demande :",
    action: "Modifier le besoin",
  },
  reject: {
    template: "need.rejected",
    subject: (t) => `Votre besoin « ${t} » n'a pas été publié`,
    lead: "L'équipe de la CCI n'a pas publié votre besoin, pour la raison suivante :",
    action: "Voir le besoin",
  },
};

async function notifyBuyer(tx: Tx, need: NeedRow, decision: Decision, reason: string | null) {
  const e = EMAIL[decision];
  for (const person of await needRecipients(tx, need)) {
    const paragraphs = [`Bonjour ${person.firstName},`, e.lead];
    if (reason) paragraphs.push(`« ${reason} »`);
    if (decision === "approve") paragraphs.push(`Les réponses sont attendues jusqu'au ${formatDate(need.responseDeadline)}.`);
    const { html, text } = renderEmail({ title: e.subject(need.title), paragraphs, action: { label: e.action, url: `/besoins/${need.id}` } });
    await queueEmail(tx, { to: person.email, toUserId: person.id, template: e.template, subject: e.subject(need.title), text, html });
  }
}

async function decide(db: Db, actor: Actor | null, needId: string, decision: Decision, reason: string | null, now: Date) {
  authorize(actor, "moderation:decide");
  if (decision !== "approve" && (!reason || reason.trim().length < 10)) {
    throw new ValidationError({ reason: "Expliquez votre décision à l'acheteur (10 caractères au moins) : il verra ce message." });
  }
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(needs).where(eq(needs.id, needId)).for("update");
    if (!before) throw new NotFoundError("Besoin introuvable.");
    if (decision === "approve" && before.responseDeadline <= now) {
      throw new ValidationError({ reason: "La date limite de réponse est déjà passée : demandez une modification à l'acheteur." });
    }
    const change = applyNeedEvent(before.status, decision, "staff", now);
    const note = decision === "approve" ? null : present(reason, "the reason of a refusal").trim();
    const [after] = await tx
      .update(needs)
      .set({ ...change, moderationNote: note })
      .where(eq(needs.id, needId))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `need.${decision}`,
      objectType: "need",
      objectId: needId,
      companyId: before.companyId,
      before: { status: before.status, moderationNote: before.moderationNote },
      after: { status: after.status, moderationNote: after.moderationNote },
    });
    if (decision === "approve") {
      await enqueueJob(tx, "close_need", { needId }, { runAt: after.responseDeadline, jobKey: `close-need:${needId}` });
      await queueIndexing(tx, "needs", [needId]);
      // Rank the suppliers and alert them, after this commits (the job exists only if it does).
      await enqueueJob(tx, "alert_need_published", { needId }, { jobKey: `alert-need:${needId}` });
    }
    await notifyBuyer(tx, after, decision, note);
    return after;
  });
}

export const approveNeed = (db: Db, actor: Actor | null, needId: string, now = new Date()) => decide(db, actor, needId, "approve", null, now);
export const requestNeedChanges = (db: Db, actor: Actor | null, needId: string, reason: string, now = new Date()) =>
  decide(db, actor, needId, "request_changes", reason, now);
export const rejectNeed = (db: Db, actor: Actor | null, needId: string, reason: string, now = new Date()) => decide(db, actor, needId, "reject", reason, now);
