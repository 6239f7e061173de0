/**
 * What the public API v1 reads and writes, always for an actor (a token's or a session's) and through the
 * platform's own rules: lib/needs/access.ts decides who sees a need, lib/answers/access.ts what a buyer
 * reads of an answer, lib/needs/service.ts creates drafts. Company facts only, never people.
 */
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { answersForComparison } from "../answers/reads";
import { companyStanding, isSignatory, isVerified } from "@/db/queries/companies";
import { loadNeed, loadNeedAccessFacts, openForAnswers, visibleToSuppliers } from "@/db/queries/needs";
import type { NeedRow } from "@/db/schema";
import { communes, companies, nafCodes, needs } from "@/db/schema";
import { activeCompany, authorize, type Actor } from "../auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { absoluteUrl } from "../mail/render";
import { needViewer } from "../needs/access";
import { needInputSchema } from "../needs/need-schema";
import { createNeed } from "../needs/service";
import { fieldErrorsOf } from "../validation/zod";
import type { DraftNeedBody } from "./schemas";

const NOT_FOUND = "Besoin introuvable.";
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const summaryColumns = {
  id: needs.id,
  title: needs.title,
  kind: needs.kind,
  status: needs.status,
  communeCode: needs.communeCode,
  communeName: communes.name,
  budgetMinEur: needs.budgetMinEur,
  budgetMaxEur: needs.budgetMaxEur,
  responseDeadline: needs.responseDeadline,
  publishedAt: needs.publishedAt,
  buyerId: companies.id,
  buyerName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
  buyerSiret: companies.siret,
  nafCodes: sql<string[]>`array(select a.naf_code from need_activities a where a.need_id = ${needs.id} order by 1)`,
};
interface SummaryRow {
  id: string;
  title: string;
  kind: NeedRow["kind"];
  status: NeedRow["status"];
  communeCode: string;
  communeName: string;
  budgetMinEur: number | null;
  budgetMaxEur: number | null;
  responseDeadline: Date;
  publishedAt: Date | null;
  buyerId: string;
  buyerName: string;
  buyerSiret: string;
  nafCodes: string[];
}

function summary(r: SummaryRow) {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    commune: { code: r.communeCode, name: r.communeName },
    nafCodes: r.nafCodes,
    budgetMinEur: r.budgetMinEur,
    budgetMaxEur: r.budgetMaxEur,
    responseDeadline: r.responseDeadline.toISOString(),
    publishedAt: iso(r.publishedAt),
    buyer: { id: r.buyerId, name: r.buyerName, siret: r.buyerSiret },
    url: absoluteUrl(`/besoins/${r.id}`),
  };
}

/** Published needs must be seen from a verified company, as on the platform (lib/needs/access.ts). */
async function requireVerifiedCompany(db: DbOrTx, actor: Actor) {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Réservé aux entreprises inscrites.");
  const standing = await companyStanding(db, company.companyId);
  if (!standing.verified || standing.suspended) throw new ForbiddenError("Votre entreprise doit être vérifiée par la CCI pour consulter les besoins publiés.");
  return company.companyId;
}

/** Needs open for answers, visible to every signatory, newest first. */
export async function publishedNeedsPage(db: DbOrTx, actor: Actor, page: { limit: number; offset: number }) {
  await requireVerifiedCompany(db, actor);
  const where = and(visibleToSuppliers(), openForAnswers());
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(needs)
      .innerJoin(companies, eq(companies.id, needs.companyId))
      .innerJoin(communes, eq(communes.inseeCode, needs.communeCode))
      .where(where)
      .orderBy(desc(needs.publishedAt), asc(needs.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(needs).innerJoin(companies, eq(companies.id, needs.companyId)).where(where),
  ]);
  return { items: rows.map(summary), total, limit: page.limit, offset: page.offset };
}

/** One need, as the actor may see it on the platform (its own in any state, others' once published); else 404. */
export async function needForApi(db: DbOrTx, actor: Actor, needId: string) {
  const facts = await loadNeedAccessFacts(db, needId);
  if (!facts) throw new NotFoundError(NOT_FOUND);
  const company = activeCompany(actor);
  const verified = company ? (await companyStanding(db, company.companyId)).verified : false;
  if (!needViewer(actor, facts, verified)) throw new NotFoundError(NOT_FOUND);
  const loaded = await loadNeed(db, needId);
  if (!loaded) throw new NotFoundError(NOT_FOUND);
  const n = loaded.need;
  const [buyer] = await db.select({ siret: companies.siret }).from(companies).where(eq(companies.id, n.companyId));
  return {
    ...summary({
      id: n.id,
      title: n.title,
      kind: n.kind,
      status: n.status,
      communeCode: n.communeCode,
      communeName: loaded.communeName,
      budgetMinEur: n.budgetMinEur,
      budgetMaxEur: n.budgetMaxEur,
      responseDeadline: n.responseDeadline,
      publishedAt: n.publishedAt,
      buyerId: n.companyId,
      buyerName: loaded.companyName,
      buyerSiret: buyer.siret,
      nafCodes: loaded.activities.map((a) => a.code),
    }),
    description: n.description,
    quantities: n.quantities,
    expectedStartDate: n.expectedStartDate,
    csrCriteria: n.csrCriteria,
    visibility: n.visibility,
  };
}

/** The token's company's own needs, every state, most recently changed first. */
export async function ownNeeds(db: DbOrTx, actor: Actor) {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Réservé aux entreprises inscrites.");
  authorize(actor, "company:use-space", { companyId: company.companyId });
  const rows = await db
    .select(summaryColumns)
    .from(needs)
    .innerJoin(companies, eq(companies.id, needs.companyId))
    .innerJoin(communes, eq(communes.inseeCode, needs.communeCode))
    .where(eq(needs.companyId, company.companyId))
    .orderBy(desc(needs.updatedAt))
    .limit(200);
  return { items: rows.map(summary) };
}

/**
 * The answers to one of the company's needs, as its buyer reads them (price and terms once submitted,
 * withdrawn answers gone). Another company's need answers 404. Messages and documents stay on the
 * platform: free text may name people.
 */
export async function answersToOwnNeed(db: DbOrTx, actor: Actor, needId: string) {
  const facts = await loadNeedAccessFacts(db, needId);
  const company = activeCompany(actor);
  if (!facts || !company || facts.companyId !== company.companyId) throw new NotFoundError(NOT_FOUND);
  authorize(actor, "company:use-space", { companyId: facts.companyId });
  const rows = await answersForComparison(db, needId, "buyer");
  return {
    needId,
    items: rows.map((r) => ({
      id: r.id,
      status: r.status as Exclude<typeof r.status, "withdrawn">,
      supplier: { id: r.companyId, name: r.name, siret: r.siret, communeName: r.communeName },
      priceEur: r.priceEur,
      leadTimeDays: r.leadTimeDays,
      validityDays: r.validityDays,
      submittedAt: iso(r.submittedAt),
      distanceKm: r.distanceKm,
      score: r.score,
    })),
  };
}

/**
 * A draft need from the API: the JSON body becomes the need form's values and goes through the form's
 * own schema and service (same rules, same French messages, same field names). Its contact is the actor.
 */
export async function createDraftNeed(db: Db, actor: Actor, body: DraftNeedBody, now = new Date()) {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Réservé aux entreprises inscrites.");
  const asForm = {
    title: body.title,
    description: body.description,
    kind: body.kind,
    nafCodes: body.nafCodes,
    communeCode: body.communeCode,
    perimeterKind: body.perimeterKind,
    perimeterRadiusKm: body.perimeterRadiusKm?.toString() ?? "",
    perimeterAreas: body.perimeterAreas ?? [],
    budgetMinEur: body.budgetMinEur?.toString() ?? "",
    budgetMaxEur: body.budgetMaxEur?.toString() ?? "",
    quantities: body.quantities ?? "",
    responseDeadline: body.responseDeadline,
    expectedStartDate: body.expectedStartDate ?? "",
    csrCriteria: body.csrCriteria ?? [],
    csrNotes: body.csrNotes ?? "",
    visibility: body.visibility,
    contactUserId: actor.userId,
  };
  const parsed = needInputSchema(now).safeParse(asForm);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const need = await createNeed(db, actor, company.companyId, parsed.data);
  return needForApi(db, actor, need.id);
}

/** The directory: verified signatory companies, not suspended, by name. */
export async function directoryPage(db: DbOrTx, page: { limit: number; offset: number }) {
  const where = and(isVerified(), isSignatory(), sql`${companies.suspendedAt} is null`);
  const name = sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: companies.id,
        name,
        siret: companies.siret,
        nafCode: companies.nafCode,
        nafLabel: nafCodes.label,
        communeCode: companies.communeCode,
        communeName: communes.name,
        headcountBand: companies.headcountBand,
        website: companies.website,
      })
      .from(companies)
      .innerJoin(nafCodes, eq(nafCodes.code, companies.nafCode))
      .innerJoin(communes, eq(communes.inseeCode, companies.communeCode))
      .where(where)
      .orderBy(asc(name), asc(companies.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(companies).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      siret: r.siret,
      nafCode: r.nafCode,
      nafLabel: r.nafLabel,
      commune: { code: r.communeCode, name: r.communeName },
      headcountBand: r.headcountBand,
      website: r.website,
      url: absoluteUrl(`/entreprises/${r.id}`),
    })),
    total,
    limit: page.limit,
    offset: page.offset,
  };
}
