/**
 * The named parts of a match score as need_matches stores them (jsonb); lib/matching/types.ts re-exports
 * them. Imports nothing, so client components (the weights form) may read it.
 */

export const MATCH_PARTS = ["activity", "trade", "text", "distance", "locality", "size", "trust", "responsiveness"] as const;
export type MatchPartKey = (typeof MATCH_PARTS)[number];

export interface MatchPart {
  key: MatchPartKey;
  weight: number;
  /** 0..1 */
  value: number;
  /** e.g. "Menuisier à 12 km, dans le périmètre du besoin" (read by buyers and suppliers alike) */
  sentence: string;
}
