/**
 * The partner inbox: needs open for answers for which the partner's confirmed members rank well, by the
 * platform's relevance model — the stored ranking of each need (`need_matches`, written when the need is
 * published, lib/matching/service.ts) at or above the alert threshold of the weights in force, the same
 * rule that sends suppliers their alerts. « 3 de vos adhérents correspondent à ce besoin ».
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "../auth/actor";
import { countOf } from "../format";
import type { MatchPart } from "../matching/types";
import { currentWeights } from "../matching/weights-store";
import { requirePartnerAccess } from "./access";

export interface InboxMember {
  companyId: string;
  name: string;
  rank: number;
  score: number;
  parts: MatchPart[];
}
export interface InboxNeed {
  needId: string;
  title: string;
  buyerName: string;
  responseDeadline: Date;
  members: InboxMember[];
  headline: string;
}

export function inboxHeadline(n: number): string {
  return `${countOf(n, "de vos adhérents correspond", "de vos adhérents correspondent")} à ce besoin`;
}

export async function partnerInbox(db: DbOrTx, actor: Actor | null, partnerId: string, limit = 50): Promise<InboxNeed[]> {
  await requirePartnerAccess(db, actor, partnerId);
  const threshold = (await currentWeights(db)).alertThreshold;
  const { rows } = await db.execute<{ need_id: string; title: string; buyer_name: string; response_deadline: Date; members: InboxMember[] }>(sql`
    select n.id as need_id, n.title, coalesce(b.trade_name, b.legal_name) as buyer_name, n.response_deadline,
      json_agg(json_build_object('companyId', c.id, 'name', coalesce(c.trade_name, c.legal_name), 'rank', m.rank, 'score', m.score, 'parts', m.parts)
        order by m.rank) as members
    from partner_members pm
    join companies c on c.siret = pm.siret and c.suspended_at is null
    join need_matches m on m.company_id = c.id and m.score >= ${threshold}
    join needs n on n.id = m.need_id and n.status = 'published' and n.response_deadline > now() and n.visibility = 'all_signatories'
    join companies b on b.id = n.company_id and b.suspended_at is null
    where pm.partner_id = ${partnerId} and pm.status = 'confirmed'
    group by n.id, n.title, b.trade_name, b.legal_name, n.response_deadline, n.published_at
    order by n.published_at desc nulls last
    limit ${limit}`);
  return rows.map((r) => ({
    needId: r.need_id,
    title: r.title,
    buyerName: r.buyer_name,
    responseDeadline: new Date(r.response_deadline),
    members: r.members,
    headline: inboxHeadline(r.members.length),
  }));
}
