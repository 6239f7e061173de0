/**
 * CCI staff decisions on a submitted offer: approve (publish), request changes, reject. Each decision,
 * its audit row (before/after) and the e-mail to the supplier commit together.
 */
import { eq } from "drizzle-orm";
import { queueIndexing } from "@/search/indexer";
import type { Db, Tx } from "@/db/client";
import { offers } from "@/db/schema";
import { offerRecipients } from "@/db/queries/offers";
import type { OfferRow } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { NotFoundError, ValidationError } from "../errors";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";
import { applyOfferEvent } from "./state-machine";

export type OfferDecision = "approve" | "request_changes" | "reject";

export const MIN_REASON_LENGTH = 10;

const EMAIL: Record<OfferDecision, { template: string; subject: (t: string) => string; lead: string; action: string; after?: string }> = {
  approve: {
    template: "offer.published",
    subject: (t) => `Votre offre « ${t} » est publiée`,
    lead: "L'équipe de la CCI a validé votre offre : elle apparaît maintenant sur la fiche publique de votre entreprise.",
    action: "Voir l'offre",
  },
  request_changes: {
    template: "offer.changes_requested",
    subject: (t) => `Modifications demandées sur votre offre « ${t} »`,
    lead: "L'équipe de la CCI vous demande de modifier votre offre avant de la publier. Voici sa demande :",
    action: "Modifier l'offre",
    after: "Une fois l'offre modifiée, envoyez-la de nouveau à la CCI depuis sa page.",
  },
  reject: {
    template: "offer.rejected",
    subject: (t) => `Votre offre « ${t} » n'a pas été publiée`,
    lead: "L'équipe de la CCI n'a pas publié votre offre, pour la raison suivante :",
    action: "Voir l'offre",
  },
};

async function notifySupplier(tx: Tx, offer: OfferRow, decision: OfferDecision, reason: string | null) {
  const e = EMAIL[decision];
  const subject = e.subject(offer.title);
  const url = decision === "request_changes" ? `/offres/${offer.id}/modifier` : `/offres/${offer.id}`;
  for (const person of await offerRecipients(tx, offer)) {
    const paragraphs = [`Bonjour ${person.firstName},`, e.lead];
    if (reason) paragraphs.push(`« ${reason} »`);
    if (e.after) paragraphs.push(e.after);
    const { html, text } = renderEmail({ preheader: e.lead, title: subject, paragraphs, action: { label: e.action, url } });
    await queueEmail(tx, { to: person.email, toUserId: person.id, template: e.template, subject, text, html });
  }
}

async function decide(db: Db, actor: Actor | null, offerId: string, decision: OfferDecision, reason: string | null, now: Date) {
  authorize(actor, "moderation:decide");
  const note = reason?.trim() ?? "";
  if (decision !== "approve" && note.length < MIN_REASON_LENGTH) {
    throw new ValidationError({ reason: `Expliquez votre décision au fournisseur (${MIN_REASON_LENGTH} caractères au moins) : il verra ce message.` });
  }
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
    if (!before) throw new NotFoundError("Offre introuvable.");
    const change = applyOfferEvent(before.status, decision, "staff", now);
    const moderationNote = decision === "approve" ? null : note;
    const [after] = await tx
      .update(offers)
      .set({ ...change, moderationNote })
      .where(eq(offers.id, offerId))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `offer.${decision}`,
      objectType: "offer",
      objectId: offerId,
      companyId: before.companyId,
      before: { status: before.status, moderationNote: before.moderationNote },
      after: { status: after.status, moderationNote: after.moderationNote },
    });
    // A published offer enriches its company's directory entry.
    if (decision === "approve") await queueIndexing(tx, "companies", [before.companyId]);
    await notifySupplier(tx, after, decision, moderationNote);
    return after;
  });
}

export const approveOffer = (db: Db, actor: Actor | null, offerId: string, now = new Date()) => decide(db, actor, offerId, "approve", null, now);
export const requestOfferChanges = (db: Db, actor: Actor | null, offerId: string, reason: string, now = new Date()) =>
  decide(db, actor, offerId, "request_changes", reason, now);
export const rejectOffer = (db: Db, actor: Actor | null, offerId: string, reason: string, now = new Date()) =>
  decide(db, actor, offerId, "reject", reason, now);
