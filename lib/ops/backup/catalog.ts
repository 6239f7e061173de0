/**
 * What a backup holds, read from PostgreSQL's catalog: every table of the schemas the app owns (business
 * data, the search engine's index, the job queue) in foreign-key order (a table after those it refers
 * to), their columns (generated ones are recomputed, never copied), and the sequences.
 */
import type pg from "pg";
import { present } from "../../invariant";

/** public: business data; search: the PostgreSQL engine's index; graphile_worker: queued jobs (e-mails not yet sent…). */
export const BACKUP_SCHEMAS = ["public", "search", "graphile_worker"] as const;

/** Schema versions: compared between the backup and the target, never copied (the code writes them; drizzle's own journal lives in schema "drizzle"). */
export const VERSION_TABLES = ["graphile_worker.migrations"];

export interface TableInfo {
  /** "schema.table", as in manifests and messages. */
  name: string;
  /** The quoted identifier, for SQL. */
  sql: string;
  columns: string[];
}

export const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ schema: string; name: string; columns: string[] }>(
    `
    select n.nspname as schema, c.relname as name,
           array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
    group by n.nspname, c.relname
    order by n.nspname, c.relname`,
    [BACKUP_SCHEMAS],
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `
    select cn.nspname || '.' || cc.relname as child, pn.nspname || '.' || pc.relname as parent
    from pg_constraint k
    join pg_class cc on cc.oid = k.conrelid join pg_namespace cn on cn.oid = cc.relnamespace
    join pg_class pc on pc.oid = k.confrelid join pg_namespace pn on pn.oid = pc.relnamespace
    where k.contype = 'f' and k.conrelid <> k.confrelid and cn.nspname = any($1) and pn.nspname = any($1)`,
    [BACKUP_SCHEMAS],
  );
  const tables = rows
    .map((r) => ({ name: `${r.schema}.${r.name}`, sql: `${quoteIdent(r.schema)}.${quoteIdent(r.name)}`, columns: r.columns }))
    .filter((t) => !VERSION_TABLES.includes(t.name));
  return inForeignKeyOrder(tables, edges);
}

/** Parents before children (Kahn's algorithm, ties by name so the order is stable). A cycle is refused: COPY could not load it. */
export function inForeignKeyOrder<T extends { name: string }>(tables: T[], edges: { child: string; parent: string }[]): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) if (byName.has(e.child) && byName.has(e.parent)) present(parents.get(e.child), `table ${e.child}`).add(e.parent);
  const ordered: T[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const next = tables.filter((t) => !done.has(t.name) && [...present(parents.get(t.name), `table ${t.name}`)].every((p) => done.has(p)));
    if (next.length === 0) {
      const left = tables.filter((t) => !done.has(t.name)).map((t) => t.name);
      throw new Error(`foreign keys form a cycle among: ${left.join(", ")}`);
    }
    for (const t of next) {
      ordered.push(t);
      done.add(t.name);
    }
  }
  return ordered;
}

export interface SequenceValue {
  name: string;
  lastValue: string | null;
}

export async function listSequences(client: pg.ClientBase): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string; last_value: string | null }>(
    `
    select quote_ident(schemaname) || '.' || quote_ident(sequencename) as name, last_value::text
    from pg_sequences where schemaname = any($1) order by 1`,
    [BACKUP_SCHEMAS],
  );
  return rows.map((r) => ({ name: r.name, lastValue: r.last_value }));
}

/**
 * Row count and an order-free digest of a table's rows (the sum of each row's text md5, cut to 60 bits),
 * computed by PostgreSQL: the same data gives the same digest whatever the physical order after a restore.
 */
export async function tableDigest(client: pg.ClientBase, table: TableInfo): Promise<{ rows: number; digest: string }> {
  const {
    rows: [r],
  } = await client.query<{ rows: string; digest: string }>(`
    select count(*)::text as rows, coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)::text as digest
    from ${table.sql} t`);
  return { rows: Number(r.rows), digest: r.digest };
}

/** Output settings that make row text (dates, floats, intervals) the same in every session. */
export async function stableTextSettings(client: pg.ClientBase) {
  await client.query("set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres'; set extra_float_digits = 1; set statement_timeout = 0");
}

/** The schema versions the database is at (drizzle's migrations, graphile-worker's). */
export async function schemaVersions(client: pg.ClientBase): Promise<{ app: string[]; queue: string[] }> {
  const app = await client.query<{ hash: string }>("select hash from drizzle.__drizzle_migrations order by created_at, hash");
  const queue = await client.query<{ id: string }>("select id::text as id from graphile_worker.migrations order by id");
  return { app: app.rows.map((r) => r.hash), queue: queue.rows.map((r) => r.id) };
}
