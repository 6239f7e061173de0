/** The answer privacy rules as a matrix: viewer × answer status → identity seen, details seen. */
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ANSWER_STATUSES, answersOpen, answerViewer, mayReadAnswerDetails, questionView, supplierStatusLabel, type AnswerStatus } from "@/lib/answers/access";

const BUYER = "b0000000-0000-4000-8000-000000000000";
const LEAD = "a0000000-0000-4000-8000-000000000000";
const PARTNER = "c0000000-0000-4000-8000-000000000000";
const OTHER = "d0000000-0000-4000-8000-000000000000";

const person = (memberships: Actor["memberships"], platformRole: Actor["platformRole"] = "user"): Actor => ({
  userId: "u",
  email: "x@exemple.fr",
  firstName: "X",
  lastName: "Y",
  platformRole,
  memberships,
});
const member = (companyId: string, role: "admin" | "member" = "member") => person([{ companyId, companyName: "C", role }]);

const ROLES = {
  anonymous: null,
  leadMember: member(LEAD),
  leadAdmin: member(LEAD, "admin"),
  partner: member(PARTNER),
  buyer: member(BUYER),
  competitor: member(OTHER),
  staff: person([], "staff"),
} as const;
type Role = keyof typeof ROLES;

/** "-" not seen at all, "id" sees the company's name only, "all" sees price, message and documents. */
const EXPECTED: Record<Role, Record<AnswerStatus, "-" | "id" | "all">> = {
  anonymous: { interested: "-", submitted: "-", withdrawn: "-", shortlisted: "-", awarded: "-", not_retained: "-" },
  leadMember: { interested: "all", submitted: "all", withdrawn: "all", shortlisted: "all", awarded: "all", not_retained: "all" },
  leadAdmin: { interested: "all", submitted: "all", withdrawn: "all", shortlisted: "all", awarded: "all", not_retained: "all" },
  partner: { interested: "all", submitted: "all", withdrawn: "all", shortlisted: "all", awarded: "all", not_retained: "all" },
  buyer: { interested: "id", submitted: "all", withdrawn: "-", shortlisted: "all", awarded: "all", not_retained: "all" },
  competitor: { interested: "-", submitted: "-", withdrawn: "-", shortlisted: "-", awarded: "-", not_retained: "-" },
  staff: { interested: "all", submitted: "all", withdrawn: "all", shortlisted: "all", awarded: "all", not_retained: "all" },
};

describe("answer privacy matrix (pure rules)", () => {
  for (const role of Object.keys(ROLES) as Role[]) {
    for (const status of ANSWER_STATUSES) {
      it(`${role} on a ${status} answer: ${EXPECTED[role][status]}`, () => {
        const viewer = answerViewer(ROLES[role], { needCompanyId: BUYER, answerCompanyId: LEAD, status, partnerCompanyIds: [PARTNER] });
        const seen = viewer === null ? "-" : mayReadAnswerDetails(viewer, status) ? "all" : "id";
        expect(seen).toBe(EXPECTED[role][status]);
      });
    }
  }

  it("a partner that declined no longer sees the joint answer", () => {
    expect(answerViewer(ROLES.partner, { needCompanyId: BUYER, answerCompanyId: LEAD, status: "submitted", partnerCompanyIds: [] })).toBeNull();
  });
});

describe("questions", () => {
  const q = { companyId: LEAD, companyName: "Menuiserie Roux", question: "Le site est-il accessible le samedi ?", answer: "Oui.", published: false };

  it("the buyer and staff see who asked; the asker sees its private reply; others see nothing", () => {
    expect(questionView("owner", null, q)?.askedBy).toBe("Menuiserie Roux");
    expect(questionView("staff", null, q)?.askedBy).toBe("Menuiserie Roux");
    expect(questionView("supplier", LEAD, q)).toMatchObject({ answer: "Oui.", askedBy: null, mine: true });
    expect(questionView("supplier", OTHER, q)).toBeNull();
  });

  it("a published Q&A reaches every supplier, anonymised, once answered", () => {
    expect(questionView("supplier", OTHER, { ...q, published: true })).toEqual({
      question: q.question,
      answer: "Oui.",
      askedBy: null,
      published: true,
      mine: false,
    });
    expect(questionView("supplier", OTHER, { ...q, published: true, answer: null })).toBeNull();
  });
});

describe("deadline and labels", () => {
  const now = new Date("2026-11-24T10:00:00Z");
  it("answers are open while published and before the deadline", () => {
    expect(answersOpen({ status: "published", responseDeadline: new Date("2026-11-24T10:00:01Z") }, now)).toBe(true);
    expect(answersOpen({ status: "published", responseDeadline: now }, now)).toBe(false);
    expect(answersOpen({ status: "closed", responseDeadline: new Date("2026-12-24T10:00:00Z") }, now)).toBe(false);
  });

  it("a joint answer waiting for partners says so", () => {
    expect(supplierStatusLabel({ status: "interested", priceEur: 1000, pendingPartners: 1, declinedPartners: 0 })).toBe(
      "En attente de l'accord des partenaires",
    );
    expect(supplierStatusLabel({ status: "interested", priceEur: null, pendingPartners: 0, declinedPartners: 0 })).toBe("Intéressé (réponse non déposée)");
    expect(supplierStatusLabel({ status: "not_retained", priceEur: 1000, pendingPartners: 0, declinedPartners: 0 })).toBe("Non retenue");
  });
});
