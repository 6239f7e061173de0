/**
 * Rate limits and lockouts against the real PostgreSQL: brute force locked out, the right password refused
 * while locked, one e-mail per lock, counters cleared by a success, limits shared by two processes (two
 * pools and limiter sets on one database), and sign-up that does not reveal registered e-mails.
 */
import { afterAll, beforeEach, describe, expect, it, inject } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import pg from "pg";
import { createDb } from "@/db/client";
import { emails, users } from "@/db/schema";
import { requestSignUp, signUp } from "@/lib/accounts/sign-up";
import { checkCredentials, type CredentialsOutcome } from "@/lib/auth/credentials";
import { formatDateTime } from "@/lib/format";
import { limitKey, POLICIES, RateLimitedError, RateLimits } from "@/lib/security/rate-limit";
import { signUpInput } from "../factories/accounts";
import { db, resetDatabase } from "./db";

const PASSWORD = "Calanques-2026";
const IP = "203.0.113.9";

// A second "process": its own pool and its own limiters, on the same database.
const other = createDb(inject("databaseUrl"), 4);
afterAll(() => other.pool.end());

const limitsA = () => new RateLimits(db().$client as pg.Pool);
const limitsB = () => new RateLimits(other.pool);

async function signIn(limits: RateLimits, email: string, password: string, ip = IP): Promise<CredentialsOutcome> {
  return checkCredentials({ email, password, ip }, { db: db(), limits });
}

async function account() {
  const input = signUpInput();
  const { userId } = await signUp(db(), input);
  return { email: input.email, userId };
}

const mailsTo = (userId: string, template: string) =>
  db()
    .select()
    .from(emails)
    .where(and(eq(emails.toUserId, userId), eq(emails.template, template)));

/** Ends the current lock of an account at once, as if its time had passed. */
async function expireAccountCounter(email: string) {
  await db().execute(sql`update rate_limits set expire = ${Date.now() - 1} where key = ${`signInAccount:${limitKey(email)}`}`);
}

beforeEach(resetDatabase);

describe("sign-in lockout", () => {
  it("locks an account after 5 failures, refuses the right password while locked, and e-mails the owner once", async () => {
    const { email, userId } = await account();
    const limits = limitsA();
    for (let i = 0; i < 4; i++) expect(await signIn(limits, email, `faux-${i}`)).toEqual({ ok: false, reason: "invalid" });

    const fifth = await signIn(limits, email, "faux-5");
    expect(fifth).toEqual({ ok: false, reason: "locked", retryAfterSec: 60 });

    const right = await signIn(limits, email, PASSWORD);
    expect(right).toMatchObject({ ok: false, reason: "locked" });
    for (let i = 0; i < 5; i++) expect(await signIn(limits, email, `encore-${i}`)).toMatchObject({ reason: "locked" });
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(user.lastSignInAt).toBeNull();

    const mails = await mailsTo(userId, "account.sign_in_locked");
    expect(mails).toHaveLength(1);
    expect(mails[0].toAddress).toBe(email);
    expect(mails[0].textBody).toContain("mots de passe erronés");
    // A send_email job carries it (the durable queue), not a direct send.
    const jobs = await db().execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker._private_jobs where key = ${`email:${mails[0].id}`}`);
    expect(jobs.rows[0].n).toBe(1);
  });

  it("says when the lock ends, in the e-mail, and locks longer the next time without writing again", async () => {
    const { email, userId } = await account();
    const limits = limitsA();
    const lockedAt = new Date("2026-03-10T13:00:00Z");
    for (let i = 0; i < 5; i++) await checkCredentials({ email, password: `faux-${i}`, ip: IP }, { db: db(), limits, now: () => lockedAt });
    const [mail] = await mailsTo(userId, "account.sign_in_locked");
    expect(mail.textBody).toContain(formatDateTime(lockedAt));
    expect(mail.textBody).toContain(formatDateTime(new Date(lockedAt.getTime() + 60_000)));

    await expireAccountCounter(email);
    for (let i = 0; i < 4; i++) expect(await signIn(limits, email, `faux-b${i}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(limits, email, "faux-b5")).toEqual({ ok: false, reason: "locked", retryAfterSec: 300 });
    expect(await mailsTo(userId, "account.sign_in_locked")).toHaveLength(1);
  });

  it("clears the account's counter after a successful sign-in", async () => {
    const { email, userId } = await account();
    const limits = limitsA();
    for (let i = 0; i < 4; i++) await signIn(limits, email, `faux-${i}`);
    expect(await signIn(limits, email, PASSWORD)).toMatchObject({ ok: true, user: { id: userId } });
    // Without the reset these would be failures 6 to 9: locked from the first.
    for (let i = 0; i < 4; i++) expect(await signIn(limits, email, `faux-b${i}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(limits, email, "faux-b5")).toMatchObject({ reason: "locked" });
  });

  it("locks an unknown e-mail the same way (no hint of which e-mails exist), without any e-mail", async () => {
    const limits = limitsA();
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await signIn(limits, "personne@exemple.fr", `faux-${i}`));
    expect(outcomes.map((o) => (o.ok ? "ok" : o.reason))).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked"]);
    expect(await db().select().from(emails)).toHaveLength(0);
  });

  it("shares the counters between two processes, and a parallel burst gets no more tries than a sequence", async () => {
    const { email, userId } = await account();
    const [a, b] = [limitsA(), limitsB()];
    // Alternating processes: the lock comes at the 5th failure in all.
    for (let i = 0; i < 4; i++) expect(await signIn(i % 2 ? b : a, email, `faux-${i}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(b, email, "faux-5")).toMatchObject({ reason: "locked" });
    expect(await signIn(a, email, PASSWORD)).toMatchObject({ reason: "locked" });

    const second = await account();
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(i % 2 ? b : a, second.email, `faux-${i}`, `198.51.100.${i}`)));
    expect(burst.filter((o) => !o.ok && o.reason === "invalid").length).toBeLessThanOrEqual(4);
    expect(burst.filter((o) => !o.ok && o.reason === "locked").length).toBeGreaterThanOrEqual(16);
    expect(await mailsTo(second.userId, "account.sign_in_locked")).toHaveLength(1);
    expect(await signIn(b, second.email, PASSWORD, "192.0.2.1")).toMatchObject({ reason: "locked" });
    expect(await mailsTo(userId, "account.sign_in_locked")).toHaveLength(1);
  });

  it("stops one address that tries many accounts (30 failures per 15 minutes), even with a right password", async () => {
    const limits = limitsA();
    const victim = await account();
    for (let i = 0; i < POLICIES.signInIp.points; i++) {
      expect(await signIn(limits, `inconnu.${i}@exemple.fr`, "faux")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn(limits, victim.email, PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
    // Another address is not concerned.
    expect(await signIn(limits, victim.email, PASSWORD, "192.0.2.77")).toMatchObject({ ok: true });
  });
});

describe("limits per request", () => {
  it("counts one window for both processes", async () => {
    const [a, b] = [limitsA(), limitsB()];
    expect(await a.hit("suggestIp", IP, 60)).toMatchObject({ limited: false, consumed: 60 });
    expect(await b.hit("suggestIp", IP, 60)).toMatchObject({ limited: false, consumed: 120 });
    const over = await a.hit("suggestIp", IP);
    expect(over.limited).toBe(true);
    expect(over.retryAfterSec).toBeGreaterThan(0);
    expect(over.retryAfterSec).toBeLessThanOrEqual(60);
    expect((await b.hit("suggestIp", "192.0.2.1")).limited).toBe(false);
  });

  it("refuses an action past its limit with a French form error", async () => {
    const limits = limitsA();
    for (let i = 0; i < POLICIES.signUpIp.points; i++) await limits.enforce("signUpIp", IP, "email");
    const err = await limits.enforce("signUpIp", IP, "email").catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    // The window is an hour from the first sign-up: « dans 1 heure » (or minutes on a very slow run).
    expect(err.fieldErrors.email).toMatch(/^Trop de tentatives\. Réessayez dans (1 heure|\d+ minutes)\.$/);
    expect(err.message).toBe(err.fieldErrors.email);
  });
});

describe("sign-up with an e-mail that has an account", () => {
  it("creates nothing, answers without error and e-mails the owner (once a day)", async () => {
    const owner = await account();
    const before = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(users);

    const outcome = await requestSignUp(db(), signUpInput({ email: owner.email.toUpperCase() }), limitsA());
    expect(outcome).toEqual({ status: "existing_account" });
    const again = await requestSignUp(db(), signUpInput({ email: owner.email }), limitsB());
    expect(again).toEqual(outcome);

    expect(
      await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(users),
    ).toEqual(before);
    const mails = await mailsTo(owner.userId, "account.sign_up_attempt");
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Quelqu'un a tenté de créer un compte avec votre adresse");

    const fresh = await requestSignUp(db(), signUpInput(), limitsA());
    expect(fresh.status).toBe("created");
    expect(await db().select().from(emails).where(eq(emails.template, "account.sign_up_attempt"))).toHaveLength(1);
  });

  it("still shows the form's other problems, which say nothing about the e-mail", async () => {
    const owner = await account();
    const err = await requestSignUp(db(), signUpInput({ email: owner.email, communeCode: "99999" }), limitsA()).catch((e) => e);
    expect(Object.keys(err.fieldErrors)).toEqual(["communeCode"]);
    expect(await mailsTo(owner.userId, "account.sign_up_attempt")).toHaveLength(0);
  });
});
