/** Answers against a real PostgreSQL: interest → answer → close → shortlist → award, joint answers, bad input, concurrency. */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { answerPartners, answers, auditLog, awards, emails, needInvitations, needs } from "@/db/schema";
import { answersForComparison } from "@/lib/answers/reads";
import { awardNeed, declareUnsuccessful, shortlistAnswer } from "@/lib/answers/awards";
import { awardInputSchema } from "@/lib/answers/decision-schema";
import { respondToPartnership } from "@/lib/answers/partners";
import { declareInterest, saveAnswer, withdrawAnswer } from "@/lib/answers/service";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, closeNeed, pdfUpload, publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

const count = async (table: string) => (await db().execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n;
const counts = async () => ({
  answers: await count("answers"),
  files: await count("files"),
  partners: await count("answer_partners"),
  awards: await count("awards"),
  audit: await count("audit_log"),
  emails: await count("emails"),
});
const award = (needId: string, lines: { answerId: string; amount: string; feedback?: string; chosen?: boolean }[]) =>
  awardInputSchema().parse({
    needId,
    awardedOn: new Date().toISOString().slice(0, 10),
    answerIds: lines.map((l) => l.answerId),
    amounts: lines.map((l) => l.amount),
    feedbacks: lines.map((l) => l.feedback ?? ""),
    award: lines.filter((l) => l.chosen !== false).map((l) => l.answerId),
  });

async function scene() {
  const buyer = await companyWithTeam(db());
  const s1 = await companyWithTeam(db());
  const s2 = await companyWithTeam(db());
  const staff = await staffActor(db());
  const need = await publishedNeed(db(), buyer.admin, buyer.companyId, staff);
  return { buyer, s1, s2, staff, need };
}

describe("answer lifecycle", () => {
  it("interest, answer with a document, edit, close, shortlist, award one and decline the other with feedback", async () => {
    const { buyer, s1, s2, need } = await scene();
    await db().insert(needInvitations).values({ needId: need.id, companyId: s1.companyId });

    const interest = await declareInterest(db(), s1.member, need.id);
    expect(interest.status).toBe("interested");
    expect(await declareInterest(db(), s1.admin, need.id)).toMatchObject({ id: interest.id }); // idempotent
    let table = await answersForComparison(db(), need.id, "buyer");
    expect(table).toMatchObject([{ id: interest.id, status: "interested", priceEur: null, detailsVisible: false }]);

    const { answer: a1 } = await saveAnswer(db(), s1.member, need.id, answerInput({ answerId: interest.id }), [pdfUpload()]);
    expect(a1).toMatchObject({ id: interest.id, status: "submitted", priceEur: 12500 });
    const [invitation] = await db().select().from(needInvitations).where(eq(needInvitations.companyId, s1.companyId));
    expect(invitation.status).toBe("answered");
    expect(invitation.answeredAt).toBeInstanceOf(Date);
    await saveAnswer(
      db(),
      s1.admin,
      need.id,
      answerInput({ answerId: a1.id, priceEur: "11 900", message: "Prix revu après visite du site, même équipe de quatre jardiniers." }),
    );
    const { answer: a2 } = await saveAnswer(db(), s2.admin, need.id, answerInput({ priceEur: "9 800", leadTimeDays: "45" }));

    table = await answersForComparison(db(), need.id, "buyer", "prix");
    expect(table.map((r) => [r.companyId, r.priceEur])).toEqual([
      [s2.companyId, 9800],
      [s1.companyId, 11900],
    ]);
    expect(table[1].documents).toHaveLength(1);
    expect(table[1].distanceKm).toBeGreaterThan(0);

    // Awards wait for the deadline.
    await expect(shortlistAnswer(db(), buyer.member, a1.id, true)).rejects.toBeInstanceOf(ConflictError);
    await closeNeed(db(), need.id);
    await expect(saveAnswer(db(), s1.admin, need.id, answerInput({ answerId: a1.id, priceEur: "1 000" }))).rejects.toBeInstanceOf(ValidationError);
    await expect(withdrawAnswer(db(), s2.admin, a2.id)).rejects.toBeInstanceOf(ValidationError);

    expect((await shortlistAnswer(db(), buyer.member, a1.id, true)).status).toBe("shortlisted");
    const result = await awardNeed(
      db(),
      buyer.member,
      award(need.id, [
        { answerId: a1.id, amount: "11 900" },
        { answerId: a2.id, amount: "", feedback: "Délai trop long pour notre calendrier.", chosen: false },
      ]),
    );
    expect(result).toEqual({ awarded: 1, notRetained: 1 });
    const [n] = await db().select().from(needs).where(eq(needs.id, need.id));
    expect(n.status).toBe("awarded");
    expect(n.awardedAt).toBeInstanceOf(Date);
    expect(await db().select({ supplier: awards.supplierCompanyId, amount: awards.amountEur, by: awards.decidedBy }).from(awards)).toEqual([
      { supplier: s1.companyId, amount: 11900, by: buyer.member.userId },
    ]);
    const statuses = await db().select({ id: answers.id, status: answers.status, feedback: answers.feedback }).from(answers);
    expect(statuses).toEqual(
      expect.arrayContaining([
        { id: a1.id, status: "awarded", feedback: null },
        { id: a2.id, status: "not_retained", feedback: "Délai trop long pour notre calendrier." },
      ]),
    );
    const mails = await db()
      .select()
      .from(emails)
      .where(sql`${emails.template} in ('answer.awarded', 'answer.not_retained')`);
    expect(mails.find((m) => m.toUserId === s1.admin.userId)?.template).toBe("answer.awarded");
    const declined = mails.find((m) => m.toUserId === s2.admin.userId)!;
    expect(declined.template).toBe("answer.not_retained");
    expect(declined.textBody).toContain("Délai trop long");
    expect(declined.textBody).not.toContain("11 900"); // competitors' prices never leak
    const actions = (await db().select().from(auditLog).where(eq(auditLog.objectId, a1.id))).map((a) => a.action);
    expect(actions).toEqual(["answer.interest", "answer.submit", "answer.update", "answer.shortlist"]);
  });

  it("a joint answer reaches the buyer only once every partner's admin accepted; the award keeps the shares", async () => {
    const { buyer, s1, need } = await scene();
    const partner = await companyWithTeam(db());
    const [p] = await db()
      .execute<{ siret: string }>(sql`select siret from companies where id = ${partner.companyId}`)
      .then((r) => r.rows);
    const { answer, awaitingPartners } = await saveAnswer(db(), s1.admin, need.id, answerInput({ partnerRef: [p.siret], partnerShare: ["30"] }));
    expect(awaitingPartners).toBe(true);
    expect(answer.status).toBe("interested");
    expect((await answersForComparison(db(), need.id, "buyer"))[0]).toMatchObject({ priceEur: null, partners: [], detailsVisible: false });
    const invited = await db().select().from(emails).where(eq(emails.template, "answer.partner_invited"));
    expect(invited.map((m) => m.toUserId)).toEqual([partner.admin.userId]);

    await expect(respondToPartnership(db(), partner.member, answer.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await respondToPartnership(db(), partner.admin, answer.id, true)).toEqual({ complete: true });
    const [row] = await db().select().from(answers).where(eq(answers.id, answer.id));
    expect(row.status).toBe("submitted");
    expect((await db().select().from(emails).where(eq(emails.template, "answer.partner_accepted"))).map((m) => m.toUserId)).toEqual([s1.admin.userId]);

    await closeNeed(db(), need.id);
    await awardNeed(db(), buyer.admin, award(need.id, [{ answerId: answer.id, amount: "12 500" }]));
    const [w] = await db().select().from(awards);
    expect(w.supplierCompanyId).toBe(s1.companyId);
    const [share] = await db().select().from(answerPartners).where(eq(answerPartners.answerId, answer.id));
    expect(share).toMatchObject({ companyId: partner.companyId, status: "accepted", sharePercent: 30 });
    const told = await db().select().from(emails).where(eq(emails.template, "answer.awarded"));
    expect(told.map((m) => m.toUserId).sort()).toEqual([s1.admin.userId, partner.admin.userId].sort());
  });

  it("declares a closed need unsuccessful: every submitted answer is not retained and told why", async () => {
    const { buyer, s1, need } = await scene();
    await saveAnswer(db(), s1.admin, need.id, answerInput());
    await closeNeed(db(), need.id);
    await declareUnsuccessful(db(), buyer.admin, need.id, "Projet reporté à l'an prochain.");
    expect((await db().select().from(answers))[0].status).toBe("not_retained");
    const [mail] = await db().select().from(emails).where(eq(emails.template, "need.unsuccessful"));
    expect(mail.textBody).toContain("Projet reporté");
  });
});

describe("bad input and races write nothing", () => {
  it("refuses an answer after the deadline, a duplicate answer, and an award on a need that is not closed", async () => {
    const { buyer, s1, need } = await scene();
    const before = await counts();
    const late = await saveAnswer(db(), s1.admin, need.id, answerInput(), [pdfUpload()], [], new Date(need.responseDeadline.getTime() + 1)).catch((e) => e);
    expect(late).toBeInstanceOf(ValidationError);
    expect(late.fieldErrors.deadline).toMatch(/date limite de réponse est passée/);
    expect(await counts()).toEqual(before);

    const { answer } = await saveAnswer(db(), s1.admin, need.id, answerInput());
    const afterFirst = await counts();
    const duplicate = await saveAnswer(db(), s1.member, need.id, answerInput({ priceEur: "8 000" }), [pdfUpload()]).catch((e) => e);
    expect(duplicate).toBeInstanceOf(ConflictError);
    expect(duplicate.message).toMatch(/déjà déposé une réponse/);
    expect(await counts()).toEqual(afterFirst);
    expect((await db().select().from(answers))[0].priceEur).toBe(12500);

    const early = await awardNeed(db(), buyer.admin, award(need.id, [{ answerId: answer.id, amount: "12 500" }])).catch((e) => e);
    expect(early).toBeInstanceOf(ValidationError);
    expect(early.fieldErrors.award).toMatch(/doit être clos/);
    expect(await counts()).toEqual(afterFirst);
  });

  it("refuses an unknown partner or the buyer as partner, with a field error per row", async () => {
    const { buyer, s1, need } = await scene();
    const [b] = (await db().execute<{ siret: string }>(sql`select siret from companies where id = ${buyer.companyId}`)).rows;
    const e = await saveAnswer(db(), s1.admin, need.id, answerInput({ partnerRef: ["Entreprise Inconnue SARL", b.siret], partnerShare: ["10", "10"] })).catch(
      (x) => x,
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.fieldErrors["partnerRef.0"]).toMatch(/Aucune entreprise signataire vérifiée/);
    expect(e.fieldErrors["partnerRef.1"]).toMatch(/L'acheteur ne peut pas être votre partenaire/);
    expect(await count("answers")).toBe(0);
  });

  it("two buyers awarding at once: exactly one succeeds, the other gets a ConflictError naming who awarded", async () => {
    const { buyer, s1, s2, need } = await scene();
    const { answer: a1 } = await saveAnswer(db(), s1.admin, need.id, answerInput());
    const { answer: a2 } = await saveAnswer(db(), s2.admin, need.id, answerInput({ priceEur: "9 000" }));
    await closeNeed(db(), need.id);
    const results = await Promise.allSettled([
      awardNeed(
        db(),
        buyer.admin,
        award(need.id, [
          { answerId: a1.id, amount: "12 500" },
          { answerId: a2.id, amount: "", chosen: false },
        ]),
      ),
      awardNeed(
        db(),
        buyer.member,
        award(need.id, [
          { answerId: a2.id, amount: "9 000" },
          { answerId: a1.id, amount: "", chosen: false },
        ]),
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    const winner = results[0].status === "fulfilled" ? buyer.admin : buyer.member;
    expect(rejected[0].reason.message).toBe(`Ce besoin vient d'être attribué par ${winner.firstName} ${winner.lastName}\u00a0: rechargez la page.`);
    expect(await count("awards")).toBe(1);
    expect(
      await db()
        .select()
        .from(answers)
        .where(and(eq(answers.needId, need.id), eq(answers.status, "awarded"))),
    ).toHaveLength(1);
  });
});
