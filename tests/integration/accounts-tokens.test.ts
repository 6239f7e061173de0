/**
 * Account links against a real PostgreSQL and the real worker: single-use, expiring, stored hashed;
 * password reset that never reveals an account; e-mail verification; the team rules and who may use them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import pg from "pg";
import { accountTokens, auditLog, emails, memberships, users } from "@/db/schema";
import { verifyEmail, resendVerificationLink } from "@/lib/accounts/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { signUp } from "@/lib/accounts/sign-up";
import {
  acceptInvitationWithNewAccount,
  cancelInvitation,
  inviteColleague,
  joinWithInvitation,
  leaveCompany,
  pendingInvitations,
  removeMember,
  setMemberRole,
  TEAM_MESSAGES,
} from "@/lib/accounts/team";
import { consumeToken, hashToken, inspectToken, issueToken, TokenError } from "@/lib/accounts/tokens";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { setMailerForTests, type OutgoingMail } from "@/lib/mail/transport";
import { runQueuedJobsOnce } from "@/lib/outbox/worker";
import { POLICIES, RateLimitedError, RateLimits } from "@/lib/security/rate-limit";
import { signUpInput } from "../factories/accounts";
import { companyWithTeam } from "../factories/actors";
import { db, resetDatabase } from "./db";

const sent: OutgoingMail[] = [];
beforeAll(() =>
  setMailerForTests(async (mail) => {
    sent.push(mail);
    return { messageId: `<${mail.id}@test>` };
  }),
);
afterAll(() => setMailerForTests(null));
beforeEach(async () => {
  await resetDatabase();
  sent.length = 0;
});

const limits = () => new RateLimits(db().$client as pg.Pool);
const runJobs = () => runQueuedJobsOnce(inject("databaseUrl"));
const jobCount = async (task: string) =>
  (await db().execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = ${task}`)).rows[0].n;
/** The token of the last link e-mail sent to `to` (from the message the mailer got, as the person reads it). */
function tokenSentTo(to: string, path: string): string {
  const mail = sent.filter((m) => m.to === to && m.text.includes(path)).at(-1);
  if (!mail) throw new Error(`no e-mail with ${path} to ${to}`);
  return new RegExp(`${path}/([A-Za-z0-9_-]{43})`).exec(mail.text)![1];
}
async function userRow(id: string) {
  return (await db().select().from(users).where(eq(users.id, id)))[0];
}
async function tokenCount() {
  return (
    await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(accountTokens)
  )[0].n;
}

describe("tokens", () => {
  it("are stored as their SHA-256 only, work once, and say why they do not work any more", async () => {
    const { admin } = await companyWithTeam(db());
    const { token, row } = await issueToken(db(), { purpose: "reset", email: admin.email, userId: admin.userId });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.tokenHash).toBe(hashToken(token));
    const dump = JSON.stringify(await db().select().from(accountTokens));
    expect(dump).not.toContain(token);

    expect((await inspectToken(db(), "reset", token)).ok).toBe(true);
    // A link of one purpose opens nothing of another.
    await expect(consumeToken(db(), "verify", token)).rejects.toMatchObject({ problem: "unknown" });
    await consumeToken(db(), "reset", token);
    await expect(consumeToken(db(), "reset", token)).rejects.toMatchObject({ problem: "used" });
    expect(await inspectToken(db(), "reset", token)).toEqual({ ok: false, problem: "used" });
    expect(await inspectToken(db(), "reset", "x".repeat(43))).toEqual({ ok: false, problem: "unknown" });
    expect(await inspectToken(db(), "reset", "'; drop table users; --")).toEqual({ ok: false, problem: "unknown" });
  });

  it("expire", async () => {
    const { admin } = await companyWithTeam(db());
    const longAgo = new Date(Date.now() - 2 * 3600_000);
    const { token } = await issueToken(db(), { purpose: "reset", email: admin.email, userId: admin.userId, now: longAgo });
    expect(await inspectToken(db(), "reset", token)).toEqual({ ok: false, problem: "expired" });
    await expect(resetPassword(db(), token, "Nouveau-mot-2026")).rejects.toMatchObject({ problem: "expired" });
    expect(await verifyPassword((await userRow(admin.userId)).passwordHash, "Nouveau-mot-2026")).toBe(false);
  });

  it("let exactly one of two simultaneous uses through", async () => {
    const { admin } = await companyWithTeam(db());
    const { token } = await issueToken(db(), { purpose: "reset", email: admin.email, userId: admin.userId });
    const results = await Promise.allSettled([resetPassword(db(), token, "Premier-essai-2026"), resetPassword(db(), token, "Second-essai-2026")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(TokenError);
  });
});

describe("password reset", () => {
  it("answers the same for an unknown address: one job either way, an e-mail only for the account", async () => {
    const { admin } = await companyWithTeam(db());
    await requestPasswordReset(db(), admin.email.toUpperCase(), limits(), "10.0.0.1");
    await requestPasswordReset(db(), "personne@inconnu.fr", limits(), "10.0.0.1");
    expect(await jobCount("request_password_reset")).toBe(2);
    await runJobs();

    expect(sent.filter((m) => m.text.includes("/reinitialiser/")).map((m) => m.to)).toEqual([admin.email]);
    const token = tokenSentTo(admin.email, "/reinitialiser");
    // The recorded e-mail (read by staff in /cci/emails) has the link masked; the token is nowhere at rest.
    const [recorded] = await db().select().from(emails).where(eq(emails.template, "account.password_reset"));
    expect(recorded).toMatchObject({ toAddress: admin.email, status: "sent" });
    const everything = JSON.stringify([await db().select().from(emails), await db().select().from(accountTokens), await db().select().from(auditLog)]);
    expect(everything).not.toContain(token);
    expect(recorded.textBody).toContain("/reinitialiser/lien-masque");
    expect(await db().select().from(accountTokens).where(eq(accountTokens.email, "personne@inconnu.fr"))).toHaveLength(0);

    await resetPassword(db(), token, "Nouveau-mot-2026");
    expect(await verifyPassword((await userRow(admin.userId)).passwordHash, "Nouveau-mot-2026")).toBe(true);
    await expect(resetPassword(db(), token, "Encore-autre-2026")).rejects.toMatchObject({ problem: "used" });
    expect(await verifyPassword((await userRow(admin.userId)).passwordHash, "Nouveau-mot-2026")).toBe(true);
  });

  it("voids the account's other reset links once one is used", async () => {
    const { admin } = await companyWithTeam(db());
    const first = await issueToken(db(), { purpose: "reset", email: admin.email, userId: admin.userId });
    const second = await issueToken(db(), { purpose: "reset", email: admin.email, userId: admin.userId });
    await resetPassword(db(), second.token, "Nouveau-mot-2026");
    expect(await inspectToken(db(), "reset", first.token)).toEqual({ ok: false, problem: "used" });
  });

  it("limits requests per address typed (silently) and per client address (with a message)", async () => {
    const { admin } = await companyWithTeam(db());
    for (let i = 0; i < POLICIES.passwordResetAccount.points + 2; i++) {
      await requestPasswordReset(db(), admin.email, limits(), `10.0.1.${i}`);
    }
    expect(await jobCount("request_password_reset")).toBe(POLICIES.passwordResetAccount.points);

    for (let i = 0; i < POLICIES.passwordResetIp.points; i++) await requestPasswordReset(db(), `x${i}@exemple.fr`, limits(), "10.0.2.1");
    const refused = await requestPasswordReset(db(), "encore@exemple.fr", limits(), "10.0.2.1").catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused.fieldErrors.email).toMatch(/Trop de tentatives/);
  });
});

describe("e-mail verification", () => {
  it("no verification e-mail goes to an address confirmed before the worker sends it", async () => {
    const input = signUpInput();
    const { userId } = await signUp(db(), input);
    await db().update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId));
    await runJobs();
    expect(sent.filter((m) => m.to === input.email)).toHaveLength(0);
  });

  it("a signed-up account starts unverified, gets a link, is verified once and welcomed", async () => {
    const input = signUpInput();
    const { userId } = await signUp(db(), input);
    expect((await userRow(userId)).emailVerifiedAt).toBeNull();
    await runJobs();
    const token = tokenSentTo(input.email, "/verifier-email");
    expect(JSON.stringify(await db().select().from(emails))).not.toContain(token);

    await verifyEmail(db(), token);
    expect((await userRow(userId)).emailVerifiedAt).toBeInstanceOf(Date);
    const welcome = await db()
      .select()
      .from(emails)
      .where(and(eq(emails.template, "account.welcome"), eq(emails.toUserId, userId)));
    expect(welcome).toHaveLength(1);
    await expect(verifyEmail(db(), token)).rejects.toMatchObject({ problem: "used" });
    expect(await db().select().from(emails).where(eq(emails.template, "account.welcome"))).toHaveLength(1);
  });

  it("sends a new link on request, at most three an hour, and none to a verified account", async () => {
    const { userId } = await signUp(db(), signUpInput());
    const before = await tokenCount();
    for (let i = 0; i < POLICIES.emailVerificationResend.points; i++) await resendVerificationLink(db(), userId, limits());
    await expect(resendVerificationLink(db(), userId, limits())).rejects.toBeInstanceOf(RateLimitedError);
    expect(await tokenCount()).toBe(before + POLICIES.emailVerificationResend.points);

    const { admin } = await companyWithTeam(db());
    await db().update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, admin.userId));
    const count = await tokenCount();
    await resendVerificationLink(db(), admin.userId, limits());
    expect(await tokenCount()).toBe(count);
  });
});

describe("team", () => {
  async function verifiedTeam() {
    const team = await companyWithTeam(db());
    await db().update(users).set({ emailVerifiedAt: new Date() });
    return team;
  }
  const withRole = (actor: Actor, companyId: string, role: "admin" | "member"): Actor => ({ ...actor, memberships: [{ companyId, companyName: "x", role }] });

  it("an admin invites; the colleague creates an account with the link, once, and joins as member", async () => {
    const { companyId, admin } = await verifiedTeam();
    const email = `collegue.${Date.now()}@exemple.fr`;
    await inviteColleague(db(), admin, companyId, { email, role: "member" });
    expect((await pendingInvitations(db(), companyId)).map((i) => i.email)).toEqual([email]);
    await runJobs();
    const token = tokenSentTo(email, "/invitation");
    expect(sent.find((m) => m.to === email)!.subject).toContain("Invitation à rejoindre");

    const { userId } = await acceptInvitationWithNewAccount(db(), token, { firstName: "Nora", lastName: "Benali", password: "Calanques-2026" });
    const [m] = await db().select().from(memberships).where(eq(memberships.userId, userId));
    expect(m).toMatchObject({ companyId, role: "member" });
    expect((await userRow(userId)).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await pendingInvitations(db(), companyId)).toHaveLength(0);
    await expect(acceptInvitationWithNewAccount(db(), token, { firstName: "Nora", lastName: "Bis", password: "Calanques-2026" })).rejects.toMatchObject({
      problem: "used",
    });
  });

  it("a signed-in account joins with a link sent to its own address only; another account leaves the link intact", async () => {
    const a = await verifiedTeam();
    const b = await verifiedTeam();
    await inviteColleague(db(), a.admin, a.companyId, { email: b.member.email, role: "member" });
    await runJobs();
    const token = tokenSentTo(b.member.email, "/invitation");

    await expect(joinWithInvitation(db(), b.admin, token)).rejects.toThrow(TEAM_MESSAGES.otherAddress);
    expect((await inspectToken(db(), "invite", token)).ok).toBe(true);
    // An address with an account cannot create a second one through the link.
    await expect(acceptInvitationWithNewAccount(db(), token, { firstName: "X", lastName: "Y", password: "Calanques-2026" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await inspectToken(db(), "invite", token)).ok).toBe(true);

    await joinWithInvitation(db(), b.member, token);
    const rows = await db().select().from(memberships).where(eq(memberships.userId, b.member.userId));
    expect(rows.map((r) => r.companyId).sort()).toEqual([a.companyId, b.companyId].sort());
    await expect(joinWithInvitation(db(), b.member, token)).rejects.toMatchObject({ problem: "used" });
  });

  it("only a verified admin of the company invites; an invited member is refused again; a cancelled invitation is dead", async () => {
    const { companyId, admin, member } = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const email = "nouveau@exemple.fr";
    // An admin who has not confirmed the address yet.
    await db().update(users).set({ emailVerifiedAt: null }).where(eq(users.id, admin.userId));
    await expect(inviteColleague(db(), admin, companyId, { email, role: "member" })).rejects.toBeInstanceOf(ForbiddenError);
    await db().update(users).set({ emailVerifiedAt: new Date() });
    await expect(inviteColleague(db(), member, companyId, { email, role: "member" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteColleague(db(), other.admin, companyId, { email, role: "member" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteColleague(db(), null, companyId, { email, role: "member" })).rejects.toBeInstanceOf(UnauthenticatedError);
    const already = await inviteColleague(db(), admin, companyId, { email: member.email.toLowerCase(), role: "member" }).catch((e) => e);
    expect(already).toBeInstanceOf(ValidationError);
    expect(already.fieldErrors.email).toBe(TEAM_MESSAGES.alreadyMember);

    const { invitationId } = await inviteColleague(db(), admin, companyId, { email, role: "member" });
    await expect(cancelInvitation(db(), other.admin, companyId, invitationId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelInvitation(db(), admin, other.companyId, invitationId)).rejects.toBeInstanceOf(ForbiddenError);
    await cancelInvitation(db(), admin, companyId, invitationId);
    await runJobs();
    expect(sent.filter((m) => m.to === email)).toHaveLength(0);
    await expect(cancelInvitation(db(), admin, companyId, invitationId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("removes a member, never the last admin; members cannot remove; anyone but the last admin leaves", async () => {
    const { companyId, admin, member } = await verifiedTeam();
    const other = await verifiedTeam();
    await expect(removeMember(db(), member, companyId, admin.userId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(db(), other.admin, companyId, member.userId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(db(), admin, companyId, admin.userId)).rejects.toThrow(TEAM_MESSAGES.useLeave);
    await expect(leaveCompany(db(), admin, companyId)).rejects.toThrow(TEAM_MESSAGES.lastAdmin);
    await expect(setMemberRole(db(), admin, companyId, admin.userId, "member")).rejects.toThrow(TEAM_MESSAGES.lastAdmin);
    await expect(leaveCompany(db(), other.member, companyId)).rejects.toBeInstanceOf(ForbiddenError);

    await setMemberRole(db(), admin, companyId, member.userId, "admin");
    const secondAdmin = withRole(member, companyId, "admin");
    await removeMember(db(), secondAdmin, companyId, admin.userId);
    expect((await db().select().from(memberships).where(eq(memberships.companyId, companyId))).map((m) => m.userId)).toEqual([member.userId]);
    await expect(leaveCompany(db(), secondAdmin, companyId)).rejects.toThrow(TEAM_MESSAGES.lastAdmin);
    await expect(removeMember(db(), secondAdmin, companyId, admin.userId)).rejects.toBeInstanceOf(NotFoundError);

    await leaveCompany(db(), other.member, other.companyId);
    expect(await db().select().from(memberships).where(eq(memberships.userId, other.member.userId))).toHaveLength(0);
    const actions = (await db().select({ action: auditLog.action }).from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["company.member_role", "company.member_removed", "company.member_left"]));
  });

  it("two admins leaving at once: one leaves, the other stays the last admin", async () => {
    const { companyId, admin, member } = await verifiedTeam();
    await setMemberRole(db(), admin, companyId, member.userId, "admin");
    const results = await Promise.allSettled([leaveCompany(db(), admin, companyId), leaveCompany(db(), withRole(member, companyId, "admin"), companyId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const left = await db().select().from(memberships).where(eq(memberships.companyId, companyId));
    expect(left).toHaveLength(1);
    expect(left[0].role).toBe("admin");
  });
});
