/** The permission table as a matrix: every role × operation cell is asserted. */
import { describe, expect, it } from "vitest";
import { authorize, can, relationsOf, type Actor } from "@/lib/auth/actor";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const person = (over: Partial<Actor>): Actor => ({
  userId: "u",
  email: "x@y.fr",
  firstName: "X",
  lastName: "Y",
  platformRole: "user",
  memberships: [],
  ...over,
});

const ROLES: Record<string, Actor | null> = {
  anonymous: null,
  memberA: person({ memberships: [{ companyId: A, companyName: "A", role: "member" }] }),
  adminA: person({ memberships: [{ companyId: A, companyName: "A", role: "admin" }] }),
  memberB: person({ memberships: [{ companyId: B, companyName: "B", role: "member" }] }),
  staff: person({ platformRole: "staff" }),
};

// Expected outcome on a resource of company A. Y = allowed, n = refused.
const MATRIX: Record<Permission, Record<keyof typeof ROLES, "Y" | "n">> = {
  "company:view-public": { anonymous: "Y", memberA: "Y", adminA: "Y", memberB: "Y", staff: "Y" },
  "company:view-private": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "Y" },
  "company:edit-profile": { anonymous: "n", memberA: "n", adminA: "Y", memberB: "n", staff: "n" },
  "company:manage-members": { anonymous: "n", memberA: "n", adminA: "Y", memberB: "n", staff: "n" },
  "company:manage-api": { anonymous: "n", memberA: "n", adminA: "Y", memberB: "n", staff: "n" },
  "partner:manage": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "company:leave": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "company:sign-charter": { anonymous: "n", memberA: "n", adminA: "Y", memberB: "n", staff: "n" },
  "company:use-space": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "company:verify": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "company:flag-large-buyer": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "company:suspend": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "staff:access": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "audit:view": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "account:view-own": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "Y", staff: "Y" },
  "need:create": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:edit": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:submit": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:delete": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:cancel": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:invite": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:view-draft": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:view-in-review": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "Y" },
  "need:view-published": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "Y", staff: "Y" },
  "need:browse-all": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "need:award": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "need:answer-questions": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "answer:view-any": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "offer:create": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "offer:edit": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "offer:submit": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "offer:view-unpublished": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "Y" },
  "moderation:decide": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "need:view-matches": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "Y" },
  "matching:configure": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "dashboard:buyer": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "dashboard:territory": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "export:companies": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "event:manage": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
  "event:register": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "challenge:post": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "challenge:view-applications": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "Y" },
  "challenge:apply": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "skills:post": { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
  "skills:validate": { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
};

describe("permission matrix (resource owned by company A)", () => {
  it("covers every permission of the table", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const [permission, row] of Object.entries(MATRIX) as [Permission, Record<string, "Y" | "n">][]) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${role} ${expected === "Y" ? "may" : "may not"} ${permission}`, () => {
        expect(can(ROLES[role], permission, { companyId: A })).toBe(expected === "Y");
      });
    }
  }
});

describe("authorize()", () => {
  it("asks anonymous visitors to sign in and refuses others with ForbiddenError", () => {
    expect(() => authorize(null, "company:use-space", { companyId: A })).toThrow(UnauthenticatedError);
    expect(() => authorize(ROLES.memberB, "company:use-space", { companyId: A })).toThrow(ForbiddenError);
    expect(() => authorize(ROLES.memberA, "company:use-space", { companyId: A })).not.toThrow();
  });

  it("gives no company relation without a resource company", () => {
    expect(relationsOf(ROLES.adminA)).toEqual(["user"]);
    expect(can(ROLES.adminA, "company:edit-profile")).toBe(false);
  });
});
