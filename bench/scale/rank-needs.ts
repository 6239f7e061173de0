/**
 * Stored rankings for the scale set's published needs, computed by the real ranking (what publishing a
 * need does through the alert job), so « Opportunités pour vous » reads real need_matches rows. Ranking
 * costs ~0.5 s a need at this size: only the first `limit` published needs without stored matches are
 * ranked. The load bench's supplier is then the signatory suggested most often.
 */
import type pg from "pg";
import type { Db } from "../../db/client";
import { computeAndStoreMatches } from "../../lib/matching/service";

export async function rankPublishedNeeds(client: pg.Client, db: Db, limit: number, log: (l: string) => void) {
  const { rows } = await client.query<{ id: string }>(
    `
    select n.id::text from needs n where n.status = 'published' and n.response_deadline > now()
      and not exists (select 1 from need_matches m where m.need_id = n.id)
    order by n.id limit $1`,
    [limit],
  );
  const t = performance.now();
  for (const [i, { id }] of rows.entries()) {
    await computeAndStoreMatches(db, id, { limit: 50 });
    if ((i + 1) % 25 === 0) log(`  classements : ${i + 1} / ${rows.length} besoins (${((performance.now() - t) / (i + 1)).toFixed(0)} ms par besoin)`);
  }
  return rows.length;
}

/** The signatory (with an account) most often suggested on open needs: its « Opportunités pour vous » is full. */
export async function mostSuggestedSupplier(client: pg.Client): Promise<string | undefined> {
  const {
    rows: [row],
  } = await client.query<{ email: string }>(`
    select u.email from need_matches m join needs n on n.id = m.need_id and n.status = 'published'
    join memberships mb on mb.company_id = m.company_id join users u on u.id = mb.user_id
    group by u.email order by count(*) desc, u.email limit 1`);
  return row?.email;
}
