/** Sign-up against a real PostgreSQL: one transaction, nothing written on failure, duplicates refused. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, charterSignatures, companies, memberships, users } from "@/db/schema";
import { AccountExistsError, signUp, SIGN_UP_MESSAGES } from "@/lib/accounts/sign-up";
import { verifyPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors";
import { signUpInput } from "../factories/accounts";
import { db, resetDatabase } from "./db";

async function counts() {
  const [row] = await db()
    .select({
      users: sql<number>`(select count(*) from users)::int`,
      companies: sql<number>`(select count(*) from companies)::int`,
      memberships: sql<number>`(select count(*) from memberships)::int`,
      signatures: sql<number>`(select count(*) from charter_signatures)::int`,
      audit: sql<number>`(select count(*) from audit_log)::int`,
    })
    .from(sql`(select 1) as one`);
  return row;
}

beforeEach(resetDatabase);

describe("signUp", () => {
  it("creates user, company, admin membership, charter signature and audit row together", async () => {
    const input = signUpInput();
    const { userId, companyId } = await signUp(db(), input);

    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(user.email).toBe(input.email);
    expect(user.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);

    const [company] = await db().select().from(companies).where(eq(companies.id, companyId));
    expect(company.siret).toBe(input.siret);
    expect(company.siren).toBe(input.siret.slice(0, 9));
    expect(company.isLargeBuyer).toBe(false);
    expect(company.verifiedAt).toBeNull();

    const [membership] = await db().select().from(memberships).where(eq(memberships.userId, userId));
    expect(membership).toMatchObject({ companyId, role: "admin" });
    const signatures = await db().select().from(charterSignatures).where(eq(charterSignatures.companyId, companyId));
    expect(signatures).toHaveLength(1);
    expect(signatures[0].signedByUserId).toBe(userId);
    const audit = await db().select().from(auditLog).where(eq(auditLog.companyId, companyId));
    expect(audit.map((a) => a.action)).toEqual(["account.sign_up"]);
  });

  it("writes nothing when a later step of the transaction fails", async () => {
    // Make the charter signature insert fail, after user, company and membership were inserted.
    await db().execute(sql`create or replace function fail_signature() returns trigger language plpgsql as $$ begin raise exception 'boom'; end $$`);
    await db().execute(sql`create trigger fail_signature before insert on charter_signatures for each row execute function fail_signature()`);
    try {
      await expect(signUp(db(), signUpInput())).rejects.toThrow();
      expect(await counts()).toEqual({ users: 0, companies: 0, memberships: 0, signatures: 0, audit: 0 });
    } finally {
      await db().execute(sql`drop trigger fail_signature on charter_signatures`);
    }
  });

  it("refuses a duplicate e-mail (any case) and a duplicate SIRET, with field errors, writing nothing", async () => {
    const first = signUpInput();
    await signUp(db(), first);
    const before = await counts();

    const sameEmail = signUpInput({ email: first.email.toUpperCase() });
    const e1 = await signUp(db(), sameEmail).catch((e) => e);
    // No field error that would tell the visitor the e-mail is registered (requestSignUp hides it).
    expect(e1).toBeInstanceOf(AccountExistsError);
    expect(e1).not.toBeInstanceOf(ValidationError);

    const sameSiret = signUpInput({ siret: first.siret });
    const e2 = await signUp(db(), sameSiret).catch((e) => e);
    expect(e2).toBeInstanceOf(ValidationError);
    expect(e2.fieldErrors).toEqual({ siret: SIGN_UP_MESSAGES.siretTaken });

    expect(await counts()).toEqual(before);
  });

  it("lets exactly one of two simultaneous sign-ups with the same SIRET through", async () => {
    const a = signUpInput();
    const b = signUpInput({ siret: a.siret });
    const results = await Promise.allSettled([signUp(db(), a), signUp(db(), b)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ValidationError);
    expect(rejected.reason.fieldErrors.siret).toBe(SIGN_UP_MESSAGES.siretTaken);
    expect((await counts()).companies).toBe(1);
    expect((await counts()).users).toBe(1);
  });

  it("refuses unknown NAF and commune codes", async () => {
    const e = await signUp(db(), signUpInput({ nafCode: "99.99Z", communeCode: "99999" })).catch((x) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.fieldErrors.nafCode).toMatch(/n'existe pas/);
    expect(e.fieldErrors.communeCode).toMatch(/inconnue/);
    expect((await counts()).users).toBe(0);
  });
});

describe("claiming a company imported from SIRENE", () => {
  it("joins the imported row instead of refusing the SIRET, once", async () => {
    const input = signUpInput();
    const [imported] = await db()
      .insert(companies)
      .values({
        siret: input.siret,
        siren: input.siret.slice(0, 9),
        legalName: "ROUX ANTOINE",
        nafCode: "43.32A",
        communeCode: "13005",
        source: "sirene",
      })
      .returning();
    const { companyId } = await signUp(db(), input);
    expect(companyId).toBe(imported.id);
    const [company] = await db().select().from(companies).where(eq(companies.id, companyId));
    expect(company.legalName).toBe(input.legalName);
    const audit = await db().select().from(auditLog).where(eq(auditLog.companyId, companyId));
    expect(audit.map((a) => a.action)).toEqual(["account.claim"]);
    const again = await signUp(db(), signUpInput({ siret: input.siret })).catch((e) => e);
    expect(again.fieldErrors).toEqual({ siret: SIGN_UP_MESSAGES.siretTaken });
    // Said by the form's checks, before anything else: with the e-mail of an account too, the SIRET is the answer.
    const taken = await signUp(db(), signUpInput({ siret: input.siret, email: input.email })).catch((e) => e);
    expect(taken).toBeInstanceOf(ValidationError);
    expect(taken.fieldErrors).toEqual({ siret: SIGN_UP_MESSAGES.siretTaken });
  });
});

afterEach(async () => {
  await db().execute(sql`drop trigger if exists fail_signature on charter_signatures`);
});
