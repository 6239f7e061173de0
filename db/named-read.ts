/**
 * A read run as a named prepared statement, through drizzle's own session (same connection, same type parsers as
 * `db.execute`). PostgreSQL then parses and plans it once per connection — a generic plan after five runs, when it
 * costs no more than the custom ones — instead of on every call: for the long query a ranking runs on every need,
 * whose planning alone took about 5 ms (docs/MATCHING.md § 8). A name is bound to one text on a connection, so it
 * carries a hash of the text, which changes with the query's options. Its sums must not depend on the plan
 * (db/queries/exact-sum.ts): a generic plan may read rows in another order than a custom one.
 */
import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import type { QueryResult, QueryResultRow } from "pg";
import type { DbOrTx } from "./client";

type DrizzleInternals = {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(query: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: boolean): { execute(): Promise<unknown> };
  };
};

export async function executeNamed<T extends QueryResultRow>(db: DbOrTx, prefix: string, query: SQL): Promise<QueryResult<T>> {
  const { dialect, session } = db as unknown as DrizzleInternals;
  const built = dialect.sqlToQuery(query);
  const name = `${prefix}_${createHash("sha1").update(built.sql).digest("hex").slice(0, 20)}`;
  return (await session.prepareQuery(built, undefined, name, false).execute()) as QueryResult<T>;
}
