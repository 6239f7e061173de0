/**
 * Named queries on answers: one company's answer to a need, an answer with its need and partners, the
 * buyer's comparison table (lib/answers/reads.ts redacts it per viewer), "Mes réponses", recipients.
 */
import { and, asc, desc, eq, inArray, ne, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { answerPartners, answers, communes, companies, memberships, needMatches, needs, users } from "../schema";

export const companyName = (t: { tradeName: AnyColumn; legalName: AnyColumn } = companies) => sql<string>`coalesce(${t.tradeName}, ${t.legalName})`;

export interface PartnerRow {
  companyId: string;
  name: string;
  siret: string;
  status: "pending" | "accepted" | "declined";
  sharePercent: number | null;
}
export interface DocumentRow {
  id: string;
  filename: string;
  sizeBytes: number;
}

/** Partners of the answer in the current row, with names (json, for one round trip). */
const partnersJson = sql<
  PartnerRow[]
>`coalesce((select json_agg(json_build_object('companyId', p.company_id, 'name', coalesce(pc.trade_name, pc.legal_name), 'siret', pc.siret,
  'status', p.status, 'sharePercent', p.share_percent) order by pc.legal_name)
  from answer_partners p join companies pc on pc.id = p.company_id where p.answer_id = ${answers.id}), '[]'::json)`;
const documentsJson = sql<
  DocumentRow[]
>`coalesce((select json_agg(json_build_object('id', f.id, 'filename', f.filename, 'sizeBytes', f.size_bytes) order by f.created_at)
  from files f where f.object_type = 'answer' and f.object_id = ${answers.id}), '[]'::json)`;

/** Users to notify for companies: their admins. */
export async function adminsOf(db: DbOrTx, companyIds: string[]) {
  if (companyIds.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, email: users.email, firstName: users.firstName, companyId: memberships.companyId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.companyId, companyIds), eq(memberships.role, "admin")));
}

/** The facts lib/answers/access.ts decides on, plus the need they belong to. */
export async function loadAnswer(db: DbOrTx, answerId: string) {
  const [row] = await db
    .select({
      answer: answers,
      partners: partnersJson,
      documents: documentsJson,
      companyName: companyName(),
      needTitle: needs.title,
      needCompanyId: needs.companyId,
      needStatus: needs.status,
      responseDeadline: needs.responseDeadline,
    })
    .from(answers)
    .innerJoin(needs, eq(needs.id, answers.needId))
    .innerJoin(companies, eq(companies.id, answers.companyId))
    .where(eq(answers.id, answerId));
  if (!row) return null;
  const partnerCompanyIds = row.partners.filter((p) => p.status !== "declined").map((p) => p.companyId);
  return { ...row, facts: { needCompanyId: row.needCompanyId, answerCompanyId: row.answer.companyId, status: row.answer.status, partnerCompanyIds } };
}
export type LoadedAnswer = NonNullable<Awaited<ReturnType<typeof loadAnswer>>>;

/** A company's own answer to a need (any status), or null. */
export async function companyAnswerId(db: DbOrTx, needId: string, companyId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: answers.id })
    .from(answers)
    .where(and(eq(answers.needId, needId), eq(answers.companyId, companyId)));
  return row?.id ?? null;
}

/** Joint answers to a need in which the company is a partner (not declined). */
export async function partnerAnswersOf(db: DbOrTx, needId: string, companyId: string) {
  return db
    .select({ id: answers.id, leadName: companyName(), status: answers.status, partnerStatus: answerPartners.status })
    .from(answerPartners)
    .innerJoin(answers, eq(answers.id, answerPartners.answerId))
    .innerJoin(companies, eq(companies.id, answers.companyId))
    .where(and(eq(answers.needId, needId), eq(answerPartners.companyId, companyId), ne(answerPartners.status, "declined")));
}

export type ComparisonSort = "prix" | "delai" | "distance" | "score";

const needCommune = alias(communes, "need_commune");
const supplierCommune = alias(communes, "supplier_commune");
const distanceKm = sql<number | null>`round((earth_distance(ll_to_earth(${needCommune.lat}, ${needCommune.lng}),
  ll_to_earth(${supplierCommune.lat}, ${supplierCommune.lng})) / 1000)::numeric, 1)::float8`;

const ORDER: Record<ComparisonSort, SQL[]> = {
  prix: [sql`${answers.priceEur} asc nulls last`],
  delai: [sql`${answers.leadTimeDays} asc nulls last`],
  distance: [sql`${distanceKm} asc nulls last`],
  score: [sql`${needMatches.score} desc nulls last`],
};

/**
 * The buyer's comparison: every answer but withdrawn ones, with distance to the place of delivery and
 * the stored match score, unredacted: read it through lib/answers/reads.ts `answersForComparison`.
 */
export function comparisonRows(db: DbOrTx, needId: string, sort?: ComparisonSort) {
  return db
    .select({
      id: answers.id,
      companyId: answers.companyId,
      name: companyName(),
      siret: companies.siret,
      communeName: supplierCommune.name,
      status: answers.status,
      priceEur: answers.priceEur,
      unitPriceEur: answers.unitPriceEur,
      quantity: answers.quantity,
      leadTimeDays: answers.leadTimeDays,
      validityDays: answers.validityDays,
      message: answers.message,
      feedback: answers.feedback,
      submittedAt: answers.submittedAt,
      distanceKm,
      score: needMatches.score,
      partners: partnersJson,
      documents: documentsJson,
    })
    .from(answers)
    .innerJoin(needs, eq(needs.id, answers.needId))
    .innerJoin(needCommune, eq(needCommune.inseeCode, needs.communeCode))
    .innerJoin(companies, eq(companies.id, answers.companyId))
    .innerJoin(supplierCommune, eq(supplierCommune.inseeCode, companies.communeCode))
    .leftJoin(needMatches, and(eq(needMatches.needId, answers.needId), eq(needMatches.companyId, answers.companyId)))
    .where(and(eq(answers.needId, needId), ne(answers.status, "withdrawn")))
    .orderBy(...(sort ? ORDER[sort] : []), sql`${answers.submittedAt} asc nulls last`, asc(answers.createdAt));
}

/** "Mes réponses": the company's answers and the joint answers it is a partner of, newest first. */
export async function companyAnswers(db: DbOrTx, companyId: string) {
  const buyer = alias(companies, "buyer");
  const lead = alias(companies, "lead");
  const isPartner = sql`exists (select 1 from answer_partners p where p.answer_id = ${answers.id} and p.company_id = ${companyId} and p.status <> 'declined')`;
  return db
    .select({
      id: answers.id,
      needId: needs.id,
      needTitle: needs.title,
      needStatus: needs.status,
      responseDeadline: needs.responseDeadline,
      outcomeNote: needs.outcomeNote,
      buyerName: companyName(buyer),
      leadName: companyName(lead),
      role: sql<"lead" | "partner">`case when ${answers.companyId} = ${companyId} then 'lead' else 'partner' end`,
      status: answers.status,
      priceEur: answers.priceEur,
      feedback: answers.feedback,
      submittedAt: answers.submittedAt,
      partners: partnersJson,
      awardedEur: sql<number | null>`(select sum(w.amount_eur)::float8 from awards w where w.answer_id = ${answers.id} and w.cancelled_at is null)`,
      rating: sql<{ rating: number; comment: string | null } | null>`(select json_build_object('rating', r.rating, 'comment', r.comment)
      from supplier_ratings r where r.need_id = ${answers.needId} and r.supplier_company_id = ${answers.companyId} and ${answers.companyId} = ${companyId})`,
      followUpOpen: sql<boolean>`exists (select 1 from follow_ups fu where fu.need_id = ${answers.needId} and fu.company_id = ${companyId})`,
    })
    .from(answers)
    .innerJoin(needs, eq(needs.id, answers.needId))
    .innerJoin(buyer, eq(buyer.id, needs.companyId))
    .innerJoin(lead, eq(lead.id, answers.companyId))
    .where(sql`(${answers.companyId} = ${companyId} or ${isPartner})`)
    .orderBy(desc(answers.updatedAt))
    .limit(200);
}

/** People told about a published clarification: admins of every company positioned on or invited to the need, and answer authors. */
export async function positionedOrInvitedPeople(db: DbOrTx, needId: string) {
  const { rows } = await db.execute<{ id: string; email: string; first_name: string }>(sql`
    with positioned as (
      select company_id from answers where need_id = ${needId} and status <> 'withdrawn'
      union select p.company_id from answer_partners p join answers a on a.id = p.answer_id
        where a.need_id = ${needId} and a.status <> 'withdrawn' and p.status <> 'declined'
      union select company_id from need_invitations where need_id = ${needId} and status <> 'not_interested'
    )
    select u.id, u.email, u.first_name from positioned c
      join memberships m on m.company_id = c.company_id and m.role = 'admin' join users u on u.id = m.user_id
    union
    select u.id, u.email, u.first_name from answers a join users u on u.id = a.created_by
      where a.need_id = ${needId} and a.status <> 'withdrawn'`);
  return rows.map((r) => ({ id: r.id, email: r.email, firstName: r.first_name }));
}

/** How many companies are positioned on a need and how many answers are submitted (the buyer's summary). */
export async function answerCounts(db: DbOrTx, needId: string) {
  const [row] = await db
    .select({
      positioned: sql<number>`count(*) filter (where ${answers.status} <> 'withdrawn')::int`,
      submitted: sql<number>`count(*) filter (where ${answers.status} in ('submitted', 'shortlisted', 'awarded', 'not_retained'))::int`,
    })
    .from(answers)
    .where(eq(answers.needId, needId));
  return row;
}
