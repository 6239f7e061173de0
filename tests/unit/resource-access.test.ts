/** The resource rules added to the permission table: suggested suppliers, company views, buyer decisions. */
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { companyViewer } from "@/lib/companies/access";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { authorizeMatches, matchesViewer } from "@/lib/matching/access";
import { authorizeBuyerDecision } from "@/lib/needs/access";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const person = (over: Partial<Actor> = {}): Actor => ({
  userId: "u",
  email: "x@y.fr",
  firstName: "X",
  lastName: "Y",
  platformRole: "user",
  memberships: [],
  ...over,
});
const memberA = person({ memberships: [{ companyId: A, companyName: "A", role: "member" }] });
const memberB = person({ memberships: [{ companyId: B, companyName: "B", role: "member" }] });
const lone = person();
const staff = person({ platformRole: "staff" });

describe("suggested suppliers (lib/matching/access.ts)", () => {
  it("its company at any status, staff once out of draft, nobody else", () => {
    for (const status of ["draft", "submitted", "published"] as const) {
      expect(matchesViewer(memberA, { companyId: A, status })).toBe("owner");
      expect(matchesViewer(memberB, { companyId: A, status })).toBeNull();
      expect(matchesViewer(lone, { companyId: A, status })).toBeNull();
      expect(matchesViewer(null, { companyId: A, status })).toBeNull();
    }
    expect(matchesViewer(staff, { companyId: A, status: "draft" })).toBeNull();
    expect(matchesViewer(staff, { companyId: A, status: "changes_requested" })).toBe("staff");
    expect(matchesViewer(staff, { companyId: A, status: "published" })).toBe("staff");
  });

  it("as a door: anonymous → sign in, refused → « Besoin introuvable. » (not 403)", () => {
    expect(() => authorizeMatches(null, { companyId: A, status: "published" })).toThrow(UnauthenticatedError);
    expect(() => authorizeMatches(memberB, { companyId: A, status: "published" })).toThrow(NotFoundError);
    expect(() => authorizeMatches(staff, { companyId: A, status: "draft" })).toThrow(NotFoundError);
  });
});

describe("buyer decisions (lib/needs/access.ts)", () => {
  const refused = { staff: "La CCI lit.", notFound: "Besoin introuvable." };
  it("the need's company decides; staff are told why not; others do not learn the need exists", () => {
    expect(() => authorizeBuyerDecision(memberA, "need:award", { companyId: A }, refused)).not.toThrow();
    expect(() => authorizeBuyerDecision(staff, "need:award", { companyId: A }, refused)).toThrow(new ForbiddenError("La CCI lit."));
    expect(() => authorizeBuyerDecision(memberB, "need:answer-questions", { companyId: A }, refused)).toThrow(NotFoundError);
    expect(() => authorizeBuyerDecision(null, "need:award", { companyId: A }, refused)).toThrow(UnauthenticatedError);
  });
});

describe("company views (lib/companies/access.ts)", () => {
  it("members and staff without asking whether the company is public; others only while it is", async () => {
    const never = async () => {
      throw new Error("not asked");
    };
    expect(await companyViewer(memberA, A, never)).toBe("member");
    expect(await companyViewer(staff, A, never)).toBe("staff");
    expect(await companyViewer(null, A, async () => true)).toBe("public");
    expect(await companyViewer(memberB, A, async () => false)).toBeNull();
    expect(await companyViewer(null, A, async () => false)).toBeNull();
  });
});
