/**
 * Score regularisation over similar profiles (the cluster hypothesis of information retrieval: documents
 * that resemble each other answer the same queries). A supplier's text relevance is blended with that of
 * the suppliers whose profiles resemble its own most, among the profiles that answer the need's words best:
 *   value' = Σ sim(j) × value(j) / Σ sim(j), over the profile itself (sim = 1) and its k most similar profiles j.
 * A two-line profile of the right specialty rises with the full profiles it resembles; a look-alike that
 * happens to share the need's words, but whose kind of profile does not, sinks towards its own kind.
 * Pure and deterministic: similar profiles are taken by similarity, then by identifier.
 */
import type { ProfileVector } from "@/db/queries/match-vectors";

export interface NeighbourParams {
  /** Best text matches of the need whose values are blended; the neighbours are taken among them. */
  pool: number;
  /** Most similar profiles read per supplier. */
  k: number;
}

/** Measured on five evaluation seeds (docs/MATCHING.md § 9): a pool of 200, or k = 3 or 8, did no better. */
export const NEIGHBOURS: NeighbourParams = { pool: 100, k: 5 };

/** Cosine of two unit vectors whose lexemes are sorted (profileVectors sorts them). */
export function cosine(a: ProfileVector, b: ProfileVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.lexemes.length && j < b.lexemes.length) {
    const x = a.lexemes[i];
    const y = b.lexemes[j];
    if (x === y) sum += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * The blended values of `ids` (best candidates first). A supplier whose profile matches none of the need's
 * words, has no profile vector, or shares no telling lexeme with any other keeps its own value.
 * The cosines are summed lexeme by lexeme over the pool's own postings (the same sums as `cosine`, without
 * comparing every pair of profiles word by word: 200 profiles in a few milliseconds).
 */
export function smoothOverNeighbours(
  ids: readonly string[],
  values: ReadonlyMap<string, number>,
  vectors: ReadonlyMap<string, ProfileVector>,
  p: Pick<NeighbourParams, "k">,
): Map<string, number> {
  const docs = ids.flatMap((id) => {
    const v = vectors.get(id);
    return v ? [{ id, v }] : [];
  });
  // The pool's postings in flat arrays (lexeme → its profiles and weights): a few milliseconds for 100 profiles.
  const lexemeIds = new Map<string, number>();
  const docLexemes = docs.map(({ v }) => Int32Array.from(v.lexemes, (l) => lexemeIds.get(l) ?? (lexemeIds.set(l, lexemeIds.size), lexemeIds.size - 1)));
  const counts = new Int32Array(lexemeIds.size + 1);
  for (const ls of docLexemes) for (const l of ls) counts[l + 1]++;
  for (let l = 0; l < lexemeIds.size; l++) counts[l + 1] += counts[l];
  const start = counts.slice();
  const postDoc = new Int32Array(counts[lexemeIds.size]);
  const postWeight = new Float64Array(counts[lexemeIds.size]);
  docLexemes.forEach((ls, doc) => {
    const weights = docs[doc].v.weights;
    ls.forEach((l, i) => {
      postDoc[start[l]] = doc;
      postWeight[start[l]++] = weights[i];
    });
  });

  const out = new Map<string, number>(ids.map((id) => [id, values.get(id) ?? 0]));
  const sims = new Float64Array(docs.length);
  docs.forEach(({ id, v }, doc) => {
    const own = values.get(id) ?? 0;
    // A profile that matches none of the need's words stays at 0, without a sentence: blending explains a
    // rank among those that answer the need, it does not bring in the others (same figures on both seeds).
    if (own === 0) return;
    sims.fill(0);
    const weights = v.weights;
    docLexemes[doc].forEach((l, i) => {
      for (let at = counts[l]; at < counts[l + 1]; at++) sims[postDoc[at]] += weights[i] * postWeight[at];
    });
    sims[doc] = 0;
    // The k most similar, by similarity then identifier (insertion into a list kept sorted: k is small).
    const before = (a: number, b: number) => sims[a] > sims[b] || (sims[a] === sims[b] && docs[a].id < docs[b].id);
    const kept: number[] = [];
    for (let j = 0; j < docs.length; j++) {
      if (!(sims[j] > 0) || (kept.length === p.k && !before(j, kept[kept.length - 1]))) continue;
      let at = kept.length === p.k ? kept.length - 1 : kept.length;
      while (at > 0 && before(j, kept[at - 1])) {
        if (at < p.k) kept[at] = kept[at - 1];
        at--;
      }
      kept[at] = j;
    }
    // The profile itself is one of the average's terms, at similarity 1: neighbours that barely resemble it
    // (a small territory, a profile unlike the others) move it little.
    const total = 1 + kept.reduce((sum, j) => sum + sims[j], 0);
    out.set(id, (own + kept.reduce((sum, j) => sum + sims[j] * (values.get(docs[j].id) ?? 0), 0)) / total);
  });
  return out;
}
