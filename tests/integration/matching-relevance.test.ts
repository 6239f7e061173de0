/**
 * Relevance cannot silently degrade: the labelled set of bench/relevance (SIRENE establishments with their
 * own descriptions, buyers' needs, graded labels) is loaded through the SIRENE importer and every need is
 * ranked through the real service; nDCG@10 must stay above the floor set from `npm run eval:matching`'s
 * result (docs/MATCHING.md § 9), and above the plain BM25 and filter-only baselines of the same run. The six
 * held-out catalogues (trades written apart, never used to choose the model) keep floors of their own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateSet, loadEvalSet, type EvalReport } from "../../bench/relevance/evaluate";
import type { Trade } from "../../bench/relevance/catalogue/types";
import { generateEvalSet } from "../../bench/relevance/generate-set";
import { HELD_OUT_TRADES } from "../../bench/relevance/holdout/index";
import { HELD_OUT_2_TRADES } from "../../bench/relevance/holdout2/index";
import { HELD_OUT_3_TRADES } from "../../bench/relevance/holdout3/index";
import { HELD_OUT_4_TRADES } from "../../bench/relevance/holdout4/index";
import { HELD_OUT_5_TRADES } from "../../bench/relevance/holdout5/index";
import { HELD_OUT_6_TRADES } from "../../bench/relevance/holdout6/index";
import { db, resetDatabase } from "./db";

/**
 * Set a little under the measured figures (docs/MATCHING.md § 9), so only a real loss fails: nDCG@10 0.902, P@10 0.746,
 * R@20 0.891, alerts 0.915 / 0.526 (the profile's focus lowers the text value of look-alikes, and some relevant ones':
 * at the same threshold, precision rose from 0.904 and recall fell from 0.571).
 */
const FLOOR = { ndcg10: 0.89, p10: 0.73, r20: 0.87, alertPrecision: 0.88, alertRecall: 0.5 };
/** The model must beat plain BM25 by at least this much nDCG@10 (measured: 0.902 against 0.680). */
const MARGIN_OVER_BM25 = 0.15;

/** Loads the set generated from `trades` through the SIRENE importer and ranks every need, once for its describe block. */
function evaluated(trades?: readonly Trade[]): { report: EvalReport } {
  const out = {} as { report: EvalReport };
  const dir = mkdtempSync(path.join(os.tmpdir(), "eval-set-"));
  beforeAll(async () => {
    await resetDatabase();
    const set = generateEvalSet(undefined, trades);
    await loadEvalSet(db(), set, dir);
    out.report = await evaluateSet(db(), set);
  }, 300_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetDatabase();
  });
  return out;
}

describe("matching relevance on the labelled set", () => {
  const run = evaluated();

  it("keeps nDCG@10, P@10 and R@20 above their floors", () => {
    expect(run.report.model.ndcg10).toBeGreaterThanOrEqual(FLOOR.ndcg10);
    expect(run.report.model.p10).toBeGreaterThanOrEqual(FLOOR.p10);
    expect(run.report.model.r20).toBeGreaterThanOrEqual(FLOOR.r20);
  });

  it("beats plain BM25 by a clear margin, and the NAF filter", () => {
    expect(run.report.model.ndcg10).toBeGreaterThanOrEqual(run.report.bm25.ndcg10 + MARGIN_OVER_BM25);
    expect(run.report.model.ndcg10).toBeGreaterThan(run.report.filter.ndcg10);
  });

  it("alerts mostly the suppliers that fit, and most of them", () => {
    expect(run.report.alertPrecision).toBeGreaterThanOrEqual(FLOOR.alertPrecision);
    expect(run.report.alertRecall).toBeGreaterThanOrEqual(FLOOR.alertRecall);
  });
});

describe.each([
  // Measured on 2026-12-07 (default seed): 0.847 against 0.617 for BM25; 0.908 against 0.630; 0.970 against 0.828;
  // 0.922 against 0.812 (the third and fourth catalogues' buyers and suppliers share more words: BM25 alone does well
  // there, the margin is smaller).
  { name: "held-out", trades: HELD_OUT_TRADES, floor: 0.82, margin: MARGIN_OVER_BM25 },
  { name: "held-out-2", trades: HELD_OUT_2_TRADES, floor: 0.89, margin: MARGIN_OVER_BM25 },
  { name: "held-out-3", trades: HELD_OUT_3_TRADES, floor: 0.95, margin: 0.1 },
  { name: "held-out-4", trades: HELD_OUT_4_TRADES, floor: 0.9, margin: 0.08 },
  // Written to be hard (look-alikes that differ by the service, buyers without the trade word): 0.770 against 0.550.
  { name: "held-out-5", trades: HELD_OUT_5_TRADES, floor: 0.74, margin: MARGIN_OVER_BM25 },
  // An ordinary territory, measured blind: 0.894 against 0.721.
  { name: "held-out-6", trades: HELD_OUT_6_TRADES, floor: 0.87, margin: MARGIN_OVER_BM25 },
])("matching relevance on the $name catalogue", ({ trades, floor, margin }) => {
  const run = evaluated(trades);

  it("keeps nDCG@10 above its floor and above plain BM25 by a clear margin", () => {
    expect(run.report.model.ndcg10).toBeGreaterThanOrEqual(floor);
    expect(run.report.model.ndcg10).toBeGreaterThanOrEqual(run.report.bm25.ndcg10 + margin);
  });
});
