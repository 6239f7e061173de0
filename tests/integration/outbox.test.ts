/** The e-mail outbox end to end: queued with the caller's transaction, sent by the worker, retried, never lost. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, inject } from "vitest";
import { eq, sql } from "drizzle-orm";
import { emails } from "@/db/schema";
import { queueEmail } from "@/lib/mail/queue-email";
import { renderEmail } from "@/lib/mail/render";
import { setMailerForTests, type OutgoingMail } from "@/lib/mail/transport";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { runQueuedJobsOnce } from "@/lib/outbox/worker";
import { db, resetDatabase } from "./db";

const url = inject("databaseUrl");
let mailbox: string;

function message(subject = "Votre besoin est publié") {
  return { to: "lucie@exemple.fr", template: "test.outbox", subject, ...renderEmail({ title: subject, paragraphs: ["Bonjour Lucie,"] }) };
}

async function jobs() {
  const { rows } = await db().execute<{ key: string; attempts: number; last_error: string | null; due_later: boolean }>(
    sql`select key, attempts, last_error, run_at > now() as due_later from graphile_worker.jobs`,
  );
  return rows;
}

const emailRow = async (id: string) => (await db().select().from(emails).where(eq(emails.id, id)))[0];

beforeAll(() => {
  mailbox = mkdtempSync(path.join(tmpdir(), "cc-mailbox-"));
  process.env.MAILBOX_DIR = mailbox;
  delete process.env.SMTP_URL;
});
afterAll(() => rmSync(mailbox, { recursive: true, force: true }));
beforeEach(async () => {
  await resetDatabase();
  // resetDatabase only empties the public schema: jobs left by other files would run here.
  await db().execute(sql`delete from graphile_worker._private_jobs`);
});
afterEach(() => setMailerForTests(null));

describe("e-mail outbox", () => {
  it("writes nothing, neither e-mail nor job, when the caller's transaction rolls back", async () => {
    await expect(
      db().transaction(async (tx) => {
        await queueEmail(tx, message());
        throw new Error("la suite de la transaction échoue");
      }),
    ).rejects.toThrow("la suite");
    expect(await db().select().from(emails)).toEqual([]);
    expect(await jobs()).toEqual([]);
  });

  it("sends a committed e-mail into the file mailbox and marks it sent", async () => {
    const id = await db().transaction((tx) => queueEmail(tx, message("Offre reçue pour « Nettoyage »")));
    expect((await emailRow(id)).status).toBe("queued");
    expect(await jobs()).toMatchObject([{ key: `email:${id}`, attempts: 0 }]);

    await runQueuedJobsOnce(url);

    const files = readdirSync(mailbox).filter((f) => f.endsWith(`-${id}.eml`));
    expect(files).toHaveLength(1);
    const eml = readFileSync(path.join(mailbox, files[0]), "utf8");
    expect(eml).toMatch(/^Subject: /m);
    expect(eml).toContain("To: lucie@exemple.fr");
    // Non-ASCII subjects are MIME-encoded in headers; the decoded title is in the text part.
    expect(eml).toContain("Offre re=C3=A7ue pour =C2=AB Nettoyage =C2=BB");
    const row = await emailRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.messageId).toBeTruthy();
    expect(await jobs()).toEqual([]);
  });

  it("keeps a failed e-mail and its job when SMTP is down, and sends it on the retry", async () => {
    const id = await queueEmail(db(), message("Relance"));
    setMailerForTests(async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:587");
    });
    await runQueuedJobsOnce(url);

    expect(await emailRow(id)).toMatchObject({ status: "failed", attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:587", sentAt: null });
    expect(await jobs()).toMatchObject([{ key: `email:${id}`, attempts: 1, due_later: true }]);
    expect((await jobs())[0].last_error).toContain("ECONNREFUSED");

    const sent: OutgoingMail[] = [];
    setMailerForTests(async (mail) => {
      sent.push(mail);
      return { messageId: "<retry@test>" };
    });
    await db().execute(sql`update graphile_worker._private_jobs set run_at = now() where key = ${`email:${id}`}`);
    await runQueuedJobsOnce(url);

    expect(sent.map((m) => m.id)).toEqual([id]);
    expect(await emailRow(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null, messageId: "<retry@test>" });
    expect(await jobs()).toEqual([]);
  });

  it("does not send an e-mail twice when its job runs again", async () => {
    const id = await queueEmail(db(), message());
    const sent: string[] = [];
    setMailerForTests(async (mail) => {
      sent.push(mail.id);
      return { messageId: "<once@test>" };
    });
    await runQueuedJobsOnce(url);
    await enqueueJob(db(), "send_email", { emailId: id }, { jobKey: `email:${id}` });
    await runQueuedJobsOnce(url);
    expect(sent).toEqual([id]);
    expect((await emailRow(id)).attempts).toBe(1);
  });
});
