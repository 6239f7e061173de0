/**
 * Scores one supplier for one need: seven explainable parts, Σ weight × value, or an exclusion with its
 * reason (outside the need's perimeter, or the need's place outside the supplier's service area). Pure:
 * the same inputs give the same score and the same sentences on every machine. See docs/MATCHING.md.
 */
import { deCommune } from "../geo/describe-area";
import { areaContains, haversineKm, type Area, type Place } from "./geo";
import { formatKm } from "./labels";
import {
  activityPart, distancePart, localityPart, responsivenessPart, sizePart, textPart, trustPart, type PartValue,
} from "./parts";
import { MATCH_PARTS, type MatchPart, type MatchPartKey, type SupplierMatch, type WeightsVersion } from "./types";

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
  /** Relevance of the need's text to the supplier's profile and offers, in [0, 1] (0 when not found). */
  textRelevance: number;
  territory: { epciCode: string; name: string };
  /** NAF code → French label, for the activity sentence. */
  nafLabels: Readonly<Record<string, string>>;
}

export type ScoreResult =
  | { score: number; parts: MatchPart[]; distanceKm: number }
  | { excluded: string; distanceKm: number };

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Why the supplier cannot serve this need, or null. The need's perimeter is checked first. */
export function exclusionReason(input: ScoreInput, km: number): string | null {
  const { need, supplier, territory } = input;
  const perimeter = areaContains(need.perimeter, km, supplier.place, territory.epciCode);
  if (!perimeter.inside) {
    if (perimeter.why === "radius") {
      const r = need.perimeter.radiusKm!;
      // 30.04 km for 30 km must not read "30 km pour 30 km": as many decimals as it takes to differ.
      const decimals = [0, 1, 2].find((d) => Math.round(km * 10 ** d) / 10 ** d > r) ?? 3;
      return `hors de votre périmètre (${formatKm(km, decimals)} pour ${r} km)`;
    }
    if (perimeter.why === "territory") return `hors du territoire (${territory.name})`;
    return `hors des zones de votre périmètre (${supplier.place.name})`;
  }
  const service = areaContains(supplier.serviceArea, km, need.place, territory.epciCode);
  if (!service.inside) {
    const detail = service.why === "radius" ? ` (${supplier.serviceArea.radiusKm} km autour ${deCommune(supplier.place.name)})` : "";
    return `sa zone d'intervention${detail} ne couvre pas ${need.place.name}`;
  }
  return null;
}

export function scoreSupplier(input: ScoreInput, weights: WeightsVersion): ScoreResult {
  const { need, supplier } = input;
  const distanceKm = round4(haversineKm(need.place, supplier.place));
  const excluded = exclusionReason(input, distanceKm);
  if (excluded) return { excluded, distanceKm };
  const values: Record<MatchPartKey, PartValue> = {
    activity: activityPart(need.nafCodes, supplier.activityCodes, input.nafLabels),
    text: textPart(input.textRelevance),
    distance: distancePart(supplier.name, distanceKm, weights.distanceHalfKm),
    locality: localityPart(supplier.place.epciCode === input.territory.epciCode),
    size: sizePart(need.budgetMinEur, need.budgetMaxEur, supplier.headcountBand),
    trust: trustPart(supplier),
    responsiveness: responsivenessPart(supplier.invited, supplier.answered),
  };
  // Values are rounded before summing so anyone can recompute the score from the parts shown.
  const parts: MatchPart[] = MATCH_PARTS.map((key) => ({
    key, weight: weights.weights[key], value: round4(values[key].value), sentence: values[key].sentence,
  }));
  const score = round4(parts.reduce((sum, p) => sum + p.weight * p.value, 0));
  return { score, parts, distanceKm };
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
