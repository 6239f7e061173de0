/** The result count as pages say it: exact, or "plus de 1 000" when the engine stopped counting. */
import { MAX_TOTAL_HITS } from "@/search/engine";

const fr = (n: number) => n.toLocaleString("fr-FR");

/** `one` / `many`: the noun phrase in the singular and the plural ("besoin ouvert", "besoins ouverts"). */
export function countLabel(result: { total: number; totalIsExact: boolean }, one: string, many: string): string {
  if (!result.totalIsExact) return `Plus de ${fr(MAX_TOTAL_HITS)} ${many}`;
  return `${fr(result.total)} ${result.total > 1 ? many : one}`;
}

/** What an unavailable engine counts as, for the wording. */
export const NO_RESULT = { total: 0, totalIsExact: true } as const;
