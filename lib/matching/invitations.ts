/**
 * Invitations: the buyer invites suggested suppliers (one or many) to answer its published need. One row
 * per need × supplier (a unique index); its status follows the supplier: sent → opened → interested /
 * not interested (with a reason) → answered. E-mails go through the outbox in the same transaction.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { companies, memberships, needInvitations, needs, users } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { formatDate } from "../format";
import { queueEmails } from "../mail/queue-email";
import { renderEmail } from "../mail/render";

export const MAX_INVITES_AT_ONCE = 50;

export async function inviteSuppliers(db: Db, actor: Actor | null, needId: string, companyIds: string[], now = new Date()) {
  const ids = [...new Set(companyIds)];
  if (ids.length === 0) throw new ValidationError({ companyIds: "Choisissez au moins un fournisseur à inviter." });
  if (ids.length > MAX_INVITES_AT_ONCE) throw new ValidationError({ companyIds: `${MAX_INVITES_AT_ONCE} invitations à la fois au plus.` });
  return db.transaction(async (tx) => {
    const [need] = await tx.select().from(needs).where(eq(needs.id, needId)).for("update");
    if (!need) throw new NotFoundError("Besoin introuvable.");
    authorize(actor, "need:invite", { companyId: need.companyId });
    if (need.status !== "published" || need.responseDeadline <= now)
      throw new ConflictError("On ne peut inviter des fournisseurs que sur un besoin publié et encore ouvert.");
    // Only verified signatories, never the buyer itself.
    const invitable = await tx
      .select({ id: companies.id })
      .from(companies)
      .where(
        and(inArray(companies.id, ids), eq(companies.verificationStatus, "verified"), isNull(companies.suspendedAt), sql`${companies.id} <> ${need.companyId}`),
      );
    if (invitable.length === 0) throw new ValidationError({ companyIds: "Ces entreprises ne peuvent pas être invitées (non vérifiées ou non signataires)." });
    const created = await tx
      .insert(needInvitations)
      .values(invitable.map((c) => ({ needId, companyId: c.id, invitedBy: actor.userId, sentAt: now })))
      .onConflictDoNothing()
      .returning({ companyId: needInvitations.companyId });
    if (created.length) {
      const recipients = await tx
        .select({ id: users.id, email: users.email, firstName: users.firstName, companyId: memberships.companyId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            inArray(
              memberships.companyId,
              created.map((c) => c.companyId),
            ),
            eq(memberships.role, "admin"),
          ),
        );
      const subject = `Invitation à répondre : ${need.title}`;
      await queueEmails(
        tx,
        recipients.map((r) => {
          const { html, text } = renderEmail({
            title: subject,
            paragraphs: [
              `Bonjour ${r.firstName},`,
              `Un acheteur du territoire vous invite à répondre à son besoin « ${need.title} ». Les réponses sont attendues jusqu'au ${formatDate(need.responseDeadline)}.`,
            ],
            action: { label: "Voir le besoin et répondre", url: `/besoins/${need.id}` },
          });
          return { to: r.email, toUserId: r.id, template: "invitation.sent", subject, text, html };
        }),
      );
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "need.invite",
        objectType: "need",
        objectId: needId,
        companyId: need.companyId,
        after: { invited: created.map((c) => c.companyId) },
      });
    }
    return { invited: created.length, alreadyInvited: invitable.length - created.length, refused: ids.length - invitable.length };
  });
}

/** The supplier opened the need: the first time, the invitation becomes "opened". */
export async function markInvitationOpened(db: DbOrTx, needId: string, companyId: string, now = new Date()) {
  await db
    .update(needInvitations)
    .set({ status: "opened", openedAt: now })
    .where(and(eq(needInvitations.needId, needId), eq(needInvitations.companyId, companyId), eq(needInvitations.status, "sent")));
}

/** Invitations of a need with the supplier names (buyer's tracking view). */
export async function invitationsOfNeed(db: DbOrTx, needId: string) {
  return db
    .select({
      companyId: needInvitations.companyId,
      status: needInvitations.status,
      declineReason: needInvitations.declineReason,
      sentAt: needInvitations.sentAt,
      openedAt: needInvitations.openedAt,
      answeredAt: needInvitations.answeredAt,
      name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
    })
    .from(needInvitations)
    .innerJoin(companies, eq(companies.id, needInvitations.companyId))
    .where(eq(needInvitations.needId, needId))
    .orderBy(needInvitations.sentAt);
}
