/**
 * RGPD right to erasure (article 17): a signed-in user deletes their account. In one transaction, with
 * an audit row: the e-mails addressed to them (addresses and bodies carry their name) are deleted, then
 * the user row itself — memberships, notification preferences, alerts and account links go with it
 * (ON DELETE CASCADE), and every trace of their work (needs, answers, files, audit entries) stays with the
 * company but loses its link to the person (ON DELETE SET NULL). The company's records are its own:
 * they are not personal data of the user and stay for the company and the CCI's statistics.
 *
 * Refused when the user is the last admin of a company with activity (needs, offers or answers): the
 * company would be left with commitments and nobody able to act for it.
 */
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { answers, companies, emails, memberships, needs, offers, users } from "@/db/schema";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError } from "../errors";
import { z } from "../validation/zod";

/** What the user types to confirm, so a stray click deletes nothing. */
export const ERASE_CONFIRMATION = "SUPPRIMER";

export const ZEraseInput = z
  .object({
    confirmation: z
      .string()
      .trim()
      .refine((v) => v.toUpperCase() === ERASE_CONFIRMATION, `Tapez « ${ERASE_CONFIRMATION} » pour confirmer la suppression.`),
  })
  .strict();

export function lastAdminMessage(companyNames: string[]): string {
  const names = companyNames.map((n) => `« ${n} »`).join(", ");
  return (
    `Vous êtes le dernier administrateur de ${names}, qui a des besoins, des offres ou des réponses sur la plateforme. ` +
    "Pour que l'entreprise ne reste pas sans personne pour agir en son nom, nommez d'abord un autre administrateur dans « Mon équipe », " +
    "puis supprimez votre compte ; ou écrivez-nous par la page « Contact » pour fermer l'espace de l'entreprise."
  );
}

/** Companies of which the user is the only admin and that have activity on the platform. */
async function companiesLeftWithoutAdmin(tx: Tx, userId: string) {
  const adminOf = await tx
    .select({ companyId: memberships.companyId, name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})` })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "admin")));
  const blocking: string[] = [];
  for (const c of adminOf) {
    const [other] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.companyId, c.companyId), eq(memberships.role, "admin"), ne(memberships.userId, userId)))
      .limit(1);
    if (other) continue;
    const [active] = await tx
      .execute<{ active: boolean }>(
        sql`select
      exists (select 1 from ${needs} where ${needs.companyId} = ${c.companyId})
      or exists (select 1 from ${offers} where ${offers.companyId} = ${c.companyId})
      or exists (select 1 from ${answers} where ${answers.companyId} = ${c.companyId}) as active`,
      )
      .then((r) => r.rows);
    if (active?.active) blocking.push(c.name);
  }
  return blocking;
}

export async function eraseAccount(db: Db, userId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    // Lock the account: two deletions (two tabs) run one after the other, the second finds nothing.
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new NotFoundError("Compte introuvable.");
    const blocking = await companiesLeftWithoutAdmin(tx, userId);
    if (blocking.length) throw new ConflictError(lastAdminMessage(blocking));

    const links = await tx.select({ companyId: memberships.companyId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
    const deletedEmails = await tx.delete(emails).where(eq(emails.toUserId, userId)).returning({ id: emails.id });
    // No name nor address in the audit row: it must outlive the data it records the deletion of.
    await recordAudit(tx, {
      actorUserId: userId,
      action: "account.delete",
      objectType: "user",
      objectId: userId,
      after: { deletedAt: now.toISOString(), companies: links.map((l) => ({ companyId: l.companyId, role: l.role })), emailsDeleted: deletedEmails.length },
    });
    for (const companyId of new Set(links.map((l) => l.companyId))) {
      await recordAudit(tx, { actorUserId: userId, action: "account.delete", objectType: "user", objectId: userId, companyId });
    }
    await tx.delete(users).where(eq(users.id, userId));
    return { companies: links.length, emailsDeleted: deletedEmails.length };
  });
}
