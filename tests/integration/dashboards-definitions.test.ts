/**
 * The buyer dashboard on the database for the three hand-computed cases of the unit tests: a supplier just
 * across the border, a joint answer split 60/40 (a pending partner ignored), a cancelled award.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadBuyerDashboard } from "@/lib/dashboards/service";
import type { Actor } from "@/lib/auth/actor";
import { companyWithTeam } from "../factories/actors";
import { AUBAGNE, AVIGNON, SAINT_CYR, awardOf, partnerOf, publishedNeed, submittedAnswer, supplierIn } from "../factories/awards";
import { db, resetDatabase } from "./db";

const MARCH = { from: "2026-03", to: "2026-03" };
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10));
let member: Actor;
let buyerId: string;

beforeAll(async () => {
  await resetDatabase();
  const buyer = await companyWithTeam(db()); // signs up in Aubagne (13005)
  buyerId = buyer.companyId;
  member = buyer.member;
  const local = await supplierIn(db(), AUBAGNE, { headcountBand: "02", nafCode: "43.32A" });
  const border = await supplierIn(db(), SAINT_CYR, { headcountBand: "32", nafCode: "81.21Z" });
  const far = await supplierIn(db(), AVIGNON, { headcountBand: "41" });

  const n1 = await publishedNeed(db(), buyerId, { communeCode: AUBAGNE, publishedAt: at(1) });
  await awardOf(db(), { needId: n1, buyerId, supplierId: border, amountEur: 10_000, awardedOn: at(10) });

  const n2 = await publishedNeed(db(), buyerId, { communeCode: AUBAGNE, publishedAt: at(1) });
  const joint = await submittedAnswer(db(), n2, local, at(2));
  await partnerOf(db(), joint, border, 40);
  await partnerOf(db(), joint, far, 30, "pending");
  await awardOf(db(), { needId: n2, buyerId, supplierId: local, amountEur: 10_000, awardedOn: at(10), answerId: joint });

  const n3 = await publishedNeed(db(), buyerId, { communeCode: AUBAGNE, publishedAt: at(1) });
  await awardOf(db(), { needId: n3, buyerId, supplierId: far, amountEur: 50_000, awardedOn: at(11), cancelledAt: at(12) });
});

describe("buyer dashboard on the three edge cases", () => {
  it("counts 2 purchases for 20 000 €, the cancelled one nowhere", async () => {
    const d = await loadBuyerDashboard(db(), member, buyerId, MARCH);
    expect(d.totals.purchases).toBeCloseTo(2);
    expect(d.totals.amount).toBeCloseTo(20_000);
    expect(d.months.map((m) => m.month)).toEqual(["2026-03"]);
  });

  it("gives 30 % local (only the joint answer's 60 % lead is in the metropolis)", async () => {
    const { totals: t } = await loadBuyerDashboard(db(), member, buyerId, MARCH);
    expect(t.local.amount).toBeCloseTo(6_000);
    expect(t.local.purchases).toBeCloseTo(0.6);
    expect(t.sme.amount).toBeCloseTo(6_000);
  });

  it("counts the border supplier within 20 km but not within 10 km", async () => {
    const { totals: t } = await loadBuyerDashboard(db(), member, buyerId, MARCH);
    expect(t.withinKm[10].amount).toBeCloseTo(6_000);
    expect(t.withinKm[20].amount).toBeCloseTo(20_000);
    expect(t.withinKm[50].purchases).toBeCloseTo(2);
  });

  it("breaks down by activity family and EPCI of each co-contractor", async () => {
    const d = await loadBuyerDashboard(db(), member, buyerId, MARCH);
    expect(d.bySection.map((s) => [s.key, Math.round(s.amount)])).toEqual([
      ["N", 14_000],
      ["F", 6_000],
    ]);
    expect(d.byEpci.map((e) => [e.key, Math.round(e.amount), Math.round(e.local.amount)])).toEqual([
      ["248300394", 14_000, 0],
      ["200054807", 6_000, 6_000],
    ]);
    expect(d.byCommune[0]).toMatchObject({ key: SAINT_CYR, label: "Saint-Cyr-sur-Mer (83270)" });
  });

  it("counts the need answered within a day, with fewer than 3 local answers", async () => {
    const d = await loadBuyerDashboard(db(), member, buyerId, MARCH);
    expect(d.needs).toMatchObject({ needs: 3, answered: 1, answers: 1, localAnswers: 1, withThreeLocal: 0 });
    expect(d.needs.waitHours).toBeCloseTo(24);
  });
});
