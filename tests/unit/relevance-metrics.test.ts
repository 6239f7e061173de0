import { describe, expect, it } from "vitest";
import { dcg, mean, ndcgAt, precisionAt, recallAt } from "@/bench/relevance/metrics";

const grades = new Map([
  ["a", 3],
  ["b", 2],
  ["c", 0],
  ["d", 1],
]);

describe("graded relevance measures", () => {
  it("nDCG@k is 1 for the ideal order and lower for any other", () => {
    expect(ndcgAt(["a", "b", "d", "c"], grades, 10)).toBeCloseTo(1, 10);
    expect(ndcgAt(["b", "a", "d"], grades, 10)).toBeLessThan(1);
    // Gains 2^g − 1 with log2 discounts: [7, 3, 1] ideal; "x" unlabelled counts 0.
    const idealDcg = 7 + 3 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAt(["x", "a"], grades, 10)).toBeCloseTo(7 / Math.log2(3) / idealDcg, 10);
    expect(dcg([3, 2], 1)).toBe(7);
  });
  it("P@k counts grade ≥ 2 over k, R@k over all relevant; undefined without relevant items", () => {
    expect(precisionAt(["a", "c", "b"], grades, 10)).toBe(0.2);
    expect(recallAt(["a", "c"], grades, 20)).toBe(0.5);
    expect(recallAt(["a"], new Map([["a", 1]]), 20)).toBeNaN();
    expect(ndcgAt(["a"], new Map(), 10)).toBeNaN();
    expect(mean([1, Number.NaN, 0])).toBe(0.5);
  });
});
