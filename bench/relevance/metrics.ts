/**
 * Graded-relevance measures of a ranked list (pure): nDCG@k with gains 2^grade − 1 against the ideal order
 * of every labelled item of the query, precision@k and recall@k with "relevant" = grade ≥ RELEVANT_GRADE.
 * Unlabelled items count as grade 0.
 */
export const RELEVANT_GRADE = 2;

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2);

export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += gain(grades[i]) * discount(i);
  return sum;
}

/** nDCG@k of `ranked` (item ids, best first); 1 when nothing is relevant and nothing is returned is not claimed: 0 ideal → NaN. */
export function ndcgAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const ideal = dcg(
    [...grades.values()].sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return Number.NaN;
  return (
    dcg(
      ranked.map((id) => grades.get(id) ?? 0),
      k,
    ) / ideal
  );
}

export function precisionAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  let hits = 0;
  for (const id of ranked.slice(0, k)) if ((grades.get(id) ?? 0) >= RELEVANT_GRADE) hits++;
  return hits / k;
}

export function recallAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...grades.values()].filter((g) => g >= RELEVANT_GRADE).length;
  if (relevant === 0) return Number.NaN;
  let hits = 0;
  for (const id of ranked.slice(0, k)) if ((grades.get(id) ?? 0) >= RELEVANT_GRADE) hits++;
  return hits / relevant;
}

/** Mean of the defined values (queries without relevant items are left out). */
export function mean(values: readonly number[]): number {
  const defined = values.filter((v) => Number.isFinite(v));
  return defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : Number.NaN;
}
