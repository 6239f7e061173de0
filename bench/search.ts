/**
 * Search bench: 100,000 companies and 20,000 needs on real communes and NAF codes in a throw-away
 * embedded PostgreSQL; index build time and size; latencies of a fixed mix of 500 queries through the
 * PostgreSQL engine, side by side with a naive ILIKE query and a primary-key round trip on the same data.
 * Prints figures and saves them in bench/results/search-<date>.json. Target: engine p95 ≤ ILIKE p95 / 10.
 *
 * Usage: npm run bench:search [-- --companies 100000 --needs 20000 --seed 20261124 --explain]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import type { SearchIndex, SearchQuery } from "../search/engine";
import { PostgresSearchEngine } from "../search/engines/postgres/engine";
import { syncDocuments } from "../search/indexer";
import { explainEngineQuery } from "./lib/explain";
import { ilikeSearch } from "./lib/ilike-baseline";
import { Rng } from "./lib/prng";
import { generateBenchData } from "./lib/search-data";
import { insertBenchAdmin, insertCompanies, insertNeeds, readReference, rowsWritten } from "./lib/search-load";
import { CATEGORIES, MIX, buildQueryMix, type BenchQuery, type Category } from "./lib/search-queries";
import { fmtBytes, fmtInt, fmtMs, mean, summarize, table, type Summary } from "./lib/stats";
import { startThrowawayDb } from "./lib/throwaway-db";

const { values: args } = parseArgs({
  options: {
    companies: { type: "string", default: "100000" },
    needs: { type: "string", default: "20000" },
    buyers: { type: "string", default: "500" },
    seed: { type: "string", default: "20261124" },
    explain: { type: "boolean", default: false },
  },
});
const SEED = Number(args.seed);
const INDEX_BATCH = 1_000;
const WARM_UP = 20;
const TARGET_RATIO = 0.1;
const now = new Date();
const secondsSince = (t: number) => (performance.now() - t) / 1000;
const say = (line = "") => console.log(line);

const startedAll = performance.now();
const tmp = await startThrowawayDb("bench-search", (l) => say(`  · ${l}`));
const { db, pool } = createDb(tmp.url, 4);
const report: Record<string, unknown> = {
  date: now.toISOString(),
  seed: SEED,
  machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
};

try {
  // ── 1. Data ──────────────────────────────────────────────────────────────────────────────────────
  say(`\n■ Data (seed ${SEED})`);
  const ref = await readReference(pool);
  let t = performance.now();
  const data = generateBenchData(
    { seed: SEED, companies: Number(args.companies), needs: Number(args.needs), buyers: Number(args.buyers), share13: 0.7, now },
    ref,
  );
  const generateS = secondsSince(t);
  const adminId = new Rng(SEED + 1).uuid();
  t = performance.now();
  await insertBenchAdmin(pool, adminId);
  await insertCompanies(pool, data.companies, ref.charterId, adminId);
  await insertNeeds(pool, data.needs, adminId);
  const insertS = secondsSince(t);
  t = performance.now();
  await pool.query("ANALYZE");
  const analyzeS = secondsSince(t);
  const rows = rowsWritten(data.companies, data.needs);
  const {
    rows: [spread],
  } = await pool.query<{ in13: number; departments: number; naf: number; communes: number }>(`
    select count(*) filter (where cm.department = '13')::int as in13, count(distinct cm.department)::int as departments,
      count(distinct c.naf_code)::int as naf, count(distinct c.commune_code)::int as communes
    from companies c join communes cm on cm.insee_code = c.commune_code`);
  say(
    `  ${fmtInt(data.companies.length)} companies (${((100 * spread.in13) / data.companies.length).toFixed(1)} % in the 13, ` +
      `${spread.departments} départements, ${fmtInt(spread.communes)} communes, ${spread.naf} NAF sous-classes), ` +
      `${fmtInt(data.needs.length)} published needs from ${data.buyers} buyers`,
  );
  say(
    `  generate ${generateS.toFixed(1)} s · insert ${insertS.toFixed(1)} s (${fmtInt(rows)} rows, ${fmtInt(rows / insertS)} rows/s) · ANALYZE ${analyzeS.toFixed(1)} s`,
  );
  report.data = {
    companies: data.companies.length,
    needs: data.needs.length,
    buyers: data.buyers,
    rows,
    share13: spread.in13 / data.companies.length,
    departments: spread.departments,
    communes: spread.communes,
    nafCodes: spread.naf,
    generateSeconds: generateS,
    insertSeconds: insertS,
    insertRowsPerSecond: rows / insertS,
    analyzeSeconds: analyzeS,
  };

  // ── 2. Index build, as `npm run reindex` does it ──────────────────────────────────────────────────
  say(`\n■ Index build (syncDocuments in batches of ${fmtInt(INDEX_BATCH)}, as npm run reindex)`);
  const engine = new PostgresSearchEngine(pool);
  await engine.setup();
  const indexing: Record<string, { documents: number; seconds: number; docsPerSecond: number }> = {};
  const tIndex = performance.now();
  for (const index of ["companies", "needs"] as SearchIndex[]) {
    const { rows: idRows } = await pool.query<{ id: string }>(`select id from ${index === "needs" ? "needs" : "companies"} order by id`);
    const ids = idRows.map((r) => r.id);
    t = performance.now();
    let upserted = 0;
    for (let i = 0; i < ids.length; i += INDEX_BATCH) upserted += (await syncDocuments(db, engine, index, ids.slice(i, i + INDEX_BATCH))).upserted;
    const seconds = secondsSince(t);
    indexing[index] = { documents: upserted, seconds, docsPerSecond: upserted / seconds };
    say(`  ${index.padEnd(9)} ${fmtInt(upserted)} documents in ${seconds.toFixed(1)} s (${fmtInt(upserted / seconds)} docs/s)`);
  }
  const indexS = secondsSince(tIndex);
  t = performance.now();
  await pool.query("ANALYZE");
  const {
    rows: [size],
  } = await pool.query<{ documents: string; words: string; words_count: number; db: string; business: string }>(`
    select pg_total_relation_size('search.documents') as documents, pg_total_relation_size('search.words') as words,
      (select count(*) from search.words)::int as words_count, pg_database_size(current_database()) as db,
      pg_total_relation_size('companies') + pg_total_relation_size('needs') + pg_total_relation_size('need_activities')
        + pg_total_relation_size('charter_signatures') as business`);
  const totalDocs = indexing.companies.documents + indexing.needs.documents;
  say(`  total     ${fmtInt(totalDocs)} documents in ${indexS.toFixed(1)} s (${fmtInt(totalDocs / indexS)} docs/s) · ANALYZE ${secondsSince(t).toFixed(1)} s`);
  say(
    `  size      search.documents ${fmtBytes(Number(size.documents))} · search.words ${fmtBytes(Number(size.words))} (${fmtInt(size.words_count)} words) · ` +
      `business tables ${fmtBytes(Number(size.business))} · whole database ${fmtBytes(Number(size.db))}`,
  );
  report.index = {
    ...indexing,
    totalDocuments: totalDocs,
    totalSeconds: indexS,
    docsPerSecond: totalDocs / indexS,
    bytes: { searchDocuments: Number(size.documents), searchWords: Number(size.words), businessTables: Number(size.business), database: Number(size.db) },
    vocabularyWords: size.words_count,
  };

  // ── 3. The query mix ──────────────────────────────────────────────────────────────────────────────
  const centres = new Map(ref.communes.map((c) => [c.inseeCode, { lat: c.lat, lng: c.lng }]));
  const mix = buildQueryMix(SEED, now, centres);
  say(`\n■ ${mix.length} queries, run one after the other (after ${WARM_UP} warm-up queries, not counted)`);
  say(
    table(
      ["category", "companies", "needs", "total"],
      CATEGORIES.map((c) => [c, MIX[c].companies, MIX[c].needs, MIX[c].companies + MIX[c].needs]),
    ),
  );

  type Run = { q: BenchQuery; ms: number; total: number; error?: string };
  const measure = async (fn: (q: SearchQuery) => Promise<{ total: number }>): Promise<Run[]> => {
    for (const q of mix.slice(0, WARM_UP)) await fn(q.query).catch(() => {});
    const out: Run[] = [];
    for (const q of mix) {
      const started = performance.now();
      try {
        const r = await fn(q.query);
        out.push({ q, ms: performance.now() - started, total: r.total });
      } catch (err) {
        out.push({ q, ms: performance.now() - started, total: 0, error: String((err as Error).cause ?? err) });
      }
    }
    return out;
  };
  t = performance.now();
  const engineRuns = await measure((q) => engine.search(q));
  say(`  postgres engine ${secondsSince(t).toFixed(1)} s`);
  t = performance.now();
  const ilikeRuns = await measure((q) => ilikeSearch(pool, q));
  say(`  naive ILIKE     ${secondsSince(t).toFixed(1)} s`);
  const pkRng = new Rng(SEED + 2);
  const pkIds = Array.from({ length: mix.length }, () => pkRng.pick(data.companies).id);
  for (const id of pkIds.slice(0, WARM_UP)) await pool.query("SELECT * FROM companies WHERE id = $1", [id]);
  const pkMs: number[] = [];
  for (const id of pkIds) {
    const started = performance.now();
    await pool.query("SELECT * FROM companies WHERE id = $1", [id]);
    pkMs.push(performance.now() - started);
  }

  // ── 4. Figures ────────────────────────────────────────────────────────────────────────────────────
  const groups: (Category | "overall")[] = [...CATEGORIES, "overall"];
  const pick = (runs: Run[], g: Category | "overall") => (g === "overall" ? runs : runs.filter((r) => r.q.category === g));
  const latency: Record<string, Record<string, Summary>> = { engine: {}, ilike: {}, pk: { overall: summarize(pkMs) } };
  const found: Record<string, Record<string, { avgTotal: number; withResults: number; errors: number }>> = { engine: {}, ilike: {} };
  for (const g of groups) {
    for (const [name, runs] of [
      ["engine", engineRuns],
      ["ilike", ilikeRuns],
    ] as const) {
      const rs = pick(runs, g);
      latency[name][g] = summarize(rs.map((r) => r.ms));
      found[name][g] = {
        avgTotal: mean(rs.map((r) => r.total)),
        withResults: rs.filter((r) => r.total > 0).length / rs.length,
        errors: rs.filter((r) => r.error).length,
      };
    }
  }
  const row = (label: string, s: Summary) => [label, s.n, fmtMs(s.p50), fmtMs(s.p95), fmtMs(s.p99), fmtMs(s.mean), fmtMs(s.max), s.qps.toFixed(1)];
  say("\n■ Latency (ms, measured by the client, sequential)");
  const lines: (string | number)[][] = [];
  for (const g of groups) {
    lines.push(row(`${g} · engine`, latency.engine[g]), row(`${g} · ILIKE`, latency.ilike[g]));
    if (g === "overall") lines.push(row("overall · PK", latency.pk.overall));
  }
  say(table(["category · system", "n", "p50", "p95", "p99", "mean", "max", "q/s"], lines));

  say("\n■ Results found (mean total per query; share of queries with at least one result)");
  say(
    table(
      ["category", "engine mean total", "engine ≥1", "ILIKE mean total", "ILIKE ≥1", "engine errors"],
      groups.map((g) => [
        g,
        fmtInt(found.engine[g].avgTotal),
        `${Math.round(100 * found.engine[g].withResults)} %`,
        fmtInt(found.ilike[g].avgTotal),
        `${Math.round(100 * found.ilike[g].withResults)} %`,
        found.engine[g].errors,
      ]),
    ),
  );

  // The engine's cost grows with the number of matches (rank, count and facets over all of them); ILIKE scans the table whatever.
  say("\n■ Latency by number of engine matches (same queries on both systems)");
  const buckets = [
    [0, 1],
    [1, 100],
    [100, 1_000],
    [1_000, 5_000],
    [5_000, 20_000],
    [20_000, Infinity],
  ];
  const byMatches = buckets
    .map(([lo, hi]) => {
      const idx = engineRuns.map((r, i) => (r.total >= lo && r.total < hi ? i : -1)).filter((i) => i >= 0);
      return {
        range: `${fmtInt(lo)}–${hi === Infinity ? "∞" : fmtInt(hi - 1)}`,
        engine: summarize(idx.map((i) => engineRuns[i].ms)),
        ilike: summarize(idx.map((i) => ilikeRuns[i].ms)),
      };
    })
    .filter((b) => b.engine.n > 0);
  say(
    table(
      ["engine matches", "n", "engine p50", "engine p95", "ILIKE p50", "ILIKE p95"],
      byMatches.map((b) => [b.range, b.engine.n, fmtMs(b.engine.p50), fmtMs(b.engine.p95), fmtMs(b.ilike.p50), fmtMs(b.ilike.p95)]),
    ),
  );
  report.latencyByMatches = byMatches;

  const ratios = Object.fromEntries(groups.map((g) => [g, latency.engine[g].p95 / latency.ilike[g].p95]));
  say("\n■ Target: engine p95 ≤ 1/10 of ILIKE p95");
  say(
    table(
      ["category", "engine p95", "ILIKE p95", "ratio", "target"],
      groups.map((g) => [g, fmtMs(latency.engine[g].p95), fmtMs(latency.ilike[g].p95), ratios[g].toFixed(3), ratios[g] <= TARGET_RATIO ? "met" : "MISSED"]),
    ),
  );
  const met = ratios.overall <= TARGET_RATIO;
  say(`  engine p95 / ILIKE p95 = ${ratios.overall.toFixed(3)} → target (≤ ${TARGET_RATIO}) ${met ? "MET" : "MISSED"}`);
  const slowest = [...engineRuns].sort((a, b) => b.ms - a.ms).slice(0, 5);
  say("  slowest engine queries:");
  for (const r of slowest)
    say(`    ${fmtMs(r.ms).padStart(7)} ms  ${r.q.category.padEnd(6)} ${r.q.query.index.padEnd(9)} « ${r.q.query.text} » → ${fmtInt(r.total)}`);
  report.queries = { count: mix.length, warmUp: WARM_UP, mix: MIX };
  report.latencyMs = latency;
  report.results = found;
  report.target = { ratioMax: TARGET_RATIO, ratios, met };
  report.slowest = slowest.map((r) => ({ ms: r.ms, category: r.q.category, query: r.q.query, total: r.total }));

  if (args.explain || !met) {
    const worst = CATEGORIES.reduce((a, b) => (ratios[a] >= ratios[b] ? a : b));
    const target = pick(engineRuns, worst).sort((a, b) => b.ms - a.ms)[0];
    say(`\n■ EXPLAIN ANALYZE — worst category (${worst}), its slowest query: ${target.q.query.index} « ${target.q.query.text} »`);
    const explained = await explainEngineQuery(tmp.url, target.q.query);
    for (const s of explained.statements) say(`  ${fmtMs(s.ms).padStart(7)} ms  ${s.firstLine}`);
    say(explained.plan);
    report.explain = { category: worst, query: target.q.query, ...explained };
  }
  report.totalSeconds = secondsSince(startedAll);
  const dir = path.resolve("bench/results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `search-${now.toISOString().slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  say(`\nTotal ${(report.totalSeconds as number).toFixed(0)} s · figures saved in ${path.relative(process.cwd(), file)}`);
} finally {
  await pool.end();
  await tmp.dispose();
}
