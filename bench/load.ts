/**
 * Pages under load on the scale data set (issue 17): builds the app for production into its own folder,
 * starts it on the scale database (.data/scale-postgres, loaded by `npm run seed:scale` when missing),
 * then with autocannon, one page at a time (20 connections, 30 s each): a page without data (the
 * framework's limit), the home page, the directory with a search, a company page, a published need page
 * (anonymous, then as a supplier), the barometer, the buyer dashboard and « Opportunités pour vous »
 * (signed in); then a soak on the mix (50 connections, 10 minutes) with the app's RSS at start and end.
 * Prints req/s, p50/p95/p99, errors and each page's share of the static page's throughput, and saves
 * bench/results/load-<date>.json. Goals: home and barometer ≥ 80 %, others ≥ 25 %, 0 errors, flat RSS.
 *
 * Usage: npm run bench:load [-- --soak-minutes 10 --seconds 30 --connections 20 --soak-connections 50
 *                               --compare (first a pass with the figures cache off) --skip-build --port 3900]
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";
import { prepareDatabase } from "../db/setup";
import { DEMO_PASSWORD } from "../db/seed/generate";
import { measure, type Measure, type Target } from "./load/measure";
import { appRss, buildApp, signIn, startApp, type RunningApp } from "./load/server";

const SCALE_META_KEY = "scale_seeded";

const { values: args } = parseArgs({
  options: {
    "soak-minutes": { type: "string", default: "10" },
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "20" },
    "soak-connections": { type: "string", default: "50" },
    compare: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: "3900" },
    data: { type: "string", default: process.env.EMBEDDED_PG_DIR ?? ".data/scale-postgres" },
    "pg-port": { type: "string", default: "54372" },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const soakMinutes = Number(args["soak-minutes"]);
const logDir = path.resolve(".data/bench-load");
mkdirSync(logDir, { recursive: true });
const started = performance.now();
const log = (l: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${l}`);

interface ScaleMeta {
  seed: number;
  buyerEmail: string;
  supplierEmail: string;
  needId: string;
  companyId: string;
}

async function scaleDatabase() {
  const server = await startEmbeddedPostgres({ dataDir: args.data!, port: Number(args["pg-port"]), database: "circuit_court", log });
  await prepareDatabase(server.url, { seedDemo: false, log });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const read = async () => (await client.query<{ value: string }>(`select value from app_meta where key = $1`, [SCALE_META_KEY])).rows[0];
  let meta = await read();
  if (!meta) {
    log("Jeu de données à l'échelle absent : npm run seed:scale…");
    const child = spawn("npx", ["tsx", "bench/seed-scale.ts"], { env: { ...process.env, DATABASE_URL: server.url }, stdio: "inherit" });
    const [code] = await once(child, "exit");
    if (code !== 0) throw new Error(`seed:scale exited with ${code}`);
    meta = await read();
  }
  const {
    rows: [sizes],
  } = await client.query(`select (select count(*) from companies)::int as companies,
    (select count(*) from charter_signatures)::int as signatories, (select count(*) from needs)::int as needs,
    (select count(*) from answers)::int as answers, (select count(*) from awards)::int as awards,
    pg_size_pretty(pg_database_size(current_database())) as database`);
  await client.end();
  return { server, meta: JSON.parse(meta.value) as ScaleMeta, sizes };
}

function table(rows: (Measure & { share_of_static: number })[]) {
  console.log(
    `\n${"page".padEnd(34)} ${"req/s".padStart(7)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"err".padStart(5)} ${"/static".padStart(8)}  charge`,
  );
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(34)} ${r.rps.toFixed(1).padStart(7)} ${r.p50_ms.toFixed(0).padStart(7)} ${r.p95_ms.toFixed(0).padStart(7)} ${r.p99_ms.toFixed(0).padStart(7)} ${String(r.errors).padStart(5)} ${`${(r.share_of_static * 100).toFixed(0)} %`.padStart(8)}  ${r.load_average[0]}`,
    );
  }
}

async function pass(app: RunningApp, targets: Target[], label: string) {
  log(`${label} : ${targets.length} pages, ${connections} connexions, ${seconds} s chacune`);
  const rows: Measure[] = [];
  for (const t of targets) {
    // A short warm-up: the first requests compile nothing in production, but fill per-process caches.
    await measure(app.base, [t], { connections: 2, seconds: 2 });
    const m = await measure(app.base, [t], { connections, seconds });
    log(`  ${t.page.padEnd(34)} ${m.rps.toFixed(1)} req/s, p95 ${m.p95_ms} ms, ${m.errors} erreurs ${JSON.stringify(m.statuses)}`);
    rows.push(m);
  }
  const staticRps = rows[0].rps;
  const withShare = rows.map((r) => ({ ...r, share_of_static: Math.round((r.rps / staticRps) * 1000) / 1000 }));
  table(withShare);
  return withShare;
}

const { server, meta, sizes } = await scaleDatabase();
log(`Base à l'échelle : ${JSON.stringify(sizes)}`);
let app: RunningApp | undefined;
const onSignal = () =>
  void (async () => {
    await app?.stop();
    await server.stop();
    process.exit(130);
  })();
process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
try {
  if (!args["skip-build"]) {
    log("next build (dossier .next-bench)…");
    await buildApp(logDir);
    log("build terminé");
  }
  const port = Number(args.port);
  const start = (env: Record<string, string>) => startApp({ port, databaseUrl: server.url, env, logFile: path.join(logDir, "app.log") });
  const targetsFor = async (base: string): Promise<Target[]> => {
    const supplier = await signIn(base, meta.supplierEmail, DEMO_PASSWORD);
    const buyer = await signIn(base, meta.buyerEmail, DEMO_PASSWORD);
    return [
      { page: "statique (mentions légales)", path: "/mentions-legales", status: 200 },
      { page: "accueil", path: "/", status: 200 },
      { page: "annuaire (recherche)", path: "/annuaire?q=plomberie", status: 200 },
      { page: "fiche entreprise", path: `/entreprises/${meta.companyId}`, status: 200 },
      // Need pages are for signed-in users: an anonymous visit is sent to the sign-in page.
      { page: "besoin publié (anonyme)", path: `/besoins/${meta.needId}`, status: 307 },
      { page: "besoin publié (fournisseur)", path: `/besoins/${meta.needId}`, cookie: supplier, status: 200 },
      { page: "baromètre", path: "/barometre", status: 200 },
      { page: "tableau de bord acheteur", path: "/tableau-de-bord", cookie: buyer, status: 200 },
      { page: "opportunités pour vous", path: "/opportunites/pour-vous", cookie: supplier, status: 200 },
    ];
  };

  let before: Awaited<ReturnType<typeof pass>> | undefined;
  if (args.compare) {
    app = await start({ FIGURES_CACHE: "off" });
    before = await pass(app, await targetsFor(app.base), "Avant (FIGURES_CACHE=off)");
    await app.stop();
  }
  app = await start({});
  const targets = await targetsFor(app.base);
  const after = await pass(app, targets, args.compare ? "Après (cache des chiffres du territoire)" : "Pages");

  log(`Endurance : ${soakMinutes} min, ${args["soak-connections"]} connexions, toutes les pages en alternance`);
  const rssStart = await appRss(app.base);
  // RSS once a minute during the soak: a plateau is garbage collected late, a steady climb a leak.
  const rssSamples: { minute: number; rss_mb: number }[] = [];
  const soakStarted = performance.now();
  const sampler = setInterval(() => {
    const minute = Math.round((performance.now() - soakStarted) / 60_000);
    appRss(app!.base).then(
      (b) => rssSamples.push({ minute, rss_mb: Math.round(b / 1e5) / 10 }),
      () => undefined,
    );
  }, 60_000);
  const soak = await measure(
    app.base,
    targets.filter((t) => t.status === 200),
    {
      connections: Number(args["soak-connections"]),
      seconds: Math.round(soakMinutes * 60),
      page: "endurance (mélange)",
    },
  );
  clearInterval(sampler);
  const rssEnd = await appRss(app.base);
  const mb = (b: number) => Math.round(b / 1e5) / 10;
  log(`RSS par minute : ${rssSamples.map((x) => `${x.minute} min ${x.rss_mb} Mo`).join(", ")}`);
  log(`Endurance : ${soak.requests} requêtes, ${soak.rps} req/s, p95 ${soak.p95_ms} ms, ${soak.errors} erreurs, RSS ${mb(rssStart)} → ${mb(rssEnd)} Mo`);

  const date = new Date().toISOString();
  const file = path.join("bench/results", `load-${date.slice(0, 10)}.json`);
  const summary = (rows: Awaited<ReturnType<typeof pass>>) =>
    rows.map((r) => ({
      page: r.page,
      path: r.path,
      rps: r.rps,
      p50_ms: r.p50_ms,
      p95_ms: r.p95_ms,
      p99_ms: r.p99_ms,
      errors: r.errors,
      share_of_static: r.share_of_static,
      statuses: r.statuses,
      load_average: r.load_average,
    }));
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date,
        machine: { cpus: os.cpus().length, node: process.version, load_average_at_end: os.loadavg().map((x) => Math.round(x * 100) / 100), shared: true },
        // The bench machine is shared: its load average (per page below) moves absolute figures far more than shares.
        note: `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores at the end; each page's own is in load_average (1-minute mean while it ran)`,
        data: { ...sizes, seed: meta.seed },
        settings: { connections, seconds, soak_connections: Number(args["soak-connections"]), soak_minutes: soakMinutes, worker: "off" },
        goals: { home_and_barometer_share: 0.8, other_share: 0.25, errors: 0 },
        pages: summary(after),
        ...(before ? { before_cache: summary(before) } : {}),
        soak: {
          requests: soak.requests,
          rps: soak.rps,
          p95_ms: soak.p95_ms,
          errors: soak.errors,
          statuses: soak.statuses,
          rss_start_mb: mb(rssStart),
          rss_end_mb: mb(rssEnd),
          rss_samples: rssSamples,
          heap_limit: process.env.NODE_OPTIONS?.match(/--max-old-space-size=\d+/)?.[0] ?? null,
          load_average: soak.load_average,
        },
      },
      null,
      2,
    )}\n`,
  );
  log(`Résultats enregistrés dans ${file}`);
} finally {
  await app?.stop();
  await server.stop();
}
