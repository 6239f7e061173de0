/**
 * Staff resend of e-mails in failure: after a long SMTP outage graphile gives up after EMAIL_MAX_ATTEMPTS
 * and the message would stay failed. Resending puts the row back to "queued" and its `send_email` job
 * back in the durable queue (same job key: graphile resets its attempts), with one audit row, in one
 * transaction. A message whose job is running right now is left to that run.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emails } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { enqueueJobs } from "../outbox/enqueue";
import { EMAIL_MAX_ATTEMPTS } from "./queue-email";

/** One failed e-mail, or every failed one (after an outage). Returns how many were queued again. */
export type ResendTarget = { emailId: string } | { allFailed: true };

/** How many failed e-mails one "resend all" takes (the rest stay listed for the next click). */
export const RESEND_BATCH = 5000;

export async function resendFailedEmails(db: Db, actor: Actor | null, target: ResendTarget): Promise<number> {
  authorize(actor, "staff:access");
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: emails.id, status: emails.status })
      .from(emails)
      .where("emailId" in target ? eq(emails.id, target.emailId) : eq(emails.status, "failed"))
      .limit(RESEND_BATCH)
      .for("update");
    if ("emailId" in target) {
      if (rows.length === 0) throw new NotFoundError("E-mail introuvable.");
      if (rows[0].status !== "failed") throw new ConflictError("Cet e-mail n'est pas en échec : il n'y a rien à renvoyer.");
    }
    const ids = rows.filter((r) => r.status === "failed").map((r) => r.id);
    if (ids.length === 0) return 0;

    // A job being run holds its lock: a second job for the same message could send it twice.
    const running = new Set(
      (
        await tx.execute<{ key: string }>(sql`
      select key from graphile_worker.jobs
      where key = any(${sql.param(ids.map((id) => `email:${id}`))}::text[]) and locked_at is not null`)
      ).rows.map((r) => r.key),
    );
    const queued = ids.filter((id) => !running.has(`email:${id}`));
    if ("emailId" in target && queued.length === 0) throw new ConflictError("Cet e-mail est en cours d'envoi : patientez quelques instants.");
    if (queued.length === 0) return 0;

    await tx
      .update(emails)
      .set({ status: "queued" })
      .where(and(inArray(emails.id, queued), eq(emails.status, "failed")));
    await enqueueJobs(
      tx,
      "send_email",
      queued.map((id) => ({ payload: { emailId: id }, jobKey: `email:${id}`, maxAttempts: EMAIL_MAX_ATTEMPTS })),
    );
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "email.resend",
      objectType: "email",
      objectId: "emailId" in target ? target.emailId : "failed",
      after: { count: queued.length, emailIds: queued.slice(0, 100) },
    });
    return queued.length;
  });
}
