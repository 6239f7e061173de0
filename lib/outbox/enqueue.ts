/**
 * The durable outbox: jobs are added with graphile-worker's SQL function on the caller's transaction,
 * so a job exists if and only if the change that caused it committed.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { TaskName, TaskPayloads } from "./define-task";

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** One live job per key: enqueueing again replaces it (see jobKeyMode). */
  jobKey?: string;
  /** graphile's default is 25. */
  maxAttempts?: number;
  /** replace: new payload and run_at; preserve_run_at: new payload, old run_at; unsafe_dedupe: keep the old job. */
  jobKeyMode?: "replace" | "preserve_run_at" | "unsafe_dedupe";
}

/** Adds a job in the caller's transaction; returns graphile's job id. */
export async function enqueueJob<N extends TaskName>(tx: DbOrTx, task: N, payload: TaskPayloads[N], opts: EnqueueOptions = {}): Promise<string> {
  const { rows } = await tx.execute<{ id: string }>(sql`
    select id from graphile_worker.add_job(
      identifier => ${task}::text,
      payload => ${JSON.stringify(payload)}::json,
      run_at => ${opts.runAt ? opts.runAt.toISOString() : null}::timestamptz,
      max_attempts => ${opts.maxAttempts ?? null}::int,
      job_key => ${opts.jobKey ?? null}::text,
      job_key_mode => ${opts.jobKeyMode ?? "replace"}::text
    )`);
  return String(rows[0].id);
}

/**
 * Adds many jobs of one task in one statement (graphile's add_jobs), in the caller's transaction:
 * fan-outs of thousands of e-mails stay a few round trips.
 */
export async function enqueueJobs<N extends TaskName>(
  tx: DbOrTx,
  task: N,
  jobs: { payload: TaskPayloads[N]; jobKey?: string; runAt?: Date; maxAttempts?: number }[],
): Promise<void> {
  for (let i = 0; i < jobs.length; i += 2000) {
    const specs = jobs.slice(i, i + 2000).map((j) => ({
      identifier: task,
      payload: j.payload,
      job_key: j.jobKey ?? null,
      run_at: j.runAt?.toISOString() ?? null,
      max_attempts: j.maxAttempts ?? null,
    }));
    await tx.execute(sql`
      select graphile_worker.add_jobs(array(select s from json_populate_recordset(null::graphile_worker.job_spec, ${JSON.stringify(specs)}::json) s))`);
  }
}
