import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { offerViewer } from "@/lib/offers/access";

const A = "00000000-0000-4000-8000-00000000000a";
const person = (over: Partial<Actor>): Actor => ({
  userId: "u",
  email: "x@y.fr",
  firstName: "X",
  lastName: "Y",
  platformRole: "user",
  memberships: [],
  ...over,
});
const staff = person({ platformRole: "staff" });
const memberA = person({ memberships: [{ companyId: A, companyName: "A", role: "member" }] });
const other = person({ memberships: [{ companyId: "b", companyName: "B", role: "admin" }] });

describe("who sees an offer", () => {
  it("keeps drafts inside the company, even from staff", () => {
    const draft = { companyId: A, status: "draft" as const, companyPublic: true };
    expect(offerViewer(memberA, draft)).toBe("owner");
    expect(offerViewer(staff, draft)).toBeNull();
    expect(offerViewer(other, draft)).toBeNull();
  });
  it("shows submitted offers to staff, published ones to everyone while the company is public", () => {
    expect(offerViewer(staff, { companyId: A, status: "submitted", companyPublic: true })).toBe("staff");
    expect(offerViewer(null, { companyId: A, status: "published", companyPublic: true })).toBe("public");
    expect(offerViewer(null, { companyId: A, status: "published", companyPublic: false })).toBeNull();
  });
});
