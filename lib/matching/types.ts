/**
 * The shapes of matching, shared by the scorer (lib/matching/score.ts), the service that ranks and
 * stores (lib/matching/service.ts), the pages, the alerts and the API. A score is in [0, 1], made of
 * named parts, each with its weight, its value in [0, 1] and a French sentence for the buyer.
 */
import type { MatchPart, MatchPartKey } from "@/db/queries/match-parts";

export { MATCH_PARTS, type MatchPart, type MatchPartKey } from "@/db/queries/match-parts";

export type MatchWeights = Record<MatchPartKey, number>;

export interface WeightsVersion {
  version: number;
  weights: MatchWeights;
  alertThreshold: number;
  distanceHalfKm: number;
}

/** How well a supplier's profile answers the need's words (lib/matching/text-relevance.ts). */
export interface TextRelevance {
  /** In [0, 1]; 0 when no telling word of the need is in the profile. */
  value: number;
  /** The need's words found in the profile, the most telling first. */
  words: string[];
}

export interface SupplierMatch {
  companyId: string;
  name: string;
  siret: string;
  nafCode: string;
  communeName: string;
  distanceKm: number | null;
  /** Σ weight × value, rounded to 4 decimals (the tie rule compares rounded scores). */
  score: number;
  parts: MatchPart[];
  /** Signatory (charter signed) and verified by the CCI; imported SIRENE companies are not. */
  signatory: boolean;
}

export interface ExcludedSupplier {
  companyId: string;
  name: string;
  /** French: "hors de votre périmètre (48 km pour 30 km)", "sa zone d'intervention ne couvre pas Aubagne" */
  reason: string;
}

export interface MatchRun {
  needId: string;
  weightsVersion: number;
  computedAt: Date;
  /** Best first; ties broken by the documented rule (docs/MATCHING.md). */
  matches: SupplierMatch[];
  excluded: ExcludedSupplier[];
}
