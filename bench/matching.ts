/**
 * Matching bench: on 100,000 companies in a throw-away embedded PostgreSQL, the latency of ranking the
 * suppliers of one need (rankSuppliersForNeed: load the need, text relevance (BM25 over match_terms), SQL
 * prefilter, score, sort — the whole ranking, docs/MATCHING.md) over a mix of 200 needs, side by side in the same run
 * with a filter-only query on the same data (activity in list AND inside the perimeter, ordered by name,
 * first page of 50). Target: ranking p95 ≤ 2 × filter-only p95. Prints figures, saves bench/results/.
 *
 * Usage: npm run bench:matching [-- --companies 100000 --needs 200 --rounds 3 --seed 20261124]
 *        npm run bench:matching -- --url postgres://… (a database this bench already filled: no generation)
 *        … --rankings file.jsonl: also writes every need's full ranking (one JSON line each, computedAt left
 *        out), so a change meant to keep the rule can be checked with cmp, before and after, on the same --url.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { prepareDatabase } from "../db/setup";
import { territoryConfig } from "../lib/config/territory";
import { rankSuppliersForNeed } from "../lib/matching/service";
import { generateMatchingData } from "./matching-data";

const { values: args } = parseArgs({
  options: {
    companies: { type: "string", default: "100000" },
    needs: { type: "string", default: "200" },
    rounds: { type: "string", default: "3" },
    seed: { type: "string", default: "20261124" },
    url: { type: "string" },
    rankings: { type: "string" },
  },
});
const TARGET_RATIO = 2;
const say = (line = "") => console.log(line);
const since = (t: number) => performance.now() - t;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s[s.length - 1]) };
}

type NeedFacts = { id: string; codes: string[]; lat: number; lng: number; kind: string; radius: number | null; communes: string[]; epcis: string[] };

/** The filter-only query a plain supplier list would run: same activities (main code), same perimeter, by name. */
function filterOnly(db: Db, n: NeedFacts, territory: string) {
  const perimeter =
    n.kind === "radius"
      ? sql`earth_box(ll_to_earth(${n.lat}::float8, ${n.lng}::float8), ${n.radius! * 1000}::float8) @> ll_to_earth(c.lat, c.lng)
        and earth_distance(ll_to_earth(${n.lat}::float8, ${n.lng}::float8), ll_to_earth(c.lat, c.lng)) <= ${n.radius! * 1000}::float8`
      : n.kind === "territory"
        ? sql`c.epci_code = ${territory}`
        : sql`(c.insee_code = any(${sql.param(n.communes)}::text[]) or c.parent_code = any(${sql.param(n.communes)}::text[])
          or c.epci_code = any(${sql.param(n.epcis)}::text[]))`;
  return db.execute(sql`
    select co.id, coalesce(co.trade_name, co.legal_name) as name, co.siret, c.name as commune
    from companies co join communes c on c.insee_code = co.commune_code
    where co.naf_code = any(${sql.param(n.codes)}::text[]) and co.administrative_state = 'A' and co.suspended_at is null and ${perimeter}
    order by name, co.siret
    limit 50`);
}

async function freshDatabase() {
  const root = path.resolve(".data/tmp");
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(path.join(root, "bench-matching-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: 57000 + Math.floor(Math.random() * 1000), database: "bench" });
  const cleanup = async () => {
    await server.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));
  try {
    let t = performance.now();
    await prepareDatabase(server.url);
    say(`■ Base jetable prête (migrations + référentiels) en ${(since(t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await generateMatchingData(client, { companies: Number(args.companies), needs: Number(args.needs), seed: Number(args.seed) });
    await client.end();
    say(`■ Données générées en ${(since(t) / 1000).toFixed(1)} s`);
  } catch (err) {
    await cleanup();
    throw err;
  }
  return { url: server.url, cleanup };
}

const target = args.url ? { url: args.url, cleanup: async () => {} } : await freshDatabase();
const { db, pool } = createDb(target.url, 4);

try {
  const {
    rows: [counts],
  } = await db.execute<Record<string, number>>(sql`select
    (select count(*)::int from companies) as companies, (select count(*)::int from company_activities) as secondary,
    (select count(*)::int from offer_activities) as offer_activities, (select count(*)::int from need_invitations) as invitations,
    (select count(*)::int from charter_signatures) as signatories`);
  say(`■ Données : ${JSON.stringify(counts)}`);
  const { rows: ids } = await db.execute<{ id: string }>(sql`select id from needs where status = 'published'`);
  const needIds = ids.map((r) => r.id);
  const territory = territoryConfig().epciCode;
  const { rows: facts } = await db.execute<NeedFacts>(sql`
    select n.id, array(select naf_code from need_activities a where a.need_id = n.id order by 1) as codes, c.lat, c.lng,
      n.perimeter_kind as kind, n.perimeter_radius_km as radius,
      array(select code from need_areas a where a.need_id = n.id and a.kind = 'commune') as communes,
      array(select code from need_areas a where a.need_id = n.id and a.kind = 'epci') as epcis
    from needs n join communes c on c.insee_code = n.commune_code where n.id = any(${sql.param(needIds)}::uuid[]) order by n.id`);
  const mix = facts.reduce<Record<string, number>>((m, f) => ({ ...m, [f.kind]: (m[f.kind] ?? 0) + 1 }), {});
  say(
    `■ ${facts.length} besoins : ${Object.entries(mix)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );

  // Warm-up: caches and plans, not measured.
  for (const f of facts.slice(0, 20)) {
    await rankSuppliersForNeed(db, f.id);
    await filterOnly(db, f, territory);
  }
  if (args.rankings) {
    // Before the timed rounds, so writing 200 rankings of some 2,000 suppliers does not weigh on them.
    writeFileSync(args.rankings, "");
    for (const f of facts) {
      const run = await rankSuppliersForNeed(db, f.id);
      appendFileSync(args.rankings, `${JSON.stringify({ ...run, computedAt: undefined })}\n`);
    }
    say(`■ Classements complets écrits dans ${args.rankings}`);
  }
  const rank: number[] = [];
  const filter: number[] = [];
  const matched: number[] = [];
  const listed: number[] = [];
  for (let round = 0; round < Number(args.rounds); round++) {
    // Interleaved, so both sides see the same machine load (other builds run on these 2 cores).
    for (const f of round % 2 ? [...facts].reverse() : facts) {
      let s = performance.now();
      const run = await rankSuppliersForNeed(db, f.id);
      rank.push(since(s));
      s = performance.now();
      const { rows } = await filterOnly(db, f, territory);
      filter.push(since(s));
      if (round === 0) {
        matched.push(run.matches.length + run.excluded.length);
        listed.push(rows.length);
      }
    }
  }
  const r = summary(rank);
  const b = summary(filter);
  const ratio = Math.round((r.p95 / b.p95) * 100) / 100;
  say(`\n  candidates per need (scored): median ${summary(matched).p50}, p95 ${summary(matched).p95}; filter-only page: median ${summary(listed).p50} rows`);
  say(`\n  ${"".padEnd(28)} ${"n".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
  for (const [name, s] of [
    ["classement (rank)", r],
    ["filtre seul (filter-only)", b],
  ] as const) {
    say(
      `  ${name.padEnd(28)} ${String(s.n).padStart(5)} ${s.p50.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)} ${s.p99.toFixed(2).padStart(8)} ${s.max.toFixed(2).padStart(8)}`,
    );
  }
  say(`\n  ratio p95 classement / filtre seul = ${ratio} (objectif ≤ ${TARGET_RATIO}) → ${ratio <= TARGET_RATIO ? "ATTEINT" : "MANQUÉ"}`);

  const date = new Date().toISOString().slice(0, 10);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    `bench/results/matching-${date}.json`,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        seed: Number(args.seed),
        machine: { cpus: os.cpus().length, node: process.version },
        data: counts,
        needs: mix,
        rank: r,
        filterOnly: b,
        ratioP95: ratio,
        target: TARGET_RATIO,
      },
      null,
      2,
    ),
  );
  say(`  résultats enregistrés dans bench/results/matching-${date}.json`);
} finally {
  await pool.end();
  await target.cleanup();
}
