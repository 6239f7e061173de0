/**
 * Scores one supplier for one need: eight explainable parts, Σ weight × value, or an exclusion with its
 * reason (outside the need's perimeter, or the need's place outside the supplier's service area). Pure:
 * the same inputs give the same score and the same sentences on every machine. See docs/MATCHING.md.
 */
import { deCommune } from "../geo/describe-area";
import { areaContains, haversineKm, type Area, type Place } from "./geo";
import { formatKm } from "./labels";
import {
  activityPart,
  distanceSentence,
  distanceValue,
  localityPart,
  responsivenessPart,
  sizePart,
  textPart,
  tradePart,
  trustPart,
  type PartValue,
} from "./parts";
import { NO_TRADE, supplierTrade, type TradeAffinity } from "./trade";
import type { MatchPart, SupplierMatch, TextRelevance, WeightsVersion } from "./types";
import { present } from "../invariant";

export { validateWeights } from "./weights";
export { haversineKm } from "./geo";

export interface NeedFacts {
  /** NAF sous-classes sought. */
  nafCodes: string[];
  /** Place of delivery (its commune centre). */
  place: Place;
  perimeter: Area;
  budgetMinEur: number | null;
  budgetMaxEur: number | null;
  /** NAF code → how much that code's companies describe the need's kind of work (lib/matching/trade.ts); none by default. */
  trade?: TradeAffinity;
}

export interface SupplierFacts {
  companyId: string;
  name: string;
  siret: string;
  /** Main (SIRENE) NAF code. */
  nafCode: string;
  /** Main code first, then declared secondary activities and the activities of published offers. */
  activityCodes: string[];
  place: Place;
  serviceArea: Area;
  headcountBand: string;
  verificationStatus: string;
  signedCharter: boolean;
  source: "signup" | "sirene";
  /** Past invitations that count (answered, or whose deadline passed) and those answered. */
  invited: number;
  answered: number;
}

export interface ScoreInput {
  need: NeedFacts;
  supplier: SupplierFacts;
  /** Relevance of the need's text to the supplier's profile and offers, in [0, 1] (0 when not found), with the words found. */
  textRelevance: TextRelevance;
  territory: { epciCode: string; name: string };
  /** NAF code → French label, for the activity sentence. */
  nafLabels: Readonly<Record<string, string>>;
}

export type ScoreResult = { score: number; parts: MatchPart[]; distanceKm: number } | { excluded: string; distanceKm: number };

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Why the supplier's place is outside the need's perimeter, or null (it depends on the place only). */
function perimeterExclusion(need: NeedFacts, km: number, place: Place, territory: ScoreInput["territory"]): string | null {
  const perimeter = areaContains(need.perimeter, km, place, territory.epciCode);
  if (perimeter.inside) return null;
  if (perimeter.why === "radius") {
    const r = present(need.perimeter.radiusKm, "the radius of a radius perimeter");
    // 30.04 km for 30 km must not read "30 km pour 30 km": as many decimals as it takes to differ.
    const decimals = [0, 1, 2].find((d) => Math.round(km * 10 ** d) / 10 ** d > r) ?? 3;
    return `hors de votre périmètre (${formatKm(km, decimals)} pour ${r} km)`;
  }
  if (perimeter.why === "territory") return `hors du territoire (${territory.name})`;
  return `hors des zones de votre périmètre (${place.name})`;
}

function serviceExclusion(need: NeedFacts, supplier: SupplierFacts, km: number, territoryEpci: string): string | null {
  const service = areaContains(supplier.serviceArea, km, need.place, territoryEpci);
  if (service.inside) return null;
  const detail = service.why === "radius" ? ` (${supplier.serviceArea.radiusKm} km autour ${deCommune(supplier.place.name)})` : "";
  return `sa zone d'intervention${detail} ne couvre pas ${need.place.name}`;
}

export type SupplierScorer = (supplier: SupplierFacts, textRelevance: TextRelevance) => ScoreResult;

/** What a candidate's commune gives: the same for every supplier there. */
interface PlaceFacts {
  distanceKm: number;
  excluded: string | null;
  distance: number;
  kmLabel: string;
  locality: PartValue;
}

/**
 * The scorer of one need's candidates. What depends only on the need, or on a candidate's commune, headcount
 * band or activities, is computed once per need and shared: ranking scores some 2,200 candidates for each
 * need. scoreSupplier is this scorer called once, so both give the same numbers and sentences.
 */
export function needScorer(need: NeedFacts, territory: ScoreInput["territory"], nafLabels: ScoreInput["nafLabels"], weights: WeightsVersion): SupplierScorer {
  const byPlace = new Map<string, PlaceFacts>();
  const byActivities = new Map<string, PartValue>();
  const byTrade = new Map<string, PartValue>();
  const trade = need.trade ?? NO_TRADE;
  const byBand = new Map<string, PartValue>();
  const w = weights.weights;
  const placeFacts = (place: Place): PlaceFacts => {
    let f = byPlace.get(place.communeCode);
    if (f) return f;
    const distanceKm = round4(haversineKm(need.place, place));
    f = {
      distanceKm,
      excluded: perimeterExclusion(need, distanceKm, place, territory),
      distance: distanceValue(distanceKm, weights.distanceHalfKm),
      kmLabel: formatKm(distanceKm),
      locality: localityPart(place.epciCode === territory.epciCode),
    };
    byPlace.set(place.communeCode, f);
    return f;
  };
  return (supplier, textRelevance) => {
    const at = placeFacts(supplier.place);
    const distanceKm = at.distanceKm;
    const excluded = at.excluded ?? serviceExclusion(need, supplier, distanceKm, territory.epciCode);
    if (excluded) return { excluded, distanceKm };
    const codes = supplier.activityCodes;
    const codesKey = codes.length === 1 ? codes[0] : codes.join(" ");
    let activity = byActivities.get(codesKey);
    if (!activity) byActivities.set(codesKey, (activity = activityPart(need.nafCodes, codes, nafLabels)));
    let tradeOf = byTrade.get(codesKey);
    if (!tradeOf) {
      const best = supplierTrade(trade, codes);
      byTrade.set(codesKey, (tradeOf = tradePart(best.value, best.code, nafLabels)));
    }
    let size = byBand.get(supplier.headcountBand);
    if (!size) byBand.set(supplier.headcountBand, (size = sizePart(need.budgetMinEur, need.budgetMaxEur, supplier.headcountBand)));
    const text = textPart(textRelevance.value, textRelevance.words);
    const trust = trustPart(supplier);
    const responsiveness = responsivenessPart(supplier.invited, supplier.answered);
    // In MATCH_PARTS order. Values are rounded before summing so anyone can recompute the score from the parts shown.
    const parts: MatchPart[] = [
      { key: "activity", weight: w.activity, value: round4(activity.value), sentence: activity.sentence },
      { key: "trade", weight: w.trade, value: round4(tradeOf.value), sentence: tradeOf.sentence },
      { key: "text", weight: w.text, value: round4(text.value), sentence: text.sentence },
      { key: "distance", weight: w.distance, value: round4(at.distance), sentence: distanceSentence(supplier.name, at.kmLabel) },
      { key: "locality", weight: w.locality, value: round4(at.locality.value), sentence: at.locality.sentence },
      { key: "size", weight: w.size, value: round4(size.value), sentence: size.sentence },
      { key: "trust", weight: w.trust, value: round4(trust.value), sentence: trust.sentence },
      { key: "responsiveness", weight: w.responsiveness, value: round4(responsiveness.value), sentence: responsiveness.sentence },
    ];
    let sum = 0;
    for (const p of parts) sum += p.weight * p.value;
    return { score: round4(sum), parts, distanceKm };
  };
}

export function scoreSupplier(input: ScoreInput, weights: WeightsVersion): ScoreResult {
  return needScorer(input.need, input.territory, input.nafLabels, weights)(input.supplier, input.textRelevance);
}

const isExact = (m: Pick<SupplierMatch, "parts">) => m.parts.some((p) => p.key === "activity" && p.value === 1);

/**
 * The tie rule, the same for everyone and nothing a company can pay for: higher score, then smaller
 * distance, then exact activity first, then SIRET ascending (unique, so the order is total).
 */
export function compareMatches(a: Pick<SupplierMatch, "score" | "distanceKm" | "parts" | "siret">, b: typeof a): number {
  if (a.score !== b.score) return b.score - a.score;
  const da = a.distanceKm ?? Infinity;
  const db = b.distanceKm ?? Infinity;
  if (da !== db) return da - db;
  const ea = isExact(a);
  if (ea !== isExact(b)) return ea ? -1 : 1;
  return a.siret < b.siret ? -1 : a.siret > b.siret ? 1 : 0;
}
