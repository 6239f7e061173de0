/** Named queries on needs: the full need with its activities, perimeter and files; lists per company. */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { communes, companies, files, needActivities, needs, nafCodes, users } from "../schema";
import { PUBLISHED_NEED_STATUSES } from "../schema/enum-values";
import { readTogether } from "../read-together";

export const ofCompany = (companyId: string) => eq(needs.companyId, companyId);
type NeedStatus = NeedRow["status"];
export const withStatus = (statuses: readonly NeedStatus[]) => inArray(needs.status, [...statuses]);
/** Needs suppliers may see: published-like, from a company that is not suspended. */
export const visibleToSuppliers = () => and(withStatus(PUBLISHED_NEED_STATUSES), eq(needs.visibility, "all_signatories"), isNull(companies.suspendedAt));
export const openForAnswers = () => and(eq(needs.status, "published"), sql`${needs.responseDeadline} > now()`);

import type { NeedRow } from "@/db/schema";

/** A need with everything its pages show; null when it does not exist. */
export async function loadNeed(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      need: needs,
      companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      companySuspendedAt: companies.suspendedAt,
      communeName: communes.name,
      postalCode: sql<string | null>`${communes.postalCodes}[1]`,
      contactName: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
      contactEmail: users.email,
    })
    .from(needs)
    .innerJoin(companies, eq(companies.id, needs.companyId))
    .innerJoin(communes, eq(communes.inseeCode, needs.communeCode))
    .leftJoin(users, eq(users.id, needs.contactUserId))
    .where(eq(needs.id, id));
  if (!row) return null;
  const [activities, areas, attachments] = await readTogether(db, [
    () =>
      db
        .select({ code: needActivities.nafCode, label: nafCodes.label })
        .from(needActivities)
        .innerJoin(nafCodes, eq(nafCodes.code, needActivities.nafCode))
        .where(eq(needActivities.needId, id))
        .orderBy(asc(needActivities.nafCode)),
    () => loadAreas(db, id),
    () =>
      db
        .select({ id: files.id, filename: files.filename, mimeType: files.mimeType, sizeBytes: files.sizeBytes })
        .from(files)
        .where(and(eq(files.objectType, "need"), eq(files.objectId, id)))
        .orderBy(asc(files.createdAt)),
  ]);
  return { ...row, activities, areas, attachments };
}

export type LoadedNeed = NonNullable<Awaited<ReturnType<typeof loadNeed>>>;

/** Perimeter areas with display names (communes and EPCIs). */
async function loadAreas(db: DbOrTx, needId: string) {
  const rows = await db.execute<{ kind: "commune" | "epci"; code: string; name: string }>(sql`
    select a.kind, a.code, coalesce(c.name, e.name, a.code) as name
    from need_areas a
    left join communes c on a.kind = 'commune' and c.insee_code = a.code
    left join epcis e on a.kind = 'epci' and e.code = a.code
    where a.need_id = ${needId}
    order by a.kind, name`);
  return rows.rows;
}

/** "Mes besoins": a company's needs, filtered by status, with counts per status. */
export async function listCompanyNeeds(db: DbOrTx, companyId: string, status?: NeedStatus) {
  const where: SQL[] = [ofCompany(companyId)];
  if (status) where.push(eq(needs.status, status));
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: needs.id,
        title: needs.title,
        kind: needs.kind,
        status: needs.status,
        responseDeadline: needs.responseDeadline,
        moderationNote: needs.moderationNote,
        createdAt: needs.createdAt,
        updatedAt: needs.updatedAt,
        publishedAt: needs.publishedAt,
        communeName: communes.name,
        activities: sql<string[]>`array(select nafa.naf_code from need_activities nafa where nafa.need_id = ${needs.id} order by 1)`,
      })
      .from(needs)
      .innerJoin(communes, eq(communes.inseeCode, needs.communeCode))
      .where(and(...where))
      .orderBy(desc(needs.updatedAt))
      .limit(200),
    db
      .select({ status: needs.status, n: sql<number>`count(*)::int` })
      .from(needs)
      .where(ofCompany(companyId))
      .groupBy(needs.status),
  ]);
  return { rows, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<NeedStatus, number>> };
}

/** People to tell about a need's moderation: its creator and its contact (deduplicated). */
export async function needRecipients(db: DbOrTx, need: Pick<NeedRow, "createdBy" | "contactUserId">) {
  const ids = [...new Set([need.createdBy, need.contactUserId].filter((x): x is string => Boolean(x)))];
  if (ids.length === 0) return [];
  return db.select({ id: users.id, email: users.email, firstName: users.firstName }).from(users).where(inArray(users.id, ids));
}

/** The facts lib/needs/access.ts decides on, without loading the whole need. */
export async function loadNeedAccessFacts(db: DbOrTx, needId: string) {
  const [row] = await db
    .select({ companyId: needs.companyId, status: needs.status, visibility: needs.visibility, suspendedAt: companies.suspendedAt })
    .from(needs)
    .innerJoin(companies, eq(companies.id, needs.companyId))
    .where(eq(needs.id, needId));
  return row ? { companyId: row.companyId, status: row.status, visibility: row.visibility, companySuspended: Boolean(row.suspendedAt) } : null;
}
