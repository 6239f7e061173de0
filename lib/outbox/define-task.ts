/**
 * How a queued task is written: its payload is checked with zod (a job's payload is untyped JSON that
 * may outlive the code that wrote it) and it gets a drizzle handle on the worker's own pool.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import type { JobHelpers, Task } from "graphile-worker";
import type { z } from "../validation/zod";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";

/** A graphile-worker task that remembers its payload type, so `enqueueJob` can check what callers pass. */
export type DefinedTask<P> = Task & { readonly payloadSchema: z.ZodType<P> };
export type PayloadOf<T> = T extends DefinedTask<infer P> ? P : never;

/**
 * The registry of task names and payloads. Each domain registers its tasks next to them, by augmenting
 * this interface (`declare module "…/outbox/define-task" { interface TaskPayloads { close_need: … } }`),
 * so enqueueJob checks names and payloads without the outbox importing any domain (no import cycle);
 * lib/outbox/tasks.ts, the worker's list, must then hold every registered name with its task.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging in each domain
export interface TaskPayloads {}
export type TaskName = keyof TaskPayloads;

export function defineTask<P>(payloadSchema: z.ZodType<P>, handler: (payload: P, helpers: JobHelpers) => Promise<void>): DefinedTask<P> {
  const task: Task = async (payload, helpers) => {
    // A malformed payload will never succeed: fail loudly, graphile keeps the job and its last_error.
    await handler(payloadSchema.parse(payload), helpers);
  };
  return Object.assign(task, { payloadSchema });
}

/**
 * Runs `fn` with a drizzle handle on one client of the worker's pool (released right after), so tasks
 * use the worker's connection string and keep no client while they wait on SMTP or other I/O.
 */
export function withDb<T>(helpers: JobHelpers, fn: (db: Db) => Promise<T>): Promise<T> {
  return helpers.withPgClient((client) => fn(drizzle(client, { schema })));
}
