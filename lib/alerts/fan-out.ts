/**
 * When an opportunity is published — a need, an innovation challenge, an expert offer or a skill request —
 * the companies it fits are told, without fatigue: each user's preference (immediately / daily digest /
 * never, and whether challenges and skills posts interest them), their own minimum score, and one cap per
 * day across every kind. One INSERT … SELECT decides every recipient's fate in SQL; the immediate e-mails
 * are queued in bulk, all in the caller's single transaction. Each kind says only what its e-mail reads.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { formatDate } from "../format";
import { queueEmails } from "../mail/queue-email";
import { absoluteUrl, renderEmail } from "../mail/render";
import { makeToken } from "./tokens";

/** Alerts reach every company above the threshold, not only the top of a ranking. */
export const ALERT_CANDIDATES = 20_000;

export interface AlertCandidate {
  companyId: string;
  score: number;
  reasons: string[];
}

export interface FanOutResult {
  queued: number;
  digest: number;
  capped: number;
  skipped: number;
}

export type AlertKind = "need" | "challenge" | "skill_offer" | "skill_request";

/** The alerts' column naming the opportunity, and the preference that lets a kind through (needs: the mode alone). */
const KIND_SQL: Record<AlertKind, { column: string; wanted: string }> = {
  need: { column: "need_id", wanted: "true" },
  challenge: { column: "challenge_id", wanted: "coalesce(p.challenge_alerts, true)" },
  skill_offer: { column: "skill_offer_id", wanted: "coalesce(p.skill_alerts, true)" },
  skill_request: { column: "skill_request_id", wanted: "coalesce(p.skill_alerts, true)" },
};

/** What one company's people read about the opportunity (the greeting, reasons and links are common). */
export interface AlertWording {
  subject: string;
  preheader: string;
  lead: string;
  action: { label: string; url: string };
  footerNote: string;
}

export interface AlertOpportunity<C extends AlertCandidate = AlertCandidate> {
  kind: AlertKind;
  id: string;
  /** The e-mail's template name (the e-mails page and tests read it). */
  template: string;
  wording: (candidate: C) => AlertWording;
}

type Inserted = { id: string; user_id: string; company_id: string; status: "queued" | "digest" | "capped" | "skipped"; email: string; first_name: string };

/** Alerts the candidates given (the caller chose who fits); once per opportunity and user, whatever retries. */
export async function fanOutAlerts<C extends AlertCandidate>(
  tx: Tx,
  opportunity: AlertOpportunity<C>,
  candidates: C[],
  now = new Date(),
): Promise<FanOutResult> {
  if (candidates.length === 0) return { queued: 0, digest: 0, capped: 0, skipped: 0 };
  const { column, wanted } = KIND_SQL[opportunity.kind];
  const { rows } = await tx.execute<Inserted>(sql`
    with candidate as (
      select * from unnest(${sql.param(candidates.map((c) => c.companyId))}::uuid[], ${sql.param(candidates.map((c) => c.score))}::real[]) as t(company_id, score)
    ), recipient as (
      select c.company_id, c.score, u.id as user_id, u.email, u.first_name,
        coalesce(p.mode, 'immediate') as mode, coalesce(p.daily_cap, 5) as daily_cap, p.min_score, ${sql.raw(wanted)} as wanted,
        (select count(*) from need_alerts a where a.user_id = u.id and a.status in ('sent', 'digest')
           and a.created_at >= date_trunc('day', ${now.toISOString()}::timestamptz at time zone 'Europe/Paris') at time zone 'Europe/Paris') as today
      from candidate c
      join companies co on co.id = c.company_id and co.verification_status = 'verified' and co.suspended_at is null
      join memberships m on m.company_id = c.company_id
      join users u on u.id = m.user_id
      left join notification_preferences p on p.user_id = u.id
      where c.score >= coalesce(p.min_score, 0)
    ), inserted as (
      insert into need_alerts (${sql.raw(column)}, company_id, user_id, score, status, created_at, sent_at)
      select ${opportunity.id}::uuid, r.company_id, r.user_id, r.score,
        (case when r.mode = 'off' or not r.wanted then 'skipped' when r.today >= r.daily_cap then 'capped' when r.mode = 'daily' then 'digest' else 'sent' end)::alert_status,
        ${now.toISOString()}::timestamptz, case when r.mode = 'immediate' and r.wanted and r.today < r.daily_cap then ${now.toISOString()}::timestamptz end
      from recipient r
      on conflict (${sql.raw(column)}, user_id) do nothing
      returning id, user_id, company_id, status
    )
    select i.id, i.user_id, i.company_id, (case when i.status = 'sent' then 'queued' else i.status::text end) as status, r.email, r.first_name
    from inserted i join recipient r on r.user_id = i.user_id and r.company_id = i.company_id`);

  const byCompany = new Map(candidates.map((c) => [c.companyId, c]));
  const immediate = rows.filter((r) => r.status === "queued");
  await queueEmails(
    tx,
    immediate.flatMap((r) => {
      const candidate = byCompany.get(r.company_id);
      return candidate ? [alertEmail(opportunity, candidate, r)] : [];
    }),
  );
  const count = (s: Inserted["status"]) => rows.filter((r) => r.status === s).length;
  return { queued: immediate.length, digest: count("digest"), capped: count("capped"), skipped: count("skipped") };
}

function alertEmail<C extends AlertCandidate>(opportunity: AlertOpportunity<C>, candidate: C, r: Inserted) {
  const w = opportunity.wording(candidate);
  const { html, text, unsubscribeUrl } = renderEmail({
    preheader: w.preheader,
    title: w.subject,
    paragraphs: [
      `Bonjour ${r.first_name},`,
      w.lead,
      ...(candidate.reasons.length ? [`Pourquoi vous : ${candidate.reasons.join(" ; ")}.`] : []),
      // « Pas intéressé » tells a buyer why a supplier passes; the other kinds have no one to tell.
      ...(opportunity.kind === "need"
        ? [`Pas intéressé ? Dites-le en un clic, sans vous connecter : ${absoluteUrl(`/alertes/pas-interesse?jeton=${makeToken("decline", r.id)}`)}`]
        : []),
    ],
    action: w.action,
    footerNote: w.footerNote,
    unsubscribeUrl: `/alertes/desabonnement?jeton=${makeToken("unsubscribe", r.user_id)}`,
  });
  return { to: r.email, toUserId: r.user_id, template: opportunity.template, subject: w.subject, text, html, unsubscribeUrl };
}

/** The footer of every opportunity e-mail but the need's: where to change what one receives. */
export const ALERT_SETTINGS_NOTE = "Réglez la fréquence de ces e-mails, ou les types d'opportunités que vous recevez, dans « Préférences de notification ».";

export interface NeedAlertFacts {
  id: string;
  title: string;
  companyName: string;
  communeName: string;
  responseDeadline: Date;
}

/** A published need: the suppliers above the platform's alert threshold. */
export function fanOutNeedAlerts(tx: Tx, need: NeedAlertFacts, candidates: AlertCandidate[], threshold: number, now = new Date()): Promise<FanOutResult> {
  const opportunity: AlertOpportunity = {
    kind: "need",
    id: need.id,
    template: "alert.opportunity",
    wording: () => ({
      subject: `Nouvelle opportunité : ${need.title}`,
      preheader: `${need.companyName} cherche un fournisseur à ${need.communeName}`,
      lead: `${need.companyName} a publié un besoin qui correspond à votre entreprise : « ${need.title} », à ${need.communeName}. Réponses jusqu'au ${formatDate(need.responseDeadline)}.`,
      action: { label: "Voir le besoin", url: `/besoins/${need.id}` },
      footerNote: "Vous recevez cet e-mail parce que votre activité correspond à ce besoin. Réglez la fréquence dans « Préférences de notification ».",
    }),
  };
  return fanOutAlerts(
    tx,
    opportunity,
    candidates.filter((c) => c.score >= threshold),
    now,
  );
}
