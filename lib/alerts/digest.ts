/**
 * The daily digest for users who chose it: one e-mail listing the day's opportunities still open,
 * each with its "Pas intéressé" link. Runs from the worker's cron; each user's digest is its own transaction.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countOf, formatDate } from "../format";
import { queueEmail } from "../mail/queue-email";
import { absoluteUrl, renderEmail } from "../mail/render";
import { makeToken } from "./tokens";

type DigestRow = { alert_id: string; user_id: string; email: string; first_name: string; need_id: string; title: string; deadline: Date; company_name: string };

export async function sendDailyDigests(db: Db, now = new Date()): Promise<number> {
  const { rows } = await db.execute<DigestRow>(sql`
    select a.id as alert_id, u.id as user_id, u.email, u.first_name, n.id as need_id, n.title, n.response_deadline as deadline,
      coalesce(co.trade_name, co.legal_name) as company_name
    from need_alerts a join users u on u.id = a.user_id join needs n on n.id = a.need_id join companies co on co.id = n.company_id
    where a.status = 'digest' and a.digested_at is null and a.declined_at is null
      and n.status = 'published' and n.response_deadline > ${now.toISOString()}::timestamptz
    order by u.id, a.score desc, n.id`);
  const byUser = new Map<string, DigestRow[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
  for (const [userId, items] of byUser) {
    await db.transaction(async (tx) => {
      const subject = `${countOf(items.length, "nouvelle opportunité", "nouvelles opportunités")} pour votre entreprise`;
      const { html, text, unsubscribeUrl } = renderEmail({
        title: subject,
        paragraphs: [
          `Bonjour ${items[0].first_name},`,
          "Voici les besoins publiés depuis hier qui correspondent à votre entreprise :",
          ...items.map((i) => `• ${i.title} — ${i.company_name}, réponses jusqu'au ${formatDate(i.deadline)} : ${absoluteUrl(`/besoins/${i.need_id}`)} (pas intéressé : ${absoluteUrl(`/alertes/pas-interesse?jeton=${makeToken("decline", i.alert_id)}`)})`),
        ],
        action: { label: "Voir mes opportunités", url: "/opportunites/pour-vous" },
        unsubscribeUrl: `/alertes/desabonnement?jeton=${makeToken("unsubscribe", userId)}`,
      });
      await queueEmail(tx, { to: items[0].email, toUserId: userId, template: "alert.digest", subject, text, html, unsubscribeUrl });
      await tx.execute(sql`update need_alerts set digested_at = ${now.toISOString()}::timestamptz where id = any(${sql.param(items.map((i) => i.alert_id))}::uuid[])`);
    });
  }
  return byUser.size;
}
