/**
 * Dashboards bench: 1,000,000 awards over 3 years for 5,000 buyers in a throw-away embedded PostgreSQL.
 * Prints, for each dashboard query, its time on the trigger-maintained rollups and as a naive computation
 * on the base tables (same run, same data) — seen by the client and on the server (EXPLAIN ANALYZE) —,
 * checks both give the same figures, then measures how long a new award takes to show in the buyer's
 * dashboard. Asserts nothing.
 *
 * Usage: npm run bench:dashboards   (BENCH_AWARDS=100000 for a quicker run)
 */
import pg from "pg";
import { createDb } from "../db/client";
import { defaultPeriod } from "../lib/dashboards/period";
import { cases, type Case } from "./dashboards/cases";
import { generate } from "./dashboards/data";
import { freshness, median, sameFigures, serverTimed, timeMs, withoutIndexes } from "./dashboards/measure";
import { startThrowawayDb } from "./dashboards/throwaway-db";

const awards = Number(process.env.BENCH_AWARDS ?? 1_000_000);
const scale = { buyers: 5_000, suppliers: 20_000, awards, years: 3 };
const log = (l: string) => console.log(l);
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const ratio = (slow: number, fast: number) => `1/${Math.round(slow / fast)}`;

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
  const { rows: ids } = await client.query<{ id: string; awards: string }>(`
    select md5('b' || g)::uuid::text as id, (select count(*) from awards a where a.buyer_company_id = md5('b' || g)::uuid and a.awarded_on > now() - interval '1 year') as awards
    from unnest($1::int[]) g`, [ranks]);
  const buyerIds = ids.map((r) => r.id);
  log(`\nAcheteurs mesurés : attributions sur 12 mois de ${Math.min(...ids.map((r) => Number(r.awards)))} à ${Math.max(...ids.map((r) => Number(r.awards)))} (médiane ${median(ids.map((r) => Number(r.awards)))}) ; le plus gros : ${ids[0].awards}`);

  const runs = async (fn: NonNullable<Case["slow"]>, n: number, id: string) => {
    const client: number[] = [];
    const server: number[] = [];
    for (let i = 0; i < n; i++) {
      client.push(await timeMs(() => fn(db, id)));
      await fn(serverTimed(db, server), id);
    }
    return { client: median(client), server: median(server) };
  };
  const table: Record<string, string>[] = [];
  const sums = new Map<string, { fast: number; slow: number; fastS: number; slowS: number }>();
  for (const c of cases(period)) {
    const targets = c.dashboard === "acheteur" ? [...buyerIds.map((id) => ({ id, label: "médiane" })), { id: buyerIds[0], label: "plus gros" }] : [{ id: "", label: "" }];
    const perTarget: { label: string; fast: number; slow: number; fastS: number; slowS: number; same: boolean; full: number }[] = [];
    for (const { id, label } of targets) {
      await c.fast(db, id);
      const n = c.dashboard === "acheteur" ? 3 : 5;
      const fast = await runs(c.fast, n, id);
      let slow = { client: NaN, server: NaN };
      let same = true;
      if (c.slow) {
        slow = await runs(c.slow, c.dashboard === "acheteur" ? 3 : 2, id);
        same = sameFigures(await c.fast(db, id), await c.slow(db, id));
      }
      // The buyer's naive query as a full scan (index scans off, so without awards_buyer_idx), for 3 buyers.
      // Territory-wide naive queries already scan awards in full (nothing indexes awarded_on); with index
      // scans off their per-award partner lookups would run for tens of minutes.
      const sample = c.dashboard === "acheteur" && label === "médiane" && buyerIds.indexOf(id) % 7 === 3;
      const full = c.slow && sample ? await timeMs(() => withoutIndexes(db, (d) => c.slow!(d, id))) : NaN;
      perTarget.push({ label, fast: fast.client, slow: slow.client, fastS: fast.server, slowS: slow.server, same, full });
    }
    const groups = c.dashboard === "acheteur" ? ["médiane", "plus gros"] : [""];
    for (const g of groups) {
      const rows = perTarget.filter((p) => p.label === g);
      const m = (k: "fast" | "slow" | "fastS" | "slowS" | "full") => median(rows.map((r) => r[k]).filter((x) => !Number.isNaN(x)));
      const hasSlow = !Number.isNaN(m("slow"));
      const key = c.dashboard + (g ? ` (${g})` : "");
      const sum = sums.get(key) ?? { fast: 0, slow: 0, fastS: 0, slowS: 0 };
      if (hasSlow) sums.set(key, { fast: sum.fast + m("fast"), slow: sum.slow + m("slow"), fastS: sum.fastS + m("fastS"), slowS: sum.slowS + m("slowS") });
      table.push({
        "tableau de bord": c.dashboard + (g ? ` (${g})` : ""), requête: c.name,
        "agrégats ms": fmt(m("fast")), "naïf ms": hasSlow ? fmt(m("slow")) : "—", "rapport": hasSlow ? ratio(m("slow"), m("fast")) : "—",
        "serveur agrégats ms": fmt(m("fastS")), "serveur naïf ms": hasSlow ? fmt(m("slowS")) : "—", "rapport serveur": hasSlow ? ratio(m("slowS"), m("fastS")) : "—",
        "naïf sans index ms": Number.isNaN(m("full")) ? "—" : fmt(m("full")),
        "rapport sans index": Number.isNaN(m("full")) ? "—" : ratio(m("full"), m("fast")),
        "mêmes chiffres": hasSlow ? (rows.every((r) => r.same) ? "oui" : "NON") : "—",
      });
      log(`  ${c.dashboard}${g ? ` (${g})` : ""} — ${c.name} : ${fmt(m("fast"))} ms contre ${hasSlow ? `${fmt(m("slow"))} ms` : "—"}`);
    }
  }
  console.table(table);
  log("\nPar tableau de bord (somme de ses requêtes, ≤ 1/20 visé) :");
  for (const [key, v] of sums) {
    log(`  ${key.padEnd(22)} agrégats ${fmt(v.fast)} ms, naïf ${fmt(v.slow)} ms → ${ratio(v.slow, v.fast)} (serveur : ${fmt(v.fastS)} ms contre ${fmt(v.slowS)} ms → ${ratio(v.slowS, v.fastS)})`);
  }

  log("\nFraîcheur : une attribution insérée, puis la requête du tableau de bord de l'acheteur interrogée toutes les 10 ms");
  const f = await freshness(client, db, buyerIds[3]);
  log(`  insertion besoin + attribution (triggers compris) : ${f.insertMs.toFixed(1)} ms`);
  log(`  visible dans le tableau de bord après             : ${f.visibleAfterMs.toFixed(1)} ms (${f.polls} interrogation(s)) — cible : < 60 000 ms`);
  log(`  10 000 attributions insérées d'un coup (triggers par instruction) : ${(f.bulkMs / 1000).toFixed(2)} s`);
} finally {
  await client.end();
  await pool.end();
  await tmp.dispose();
}
