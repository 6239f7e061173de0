/**
 * RGPD right of access and portability (articles 15 and 20): everything the platform holds about one
 * user, as one JSON document — the account (never the password hash), notification preferences, the
 * companies they belong to with the data they can see there as a member (profile, needs, offers, the
 * company's own answers), the e-mails sent to them and their own actions in the audit journal.
 */
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { answers, auditLog, companies, emails, memberships, needs, notificationPreferences, offers, users } from "@/db/schema";
import { NotFoundError } from "../errors";

export const EXPORT_FORMAT_VERSION = 1;

export async function exportPersonalData(db: DbOrTx, userId: string, now = new Date()) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      jobTitle: users.jobTitle,
      platformRole: users.platformRole,
      emailVerifiedAt: users.emailVerifiedAt,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new NotFoundError("Compte introuvable.");

  const [preferences] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const links = await db
    .select({ companyId: memberships.companyId, role: memberships.role, createdAt: memberships.createdAt })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
  const companyIds = links.map((m) => m.companyId);

  const [companyRows, needRows, offerRows, answerRows] = companyIds.length
    ? await Promise.all([
        db.select().from(companies).where(inArray(companies.id, companyIds)),
        db.select().from(needs).where(inArray(needs.companyId, companyIds)).orderBy(asc(needs.createdAt)),
        db.select().from(offers).where(inArray(offers.companyId, companyIds)).orderBy(asc(offers.createdAt)),
        db.select().from(answers).where(inArray(answers.companyId, companyIds)).orderBy(asc(answers.createdAt)),
      ])
    : [[], [], [], []];

  const received = await db
    .select({ at: emails.createdAt, template: emails.template, subject: emails.subject, status: emails.status, sentAt: emails.sentAt })
    .from(emails)
    .where(eq(emails.toUserId, userId))
    .orderBy(desc(emails.createdAt));
  const journal = await db
    .select({ at: auditLog.at, action: auditLog.action, objectType: auditLog.objectType, objectId: auditLog.objectId, companyId: auditLog.companyId })
    .from(auditLog)
    .where(eq(auditLog.actorUserId, userId))
    .orderBy(asc(auditLog.at));

  return {
    format: "circuit-court/donnees-personnelles",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    compte: user,
    preferencesDeNotification: preferences ?? null,
    entreprises: links.map((m) => {
      const company = companyRows.find((c) => c.id === m.companyId) ?? null;
      return {
        role: m.role,
        membreDepuis: m.createdAt,
        fiche: company,
        besoins: needRows.filter((n) => n.companyId === m.companyId),
        offres: offerRows.filter((o) => o.companyId === m.companyId),
        reponses: answerRows.filter((a) => a.companyId === m.companyId),
      };
    }),
    emailsRecus: received,
    journalDeMesActions: journal,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

/** « circuit-court-mes-donnees-2026-12-05.json » */
export const exportFilename = (now = new Date()) => `circuit-court-mes-donnees-${now.toISOString().slice(0, 10)}.json`;
