/** The demo's year of history: deterministic, consistent, and enough to fill every dashboard. */
import { describe, expect, it } from "vitest";
import { buildCommuneRows, buildNafRows } from "../../db/reference/load";
import { DEMO_ACCOUNTS, generateDemoData, territoryCommunes } from "../../db/seed/generate";
import { generateDemoNeeds } from "../../db/seed/demo-needs";
import { generateDemoHistory, OUTSIDE_COMMUNES } from "../../db/seed/demo-history";
import { NEED_STATUSES } from "../../lib/needs/state-machine";

const EPCI = "200054807";
const communeRows = buildCommuneRows().communes;
const communes = territoryCommunes(communeRows, EPCI);
const nafSubclasses = buildNafRows()
  .filter((n) => n.level === "subclass")
  .map((n) => n.code);
const now = new Date("2026-12-05T09:00:00Z");
const data = generateDemoData({ seed: 20261124, communes, nafSubclasses });
const currentNeeds = generateDemoNeeds(20261124, data.companies, data.memberships, now);
const adminCompany = (email: string) => {
  const user = data.users.find((u) => u.email === email)!;
  return data.memberships.find((m) => m.userId === user.id && m.role === "admin")!.companyId;
};
const publicBuyer = adminCompany(DEMO_ACCOUNTS.publicBuyer.email);
const demoBuyer = adminCompany(DEMO_ACCOUNTS.buyer.email);
const reservedSuppliers = new Set([adminCompany(DEMO_ACCOUNTS.supplier.email), adminCompany(DEMO_ACCOUNTS.supplier2.email)]);
const outsideCommunes = new Set(communeRows.filter((c) => OUTSIDE_COMMUNES.includes(c.inseeCode) && c.epciCode !== EPCI).map((c) => c.inseeCode));
const generate = () =>
  generateDemoHistory({
    seed: 20261124,
    companies: data.companies,
    memberships: data.memberships,
    currentNeeds,
    now,
    outsideCommunes,
    noAwardsFor: new Set([publicBuyer]),
    demoBuyerId: demoBuyer,
    reservedSuppliers,
  });
const h = generate();
const needById = new Map([...currentNeeds, ...h.needs].map((n) => [n.id, n]));
const territory = new Set(communes.map((c) => c.inseeCode));
const companyById = new Map([...data.companies, ...h.companies].map((c) => [c.id, c]));

describe("demo history", () => {
  it("is the same for the same seed and date", () => {
    expect(generate()).toEqual(h);
  });

  it("has needs in every state and nothing dated after now", () => {
    expect(new Set([...currentNeeds, ...h.needs].map((n) => n.status))).toEqual(new Set(NEED_STATUSES));
    const dates = [
      ...h.needs.flatMap((n) => [n.createdAt, n.publishedAt, n.awardedAt]),
      ...h.answers.map((a) => a.submittedAt),
      ...h.awards.map((a) => a.awardedOn),
      ...h.followUps.flatMap((f) => [f.askedAt, f.respondedAt]),
    ];
    for (const d of dates) if (d) expect(d.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("awards a year of purchases, local and from outside the territory, never to the demo public buyer", () => {
    const months = new Set(h.awards.map((a) => a.awardedOn.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(10);
    expect(h.awards.some((a) => a.buyerCompanyId === demoBuyer)).toBe(true);
    expect(h.awards.filter((a) => a.buyerCompanyId === publicBuyer)).toEqual([]);
    const local = h.awards.filter((a) => territory.has(companyById.get(a.supplierCompanyId)!.communeCode));
    expect(local.length).toBeGreaterThan(h.awards.length / 2);
    expect(local.length).toBeLessThan(h.awards.length);
  });

  it("keeps answers, awards and follow-ups consistent with their needs", () => {
    expect(new Set(h.answers.map((a) => `${a.needId}:${a.companyId}`)).size).toBe(h.answers.length);
    expect(new Set(h.followUps.map((f) => `${f.needId}:${f.companyId}`)).size).toBe(h.followUps.length);
    for (const award of h.awards) {
      const answer = h.answers.find((a) => a.id === award.answerId)!;
      expect(answer).toMatchObject({ status: "awarded", needId: award.needId, companyId: award.supplierCompanyId });
      expect(needById.get(award.needId)!.status).toBe("awarded");
    }
    for (const a of h.answers) {
      const need = needById.get(a.needId)!;
      expect(companyById.get(a.companyId)!.isLargeBuyer).toBe(false);
      expect(a.companyId).not.toBe(need.companyId);
      expect(reservedSuppliers.has(a.companyId)).toBe(false);
    }
    expect(h.followUps.length).toBeGreaterThan(0);
  });

  it("leaves the demo buyer closed needs with answers to compare and award", () => {
    const toDecide = [...currentNeeds, ...h.needs].filter((n) => n.companyId === demoBuyer && n.status === "closed" && n.responseDeadline < now);
    const withAnswers = toDecide.filter((n) => h.answers.filter((a) => a.needId === n.id && a.status === "submitted").length >= 2);
    expect(withAnswers.length).toBeGreaterThanOrEqual(2);
  });
});
