/**
 * SMTP down for the whole test, then back: no e-mail is lost. Messages that failed are retried once the
 * server answers; those graphile gave up on (EMAIL_MAX_ATTEMPTS) are resent by staff from /cci/emails,
 * which re-queues them through the durable queue with one audit row. Real SMTP over TCP both ways: a
 * port nobody listens on, then a small SMTP server.
 */
import { afterEach, beforeEach, describe, expect, it, inject } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, emails } from "@/db/schema";
import { EMAIL_MAX_ATTEMPTS, queueEmails } from "@/lib/mail/queue-email";
import { resendFailedEmails } from "@/lib/mail/resend";
import { renderEmail } from "@/lib/mail/render";
import { runQueuedJobsOnce } from "@/lib/outbox/worker";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { closedPort, startSmtpSink, type SmtpSink } from "./faults/smtp-sink";

const url = inject("databaseUrl");
let sink: SmtpSink | null = null;

beforeEach(resetDatabase);
afterEach(async () => {
  delete process.env.SMTP_URL;
  await sink?.close();
  sink = null;
});

const subjects = Array.from({ length: 6 }, (_, i) => `Alerte besoin numero ${i + 1}`);
const queueAll = () =>
  db().transaction((tx) =>
    queueEmails(
      tx,
      subjects.map((subject) => ({
        to: `fournisseur${subject.slice(-1)}@exemple.fr`,
        template: "test.faults",
        subject,
        ...renderEmail({ title: subject, paragraphs: ["Bonjour,"] }),
      })),
    ),
  );
const statuses = async () => (await db().select({ status: emails.status }).from(emails)).map((r) => r.status).sort();
/** graphile's backoff, skipped: the retries are due now (as if the wait had passed). */
const makeRetriesDue = () => db().execute(sql`update graphile_worker._private_jobs set run_at = now() where task_id is not null`);
const subjectsReceived = () => sink!.messages.map((m) => /^Subject: (.*)$/m.exec(m)?.[1]).sort();

describe("SMTP outage", () => {
  it("loses no e-mail: failed while the server is down, all sent once it is back", async () => {
    await queueAll();
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    await runQueuedJobsOnce(url);
    expect(await statuses()).toEqual(Array(6).fill("failed"));
    const [row] = await db().select().from(emails).limit(1);
    expect(row.lastError).toMatch(/ECONNREFUSED/);

    sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    await makeRetriesDue();
    await runQueuedJobsOnce(url);
    expect(await statuses()).toEqual(Array(6).fill("sent"));
    expect(subjectsReceived()).toEqual([...subjects].sort());
    expect(sink.messages).toHaveLength(6);
    // Nothing left in the queue.
    expect(Number((await db().execute<{ n: string }>(sql`select count(*) as n from graphile_worker.jobs`)).rows[0].n)).toBe(0);
  });

  it("resends the e-mails graphile gave up on, when staff ask for it, with one audit row", async () => {
    const staff = await staffActor(db());
    const ids = await queueAll();
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    await runQueuedJobsOnce(url);
    // As after a long outage: every attempt used, graphile keeps the jobs but will not run them again.
    await db().execute(sql`update graphile_worker._private_jobs set attempts = ${EMAIL_MAX_ATTEMPTS}, run_at = now()`);
    sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    await runQueuedJobsOnce(url);
    expect(sink.messages).toHaveLength(0);
    expect(await statuses()).toEqual(Array(6).fill("failed"));

    const buyer = await companyWithTeam(db());
    await expect(resendFailedEmails(db(), buyer.admin, { allFailed: true })).rejects.toThrow();
    expect(await resendFailedEmails(db(), staff, { emailId: ids[0] })).toBe(1);
    expect(await resendFailedEmails(db(), staff, { allFailed: true })).toBe(5);
    await expect(resendFailedEmails(db(), staff, { emailId: ids[0] })).rejects.toThrow("n'est pas en échec");
    expect((await db().select({ status: emails.status }).from(emails).where(eq(emails.id, ids[0])))[0].status).toBe("queued");

    await runQueuedJobsOnce(url);
    expect(await statuses()).toEqual(Array(6).fill("sent"));
    expect(sink.messages).toHaveLength(6);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, "email.resend"));
    expect(audit.map((a) => [a.objectId, (a.after as { count: number }).count]).sort()).toEqual(
      [
        [ids[0], 1],
        ["failed", 5],
      ].sort(),
    );
  });
});
