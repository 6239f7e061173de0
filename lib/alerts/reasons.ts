/** The sentences of a match worth putting in an e-mail (its strong parts). */
import type { MatchPart } from "../matching/types";

export function reasonsLine(parts: MatchPart[]): string[] {
  return parts.filter((p) => p.sentence && p.value >= 0.5).map((p) => p.sentence);
}
