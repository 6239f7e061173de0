/**
 * Finds out where a search query spends its time: replays it on a pool that records the statements the
 * engine sends, then runs EXPLAIN (ANALYZE, BUFFERS) on the heaviest one (the engine is not modified).
 */
import pg from "pg";
import type { SearchQuery } from "../../search/engine";
import { PostgresSearchEngine } from "../../search/engines/postgres/engine";

interface Recorded {
  text: string;
  values: unknown[];
  ms: number;
}

/** A pool whose clients note every parameterised statement and its duration. */
function recordingPool(url: string, recorded: Recorded[]) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on("error", () => {});
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as { query: unknown }).query = async (...args: unknown[]) => {
      const started = performance.now();
      const result = await original(...args);
      if (typeof args[0] === "string" && Array.isArray(args[1])) recorded.push({ text: args[0], values: args[1], ms: performance.now() - started });
      return result;
    };
  });
  return pool;
}

export interface Explained {
  statements: { ms: number; firstLine: string }[];
  plan: string;
  sql: string;
}

/** Statements the engine ran for `query` (with their durations) and the plan of the slowest one. */
export async function explainEngineQuery(url: string, query: SearchQuery): Promise<Explained> {
  const recorded: Recorded[] = [];
  const pool = recordingPool(url, recorded);
  try {
    const engine = new PostgresSearchEngine(pool);
    await engine.search(query); // warm
    recorded.length = 0;
    await engine.search(query);
    const slowest = [...recorded].sort((a, b) => b.ms - a.ms)[0];
    const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.text}`, slowest.values);
    return {
      statements: recorded.map((r) => ({ ms: Math.round(r.ms * 100) / 100, firstLine: r.text.trim().split("\n")[0].slice(0, 90) })),
      plan: rows.map((r) => r["QUERY PLAN"]).join("\n"),
      sql: `${slowest.text}\n-- values: ${JSON.stringify(slowest.values)}`,
    };
  } finally {
    await pool.end();
  }
}
