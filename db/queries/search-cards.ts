/** Rows the search pages show next to engine hits (the engine gives ids; the database gives the facts). */
import { inArray, sql, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { communes, companies, epcis, needs, nafCodes } from "../schema";

export async function needCards(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db.select({
    id: needs.id, kind: needs.kind, responseDeadline: needs.responseDeadline, budgetMaxEur: needs.budgetMaxEur,
    companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`, isLargeBuyer: companies.isLargeBuyer,
    communeName: communes.name,
    activities: sql<string[]>`array(select na.naf_code from need_activities na where na.need_id = ${needs.id} order by 1)`,
  }).from(needs).innerJoin(companies, eq(companies.id, needs.companyId)).innerJoin(communes, eq(communes.inseeCode, needs.communeCode))
    .where(inArray(needs.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function companyCards(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db.select({
    id: companies.id, siret: companies.siret, nafCode: companies.nafCode, nafLabel: nafCodes.label, headcountBand: companies.headcountBand,
    isLargeBuyer: companies.isLargeBuyer, certifications: companies.certifications, communeName: communes.name,
    postalCode: sql<string | null>`${communes.postalCodes}[1]`,
    offers: sql<number>`(select count(*)::int from offers o where o.company_id = ${companies.id} and o.status = 'published')`,
  }).from(companies).innerJoin(nafCodes, eq(nafCodes.code, companies.nafCode)).innerJoin(communes, eq(communes.inseeCode, companies.communeCode))
    .where(inArray(companies.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Display names of EPCI codes appearing in facets. */
export async function epciNames(db: DbOrTx, codes: string[]): Promise<Record<string, string>> {
  if (codes.length === 0) return {};
  const rows = await db.select({ code: epcis.code, name: epcis.name }).from(epcis).where(inArray(epcis.code, codes));
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}

/** A commune's centre and name, for "distance from" filters. */
export async function communeCentre(db: DbOrTx, code: string | undefined) {
  if (!code) return null;
  const [row] = await db.select({ lat: communes.lat, lng: communes.lng, name: communes.name, postalCode: sql<string | null>`${communes.postalCodes}[1]` })
    .from(communes).where(eq(communes.inseeCode, code));
  return row ?? null;
}
