/** Loads what ./pairing.ts needs from the database (places, sponsor standing, weights) and ranks pairs. */
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { isActive } from "@/db/queries/companies";
import { companies, skillOffers, skillRequests, type SkillOfferRow as Offer, type SkillRequestRow as Request } from "@/db/schema";
import { territoryConfig } from "../config/territory";
import { territoryName } from "../geo/territory-name";
import { referenceCache } from "../matching/reference-cache";
import { currentWeights } from "../matching/weights-store";
import { scorePair, type PairScore, type SponsorFacts } from "./pairing";

async function context(db: DbOrTx) {
  const [ref, weights, name] = [await referenceCache(db), await currentWeights(db), await territoryName(db)];
  return { ref, weights, territory: { epciCode: territoryConfig().epciCode, name } };
}

async function sponsors(db: DbOrTx, companyIds: string[]): Promise<Map<string, SponsorFacts>> {
  if (!companyIds.length) return new Map();
  const rows = await db
    .select({
      companyId: companies.id,
      name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      siret: companies.siret,
      nafCode: companies.nafCode,
      headcountBand: companies.headcountBand,
      verificationStatus: companies.verificationStatus,
      source: companies.source,
      // Qualified by hand: inside a subquery drizzle would print the outer column unqualified.
      signedCharter: sql<boolean>`exists (select 1 from charter_signatures cs where cs.company_id = "companies"."id")`,
    })
    .from(companies)
    .where(inArray(companies.id, [...new Set(companyIds)]));
  return new Map(rows.map((r) => [r.companyId, r]));
}

/** Scores every (request, offer) pair given, best first; excluded pairs are left out. */
export async function rankPairs(db: DbOrTx, requests: Request[], offers: Offer[]) {
  const ctx = await context(db);
  const bySponsor = await sponsors(
    db,
    offers.map((o) => o.companyId),
  );
  const out: { request: Request; offer: Offer; score: number; reasons: string[] }[] = [];
  for (const request of requests) {
    const rPlace = ctx.ref.communeByCode.get(request.communeCode);
    if (!rPlace) continue;
    for (const offer of offers) {
      const oPlace = ctx.ref.communeByCode.get(offer.communeCode);
      const sponsor = bySponsor.get(offer.companyId);
      if (!oPlace || !sponsor || offer.companyId === request.companyId) continue;
      const s = scorePair(
        { skill: request.skill, purpose: request.purpose, place: rPlace, workMode: request.workMode },
        { skill: offer.skill, profession: offer.profession, description: offer.description, place: oPlace, workMode: offer.workMode },
        sponsor,
        ctx.territory,
        ctx.weights,
      );
      if ("excluded" in s) continue;
      out.push({ request, offer, score: s.score, reasons: s.reasons });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.offer.id < b.offer.id ? -1 : 1));
}

/** One pair's score, or why it is excluded. */
export async function rankPair(db: DbOrTx, offer: Offer, request: Request): Promise<PairScore> {
  const ctx = await context(db);
  const sponsor = (await sponsors(db, [offer.companyId])).get(offer.companyId);
  const rPlace = ctx.ref.communeByCode.get(request.communeCode);
  const oPlace = ctx.ref.communeByCode.get(offer.communeCode);
  if (!sponsor || !rPlace || !oPlace) return { excluded: "commune inconnue" };
  return scorePair(
    { skill: request.skill, purpose: request.purpose, place: rPlace, workMode: request.workMode },
    { skill: offer.skill, profession: offer.profession, description: offer.description, place: oPlace, workMode: offer.workMode },
    sponsor,
    ctx.territory,
    ctx.weights,
  );
}

/** Open posts to pair with, of companies that are not suspended (a suspended company's posts are out of sight). */
export const openOffersRows = (db: DbOrTx) =>
  db
    .select(getTableColumns(skillOffers))
    .from(skillOffers)
    .innerJoin(companies, eq(companies.id, skillOffers.companyId))
    .where(and(eq(skillOffers.status, "open"), isActive()))
    .limit(500);
export const openRequestsRows = (db: DbOrTx) =>
  db
    .select(getTableColumns(skillRequests))
    .from(skillRequests)
    .innerJoin(companies, eq(companies.id, skillRequests.companyId))
    .where(and(eq(skillRequests.status, "open"), isActive()))
    .limit(500);
