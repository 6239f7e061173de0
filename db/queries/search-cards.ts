/** Rows the search pages show next to engine hits (the engine gives ids; the database gives the facts). */
import { and, inArray, sql, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { challenges, communes, companies, epcis, needs, nafCodes, skillOffers, skillRequests } from "../schema";

export async function needCards(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: needs.id,
      kind: needs.kind,
      responseDeadline: needs.responseDeadline,
      budgetMaxEur: needs.budgetMaxEur,
      companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      isLargeBuyer: companies.isLargeBuyer,
      communeName: communes.name,
      activities: sql<string[]>`array(select na.naf_code from need_activities na where na.need_id = ${needs.id} order by 1)`,
    })
    .from(needs)
    .innerJoin(companies, eq(companies.id, needs.companyId))
    .innerJoin(communes, eq(communes.inseeCode, needs.communeCode))
    .where(inArray(needs.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function companyCards(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: companies.id,
      siret: companies.siret,
      nafCode: companies.nafCode,
      nafLabel: nafCodes.label,
      headcountBand: companies.headcountBand,
      isLargeBuyer: companies.isLargeBuyer,
      certifications: companies.certifications,
      communeName: communes.name,
      postalCode: sql<string | null>`${communes.postalCodes}[1]`,
      offers: sql<number>`(select count(*)::int from offers o where o.company_id = ${companies.id} and o.status = 'published')`,
    })
    .from(companies)
    .innerJoin(nafCodes, eq(nafCodes.code, companies.nafCode))
    .innerJoin(communes, eq(communes.inseeCode, companies.communeCode))
    .where(inArray(companies.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

const companyName = sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`;

/** Challenges still published (the index may lag a moment behind a cancellation): what /defis lists of them. */
export async function challengeCards(db: DbOrTx, ids: string[]) {
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({
            id: challenges.id,
            companyName,
            deadline: challenges.deadline,
            maturity: challenges.maturity,
            reward: challenges.reward,
            budgetBand: challenges.budgetBand,
            confidential: challenges.confidential,
            openToYoung: challenges.openToYoung,
          })
          .from(challenges)
          .innerJoin(companies, eq(companies.id, challenges.companyId))
          .where(and(inArray(challenges.id, ids), eq(challenges.status, "published")));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Open skills posts, offers and requests alike: what /mecenat lists of them (no person, no cost). */
export interface SkillPostCard {
  id: string;
  direction: "offer" | "request";
  profession: string | null;
  seniority: (typeof skillOffers.$inferSelect)["seniority"] | null;
  daysPerWeek: number;
  durationWeeks: number;
  startsOn: string;
  workMode: (typeof skillOffers.$inferSelect)["workMode"];
  communeName: string;
  companyName: string;
}

/** Open skills posts, offers and requests alike: what /mecenat lists of them (no person, no cost). */
export async function skillPostCards(db: DbOrTx, ids: string[]): Promise<Map<string, SkillPostCard>> {
  if (ids.length === 0) return new Map();
  const offers = await db
    .select({
      id: skillOffers.id,
      profession: skillOffers.profession,
      seniority: skillOffers.seniority,
      daysPerWeek: skillOffers.daysPerWeek,
      durationWeeks: skillOffers.durationWeeks,
      startsOn: skillOffers.availableFrom,
      workMode: skillOffers.workMode,
      communeName: communes.name,
      companyName,
    })
    .from(skillOffers)
    .innerJoin(companies, eq(companies.id, skillOffers.companyId))
    .innerJoin(communes, eq(communes.inseeCode, skillOffers.communeCode))
    .where(and(inArray(skillOffers.id, ids), eq(skillOffers.status, "open")));
  const requests = await db
    .select({
      id: skillRequests.id,
      daysPerWeek: skillRequests.daysPerWeek,
      durationWeeks: skillRequests.durationWeeks,
      startsOn: skillRequests.startFrom,
      workMode: skillRequests.workMode,
      communeName: communes.name,
      companyName,
    })
    .from(skillRequests)
    .innerJoin(companies, eq(companies.id, skillRequests.companyId))
    .innerJoin(communes, eq(communes.inseeCode, skillRequests.communeCode))
    .where(and(inArray(skillRequests.id, ids), eq(skillRequests.status, "open")));
  const cards: SkillPostCard[] = [
    ...offers.map((o) => ({ ...o, direction: "offer" as const })),
    ...requests.map((r) => ({ ...r, direction: "request" as const, profession: null, seniority: null })),
  ];
  return new Map(cards.map((c) => [c.id, c]));
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
  const [row] = await db
    .select({ lat: communes.lat, lng: communes.lng, name: communes.name, postalCode: sql<string | null>`${communes.postalCodes}[1]` })
    .from(communes)
    .where(eq(communes.inseeCode, code));
  return row ?? null;
}
