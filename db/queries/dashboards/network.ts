/**
 * The CCI's network and operations figures: members, signatories and verified companies over time,
 * moderation backlog and delays, e-mail health. Small tables: computed at read time.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { monthStart, periodBounds, type Period } from "../period";
import { num, type Num } from "./rows";

export interface NetworkMonth {
  month: string;
  members: number;
  signatories: number;
  verified: number;
}

/** Counts at the end of each month: companies with an account, having signed the charter, verified (and still so). */
export async function networkOverTime(db: DbOrTx, period: Period): Promise<NetworkMonth[]> {
  const { rows } = await db.execute<{ month: string; members: Num; signatories: Num; verified: Num }>(sql`
    with firsts as materialized (
      -- Each company counted from the Paris month of its first membership / signature / verification:
      -- one pass per table, then a running total per month (a company × month product took 20 s at 150,000 companies).
      select 'members' as kind, date_trunc('month', min(created_at) at time zone 'Europe/Paris') as b from memberships group by company_id
      union all select 'signatories', date_trunc('month', min(signed_at) at time zone 'Europe/Paris') from charter_signatures group by company_id
      union all select 'verified', date_trunc('month', coalesce(verified_at, updated_at) at time zone 'Europe/Paris') from companies
        where verification_status = 'verified'
    ), buckets as (select kind, b, count(*) as n from firsts group by kind, b),
    m as (select gs as month from generate_series(${monthStart(period.from)}::timestamp, ${monthStart(period.to)}::timestamp, interval '1 month') gs)
    select to_char(m.month, 'YYYY-MM') as month, coalesce(sum(n) filter (where kind = 'members'), 0) as members,
      coalesce(sum(n) filter (where kind = 'signatories'), 0) as signatories, coalesce(sum(n) filter (where kind = 'verified'), 0) as verified
    from m left join buckets on buckets.b <= m.month group by m.month order by m.month`);
  return rows.map((r) => ({ month: r.month, members: num(r.members), signatories: num(r.signatories), verified: num(r.verified) }));
}

/** Companies that had signed the charter before an instant (the goal's baseline). */
export async function signatoriesAt(db: DbOrTx, at: Date): Promise<number> {
  const { rows } = await db.execute<{ n: Num }>(sql`
    select count(distinct company_id) as n from charter_signatures where signed_at < ${at.toISOString()}::timestamptz`);
  return num(rows[0]?.n ?? 0);
}

export interface ModerationKind {
  kind: "company" | "need" | "offer";
  decided: number;
  avgHours: number | null;
  medianHours: number | null;
  waiting: number;
  oldestWaitingSince: Date | null;
}

const DECISIONS = [
  "company.verify",
  "company.request_changes",
  "company.reject",
  "need.approve",
  "need.request_changes",
  "need.reject",
  "offer.approve",
  "offer.request_changes",
  "offer.reject",
];
const SUBMISSIONS = ["account.sign_up", "need.submit", "offer.submit"];

/** Decisions taken in the period (delay from the latest submission before each) and what waits now. */
export async function moderationFigures(db: DbOrTx, period: Period): Promise<ModerationKind[]> {
  const { start, end } = periodBounds(period);
  const { rows } = await db.execute<{ kind: "company" | "need" | "offer"; decided: Num; avg_hours: Num; median_hours: Num }>(sql`
    select d.object_type as kind, count(*) as decided, avg(extract(epoch from d.at - s.at) / 3600) as avg_hours,
      percentile_cont(0.5) within group (order by extract(epoch from d.at - s.at) / 3600) as median_hours
    from audit_log d
    cross join lateral (
      select max(x.at) as at from audit_log x
      where x.object_type = d.object_type and x.object_id = d.object_id and x.at <= d.at
        and x.action in (${sql.join(
          SUBMISSIONS.map((a) => sql`${a}`),
          sql`, `,
        )})
    ) s
    where d.action in (${sql.join(
      DECISIONS.map((a) => sql`${a}`),
      sql`, `,
    )}) and s.at is not null
      and d.at >= ${start} and d.at < ${end}
    group by d.object_type`);
  const { rows: waiting } = await db.execute<{ kind: string; n: Num; oldest: string | null }>(sql`
    select 'company' as kind, count(*) as n, min(c.created_at) as oldest from companies c
      where c.verification_status = 'pending' and c.suspended_at is null and exists (select 1 from charter_signatures cs where cs.company_id = c.id)
    union all select 'need', count(*), min(submitted_at) from needs where status = 'submitted'
    union all select 'offer', count(*), min(submitted_at) from offers where status = 'submitted'`);
  return (["company", "need", "offer"] as const).map((kind) => {
    const d = rows.find((r) => r.kind === kind);
    const w = waiting.find((r) => r.kind === kind);
    return {
      kind,
      decided: num(d?.decided ?? 0),
      avgHours: d?.avg_hours != null ? Number(d.avg_hours) : null,
      medianHours: d?.median_hours != null ? Number(d.median_hours) : null,
      waiting: num(w?.n ?? 0),
      oldestWaitingSince: w?.oldest ? new Date(w.oldest) : null,
    };
  });
}

export interface EmailHealth {
  total: number;
  sent: number;
  failed: number;
  queued: number;
  suppressed: number;
  retried: number;
  optedOut: number;
  optedOutInPeriod: number;
}

/** E-mails created in the period by outcome; retried = more than one sending attempt; opted out = unsubscribed users. */
export async function emailHealth(db: DbOrTx, period: Period): Promise<EmailHealth> {
  const { start, end } = periodBounds(period);
  const { rows } = await db.execute<Record<keyof EmailHealth, Num>>(sql`
    select count(*) as total, count(*) filter (where status = 'sent') as sent, count(*) filter (where status = 'failed') as failed,
      count(*) filter (where status = 'queued') as queued, count(*) filter (where status = 'suppressed') as suppressed,
      count(*) filter (where attempts > 1) as retried,
      (select count(*) from notification_preferences where unsubscribed_at is not null) as "optedOut",
      (select count(*) from notification_preferences where unsubscribed_at >= ${start}
        and unsubscribed_at < ${end}) as "optedOutInPeriod"
    from emails where created_at >= ${start} and created_at < ${end}`);
  const r = rows[0];
  return {
    total: num(r.total),
    sent: num(r.sent),
    failed: num(r.failed),
    queued: num(r.queued),
    suppressed: num(r.suppressed),
    retried: num(r.retried),
    optedOut: num(r.optedOut),
    optedOutInPeriod: num(r.optedOutInPeriod),
  };
}
