/**
 * npm run eval:matching [-- --seed N] [--catalogue held-out|held-out-2|held-out-3|held-out-4|held-out-5|held-out-6] [--mixed] — builds the labelled set (bench/relevance/generate-set.ts), loads it
 * into a throw-away PostgreSQL through the SIRENE importer, ranks every need through the real service and
 * prints nDCG@10, P@10 and R@20 per need and on average, beside the filter-only and plain BM25 baselines
 * of the same run, and the alerts' precision and recall at the weights version's threshold.
 * The last line is one JSON object (figures saved in bench/results/relevance-<date>.json too).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../../db/client";
import { startThrowawayDb } from "../lib/throwaway-db";
import { evaluateSet, loadEvalSet } from "./evaluate";
import { generateEvalSet } from "./generate-set";

const { values } = parseArgs({
  options: {
    seed: { type: "string" },
    catalogue: { type: "string" },
    mixed: { type: "boolean", default: false },
    "no-save": { type: "boolean", default: false },
    dump: { type: "string" },
  },
});
const log = (line: string) => console.log(line);
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "—");

// --catalogue held-out | held-out-2 | held-out-3 | held-out-4 | held-out-5 | held-out-6: trades written apart from the main catalogue (bench/relevance/holdout*/).
const CATALOGUES = {
  "held-out": async () => (await import("./holdout/index")).HELD_OUT_TRADES,
  "held-out-2": async () => (await import("./holdout2/index")).HELD_OUT_2_TRADES,
  "held-out-3": async () => (await import("./holdout3/index")).HELD_OUT_3_TRADES,
  "held-out-4": async () => (await import("./holdout4/index")).HELD_OUT_4_TRADES,
  "held-out-5": async () => (await import("./holdout5/index")).HELD_OUT_5_TRADES,
  "held-out-6": async () => (await import("./holdout6/index")).HELD_OUT_6_TRADES,
} as const;
const catalogue = values.catalogue as keyof typeof CATALOGUES | undefined;
if (catalogue && !(catalogue in CATALOGUES)) throw new Error(`Unknown catalogue ${catalogue} (${Object.keys(CATALOGUES).join(", ")})`);
const heldOut = catalogue ? await CATALOGUES[catalogue]() : undefined;
// --mixed: the held-out set exactly as without it (same seed, same companies, needs and labels), plus the main
// catalogue's companies (drawn from the next seed, its needs left out): a territory of ~3,000 with every look-alike.
if (values.mixed && !heldOut) throw new Error("--mixed needs --catalogue");
const seed = values.seed ? Number(values.seed) : undefined;
const set = generateEvalSet(seed, heldOut);
const judged = values.mixed ? new Set(set.establishments.map((e) => e.sirene.siret)) : undefined;
if (values.mixed) {
  const taken = new Set(set.establishments.map((e) => e.sirene.siren));
  set.establishments.push(...generateEvalSet(set.seed + 1).establishments.filter((e) => !taken.has(e.sirene.siren)));
}
log(`Jeu d'évaluation : ${set.establishments.length} établissements, ${set.needs.length} besoins, ${set.labels.length} étiquettes (graine ${set.seed})`);
const tmp = await startThrowawayDb("eval", log);
const { db, pool } = createDb(tmp.url, 4);
try {
  let t = performance.now();
  const imported = await loadEvalSet(db, set, path.join(tmp.dir, "set"));
  log(`Import SIRENE + descriptions : ${imported} entreprises en ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  const dump: unknown[] | undefined = values.dump ? [] : undefined;
  // --mixed scores the held-out needs on their own catalogue's companies: the main catalogue's were never labelled
  // against them (some do the same trade), so they are left out of the lists, not counted as wrong.
  const report = await evaluateSet(db, set, log, dump, judged);
  if (values.dump) writeFileSync(values.dump, JSON.stringify(dump, null, 1));
  log(`Classement de ${set.needs.length} besoins : ${Math.round(performance.now() - t)} ms\n`);
  log("                 nDCG@10   P@10    R@20");
  for (const [name, s] of [
    ["Circuit Court", report.model],
    ["BM25 seul", report.bm25],
    ["Filtre NAF", report.filter],
  ] as const) {
    log(`${name.padEnd(15)}  ${f3(s.ndcg10).padStart(7)}  ${f3(s.p10).padStart(5)}  ${f3(s.r20).padStart(6)}`);
  }
  log(`Alertes (seuil ${report.alertThreshold}) : précision ${f3(report.alertPrecision)}, rappel ${f3(report.alertRecall)}`);
  log(`  à d'autres seuils : ${report.alertSweep.map((t) => `${t.threshold} → P ${f3(t.precision)} R ${f3(t.recall)}`).join(" · ")}\n`);
  const summary = {
    ndcg10: round(report.model.ndcg10),
    p10: round(report.model.p10),
    r20: round(report.model.r20),
    bm25_ndcg10: round(report.bm25.ndcg10),
    filter_ndcg10: round(report.filter.ndcg10),
    alert_precision: round(report.alertPrecision),
    alert_recall: round(report.alertRecall),
    needs: set.needs.length,
    companies: report.companies,
  };
  if (!values["no-save"]) {
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/relevance-${catalogue ? `${catalogue}-${values.mixed ? "mixed-" : ""}` : ""}${new Date().toISOString().slice(0, 10)}.json`;
    writeFileSync(file, `${JSON.stringify({ summary, seed: set.seed, perNeed: report.needs }, null, 2)}\n`);
  }
  log(JSON.stringify(summary));
} finally {
  await pool.end();
  await tmp.dispose();
}

function round(x: number) {
  return Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : null;
}
