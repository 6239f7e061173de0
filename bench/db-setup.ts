/**
 * Measures a cold start of the embedded database: initdb + start, migrations, reference data, demo seed,
 * a warm restart, and the resulting data sizes. Prints figures; asserts nothing.
 *
 * Usage: npm run bench:db-setup
 */
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";
import { prepareDatabase } from "../db/setup";

const root = path.resolve(".data/tmp");
mkdirSync(root, { recursive: true });
const dir = mkdtempSync(path.join(root, "bench-"));
const port = 57000 + Math.floor(Math.random() * 1000);
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

let t = performance.now();
let server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port, database: "bench" });
console.log(`initdb + start            ${ms(t)}`);
const steps: string[] = [];
t = performance.now();
await prepareDatabase(server.url, { seedDemo: true, log: (l) => steps.push(l) });
console.log(`migrate + reference + demo ${ms(t)}`);
for (const s of steps) console.log(`  · ${s}`);
t = performance.now();
await prepareDatabase(server.url, { seedDemo: true });
console.log(`second setup (no-op)      ${ms(t)}`);
await server.stop();
t = performance.now();
server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port, database: "bench" });
console.log(`warm restart              ${ms(t)}`);

const client = new pg.Client({ connectionString: server.url });
await client.connect();
const { rows } = await client.query(`
  select relname as table, n_live_tup as rows, pg_size_pretty(pg_total_relation_size(relid)) as size
  from pg_stat_user_tables order by pg_total_relation_size(relid) desc`);
const {
  rows: [db],
} = await client.query(`select pg_size_pretty(pg_database_size(current_database())) as size`);
await client.end();
console.table(rows);
console.log(`database size             ${db.size}`);
await server.stop();
rmSync(dir, { recursive: true, force: true });
