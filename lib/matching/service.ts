/**
 * Ranking suppliers for a need: prefilter candidates in SQL, score each one with the current weights
 * version (lib/matching/score.ts), order them by the tie rule, and store the top of the list with the
 * version used, so any ranking can be explained and reproduced later.
 */
import type { Db, DbOrTx } from "@/db/client";
import { matchCandidates, needForMatching, type CandidateRow } from "@/db/queries/matching";
import { replaceNeedMatches, storedNeedMatches, supplierOpportunities } from "@/db/queries/need-matches";
import { loadNeedAccessFacts } from "@/db/queries/needs";
import type { Actor } from "../auth/actor";
import { territoryConfig } from "../config/territory";
import { NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import type { AreaRef } from "../geo/area-schema";
import { territoryName } from "../geo/territory-name";
import { referenceErrors } from "../references/check";
import type { Area, Place } from "./geo";
import type { NeedLike } from "./need-like";
import { compareMatches, haversineKm, needScorer, type NeedFacts, type SupplierFacts } from "./score";
import { reachOf } from "./reach";
import { divisionSubclasses, labelsOf, referenceCache } from "./reference-cache";
import { TEXT_CANDIDATES, textRelevance } from "./text-relevance";
import { NO_TRADE, TRADE, tradeValues } from "./trade";
import { placeNamesOf } from "./place-names";
import type { ExcludedSupplier, MatchRun, SupplierMatch, TextRelevance, WeightsVersion } from "./types";
import { currentWeights } from "./weights-store";
import { authorizeMatches, type MatchesAccessFacts, type MatchesViewer } from "./access";
import { readTogether } from "@/db/read-together";
import { present } from "../invariant";

export { currentWeights, publishWeights } from "./weights-store";

/** Candidates kept by the SQL prefilter, best pre-scores first. */
export const CANDIDATE_LIMIT = 500;
/** Candidates just outside the perimeter scored too, so the buyer sees why the nearest ones are left out. */
export const OUTSIDE_LIMIT = 200;
/** The geographic pool is at least this wide, so suppliers just outside a small perimeter are shown as excluded. */
export const MIN_REACH_KM = 100;

export interface RankOptions {
  /** Defaults to the latest version. */
  weights?: WeightsVersion;
  /** Keep the best `limit` matches (all by default); at least this many candidates are then considered. */
  limit?: number;
  candidateLimit?: number;
}

/** A stored need as NeedLike (activities and perimeter areas included). */
async function needLikeOf(db: DbOrTx, needId: string): Promise<NeedLike> {
  const n = await needForMatching(db, needId);
  if (!n) throw new NotFoundError("Besoin introuvable.");
  return {
    id: n.id,
    companyId: n.company_id,
    title: n.title,
    description: n.description,
    nafCodes: n.codes,
    communeCode: n.commune_code,
    perimeterKind: n.perimeter_kind,
    perimeterRadiusKm: n.perimeter_radius_km,
    perimeterAreas: n.areas,
    budgetMinEur: n.budget_min_eur,
    budgetMaxEur: n.budget_max_eur,
  };
}

async function checkedNeedLike(db: DbOrTx, need: NeedLike): Promise<NeedLike> {
  const errors = await referenceErrors(
    db,
    { nafCodes: need.nafCodes, communeCode: need.communeCode, areas: need.perimeterAreas },
    { naf: "nafCodes", commune: "communeCode", areas: "perimeterAreas" },
  );
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return need;
}

const NO_AREAS: AreaRef[] = [];
const NO_TEXT: TextRelevance = { value: 0, words: [] };

function supplierFacts(r: CandidateRow, place: Place): SupplierFacts {
  const serviceAreas =
    r.service_areas.length === 0
      ? NO_AREAS
      : r.service_areas.map((s): AreaRef => {
          const [kind, code] = s.split(":");
          return { kind: kind as AreaRef["kind"], code };
        });
  return {
    companyId: r.id,
    name: r.name,
    siret: r.siret,
    nafCode: r.naf_code,
    activityCodes: r.codes.length === 0 ? [r.naf_code] : [...new Set([r.naf_code, ...r.codes.sort()])],
    place,
    serviceArea: { kind: r.service_area_kind, radiusKm: r.service_radius_km, areas: serviceAreas },
    headcountBand: r.headcount_band,
    verificationStatus: r.verification_status,
    signedCharter: r.signed,
    source: r.source,
    invited: r.invited,
    answered: r.answered,
  };
}

export async function rankSuppliersForNeed(db: DbOrTx, needOrId: string | NeedLike, opts: RankOptions = {}): Promise<MatchRun> {
  const territory = territoryConfig().epciCode;
  const [need, weights, ref, tName] = await readTogether(db, [
    () => (typeof needOrId === "string" ? needLikeOf(db, needOrId) : checkedNeedLike(db, needOrId)),
    async () => opts.weights ?? currentWeights(db),
    () => referenceCache(db),
    () => territoryName(db),
  ]);
  const place = ref.communeByCode.get(need.communeCode);
  if (!place) throw new ValidationError({ communeCode: "Lieu de livraison inconnu." });
  const perimeter: Area = { kind: need.perimeterKind, radiusKm: need.perimeterRadiusKm ?? null, areas: need.perimeterAreas };
  const reachKm = Math.max(perimeter.kind === "radius" ? (perimeter.radiusKm ?? 0) : 0, MIN_REACH_KM);
  const reach = reachOf(ref.communes, place, reachKm, perimeter, territory, {
    distance: weights.weights.distance,
    locality: weights.weights.locality,
    halfKm: weights.distanceHalfKm,
  });
  const inside = reach.codes.filter((_, i) => reach.inside[i]);
  const candidates = {
    nafCodes: need.nafCodes,
    divisionCodes: divisionSubclasses(ref, need.nafCodes),
    reach,
    activityWeight: weights.weights.activity,
    excludeCompanyId: need.companyId ?? null,
    needId: need.id ?? null,
    limit: opts.candidateLimit ?? Math.max(CANDIDATE_LIMIT, opts.limit ?? 0),
    outsideLimit: OUTSIDE_LIMIT,
  };
  // Two reads at once: the activity-based candidates; and the suppliers the need's text finds inside the perimeter,
  // whose query also computes the « métier » likelihoods of its best profiles' codes and of the sought divisions'
  // codes (lib/matching/trade.ts), and learns from the profiles whose text and « métier » both fit.
  // Those the text found that the activity did not bring are then read too: the activity is a signal, not a gate.
  const needText = { title: need.title, description: need.description, places: placeNamesOf(ref.communes) };
  // The text's suppliers' details are read while the text reads its similar profiles, on another connection: those
  // the activity also brought are dropped below (the activity's read of them is kept).
  let textDetails: Awaited<ReturnType<typeof matchCandidates>> = [];
  const detailsOf = async (onlyIds: readonly string[]) => {
    textDetails = onlyIds.length ? await matchCandidates(db, { ...candidates, onlyIds: [...onlyIds] }) : [];
  };
  const withTrade = weights.weights.trade > 0 ? { params: TRADE, codes: candidates.divisionCodes } : null;
  const [text, byActivity] = await readTogether(db, [
    () =>
      textRelevance(db, needText, inside, need.companyId ?? null, {
        limit: Math.max(TEXT_CANDIDATES, opts.limit ?? 0),
        trade: withTrade,
        alongside: detailsOf,
      }),
    () => matchCandidates(db, candidates),
  ]);
  const relevance = text.relevance;
  const seen = new Set(byActivity.map((r) => r.id));
  const rows = [...byActivity, ...textDetails.filter((r) => !seen.has(r.id))];
  const trade = withTrade ? tradeValues(text.likelihoods) : NO_TRADE;
  const facts: NeedFacts = {
    nafCodes: need.nafCodes,
    place,
    perimeter,
    budgetMinEur: need.budgetMinEur ?? null,
    budgetMaxEur: need.budgetMaxEur ?? null,
    trade,
  };
  const labels = labelsOf(ref, [...need.nafCodes, ...trade.keys()]);
  const score = needScorer(facts, { epciCode: territory, name: tName }, labels, weights);
  const matches: SupplierMatch[] = [];
  const excluded: (ExcludedSupplier & { distanceKm: number; siret: string })[] = [];
  for (const row of rows) {
    const supplierPlace = present(ref.communeByCode.get(row.commune_code), `commune ${row.commune_code}`);
    const supplier = supplierFacts(row, supplierPlace);
    const result = score(supplier, relevance.get(row.id) ?? NO_TEXT);
    if ("excluded" in result) {
      excluded.push({ companyId: row.id, name: row.name, reason: result.excluded, distanceKm: result.distanceKm, siret: row.siret });
      continue;
    }
    matches.push({
      companyId: row.id,
      name: row.name,
      siret: row.siret,
      nafCode: row.naf_code,
      communeName: supplierPlace.name,
      distanceKm: result.distanceKm,
      score: result.score,
      parts: result.parts,
      signatory: supplier.signedCharter && supplier.verificationStatus === "verified",
    });
  }
  matches.sort(compareMatches);
  excluded.sort((a, b) => a.distanceKm - b.distanceKm || (a.siret < b.siret ? -1 : 1));
  return {
    needId: need.id ?? "",
    weightsVersion: weights.version,
    computedAt: new Date(),
    matches: opts.limit === undefined ? matches : matches.slice(0, opts.limit),
    excluded: excluded.map(({ companyId, name, reason }) => ({ companyId, name, reason })),
  };
}

/**
 * The suggested suppliers of a need for a person (the page and the need page's summary): the rule of
 * lib/matching/access.ts, then a fresh ranking. Workers (alerts, events) call rankSuppliersForNeed directly.
 */
export async function suggestedSuppliers(
  db: DbOrTx,
  actor: Actor | null,
  need: MatchesAccessFacts & { id: string },
  opts: RankOptions = {},
): Promise<{ viewer: MatchesViewer; run: MatchRun }> {
  const viewer = authorizeMatches(actor, need);
  return { viewer, run: await rankSuppliersForNeed(db, need.id, opts) };
}

/** Ranks and replaces the need's stored matches (top `limit`) in one transaction. */
export async function computeAndStoreMatches(db: Db, needId: string, opts: RankOptions & { limit?: number } = {}): Promise<MatchRun> {
  const limit = opts.limit ?? 50;
  const run = await rankSuppliersForNeed(db, needId, { ...opts, limit });
  const top = run.matches;
  await db.transaction((tx) =>
    replaceNeedMatches(
      tx,
      needId,
      run.weightsVersion,
      run.computedAt,
      top.map((m, i) => ({ companyId: m.companyId, rank: i + 1, score: m.score, parts: m.parts })),
    ),
  );
  return run;
}

/**
 * The stored ranking of a need for its company's members and staff (the API), by the rule of
 * lib/matching/access.ts (a draft stays private to its company). Computed on first read when none is stored.
 */
export async function matchesForNeed(db: Db, actor: Actor | null, needId: string, opts: { limit?: number } = {}) {
  // Anonymous callers learn nothing, not even whether the need exists.
  if (!actor) throw new UnauthenticatedError();
  const facts = await loadNeedAccessFacts(db, needId);
  if (!facts) throw new NotFoundError("Besoin introuvable.");
  authorizeMatches(actor, facts);
  const limit = opts.limit ?? 50;
  let rows = await storedNeedMatches(db, needId, limit);
  if (rows.length === 0) {
    await computeAndStoreMatches(db, needId, { limit: Math.max(limit, 50) });
    rows = await storedNeedMatches(db, needId, limit);
  }
  return {
    needId,
    weightsVersion: rows[0]?.weights_version ?? (await currentWeights(db)).version,
    computedAt: rows[0]?.computed_at ?? new Date(),
    matches: rows.map((r) => ({
      rank: r.rank,
      companyId: r.company_id,
      name: r.name,
      siret: r.siret,
      commune: r.commune,
      distanceKm: Math.round(haversineKm({ lat: r.need_lat, lng: r.need_lng }, r) * 10) / 10,
      score: r.score,
      parts: r.parts,
    })),
  };
}

/** "Opportunités pour vous": the supplier's best stored matches on needs still open, with their parts. */
export async function opportunitiesForSupplier(db: DbOrTx, companyId: string, limit = 10) {
  const rows = await supplierOpportunities(db, companyId, limit);
  return rows.map((r) => ({
    needId: r.need_id,
    title: r.title,
    buyerName: r.buyer_name,
    communeName: r.commune,
    responseDeadline: r.response_deadline,
    rank: r.rank,
    score: r.score,
    parts: r.parts,
    weightsVersion: r.weights_version,
  }));
}
