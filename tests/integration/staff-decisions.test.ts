/** Staff decisions on companies: refused on the server for non-staff, audited with before/after. */
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, companies } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { setLargeBuyer, verifyCompany } from "@/lib/companies/staff-decisions";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { signUpInput } from "../factories/accounts";
import { db, resetDatabase } from "./db";

const staff: Actor = { userId: "", email: "cci@exemple.fr", firstName: "Camille", lastName: "Martin", platformRole: "staff", memberships: [] };

beforeEach(resetDatabase);

async function newCompany() {
  const { userId, companyId } = await signUp(db(), signUpInput());
  const admin: Actor = {
    userId,
    email: "",
    firstName: "L",
    lastName: "G",
    platformRole: "user",
    memberships: [{ companyId, companyName: "X", role: "admin" }],
  };
  return { companyId, admin };
}

describe("staff decisions", () => {
  it("lets staff flag a large buyer and verify a company, each audited", async () => {
    const { companyId, admin } = await newCompany();
    const staffActor = { ...staff, userId: admin.userId }; // any existing user id for the FK
    await setLargeBuyer(db(), { ...staffActor, memberships: [] }, companyId, true);
    await verifyCompany(db(), { ...staffActor, memberships: [] }, companyId);
    const [company] = await db().select().from(companies).where(eq(companies.id, companyId));
    expect(company.isLargeBuyer).toBe(true);
    expect(company.verifiedAt).toBeInstanceOf(Date);
    const audit = await db().select().from(auditLog).where(eq(auditLog.companyId, companyId)).orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(["account.sign_up", "company.flag_large_buyer", "company.verify"]);
    expect(audit[1].before).toEqual({ isLargeBuyer: false });
    expect(audit[1].after).toEqual({ isLargeBuyer: true });
  });

  it("refuses the company's own admin, another company and anonymous visitors, and changes nothing", async () => {
    const { companyId, admin } = await newCompany();
    const other = await newCompany();
    await expect(setLargeBuyer(db(), admin, companyId, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyCompany(db(), admin, companyId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setLargeBuyer(db(), other.admin, companyId, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setLargeBuyer(db(), null, companyId, true)).rejects.toBeInstanceOf(UnauthenticatedError);
    const [company] = await db().select().from(companies).where(eq(companies.id, companyId));
    expect(company.isLargeBuyer).toBe(false);
    expect(company.verifiedAt).toBeNull();
    const audit = await db().select().from(auditLog).where(eq(auditLog.companyId, companyId));
    expect(audit).toHaveLength(1);
  });
});
