/**
 * When a need is published, the matching suppliers above the threshold are told, without fatigue:
 * each user's preference (immediately / daily digest / never), their own minimum score, and a cap per
 * day. One INSERT … SELECT decides every recipient's fate in SQL; the immediate e-mails are queued in
 * bulk, all in the caller's single transaction.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { formatDate } from "../format";
import { queueEmails } from "../mail/queue-email";
import { absoluteUrl, renderEmail } from "../mail/render";
import { makeToken } from "./tokens";

export interface AlertCandidate { companyId: string; score: number; reasons: string[] }

export interface FanOutResult { queued: number; digest: number; capped: number; skipped: number }

type Inserted = { id: string; user_id: string; company_id: string; status: "queued" | "digest" | "capped" | "skipped"; email: string; first_name: string };

export async function fanOutNeedAlerts(
  tx: Tx, need: { id: string; title: string; companyName: string; communeName: string; responseDeadline: Date },
  candidates: AlertCandidate[], threshold: number, now = new Date(),
): Promise<FanOutResult> {
  const eligible = candidates.filter((c) => c.score >= threshold);
  if (eligible.length === 0) return { queued: 0, digest: 0, capped: 0, skipped: 0 };
  const { rows } = await tx.execute<Inserted>(sql`
    with candidate as (
      select * from unnest(${sql.param(eligible.map((c) => c.companyId))}::uuid[], ${sql.param(eligible.map((c) => c.score))}::real[]) as t(company_id, score)
    ), recipient as (
      select c.company_id, c.score, u.id as user_id, u.email, u.first_name,
        coalesce(p.mode, 'immediate') as mode, coalesce(p.daily_cap, 5) as daily_cap, p.min_score,
        (select count(*) from need_alerts a where a.user_id = u.id and a.status in ('sent', 'digest')
           and a.created_at >= date_trunc('day', ${now.toISOString()}::timestamptz at time zone 'Europe/Paris') at time zone 'Europe/Paris') as today
      from candidate c
      join companies co on co.id = c.company_id and co.verification_status = 'verified' and co.suspended_at is null
      join memberships m on m.company_id = c.company_id
      join users u on u.id = m.user_id
      left join notification_preferences p on p.user_id = u.id
      where c.score >= coalesce(p.min_score, 0)
    ), inserted as (
      insert into need_alerts (need_id, company_id, user_id, score, status, created_at, sent_at)
      select ${need.id}::uuid, r.company_id, r.user_id, r.score,
        (case when r.mode = 'off' then 'skipped' when r.today >= r.daily_cap then 'capped' when r.mode = 'daily' then 'digest' else 'sent' end)::alert_status,
        ${now.toISOString()}::timestamptz, case when r.mode = 'immediate' and r.today < r.daily_cap then ${now.toISOString()}::timestamptz end
      from recipient r
      on conflict (need_id, user_id) do nothing
      returning id, user_id, company_id, status
    )
    select i.id, i.user_id, i.company_id, (case when i.status = 'sent' then 'queued' else i.status::text end) as status, r.email, r.first_name
    from inserted i join recipient r on r.user_id = i.user_id and r.company_id = i.company_id`);

  const reasonsOf = new Map(eligible.map((c) => [c.companyId, c.reasons]));
  const immediate = rows.filter((r) => r.status === "queued");
  await queueEmails(tx, immediate.map((r) => alertEmail(need, r, reasonsOf.get(r.company_id) ?? [])));
  const count = (s: Inserted["status"]) => rows.filter((r) => r.status === s).length;
  return { queued: immediate.length, digest: count("digest"), capped: count("capped"), skipped: count("skipped") };
}

function alertEmail(need: Parameters<typeof fanOutNeedAlerts>[1], r: Inserted, reasons: string[]) {
  const subject = `Nouvelle opportunité : ${need.title}`;
  const { html, text, unsubscribeUrl } = renderEmail({
    preheader: `${need.companyName} cherche un fournisseur à ${need.communeName}`,
    title: subject,
    paragraphs: [
      `Bonjour ${r.first_name},`,
      `${need.companyName} a publié un besoin qui correspond à votre entreprise : « ${need.title} », à ${need.communeName}. Réponses jusqu'au ${formatDate(need.responseDeadline)}.`,
      ...(reasons.length ? [`Pourquoi vous : ${reasons.join(" ; ")}.`] : []),
      `Pas intéressé ? Dites-le en un clic, sans vous connecter : ${absoluteUrl(`/alertes/pas-interesse?jeton=${makeToken("decline", r.id)}`)}`,
    ],
    action: { label: "Voir le besoin", url: `/besoins/${need.id}` },
    footerNote: "Vous recevez cet e-mail parce que votre activité correspond à ce besoin. Réglez la fréquence dans « Préférences de notification ».",
    unsubscribeUrl: `/alertes/desabonnement?jeton=${makeToken("unsubscribe", r.user_id)}`,
  });
  return { to: r.email, toUserId: r.user_id, template: "alert.opportunity", subject, text, html, unsubscribeUrl };
}
