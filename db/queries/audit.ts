/** The audit log as staff read it: newest first, filtered by company or by object. */
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { auditLog, companies, users } from "../schema";

export async function listAudit(db: DbOrTx, opts: { companyId?: string; objectType?: string; objectId?: string; limit?: number }) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      before: auditLog.before,
      after: auditLog.after,
      actor: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
      companyId: auditLog.companyId,
      companyName: sql<string | null>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      // The need or offer the entry is about, by its title (moderation entries name what was decided).
      objectTitle: sql<string | null>`case ${auditLog.objectType}
      when 'need' then (select n.title from needs n where n.id::text = ${auditLog.objectId})
      when 'offer' then (select o.title from offers o where o.id::text = ${auditLog.objectId})
      else null end`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(companies, eq(companies.id, auditLog.companyId))
    .where(
      and(
        opts.companyId ? eq(auditLog.companyId, opts.companyId) : undefined,
        opts.objectType ? eq(auditLog.objectType, opts.objectType) : undefined,
        opts.objectId ? eq(auditLog.objectId, opts.objectId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(opts.limit ?? 100);
}
