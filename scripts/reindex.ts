/**
 * Rebuilds the search engine from the database, with a progress bar.
 * Usage: npm run reindex [-- --index needs|companies|challenges|skills] (uses DATABASE_URL, or the embedded database).
 */
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { sql } from "drizzle-orm";
import { createDb } from "../db/client";
import { SEARCH_INDEXES, type SearchIndex } from "../search/engine";
import { createSearchEngine } from "../search/index";
import { syncDocuments } from "../search/indexer";

const { values } = parseArgs({ options: { index: { type: "string" }, batch: { type: "string", default: "500" } } });
const indexes = values.index ? [values.index as SearchIndex] : [...SEARCH_INDEXES];
if (indexes.some((i) => !SEARCH_INDEXES.includes(i))) throw new Error(`Index inconnu : ${values.index} (${SEARCH_INDEXES.join(", ")})`);
/** Every row of the index's tables: the builders keep the public ones. */
const ROWS: Record<SearchIndex, ReturnType<typeof sql>> = {
  needs: sql`select id from needs`,
  companies: sql`select id from companies`,
  challenges: sql`select id from challenges`,
  skills: sql`select id from skill_offers union all select id from skill_requests`,
};
const batch = Number(values.batch);

const { db, pool } = createDb(process.env.DATABASE_URL!, 4);
const engine = createSearchEngine(process.env, pool);
await engine.setup();
for (const index of indexes) {
  const { rows } = await db.execute<{ id: string }>(sql`select id from (${ROWS[index]}) r order by id`);
  const started = performance.now();
  const bar = new SingleBar(
    { format: `${index.padEnd(10)} [{bar}] {percentage}% | {value}/{total} | indexés {indexed}`, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(rows.length, 0, { indexed: 0 });
  await engine.clear(index);
  let indexed = 0;
  for (let i = 0; i < rows.length; i += batch) {
    const ids = rows.slice(i, i + batch).map((r) => r.id);
    indexed += (await syncDocuments(db, engine, index, ids)).upserted;
    bar.update(Math.min(i + batch, rows.length), { indexed });
  }
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${index} : ${indexed} documents indexés sur ${rows.length} en ${seconds.toFixed(1)} s (${Math.round(rows.length / Math.max(seconds, 0.001))} lignes/s) — moteur ${engine.name}`,
  );
}
await pool.end();
process.exit(0);
