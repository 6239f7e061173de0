/** Stored rankings (need_matches) and weights versions: named reads and the replace-all write. */
import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../client";
import { matchingWeights, needMatches, users } from "../schema";
import type { MatchPart } from "./match-parts";

import type { WeightsRow } from "@/db/schema";

export async function latestWeights(db: DbOrTx): Promise<WeightsRow | null> {
  const [row] = await db.select().from(matchingWeights).orderBy(desc(matchingWeights.version)).limit(1);
  return row ?? null;
}

/** Every version, newest first, with who published it (staff page history). */
export async function weightsHistory(db: DbOrTx, limit = 50) {
  return db
    .select({
      version: matchingWeights.version,
      weights: matchingWeights.weights,
      alertThreshold: matchingWeights.alertThreshold,
      distanceHalfKm: matchingWeights.distanceHalfKm,
      note: matchingWeights.note,
      createdAt: matchingWeights.createdAt,
      createdBy: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
    })
    .from(matchingWeights)
    .leftJoin(users, eq(users.id, matchingWeights.createdBy))
    .orderBy(desc(matchingWeights.version))
    .limit(limit);
}

export interface StoredMatchInput {
  companyId: string;
  rank: number;
  score: number;
  parts: MatchPart[];
}

/** Replaces a need's stored ranking (the caller's transaction makes it all-or-nothing). */
export async function replaceNeedMatches(tx: Tx, needId: string, weightsVersion: number, computedAt: Date, rows: StoredMatchInput[]) {
  await tx.delete(needMatches).where(eq(needMatches.needId, needId));
  if (rows.length === 0) return;
  await tx.insert(needMatches).values(rows.map((r) => ({ needId, ...r, weightsVersion, computedAt })));
}

export type StoredMatchRow = {
  rank: number;
  company_id: string;
  name: string;
  siret: string;
  commune: string;
  score: number;
  parts: MatchPart[];
  weights_version: number;
  computed_at: Date;
  lat: number;
  lng: number;
  need_lat: number;
  need_lng: number;
};

/** A need's stored ranking, best first, with the company facts the API shows (no personal data). */
export async function storedNeedMatches(db: DbOrTx, needId: string, limit: number): Promise<StoredMatchRow[]> {
  const { rows } = await db.execute<StoredMatchRow>(sql`
    select m.rank, m.company_id, coalesce(co.trade_name, co.legal_name) as name, co.siret, c.name as commune, m.score, m.parts,
      m.weights_version, m.computed_at, c.lat, c.lng, nc.lat as need_lat, nc.lng as need_lng
    from need_matches m
    join companies co on co.id = m.company_id
    join communes c on c.insee_code = co.commune_code
    join needs n on n.id = m.need_id
    join communes nc on nc.insee_code = n.commune_code
    where m.need_id = ${needId}
    order by m.rank
    limit ${limit}`);
  return rows.map((r) => ({ ...r, computed_at: new Date(r.computed_at) }));
}

export type OpportunityRow = {
  need_id: string;
  title: string;
  buyer_name: string;
  commune: string;
  response_deadline: Date;
  rank: number;
  score: number;
  parts: MatchPart[];
  weights_version: number;
};

/**
 * "Opportunités pour vous": a supplier's best stored matches on needs still open (published, deadline
 * ahead, buyer not suspended) that it may see (open to all signatories, or it was invited).
 */
export async function supplierOpportunities(db: DbOrTx, companyId: string, limit: number): Promise<OpportunityRow[]> {
  const { rows } = await db.execute<OpportunityRow>(sql`
    select m.need_id, n.title, coalesce(b.trade_name, b.legal_name) as buyer_name, c.name as commune, n.response_deadline,
      m.rank, m.score, m.parts, m.weights_version
    from need_matches m
    join needs n on n.id = m.need_id
    join companies b on b.id = n.company_id
    join communes c on c.insee_code = n.commune_code
    where m.company_id = ${companyId}
      and n.status = 'published' and n.response_deadline > now() and b.suspended_at is null
      and (n.visibility = 'all_signatories'
        or exists (select 1 from need_invitations i where i.need_id = n.id and i.company_id = ${companyId}))
    order by m.score desc, n.response_deadline, n.id
    limit ${limit}`);
  return rows.map((r) => ({ ...r, response_deadline: new Date(r.response_deadline) }));
}
