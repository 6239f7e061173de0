/**
 * Loads the scale data set into the database of DATABASE_URL (run through scripts/run-with-db.ts, which
 * starts the embedded server when it is unset): 150,000 establishments in SIRENE shape through the real
 * SIRENE import, a third of the active ones verified signatories with an account, a profile and offers,
 * 20,000 live needs in every state with 100,000 answers, and 3 years of awards (500,000) on archived
 * needs, in bulk; then the derived data the pages read (text postings, dashboard rollups, search index).
 * Reproducible: the same --seed gives the same data. Refuses a database that already holds a scale set.
 *
 * Usage: npm run seed:scale [-- --seed 17 --companies 150000 --needs 20000 --answers 100000 --awards 500000 --ranked-needs 200]
 *        EMBEDDED_PG_DIR=.data/scale-postgres npm run seed:scale   (a database of its own, as bench:load uses)
 */
import { mkdirSync, rmSync } from "node:fs";
import { createReadStream } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDb } from "../db/client";
import { DEMO_PASSWORD } from "../db/seed/generate";
import { hashPassword } from "../lib/auth/password";
import { territoryConfig } from "../lib/config/territory";
import { importSireneStream } from "../lib/sirene/import";
import { syncDocuments } from "../search/indexer";
import { createSearchEngine } from "../search/index";
import { benchAccounts, indexableIds, refreshDerived } from "./scale/after-load";
import { bulkLoad } from "./scale/bulk";
import { mostSuggestedSupplier, rankPublishedNeeds } from "./scale/rank-needs";
import { writeSireneFile } from "./scale/sirene-file";

export const SCALE_META_KEY = "scale_seeded";
export const SCALE_EMAIL_DOMAIN = "scale.circuit-court.test";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    companies: { type: "string", default: "150000" },
    needs: { type: "string", default: "20000" },
    answers: { type: "string", default: "100000" },
    awards: { type: "string", default: "500000" },
    years: { type: "string", default: "3" },
    "ranked-needs": { type: "string", default: "200" },
  },
});
const opts = {
  seed: Number(values.seed),
  companies: Number(values.companies),
  needs: Number(values.needs),
  answers: Number(values.answers),
  awards: Number(values.awards),
  years: Number(values.years),
  rankedNeeds: Number(values["ranked-needs"]),
};
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is unset: run through `npm run seed:scale` (scripts/run-with-db.ts)");

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);
const fr = (n: number) => n.toLocaleString("fr-FR");

const client = new pg.Client({ connectionString: url });
await client.connect();
const { db, pool } = createDb(url, 2);
try {
  const { rows: done } = await client.query(`select value from app_meta where key = $1`, [SCALE_META_KEY]);
  if (done.length) {
    log(`Cette base contient déjà le jeu de données à l'échelle (${done[0].value}) : rien à faire.`);
  } else {
    await seed();
  }
} finally {
  await client.end();
  await pool.end();
}

async function seed() {
  log(
    `Jeu de données à l'échelle, graine ${opts.seed} : ${fr(opts.companies)} établissements, ${fr(opts.needs)} besoins, ${fr(opts.answers)} réponses, ${fr(opts.awards)} attributions sur ${opts.years} ans`,
  );
  const dir = path.resolve(".data/tmp");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `sirene-scale-${opts.seed}-${opts.companies}.csv`);
  const { epciCode } = territoryConfig();
  const stats = await writeSireneFile(
    client,
    file,
    { rows: opts.companies, seed: opts.seed, epci: epciCode, localShare: 0.75 },
    (n) => n % 50_000 === 0 && log(`  fichier SIRENE : ${fr(n)} lignes`),
  );
  log(`Fichier SIRENE écrit : ${fr(stats.rows)} établissements dont ${fr(stats.territory)} sur le territoire, ${(stats.bytes / 1e6).toFixed(1)} Mo`);

  // The real import path: validation row by row, upserts by SIRET in batches (triggers on).
  let lastLogged = 0;
  const result = await importSireneStream(db, createReadStream(file), {
    batchSize: 2000,
    onProgress: (p) => {
      if (p.read - lastLogged >= 25_000) {
        lastLogged = p.read;
        log(`  import SIRENE : ${fr(p.read)} lignes lues, ${fr(p.imported)} créées`);
      }
    },
  });
  rmSync(file, { force: true });
  log(
    `Import SIRENE : ${fr(result.imported)} créées, ${fr(result.updated)} mises à jour, ${fr(result.rejectedCount)} rejetées (${(result.durationMs / 1000).toFixed(0)} s)`,
  );
  if (result.rejectedCount) throw new Error(`SIRENE rows rejected: ${JSON.stringify(result.rejected.slice(0, 3))}`);

  const step = async (label: string, text: string, params?: unknown[]) => {
    const t = performance.now();
    const r = await client.query(text, params);
    log(`  ${label.padEnd(44)} ${fr(r.rowCount ?? 0).padStart(9)} lignes  ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return r.rowCount ?? 0;
  };
  // One transaction: a failed or interrupted run leaves only the import, which a new run finds done.
  log("Chargement en masse (une transaction) :");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await client.query("begin");
  try {
    await bulkLoad(client, { ...opts, passwordHash, emailDomain: SCALE_EMAIL_DOMAIN }, step);
    log("Données dérivées :");
    await refreshDerived(client, step);
    await client.query("commit");
  } catch (err) {
    await client.query("rollback");
    throw err;
  }

  // The search index: only what it holds (signatories, published needs), in the indexer's batches.
  const engine = createSearchEngine(process.env, pool);
  await engine.setup();
  const ids = await indexableIds(client);
  for (const index of ["companies", "needs"] as const) {
    const list = ids[index];
    const t = performance.now();
    let indexed = 0;
    for (let i = 0; i < list.length; i += 500) {
      indexed += (await syncDocuments(db, engine, index, list.slice(i, i + 500))).upserted;
      if ((i / 500) % 20 === 19) log(`  index ${index} : ${fr(indexed)} / ${fr(list.length)}`);
    }
    log(`  index ${index.padEnd(38)} ${fr(indexed).padStart(9)} documents ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  // Jobs the import queued for the same documents are done already.
  await client.query(
    `delete from graphile_worker._private_jobs where task_id in (select id from graphile_worker._private_tasks where identifier = 'index_documents')`,
  );

  await step("vacuum analyze", "vacuum analyze");
  // Rankings stored as publication stores them (the real ranking), for « Opportunités pour vous ».
  const ranked = await rankPublishedNeeds(client, db, opts.rankedNeeds, log);
  log(`  classements stockés pour ${fr(ranked)} besoins publiés`);
  const accounts = await benchAccounts(client);
  accounts.supplierEmail = (await mostSuggestedSupplier(client)) ?? accounts.supplierEmail;
  await client.query(`insert into app_meta (key, value) values ($1, $2)`, [SCALE_META_KEY, JSON.stringify({ seed: opts.seed, ...accounts })]);
  const { rows: sizes } = await client.query(`
    select relname as "table", n_live_tup as "lignes", pg_size_pretty(pg_total_relation_size(relid)) as "taille"
    from pg_stat_user_tables where schemaname in ('public', 'search') order by pg_total_relation_size(relid) desc limit 16`);
  console.table(sizes);
  const {
    rows: [size],
  } = await client.query(`select pg_size_pretty(pg_database_size(current_database())) as size`);
  log(
    `Terminé : base de ${size.size}. Comptes du banc d'essai (mot de passe de démonstration) : acheteur ${accounts.buyerEmail}, fournisseur ${accounts.supplierEmail}`,
  );
}
