/** Questions (private reply, published Q&A with a deadline extension) and the award follow-up task, against PostgreSQL. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { emails, followUps, needInvitations, needs, supplierRatings } from "@/db/schema";
import { companyAnswers } from "@/db/queries/answers";
import { questionsOfNeed } from "@/db/queries/questions";
import { questionView } from "@/lib/answers/access";
import { awardNeed } from "@/lib/answers/awards";
import { awardInputSchema, ZFollowUpInput, ZQuestionReply, ZRatingInput } from "@/lib/answers/decision-schema";
import { rateSupplier, recordFollowUp, sendDueFollowUps } from "@/lib/answers/follow-ups";
import { askQuestion, replyToQuestion } from "@/lib/answers/questions";
import { saveAnswer } from "@/lib/answers/service";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { runQueuedJobsOnce } from "@/lib/outbox/worker";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, closeNeed, publishedNeed } from "../factories/answers";
import { inDays } from "../factories/needs";
import { db, resetDatabase } from "./db";

let mailbox: string;
beforeAll(() => {
  mailbox = mkdtempSync(path.join(tmpdir(), "cc-answers-mailbox-"));
  process.env.MAILBOX_DIR = mailbox;
  delete process.env.SMTP_URL;
});
afterAll(() => rmSync(mailbox, { recursive: true, force: true }));
beforeEach(resetDatabase);

const mailsOf = async (template: string) => db().select().from(emails).where(eq(emails.template, template));

describe("questions", () => {
  it("a private reply reaches the asker only; a published one reaches positioned and invited suppliers, anonymised, and can move the deadline", async () => {
    const buyer = await companyWithTeam(db());
    const [asker, positioned, invited, bystander] = [
      await companyWithTeam(db()),
      await companyWithTeam(db()),
      await companyWithTeam(db()),
      await companyWithTeam(db()),
    ];
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));
    await saveAnswer(db(), positioned.member, need.id, answerInput());
    await db().insert(needInvitations).values({ needId: need.id, companyId: invited.companyId });

    const q1 = await askQuestion(db(), asker.member, need.id, "Le site est-il accessible le samedi matin ?");
    const [asked] = await mailsOf("question.asked");
    expect(asked.toUserId).toBe(buyer.admin.userId);
    expect(asked.textBody).toContain(asker.admin.memberships[0].companyName);

    await replyToQuestion(db(), buyer.member, ZQuestionReply.parse({ questionId: q1.id, answer: "Oui, de 8 h à 12 h." }));
    expect((await mailsOf("question.answered")).map((m) => m.toUserId)).toEqual([asker.member.userId]);
    const rows = await questionsOfNeed(db(), need.id);
    expect(questionView("supplier", positioned.companyId, rows[0])).toBeNull();
    expect(questionView("supplier", asker.companyId, rows[0])?.answer).toBe("Oui, de 8 h à 12 h.");

    const q2 = await askQuestion(db(), asker.admin, need.id, "Faut-il évacuer les déchets verts ?");
    const newDay = inDays(35);
    const { newDeadline } = await replyToQuestion(
      db(),
      buyer.admin,
      ZQuestionReply.parse({ questionId: q2.id, answer: "Oui, évacuation en déchetterie agréée comprise.", publish: "on", newDeadline: newDay }),
    );
    const [moved] = await db().select().from(needs).where(eq(needs.id, need.id));
    expect(moved.responseDeadline.getTime()).toBe(newDeadline!.getTime());
    expect(moved.responseDeadline > need.responseDeadline).toBe(true);
    const jobs = await db().execute<{ key: string; run_at: string }>(sql`select key, run_at from graphile_worker.jobs where task_identifier = 'close_need'`);
    expect(jobs.rows).toHaveLength(1);
    expect(new Date(jobs.rows[0].run_at).getTime()).toBe(newDeadline!.getTime());
    const reindex = await db().execute(sql`select 1 from graphile_worker.jobs where task_identifier = 'index_documents'`);
    expect(reindex.rows.length).toBeGreaterThan(0);

    const published = await mailsOf("question.published_deadline");
    const told = published.map((m) => m.toUserId);
    expect(told).toEqual(expect.arrayContaining([positioned.admin.userId, positioned.member.userId, invited.admin.userId]));
    expect(told).not.toContain(bystander.admin.userId);
    expect(published[0].textBody).not.toContain(asker.admin.memberships[0].companyName);
    const view = questionView("supplier", bystander.companyId, (await questionsOfNeed(db(), need.id))[1]);
    expect(view).toMatchObject({ askedBy: null, published: true });

    const shorter = await replyToQuestion(
      db(),
      buyer.admin,
      ZQuestionReply.parse({ questionId: q2.id, answer: "Précision.", publish: "on", newDeadline: inDays(5) }),
    ).catch((e) => e);
    expect(shorter).toBeInstanceOf(ValidationError);
    await expect(replyToQuestion(db(), asker.admin, ZQuestionReply.parse({ questionId: q1.id, answer: "Je réponds à sa place." }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("follow-up after the award", () => {
  async function awardedNeed() {
    const buyer = await companyWithTeam(db());
    const supplier = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));
    const { answer } = await saveAnswer(db(), supplier.admin, need.id, answerInput());
    await closeNeed(db(), need.id);
    await awardNeed(
      db(),
      buyer.admin,
      awardInputSchema().parse({
        needId: need.id,
        awardedOn: new Date().toISOString().slice(0, 10),
        answerIds: [answer.id],
        amounts: ["12 500"],
        feedbacks: [""],
        award: [answer.id],
      }),
    );
    const [n] = await db().select().from(needs).where(eq(needs.id, need.id));
    return { buyer, supplier, need: n };
  }

  it("asks both sides once, FOLLOW_UP_DAYS after the expected start, and records their answers", async () => {
    const { buyer, supplier, need } = await awardedNeed();
    const start = new Date(`${need.expectedStartDate}T12:00:00Z`);
    expect(await sendDueFollowUps(db(), new Date(start.getTime() + 13 * 86_400_000), 14)).toBe(0);
    expect(await sendDueFollowUps(db(), new Date(start.getTime() + 14 * 86_400_000), 14)).toBe(2);
    expect(await sendDueFollowUps(db(), new Date(start.getTime() + 20 * 86_400_000), 14)).toBe(0);
    const rows = await db().select().from(followUps).orderBy(followUps.side);
    expect(rows.map((r) => [r.side, r.companyId])).toEqual([
      ["buyer", buyer.companyId],
      ["supplier", supplier.companyId],
    ]);
    expect((await mailsOf("follow_up.buyer")).map((m) => m.toUserId)).toContain(buyer.admin.userId);
    const [supplierMail] = await mailsOf("follow_up.supplier");
    expect(supplierMail.toUserId).toBe(supplier.admin.userId);
    expect(supplierMail.textBody).toContain(`/besoins/${need.id}/suivi`);

    await recordFollowUp(db(), supplier.member, ZFollowUpInput.parse({ needId: need.id, outcome: "not_yet" }));
    await recordFollowUp(db(), buyer.member, ZFollowUpInput.parse({ needId: need.id, outcome: "yes", amountEur: "11 800" }));
    const answered = await db().select().from(followUps).where(eq(followUps.companyId, buyer.companyId));
    expect(answered[0]).toMatchObject({ outcome: "yes", amountEur: 11800 });
    expect(answered[0].respondedAt).toBeInstanceOf(Date);
    const stranger = await companyWithTeam(db());
    await expect(
      recordFollowUp(db(), stranger.admin, ZFollowUpInput.parse({ needId: need.id, outcome: "no", reason: "Pas concerné." })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the scheduled follow_up_awards task creates the rows and queues the e-mails", async () => {
    const { need } = await awardedNeed();
    await db()
      .update(needs)
      .set({ expectedStartDate: inDays(-30) })
      .where(eq(needs.id, need.id));
    await enqueueJob(db(), "follow_up_awards", {});
    await runQueuedJobsOnce(inject("databaseUrl"));
    expect(await db().select().from(followUps)).toHaveLength(2);
    expect(await mailsOf("follow_up.supplier")).toHaveLength(1);
  });

  it("the buyer rates an awarded supplier; only that supplier sees the rating on its answers", async () => {
    const { buyer, supplier, need } = await awardedNeed();
    const other = await companyWithTeam(db());
    await expect(
      rateSupplier(db(), buyer.admin, ZRatingInput.parse({ needId: need.id, supplierCompanyId: other.companyId, rating: "5" })),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      rateSupplier(db(), supplier.admin, ZRatingInput.parse({ needId: need.id, supplierCompanyId: supplier.companyId, rating: "5" })),
    ).rejects.toBeInstanceOf(NotFoundError);
    await rateSupplier(
      db(),
      buyer.member,
      ZRatingInput.parse({ needId: need.id, supplierCompanyId: supplier.companyId, rating: "4", comment: "Travail soigné, un jour de retard." }),
    );
    await rateSupplier(db(), buyer.member, ZRatingInput.parse({ needId: need.id, supplierCompanyId: supplier.companyId, rating: "5" }));
    expect(await db().select().from(supplierRatings)).toHaveLength(1);
    const [mine] = await companyAnswers(db(), supplier.companyId);
    expect(mine.rating).toEqual({ rating: 5, comment: null });
    expect(await companyAnswers(db(), other.companyId)).toEqual([]);
  });
});
