/** Issue 16 point 2: the buyer is told of a submitted answer, the supplier of its shortlisting — queued on the same transaction, to the right company only. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { answers, emails } from "@/db/schema";
import { shortlistAnswer } from "@/lib/answers/awards";
import { notifyAnswerSubmitted } from "@/lib/answers/notifications";
import { saveAnswer, withdrawAnswer } from "@/lib/answers/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, closeNeed, publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

let previousSmtp: string | undefined;
beforeAll(() => {
  previousSmtp = process.env.SMTP_URL;
  delete process.env.SMTP_URL;
});
afterAll(() => {
  if (previousSmtp !== undefined) process.env.SMTP_URL = previousSmtp;
});
beforeEach(resetDatabase);

const mailsOf = async (template: string) => db().select().from(emails).where(eq(emails.template, template));
const jobsFor = async (emailIds: string[]) => {
  // queueEmail keys each send job by its e-mail row: "email:<id>".
  const { rows } = await db().execute<{ key: string }>(sql`select key from graphile_worker.jobs where task_identifier = 'send_email'`);
  return rows.filter((r) => emailIds.some((id) => r.key === `email:${id}`));
};

describe("answer notifications", () => {
  it("tells the need's author (a buyer member) once when an answer is submitted, with its send job, and no one else", async () => {
    const buyer = await companyWithTeam(db());
    const supplier = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.member, buyer.companyId, await staffActor(db()));

    const { answer } = await saveAnswer(db(), supplier.member, need.id, answerInput());
    const sent = await mailsOf("answer.submitted");
    expect(sent.map((m) => m.toUserId)).toEqual([buyer.member.userId]);
    expect(sent[0].subject).toContain(need.title);
    expect(sent[0].textBody).toContain(supplier.admin.memberships[0].companyName);
    expect(sent[0].textBody).not.toContain("12 500");
    expect(await jobsFor(sent.map((m) => m.id))).toHaveLength(1);

    // An edit of the delivered answer is not news; a competitor's answer is a second e-mail to the buyer only.
    await saveAnswer(db(), supplier.member, need.id, answerInput({ answerId: answer.id, priceEur: "11 000" }));
    expect(await mailsOf("answer.submitted")).toHaveLength(1);
    await saveAnswer(db(), other.admin, need.id, answerInput());
    const all = await mailsOf("answer.submitted");
    expect(all).toHaveLength(2);
    const told = new Set(all.map((m) => m.toUserId));
    expect(told).toEqual(new Set([buyer.member.userId]));

    // Withdrawn then submitted again: it reaches the buyer again.
    await withdrawAnswer(db(), supplier.admin, answer.id);
    await saveAnswer(db(), supplier.admin, need.id, answerInput());
    expect(await mailsOf("answer.submitted")).toHaveLength(3);
  });

  it("falls back to the buyer's admins when the people named on the need are no longer members", async () => {
    const buyer = await companyWithTeam(db());
    const supplier = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.member, buyer.companyId, await staffActor(db()));
    await db().execute(sql`delete from memberships where user_id = ${buyer.member.userId}`);
    await saveAnswer(db(), supplier.admin, need.id, answerInput());
    expect((await mailsOf("answer.submitted")).map((m) => m.toUserId)).toEqual([buyer.admin.userId]);
  });

  it("queues nothing when the transaction that submits the answer rolls back", async () => {
    const buyer = await companyWithTeam(db());
    const supplier = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));
    const countJobs = async () => (await db().execute(sql`select 1 from graphile_worker.jobs where task_identifier = 'send_email'`)).rows.length;
    const jobsBefore = await countJobs();
    const failed = await db()
      .transaction(async (tx) => {
        const count = await notifyAnswerSubmitted(tx, { id: crypto.randomUUID(), needId: need.id, companyId: supplier.companyId });
        expect(count).toBe(1);
        // Inside the transaction the e-mail and its job exist…
        const inside = await tx.select().from(emails).where(eq(emails.template, "answer.submitted"));
        expect(inside).toHaveLength(1);
        const { rows } = await tx.execute<{ key: string }>(sql`select key from graphile_worker.jobs where task_identifier = 'send_email'`);
        expect(rows.map((r) => r.key)).toContain(`email:${inside[0].id}`);
        throw new Error("rollback");
      })
      .catch((e: Error) => e.message);
    expect(failed).toBe("rollback");
    // …and the rollback takes both away.
    expect(await mailsOf("answer.submitted")).toHaveLength(0);
    expect(await countJobs()).toBe(jobsBefore);
  });

  it("tells the supplier's answer author and admins when the buyer shortlists the answer, not the buyer nor the other supplier", async () => {
    const buyer = await companyWithTeam(db());
    const supplier = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));
    const { answer } = await saveAnswer(db(), supplier.member, need.id, answerInput());
    await saveAnswer(db(), other.member, need.id, answerInput());
    await closeNeed(db(), need.id);

    await shortlistAnswer(db(), buyer.member, answer.id, true);
    const sent = await mailsOf("answer.shortlisted");
    expect(new Set(sent.map((m) => m.toUserId))).toEqual(new Set([supplier.member.userId, supplier.admin.userId]));
    expect(sent[0].subject).toContain(need.title);
    expect(sent[0].textBody).toContain(`/reponses/${answer.id}`);
    expect(await jobsFor(sent.map((m) => m.id))).toHaveLength(2);

    // Taking it off the shortlist sends nothing more.
    await shortlistAnswer(db(), buyer.member, answer.id, false);
    expect(await mailsOf("answer.shortlisted")).toHaveLength(2);
    const [row] = await db().select().from(answers).where(eq(answers.id, answer.id));
    expect(row.status).toBe("submitted");
  });
});
