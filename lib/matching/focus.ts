/**
 * How much of a profile is about the need: the cosine of the need's words (query weight × idf) and the profile's
 * vector (lib/matching/neighbours.ts's, all its lexemes). BM25 sums what a profile says of the need's words; the
 * cosine also counts what it says of everything else, so a look-alike that names the need's words among many others
 * (a live-streaming studio listing « film institutionnel » among its services) sits below a profile devoted to them.
 * A supplier's text value is scaled by 1 − weight + weight × its cosine / the best cosine of the pool. Pure.
 */
import type { ProfileVector } from "@/db/queries/match-vectors";

/**
 * Factor per supplier of `ids` in [1 − weight, 1]. The need's weights need no normalising: each cosine is divided by
 * the pool's best. A supplier without a vector, or a pool where no profile shares a word with the need, keeps 1.
 */
export function focusFactors(
  ids: readonly string[],
  vectors: ReadonlyMap<string, ProfileVector>,
  needWeights: ReadonlyMap<string, number>,
  weight: number,
): Map<string, number> {
  const cos = new Map<string, number>();
  let best = 0;
  for (const id of ids) {
    const v = vectors.get(id);
    if (!v) continue;
    let c = 0;
    for (let i = 0; i < v.lexemes.length; i++) c += (needWeights.get(v.lexemes[i]) ?? 0) * v.weights[i];
    cos.set(id, c);
    if (c > best) best = c;
  }
  return new Map(ids.map((id) => [id, best > 0 && cos.has(id) ? 1 - weight + (weight * (cos.get(id) ?? 0)) / best : 1]));
}
