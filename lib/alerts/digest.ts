/**
 * The daily digest for users who chose it: one e-mail listing the day's opportunities still open — needs
 * (each with its "Pas intéressé" link), innovation challenges and skills posts. Runs from the worker's cron;
 * each user's digest is its own transaction.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countOf, formatDate } from "../format";
import { queueEmail } from "../mail/queue-email";
import { absoluteUrl, renderEmail } from "../mail/render";
import type { AlertKind } from "./fan-out";
import { makeToken } from "./tokens";

type DigestRow = {
  alert_id: string;
  user_id: string;
  email: string;
  first_name: string;
  kind: AlertKind;
  object_id: string;
  title: string;
  deadline: Date | null;
  company_name: string;
};

/** One line of the digest, in the words of its kind. */
function line(i: DigestRow): string {
  switch (i.kind) {
    case "need":
      return `• ${i.title} — ${i.company_name}, réponses jusqu'au ${formatDate(i.deadline ?? new Date())} : ${absoluteUrl(`/besoins/${i.object_id}`)} (pas intéressé : ${absoluteUrl(`/alertes/pas-interesse?jeton=${makeToken("decline", i.alert_id)}`)})`;
    case "challenge":
      return `• Défi d'innovation : ${i.title} — ${i.company_name}, candidatures jusqu'au ${formatDate(i.deadline ?? new Date())} : ${absoluteUrl(`/defis/${i.object_id}`)}`;
    case "skill_offer":
      return `• Mécénat de compétences, un expert proposé : ${i.title} — ${i.company_name} : ${absoluteUrl(`/mecenat#offre-${i.object_id}`)}`;
    case "skill_request":
      return `• Mécénat de compétences, une compétence demandée : ${i.title} — ${i.company_name} : ${absoluteUrl(`/mecenat#demande-${i.object_id}`)}`;
  }
}

export async function sendDailyDigests(db: Db, now = new Date()): Promise<number> {
  const at = now.toISOString();
  // Each alert names one opportunity (migration 0026); only those still open, of companies still active, are listed.
  const { rows } = await db.execute<DigestRow>(sql`
    select a.id as alert_id, u.id as user_id, u.email, u.first_name, o.kind, o.object_id, o.title, o.deadline,
      coalesce(co.trade_name, co.legal_name) as company_name
    from need_alerts a join users u on u.id = a.user_id
    join lateral (
      select 'need' as kind, n.id as object_id, n.title, n.response_deadline as deadline, n.company_id from needs n
        where n.id = a.need_id and n.status = 'published' and n.response_deadline > ${at}::timestamptz
      union all
      select 'challenge', c.id, c.title, c.deadline, c.company_id from challenges c
        where c.id = a.challenge_id and c.status = 'published' and c.deadline > ${at}::timestamptz
      union all
      select 'skill_offer', so.id, so.skill || ' (' || so.profession || ')', null, so.company_id from skill_offers so where so.id = a.skill_offer_id and so.status = 'open'
      union all
      select 'skill_request', sr.id, sr.skill, null, sr.company_id from skill_requests sr where sr.id = a.skill_request_id and sr.status = 'open'
    ) o on true
    join companies co on co.id = o.company_id and co.suspended_at is null
    where a.status = 'digest' and a.digested_at is null and a.declined_at is null
    order by u.id, a.score desc, o.object_id`);
  const byUser = new Map<string, DigestRow[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
  for (const [userId, items] of byUser) {
    await db.transaction(async (tx) => {
      const subject = `${countOf(items.length, "nouvelle opportunité", "nouvelles opportunités")} pour votre entreprise`;
      const { html, text, unsubscribeUrl } = renderEmail({
        title: subject,
        paragraphs: [
          `Bonjour ${items[0].first_name},`,
          "Voici les opportunités publiées depuis hier qui correspondent à votre entreprise :",
          ...items.map(line),
        ],
        action: { label: "Voir mes opportunités", url: "/opportunites/pour-vous" },
        unsubscribeUrl: `/alertes/desabonnement?jeton=${makeToken("unsubscribe", userId)}`,
      });
      await queueEmail(tx, { to: items[0].email, toUserId: userId, template: "alert.digest", subject, text, html, unsubscribeUrl });
      await tx.execute(sql`update need_alerts set digested_at = ${at}::timestamptz where id = any(${sql.param(items.map((i) => i.alert_id))}::uuid[])`);
    });
  }
  return byUser.size;
}
