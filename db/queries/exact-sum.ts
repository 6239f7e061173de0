/**
 * A sum of float8 values that does not depend on the order rows arrive in: each value rounded to 1e-9 and summed
 * as an integer (exact, so associative), then back to float8. A plain float sum can differ in its last bit from one
 * plan to another (a hash rather than a sort, a generic plan rather than a custom one), and a last bit is enough to
 * swap two suppliers whose scores tie: the same need on the same data must give the same order.
 */
import { sql, type SQL } from "drizzle-orm";

export function exactSum(value: SQL, filter?: SQL): SQL {
  return sql`(sum(round((${value}) * 1e9)::int8)${filter ? sql` filter (where ${filter})` : sql``}::float8 / 1e9)`;
}
