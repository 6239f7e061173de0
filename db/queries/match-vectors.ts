/**
 * The profiles of given companies as unit vectors over their lexemes, from the postings the triggers keep
 * (match_terms, match_lexicon: migration 0010): weight = ln(1 + tf) × ln(N / (1 + df)), divided by the
 * vector's length, so the cosine of two profiles is the sum of products over shared lexemes. Lexemes in
 * most profiles weigh nothing (idf ≤ 0 is dropped). Read from the company index alone, sorted as JavaScript
 * compares strings (match_terms_company_vector_idx, migration 0030): 100 profiles in about 10 ms at 100,000 companies.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

export interface ProfileVector {
  /** Sorted. */
  lexemes: string[];
  weights: number[];
}

export async function profileVectors(db: DbOrTx, companyIds: readonly string[]): Promise<Map<string, ProfileVector>> {
  if (companyIds.length === 0) return new Map();
  // One row of JSON: parsed natively, about 4 ms faster than a hundred rows of PostgreSQL arrays (parsed in JavaScript),
  // with the same weights (PostgreSQL writes a float8 in the shortest form that reads back exactly).
  const { rows } = await db.execute<{ vectors: [string, string[], number[]][] | null }>(sql`
    with n as (select coalesce((select df from match_lexicon where lexeme = ''), 0)::float8 as n)
    select json_agg(json_build_array(company_id, lexemes, weights)) as vectors from (
      select m.company_id, array_agg(m.lexeme order by m.lexeme collate "C") as lexemes,
        array_agg(ln(1 + m.tf) * ln(n.n / (1 + l.df)) order by m.lexeme collate "C") as weights
      from match_terms m join match_lexicon l on l.lexeme = m.lexeme cross join n
      where m.company_id = any(${sql.param([...companyIds])}::uuid[]) and m.lexeme <> '' and n.n / (1 + l.df) > 1
      group by m.company_id
    ) x`);
  return new Map(
    (rows[0]?.vectors ?? []).map(([id, lexemes, weights]) => {
      const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
      return [id, { lexemes, weights: weights.map((w) => w / norm) }];
    }),
  );
}
