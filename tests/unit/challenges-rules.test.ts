/** Pure rules of challenges: the life cycle on the needs' machine, application decisions, who reads what, « jeune entreprise ». */
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { challengeViewer, mayReadApplication, mayReadFullText } from "@/lib/challenges/access";
import { challengeInputSchema, ZApplicationInput } from "@/lib/challenges/schemas";
import { applyApplicationDecision, applyChallengeEvent } from "@/lib/challenges/state-machine";
import { isYoungCompany, youngSince } from "@/lib/challenges/young";
import { ConflictError } from "@/lib/errors";

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
const ownerA = person({ memberships: [{ companyId: A, companyName: "A", role: "member" }] });
const memberB = person({ memberships: [{ companyId: B, companyName: "B", role: "admin" }] });
const staff = person({ platformRole: "staff" });
const lone = person({});

describe("challenge life cycle", () => {
  const at = new Date("2027-01-10T10:00:00Z");
  it("follows the needs' transitions with the challenge's words", () => {
    expect(applyChallengeEvent("draft", "submit", "company", at)).toEqual({ status: "submitted", submittedAt: at });
    expect(applyChallengeEvent("submitted", "approve", "staff", at)).toEqual({ status: "published", publishedAt: at });
    expect(applyChallengeEvent("closed", "award", "company", at)).toEqual({ status: "awarded", awardedAt: at });
    expect(() => applyChallengeEvent("draft", "approve", "staff", at)).toThrow(/le défi est « Brouillon »/);
    expect(() => applyChallengeEvent("submitted", "approve", "company", at)).toThrow(ConflictError);
  });

  it("an application is shortlisted before it is selected, and a decision is final", () => {
    expect(applyApplicationDecision("submitted", "shortlist")).toBe("shortlisted");
    expect(applyApplicationDecision("shortlisted", "select")).toBe("selected");
    expect(applyApplicationDecision("submitted", "decline")).toBe("declined");
    expect(() => applyApplicationDecision("submitted", "select")).toThrow(ConflictError);
    expect(() => applyApplicationDecision("declined", "shortlist")).toThrow(/Non retenue/);
  });
});

describe("who reads what", () => {
  it("drafts are the company's; staff see what was submitted; published challenges are everyone's, the full text for companies", () => {
    expect(challengeViewer(ownerA, { companyId: A, status: "draft", companySuspended: false })).toBe("owner");
    expect(challengeViewer(staff, { companyId: A, status: "draft", companySuspended: false })).toBeNull();
    expect(challengeViewer(memberB, { companyId: A, status: "submitted", companySuspended: false })).toBeNull();
    expect(challengeViewer(staff, { companyId: A, status: "submitted", companySuspended: false })).toBe("staff");
    expect(challengeViewer(memberB, { companyId: A, status: "published", companySuspended: false })).toBe("company");
    expect(challengeViewer(lone, { companyId: A, status: "published", companySuspended: false })).toBe("visitor");
    expect(challengeViewer(null, { companyId: A, status: "awarded", companySuspended: false })).toBe("visitor");
  });

  it("a suspended company's challenge is seen by that company and staff only", () => {
    const suspended = { companyId: A, status: "published" as const, companySuspended: true };
    expect(challengeViewer(ownerA, suspended)).toBe("owner");
    expect(challengeViewer(staff, suspended)).toBe("staff");
    expect(challengeViewer(memberB, suspended)).toBeNull();
    expect(challengeViewer(lone, suspended)).toBeNull();
    expect(challengeViewer(null, suspended)).toBeNull();
  });

  it("the NDA gates the full text of a confidential challenge; visitors never read it", () => {
    expect(mayReadFullText("company", true, false)).toBe(false);
    expect(mayReadFullText("company", true, true)).toBe(true);
    expect(mayReadFullText("company", false, false)).toBe(true);
    expect(mayReadFullText("visitor", false, false)).toBe(false);
    expect(mayReadFullText("owner", true, false)).toBe(true);
    expect(mayReadFullText("staff", true, false)).toBe(true);
    expect(mayReadFullText(null, false, true)).toBe(false);
  });

  it("an application is read by the challenge's company, staff and the applicant, never by another applicant", () => {
    const C = "00000000-0000-4000-8000-00000000000c";
    expect(mayReadApplication(ownerA, A, B)).toBe(true);
    expect(mayReadApplication(memberB, A, B)).toBe(true);
    expect(mayReadApplication(staff, A, B)).toBe(true);
    expect(mayReadApplication(memberB, A, C)).toBe(false);
    expect(mayReadApplication(null, A, B)).toBe(false);
  });
});

describe("« jeune entreprise »", () => {
  it("is under 3 years from the SIRENE creation date, the day itself excluded", () => {
    expect(youngSince("2026-12-05")).toBe("2023-12-05");
    expect(isYoungCompany("2023-12-06", "2026-12-05")).toBe(true);
    expect(isYoungCompany("2023-12-05", "2026-12-05")).toBe(false);
    expect(isYoungCompany(null, "2026-12-05")).toBe(false);
    expect(isYoungCompany("2027-01-01", "2026-12-05")).toBe(false);
    expect(youngSince("2028-02-29")).toBe("2025-03-01");
  });
});

describe("forms", () => {
  const now = new Date("2027-01-10T10:00:00Z");
  const base = {
    title: "Un défi de test",
    summary: "Un résumé public assez long pour passer.",
    problem: "Un problème décrit en vingt caractères.",
    context: "",
    expectedSolution: "Une solution attendue.",
    maturity: "idea",
    reward: "pilot",
    budgetBand: "lt_10k",
    deadline: "2027-02-01",
    confidential: "",
    ndaText: "",
    openToYoung: "on",
  };
  it("a deadline in the past is refused, and a public challenge keeps no NDA text", () => {
    expect(challengeInputSchema(now).safeParse({ ...base, deadline: "2027-01-09" }).success).toBe(false);
    const parsed = challengeInputSchema(now).parse({ ...base, ndaText: "x".repeat(60) });
    expect(parsed.ndaText).toBeNull();
    expect(parsed.openToYoung).toBe(true);
  });
  it("TRL is 1 to 9 and a video link is http(s) only", () => {
    const app = { solution: "s".repeat(40), trl: "10", team: "une équipe solide", references: "" };
    expect(ZApplicationInput.safeParse(app).success).toBe(false);
    expect(ZApplicationInput.safeParse({ ...app, trl: "9", videoUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(ZApplicationInput.parse({ ...app, trl: "9", videoUrl: "https://vimeo.com/1" }).videoUrl).toBe("https://vimeo.com/1");
  });
});
