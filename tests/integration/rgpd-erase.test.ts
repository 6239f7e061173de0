/** RGPD erasure: « Supprimer mon compte » deletes the person in one transaction with audit, and refuses to orphan an active company. */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { answers, auditLog, emails, memberships, needs, notificationPreferences, users } from "@/db/schema";
import { saveAnswer } from "@/lib/answers/service";
import { ConflictError } from "@/lib/errors";
import { eraseAccount, ZEraseInput } from "@/lib/rgpd/erase";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

describe("account erasure", () => {
  it("deletes a member's account, memberships, preferences and e-mails, keeps the company's work unlinked, and writes the audit row", async () => {
    const buyer = await companyWithTeam(db());
    const supplier = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.member, buyer.companyId, await staffActor(db()));
    const { answer } = await saveAnswer(db(), supplier.admin, need.id, answerInput());
    await db().insert(notificationPreferences).values({ userId: buyer.member.userId, mode: "daily" });
    const before = await db().select().from(emails).where(eq(emails.toUserId, buyer.member.userId));
    expect(before.length).toBeGreaterThan(0);
    const [person] = await db().select().from(users).where(eq(users.id, buyer.member.userId));

    const result = await eraseAccount(db(), buyer.member.userId);
    expect(result.emailsDeleted).toBe(before.length);

    expect(await db().select().from(users).where(eq(users.id, buyer.member.userId))).toHaveLength(0);
    expect(await db().select().from(memberships).where(eq(memberships.userId, buyer.member.userId))).toHaveLength(0);
    expect(await db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, buyer.member.userId))).toHaveLength(0);
    expect(await db().select().from(emails).where(eq(emails.toAddress, person.email))).toHaveLength(0);
    // The need stays with the company, without the person.
    const [kept] = await db().select().from(needs).where(eq(needs.id, need.id));
    expect(kept).toMatchObject({ companyId: buyer.companyId, createdBy: null, contactUserId: null });
    expect(await db().select().from(answers).where(eq(answers.id, answer.id))).toHaveLength(1);
    // Audit: the deletion is recorded for the company, with no name nor address.
    const rows = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.delete"), eq(auditLog.objectId, buyer.member.userId)));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.companyId === buyer.companyId)).toBe(true);
    const journal = JSON.stringify(rows);
    expect(journal).not.toContain(person.email);
    expect(journal).not.toContain(person.lastName);
  });

  it("refuses the last admin of a company with activity, in French, and changes nothing; a second admin lifts the refusal", async () => {
    const buyer = await companyWithTeam(db());
    await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));
    const err = await eraseAccount(db(), buyer.admin.userId).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.message).toContain("dernier administrateur");
    expect(err.message).toContain(buyer.admin.memberships[0].companyName);
    expect(await db().select().from(users).where(eq(users.id, buyer.admin.userId))).toHaveLength(1);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "account.delete"))).toHaveLength(0);

    await db().update(memberships).set({ role: "admin" }).where(eq(memberships.userId, buyer.member.userId));
    await eraseAccount(db(), buyer.admin.userId);
    expect(await db().select().from(users).where(eq(users.id, buyer.admin.userId))).toHaveLength(0);
  });

  it("lets the sole admin of a company without activity leave", async () => {
    const fresh = await companyWithTeam(db());
    await eraseAccount(db(), fresh.admin.userId);
    expect(await db().select().from(users).where(eq(users.id, fresh.admin.userId))).toHaveLength(0);
  });

  it("asks for the typed confirmation", () => {
    expect(ZEraseInput.safeParse({ confirmation: "supprimer" }).success).toBe(true);
    const refused = ZEraseInput.safeParse({ confirmation: "oui" });
    expect(refused.success).toBe(false);
  });
});
