/**
 * The « métier » part's input: which NAF codes' companies describe the kind of work the need asks for
 * (db/queries/match-trade.ts). Buyers pick codes badly and SIRENE codes are often not the trade a company
 * does, so the code the buyer chose is not enough; but the words of all the companies of a code say what that
 * code's companies do. A supplier gets its best code's value: 1 for the code whose profiles read most like
 * the need among the codes the ranking reads, a share of it for the others, 0 for codes whose companies use the
 * need's words no more than the territory does. The same for every company of a code: it rewards the trade, not
 * one company's wording. docs/MATCHING.md § 3 bis.
 */
import type { TradeParams } from "@/db/queries/match-trade";
import { BM25 } from "./text-relevance";

/**
 * μ = 20: a code needs a few companies using a word before the word says something about the code. A code counts as
 * 30 companies at most (docs/MATCHING.md § 9: held-out catalogues among the main one's companies, nDCG@10 up on 9 runs
 * out of 12, the main set's five seeds mean 0.8656 → 0.8670; 15 gained more on the held-out ones and lost 0.006 on the main
 * set). The commonest lexemes are left out as in the text part.
 */
export const TRADE: TradeParams = { mu: 20, sizeCap: 30, maxShare: BM25.maxShare, minCap: BM25.minCap };

/** NAF code → value in [0, 1], only codes above 0. */
export type TradeAffinity = ReadonlyMap<string, number>;

export const NO_TRADE: TradeAffinity = new Map();

/**
 * Scales the codes' likelihoods to [0, 1] by the best one; codes at or below 0 are left out. The ranking gives it the
 * likelihoods its text query computed (lib/matching/text-relevance.ts): the codes of the 200 profiles that answer the
 * need's words best in the perimeter, and the sought divisions' sous-classes (the activity candidates' codes). A code
 * none of whose companies is among those 200 and outside the divisions gets nothing: its companies do not answer
 * this kind of need here. The three evaluation catalogues score the same, to the fourth decimal, as with every code.
 */
export function tradeValues(likelihoods: ReadonlyMap<string, number>): TradeAffinity {
  let best = 0;
  for (const s of likelihoods.values()) if (s > best) best = s;
  const out = new Map<string, number>();
  if (!(best > 0)) return out;
  for (const [code, s] of likelihoods) if (s > 0) out.set(code, s / best);
  return out;
}

/** A supplier's value: the best of its activity codes (main code, declared activities, offers' activities). */
export function supplierTrade(affinity: TradeAffinity, codes: readonly string[]): { value: number; code: string | null } {
  let value = 0;
  let code: string | null = null;
  for (const c of codes) {
    const v = affinity.get(c) ?? 0;
    if (v > value) [value, code] = [v, c];
  }
  return { value, code };
}
