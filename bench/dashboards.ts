/**
 * Dashboards bench: 1,000,000 awards over 3 years for 5,000 buyers in a throw-away embedded PostgreSQL.
 * Prints, for each dashboard read, its time on the trigger-maintained rollups and as a naive computation
 * on the base tables (same run, same data) — seen by the client (what a page waits for) and on the server
 * (EXPLAIN ANALYZE, timing off: planning + execution) —, checks both give the same figures, then measures
 * how long a new award takes to show in the buyer's dashboard. Saves the figures in bench/results/.
 * Asserts nothing; the target (issue 8) is each dashboard at most 1/20 of its naive computation, client-side.
 *
 * Usage: npm run bench:dashboards   (BENCH_AWARDS=100000 for a quicker run)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { createDb } from "../db/client";
import { defaultPeriod } from "../lib/dashboards/period";
import { cases, type Case } from "./dashboards/cases";
import { generate } from "./dashboards/data";
import { freshness, median, sameFigures, serverTimed, timeMs, withoutIndexes } from "./dashboards/measure";
import { startThrowawayDb } from "./dashboards/throwaway-db";

const awards = Number(process.env.BENCH_AWARDS ?? 1_000_000);
const scale = { buyers: 5_000, suppliers: 20_000, awards, years: 3 };
const TARGET = 20;
const lines: string[] = [];
const log = (l: string) => {
  lines.push(l);
  console.log(l);
};
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const fmt = (ms: number) => (Number.isNaN(ms) ? "—" : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const factor = (slow: number, fast: number) => slow / fast;
const ratio = (slow: number, fast: number) =>
  Number.isNaN(slow) || Number.isNaN(fast) ? "—" : `1/${factor(slow, fast).toFixed(factor(slow, fast) < 100 ? 1 : 0)}`;

log(`Banc d'essai des tableaux de bord : ${awards.toLocaleString("fr-FR")} attributions, ${scale.buyers} acheteurs, ${scale.years} ans`);
let t0 = performance.now();
const tmp = await startThrowawayDb("bench-dashboards");
log(`PostgreSQL jetable prêt (migrations + référentiels) en ${secs(t0)}`);
const client = new pg.Client({ connectionString: tmp.url });
await client.connect();
const { db, pool } = createDb(tmp.url, 4);
try {
  log("Génération (generate_series, triggers coupés) :");
  await generate(client, scale, log);
  t0 = performance.now();
  await client.query("select dashboards_rebuild()");
  const rebuildS = (performance.now() - t0) / 1000;
  log(`  dashboards_rebuild() (tous les agrégats)      ${secs(t0)}`);
  t0 = performance.now();
  await client.query("vacuum analyze");
  log(`  vacuum analyze                                ${secs(t0)}`);
  const { rows: sizes } = await client.query(`select relname as "table", n_live_tup as "lignes", pg_size_pretty(pg_total_relation_size(relid)) as "taille"
    from pg_stat_user_tables where relname in ('awards', 'answers', 'needs') or relname like 'dash\\_%' order by pg_total_relation_size(relid) desc`);
  console.table(sizes);

  const period = defaultPeriod();
  // 20 buyers spread over the ranks (buyer 1 is the largest), and the largest alone.
  const ranks = Array.from({ length: 20 }, (_, i) => 1 + i * Math.floor(scale.buyers / 20));
  const { rows: ids } = await client.query<{ id: string; awards: string }>(
    `
    select md5('b' || g)::uuid::text as id, (select count(*) from awards a where a.buyer_company_id = md5('b' || g)::uuid and a.awarded_on > now() - interval '1 year') as awards
    from unnest($1::int[]) g`,
    [ranks],
  );
  const buyerIds = ids.map((r) => r.id);
  const buyerAwards = {
    min: Math.min(...ids.map((r) => Number(r.awards))),
    max: Math.max(...ids.map((r) => Number(r.awards))),
    median: median(ids.map((r) => Number(r.awards))),
    largest: Number(ids[0].awards),
  };
  log(
    `\nAcheteurs mesurés : attributions sur 12 mois de ${buyerAwards.min} à ${buyerAwards.max} (médiane ${buyerAwards.median}) ; le plus gros : ${buyerAwards.largest}`,
  );

  const runs = async (fn: NonNullable<Case["slow"]>, n: number, id: string) => {
    const client: number[] = [];
    const server: number[] = [];
    for (let i = 0; i < n; i++) {
      client.push(await timeMs(() => fn(db, id)));
      // A read may run several statements (the naive buyer dashboard runs five): its server time is their sum.
      const perRun: number[] = [];
      await fn(serverTimed(db, perRun), id);
      server.push(perRun.reduce((a, b) => a + b, 0));
    }
    return { client: median(client), server: median(server) };
  };
  type Row = {
    dashboard: string;
    group: string;
    name: string;
    fast: number;
    slow: number;
    slowParallel: number;
    fastS: number;
    slowS: number;
    full: number;
    same: boolean | null;
  };
  const results: Row[] = [];
  for (const c of cases(period)) {
    const buyer = c.dashboard === "acheteur";
    const targets = buyer ? [...buyerIds.map((id) => ({ id, label: "médiane" })), { id: buyerIds[0], label: "plus gros" }] : [{ id: "", label: "" }];
    const perTarget: (Omit<Row, "dashboard" | "group" | "name" | "same"> & { label: string; same: boolean })[] = [];
    for (const { id, label } of targets) {
      await c.fast(db, id);
      const fast = await runs(c.fast, buyer ? 7 : 5, id);
      let slow = { client: NaN, server: NaN };
      let slowParallel = NaN;
      let same = true;
      if (c.slow) {
        await c.slow(db, id);
        slow = await runs(c.slow, buyer ? 5 : 2, id);
        same = sameFigures(await c.fast(db, id), await c.slow(db, id));
      }
      if (c.slowParallel) {
        const times: number[] = [];
        for (let i = 0; i < 5; i++) times.push(await timeMs(() => c.slowParallel!(db, id)));
        slowParallel = median(times);
      }
      // The buyer's naive query as a full scan (index scans off, so without awards_buyer_idx), for 3 buyers.
      // Territory-wide naive queries already scan awards in full (nothing indexes awarded_on); with index
      // scans off their per-award partner lookups would run for tens of minutes.
      const sample = buyer && label === "médiane" && buyerIds.indexOf(id) % 7 === 3;
      const full = c.slow && sample ? await timeMs(() => withoutIndexes(db, (d) => c.slow!(d, id))) : NaN;
      perTarget.push({ label, fast: fast.client, slow: slow.client, slowParallel, fastS: fast.server, slowS: slow.server, same, full });
    }
    for (const g of buyer ? ["médiane", "plus gros"] : [""]) {
      const rows = perTarget.filter((p) => p.label === g);
      const m = (k: "fast" | "slow" | "slowParallel" | "fastS" | "slowS" | "full") => {
        const xs = rows.map((r) => r[k]).filter((x) => !Number.isNaN(x));
        return xs.length ? median(xs) : NaN;
      };
      const row: Row = {
        dashboard: c.dashboard,
        group: g,
        name: c.name,
        fast: m("fast"),
        slow: m("slow"),
        slowParallel: m("slowParallel"),
        fastS: m("fastS"),
        slowS: m("slowS"),
        full: m("full"),
        same: c.slow ? rows.every((r) => r.same) : null,
      };
      results.push(row);
      log(
        `  ${c.dashboard}${g ? ` (${g})` : ""} — ${c.name} : ${fmt(row.fast)} ms contre ${fmt(row.slow)} ms (serveur ${fmt(row.fastS)} contre ${fmt(row.slowS)})`,
      );
    }
  }
  console.table(
    results.map((r) => ({
      "tableau de bord": r.dashboard + (r.group ? ` (${r.group})` : ""),
      requête: r.name.length > 40 ? `${r.name.slice(0, 39)}…` : r.name,
      "agrégats ms": fmt(r.fast),
      "naïf ms": fmt(r.slow),
      rapport: ratio(r.slow, r.fast),
      "naïf en parallèle ms": fmt(r.slowParallel),
      "rapport (parallèle)": ratio(r.slowParallel, r.fast),
      "serveur agrégats ms": fmt(r.fastS),
      "serveur naïf ms": fmt(r.slowS),
      "rapport serveur": ratio(r.slowS, r.fastS),
      "naïf sans index ms": fmt(r.full),
      "rapport sans index": ratio(r.full, r.fast),
      "mêmes chiffres": r.same === null ? "—" : r.same ? "oui" : "NON",
    })),
  );

  // Per dashboard: the sum of its reads. A read without a naive counterpart (the barometer's suppression
  // test) still counts on the implemented side. The buyer dashboard is a single read (one call).
  log(`\nPar tableau de bord (somme de ses lectures ; objectif : au plus 1/${TARGET} du naïf, côté client) :`);
  const summary: Record<
    string,
    {
      fast: number;
      slow: number;
      slowParallel: number | null;
      fastS: number;
      slowS: number;
      factor: number;
      factorParallel: number | null;
      factorServer: number;
      met: boolean;
    }
  > = {};
  for (const key of [...new Set(results.map((r) => r.dashboard + (r.group ? ` (${r.group})` : "")))]) {
    const rows = results.filter((r) => r.dashboard + (r.group ? ` (${r.group})` : "") === key);
    const sum = (k: "fast" | "slow" | "fastS" | "slowS" | "slowParallel") => rows.reduce((s, r) => s + (Number.isNaN(r[k]) ? 0 : r[k]), 0);
    const par = rows.some((r) => !Number.isNaN(r.slowParallel)) ? sum("slowParallel") : null;
    // The target compares with the naive computation's own time (its queries one after the other, as the issue
    // measured it); the naive buyer queries run all at once on two cores are printed beside it.
    const s = {
      fast: sum("fast"),
      slow: sum("slow"),
      slowParallel: par,
      fastS: sum("fastS"),
      slowS: sum("slowS"),
      factor: factor(sum("slow"), sum("fast")),
      factorParallel: par === null ? null : factor(par, sum("fast")),
      factorServer: factor(sum("slowS"), sum("fastS")),
      met: factor(sum("slow"), sum("fast")) >= TARGET,
    };
    summary[key] = s;
    log(
      `  ${key.padEnd(22)} client : agrégats ${fmt(s.fast)} ms, naïf ${fmt(s.slow)} ms → 1/${s.factor.toFixed(1)}` +
        (s.factorParallel === null ? "" : ` (naïf en parallèle ${fmt(par!)} ms → 1/${s.factorParallel.toFixed(1)})`) +
        ` ; serveur : ${fmt(s.fastS)} ms contre ${fmt(s.slowS)} ms → 1/${s.factorServer.toFixed(1)} ; objectif ${s.met ? "atteint" : "NON ATTEINT"}`,
    );
  }
  log("  (les lectures communes aux deux calculs — membres, signataires, modération, e-mails — ne sont pas comptées)");

  log("\nFraîcheur : une attribution insérée, puis la lecture du tableau de bord de l'acheteur interrogée toutes les 10 ms");
  const f = await freshness(client, db, buyerIds[3]);
  log(`  insertion besoin + attribution (triggers compris) : ${f.insertMs.toFixed(1)} ms`);
  log(`  visible dans le tableau de bord après             : ${f.visibleAfterMs.toFixed(1)} ms (${f.polls} interrogation(s)) — cible : < 60 000 ms`);
  log(`  10 000 attributions insérées d'un coup (triggers par instruction) : ${(f.bulkMs / 1000).toFixed(2)} s`);

  const date = new Date().toISOString().slice(0, 10);
  const file = `bench/results/dashboards-${date}${awards === 1_000_000 ? "" : `-${awards}`}.json`;
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` },
        scale,
        rebuildSeconds: rebuildS,
        sizes,
        period,
        buyerAwards12Months: buyerAwards,
        targetFactor: TARGET,
        reads: results,
        dashboards: summary,
        freshness: f,
        output: lines,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nRésultats enregistrés dans ${file}`);
} finally {
  await client.end();
  await pool.end();
  await tmp.dispose();
}
