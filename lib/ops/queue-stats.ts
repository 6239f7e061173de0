/**
 * What the job queue holds, read from graphile-worker's tables (every worker process shares them, so
 * any app process can report the whole queue): jobs per task and state, the oldest ready job's wait,
 * and the worker processes alive (their liveness sessions, lib/outbox/worker.ts).
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { LIVENESS_APP_NAME_PREFIX } from "@/lib/outbox/worker";

/** Exclusive states: failed (attempts used up) › running (locked) › ready (due) › retrying (waiting after an error) › scheduled. */
export const JOB_STATES = ["ready", "running", "retrying", "scheduled", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface QueueStats {
  byTask: { task: string; state: JobState; count: number }[];
  totals: Record<JobState, number>;
  /** Seconds the oldest ready job has waited past its run_at (0 when none): the backlog's age. */
  oldestReadySeconds: number;
  /** Worker pools alive (one per worker process, plus the launcher's in-process worker). */
  workers: number;
}

export async function queueStats(db: Db): Promise<QueueStats> {
  const { rows } = await db.execute<{ task: string; state: JobState; count: string; oldest: string | null }>(sql`
    select t.identifier as task, s.state, count(*) as count,
           extract(epoch from max(now() - j.run_at) filter (where s.state = 'ready')) as oldest
    from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    cross join lateral (select case
      when j.attempts >= j.max_attempts then 'failed'
      when j.locked_by is not null then 'running'
      when j.run_at <= now() then 'ready'
      when j.last_error is not null then 'retrying'
      else 'scheduled' end as state) s
    group by t.identifier, s.state`);
  const {
    rows: [alive],
  } = await db.execute<{ n: string }>(sql`
    select count(*) as n from pg_stat_activity where application_name like ${`${LIVENESS_APP_NAME_PREFIX}pool-%`}`);
  const totals = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  let oldestReadySeconds = 0;
  const byTask = rows.map((r) => {
    totals[r.state] += Number(r.count);
    if (r.oldest) oldestReadySeconds = Math.max(oldestReadySeconds, Number(r.oldest));
    return { task: r.task, state: r.state, count: Number(r.count) };
  });
  return { byTask, totals, oldestReadySeconds: Math.round(oldestReadySeconds), workers: Number(alive.n) };
}

/**
 * E-mails of the outbox table not sent (queued, failed), and how long the oldest queued one has waited.
 * Sent ones are not counted: they grow without bound and say nothing about health.
 */
export async function emailStats(db: Db): Promise<{ byStatus: Record<"queued" | "failed", number>; oldestQueuedSeconds: number }> {
  const { rows } = await db.execute<{ status: "queued" | "failed"; count: string; oldest: string | null }>(sql`
    select status, count(*) as count,
           extract(epoch from now() - min(created_at) filter (where status = 'queued')) as oldest
    from emails where status in ('queued', 'failed') group by status`);
  const byStatus = { queued: 0, failed: 0 };
  let oldestQueuedSeconds = 0;
  for (const r of rows) {
    byStatus[r.status] = Number(r.count);
    if (r.oldest) oldestQueuedSeconds = Math.round(Number(r.oldest));
  }
  return { byStatus, oldestQueuedSeconds };
}
