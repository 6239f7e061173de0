/** The moderation queue: what waits for a CCI decision, oldest first. */
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { communes, companies, nafCodes, needs } from "../schema";
import { awaitingVerification } from "./companies";

export async function companiesAwaitingVerification(db: DbOrTx, limit = 50) {
  return db
    .select({
      id: companies.id,
      siret: companies.siret,
      legalName: companies.legalName,
      tradeName: companies.tradeName,
      nafCode: companies.nafCode,
      nafLabel: nafCodes.label,
      communeName: communes.name,
      createdAt: companies.createdAt,
    })
    .from(companies)
    .innerJoin(nafCodes, eq(nafCodes.code, companies.nafCode))
    .innerJoin(communes, eq(communes.inseeCode, companies.communeCode))
    .where(awaitingVerification())
    .orderBy(asc(companies.createdAt), asc(companies.id))
    .limit(limit);
}

export async function needsAwaitingModeration(db: DbOrTx, limit = 50) {
  return db
    .select({
      id: needs.id,
      title: needs.title,
      submittedAt: needs.submittedAt,
      responseDeadline: needs.responseDeadline,
      companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      communeName: communes.name,
      activities: sql<string[]>`array(select na.naf_code from need_activities na where na.need_id = ${needs.id} order by 1)`,
    })
    .from(needs)
    .innerJoin(companies, eq(companies.id, needs.companyId))
    .innerJoin(communes, eq(communes.inseeCode, needs.communeCode))
    .where(and(eq(needs.status, "submitted")))
    .orderBy(asc(needs.submittedAt), asc(needs.id))
    .limit(limit);
}

export async function moderationCounts(db: DbOrTx) {
  const [row] = await db
    .select({
      companies: sql<number>`(select count(*) from companies c where c.verification_status = 'pending' and c.suspended_at is null
      and exists (select 1 from charter_signatures cs where cs.company_id = c.id))::int`,
      needs: sql<number>`(select count(*) from needs where status = 'submitted')::int`,
      offers: sql<number>`(select count(*) from offers where status = 'submitted')::int`,
      challenges: sql<number>`(select count(*) from challenges where status = 'submitted')::int`,
    })
    .from(sql`(select 1) one`);
  return row;
}
