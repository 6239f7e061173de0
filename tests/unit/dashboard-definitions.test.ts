/** The dashboards' definitions on small hand-computed fixtures (a border supplier, a joint answer, a cancellation). */
import { describe, expect, it } from "vitest";
import {
  awardLines,
  distanceKm,
  groupTotals,
  monthOf,
  needMetrics,
  needRatios,
  publicFigure,
  quarterOf,
  share,
  splitAward,
  summarize,
  topAndRest,
  type AwardFacts,
  type SupplierFacts,
} from "@/lib/dashboards/definitions";

const TERRITORY = "200054807"; // Métropole d'Aix-Marseille-Provence
const AUBAGNE = { lat: 43.29036, lng: 5.56428 };
const supplier = (companyId: string, over: Partial<SupplierFacts>): SupplierFacts => ({
  companyId,
  communeCode: "13005",
  epciCode: TERRITORY,
  place: AUBAGNE,
  headcountBand: "02",
  section: "F",
  ...over,
});
/** A TPE in Aubagne, inside the metropolis. */
const localSme = supplier("local", {});
/** Saint-Cyr-sur-Mer: just across the border (Sud Sainte-Baume), 17.6 km from Aubagne; 250-499 employees. */
const border = supplier("border", { communeCode: "83112", epciCode: "248300394", place: { lat: 43.16997, lng: 5.70549 }, headcountBand: "32", section: "N" });
/** Avignon, 93 km away. */
const far = supplier("far", { communeCode: "84007", epciCode: "248400251", place: { lat: 43.94156, lng: 4.83326 }, headcountBand: "41" });

const award = (over: Partial<AwardFacts>): AwardFacts => ({
  id: "a",
  buyerCompanyId: "buyer",
  needId: "n",
  amountEur: 10_000,
  awardedOn: new Date("2026-03-10T10:00:00Z"),
  cancelledAt: null,
  needPlace: AUBAGNE,
  buyerPlace: { lat: 43.30018, lng: 5.38276 },
  lead: localSme,
  partners: [],
  ...over,
});

const borderAward = award({ id: "border", lead: border });
const jointAward = award({
  id: "joint",
  amountEur: 10_000,
  partners: [
    { supplier: border, sharePercent: 40, status: "accepted" },
    { supplier: far, sharePercent: 30, status: "pending" }, // not a co-contractor until accepted
  ],
});
const cancelledAward = award({ id: "cancelled", lead: far, amountEur: 50_000, cancelledAt: new Date("2026-03-12T10:00:00Z") });

describe("distances", () => {
  it("agree with PostgreSQL's earth_distance to the metre", () => {
    expect(distanceKm(AUBAGNE, border.place)).toBeCloseTo(17.629178, 3);
    expect(distanceKm(AUBAGNE, far.place)).toBeCloseTo(93.412516, 3);
    expect(distanceKm(AUBAGNE, { lat: 43.30018, lng: 5.38276 })).toBeCloseTo(14.747679, 3);
  });
});

describe("a supplier just across the territory border", () => {
  const [line] = awardLines(borderAward, TERRITORY);
  it("is not local, yet within 20 km of the need's place", () => {
    expect(line.local).toBe(false);
    const t = summarize([line]);
    expect(t.local).toEqual({ purchases: 0, amount: 0 });
    expect(t.withinKm[10]).toEqual({ purchases: 0, amount: 0 });
    expect(t.withinKm[20]).toEqual({ purchases: 1, amount: 10_000 });
    expect(t.withinKm[50]).toEqual({ purchases: 1, amount: 10_000 });
  });
  it("measures from the buyer's commune when the need has no place", () => {
    const [fromBuyer] = awardLines({ ...borderAward, needPlace: null }, TERRITORY);
    expect(fromBuyer.distanceKm).toBeCloseTo(29.92, 2); // Marseille 1er → Saint-Cyr, instead of 17.6 km from Aubagne
  });
});

describe("a joint answer", () => {
  it("splits the award by accepted partners' shares, the lead keeping the remainder", () => {
    const lines = awardLines(jointAward, TERRITORY);
    expect(lines.map((l) => [l.supplier.companyId, l.weight, l.amount])).toEqual([
      ["local", 0.6, 6_000],
      ["border", 0.4, 4_000],
    ]);
    const t = summarize(lines);
    expect(t.purchases).toBeCloseTo(1);
    expect(t.amount).toBeCloseTo(10_000);
    expect(t.local.amount).toBeCloseTo(6_000);
    expect(t.local.purchases).toBeCloseTo(0.6);
    expect(t.withinKm[10].amount).toBeCloseTo(6_000);
    expect(t.withinKm[20].amount).toBeCloseTo(10_000);
    expect(t.sme.amount).toBeCloseTo(6_000); // the border partner has 250+ employees
  });
  it("scales shares above 100 % down and leaves the lead nothing; a missing share counts 0", () => {
    const over = splitAward(
      award({
        partners: [
          { supplier: border, sharePercent: 80, status: "accepted" },
          { supplier: far, sharePercent: 80, status: "accepted" },
        ],
      }),
    );
    expect(over.map((r) => [r.supplier.companyId, r.weight])).toEqual([
      ["border", 0.5],
      ["far", 0.5],
    ]);
    const missing = splitAward(award({ partners: [{ supplier: border, sharePercent: null, status: "accepted" }] }));
    expect(missing.map((r) => [r.supplier.companyId, r.weight])).toEqual([["local", 1]]);
  });
  it("ignores the lead listed among its own partners", () => {
    const self = splitAward(award({ partners: [{ supplier: localSme, sharePercent: 30, status: "accepted" }] }));
    expect(self.map((r) => [r.supplier.companyId, r.weight])).toEqual([["local", 1]]);
  });
});

describe("a cancelled award", () => {
  it("counts nowhere", () => {
    expect(awardLines(cancelledAward, TERRITORY)).toEqual([]);
  });
});

describe("a buyer's period with the three", () => {
  const lines = [borderAward, jointAward, cancelledAward].flatMap((a) => awardLines(a, TERRITORY));
  const t = summarize(lines);
  it("gives the hand-computed totals and shares", () => {
    expect(t.purchases).toBeCloseTo(2);
    expect(t.amount).toBeCloseTo(20_000);
    expect(share(t.local.amount, t.amount)).toBeCloseTo(0.3); // 6 000 / 20 000
    expect(share(t.local.purchases, t.purchases)).toBeCloseTo(0.3); // 0.6 / 2
    expect(share(t.withinKm[10].amount, t.amount)).toBeCloseTo(0.3);
    expect(share(t.withinKm[20].amount, t.amount)).toBeCloseTo(1);
    expect(share(t.sme.amount, t.amount)).toBeCloseTo(0.3);
  });
  it("groups by activity family of the recipient", () => {
    const bySection = groupTotals(lines, (l) => l.supplier.section);
    expect(bySection.get("F")?.amount).toBeCloseTo(6_000);
    expect(bySection.get("N")?.amount).toBeCloseTo(14_000);
  });
  it("has no share without purchases", () => {
    expect(share(0, 0)).toBeNull();
  });
});

describe("months and quarters are Paris calendar periods", () => {
  it("puts 31 January 23:30 UTC in February (Paris is UTC+1)", () => {
    expect(monthOf(new Date("2026-01-31T23:30:00Z"))).toBe("2026-02");
    expect(monthOf(new Date("2026-01-31T22:30:00Z"))).toBe("2026-01");
    expect(quarterOf("2026-05")).toBe("2026-T2");
  });
});

describe("needs and answers", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 2, 1, h));
  const m = needMetrics([
    {
      publishedAt: at(0),
      awarded: true,
      answers: [
        { submittedAt: at(10), local: true },
        { submittedAt: at(4), local: true },
        { submittedAt: at(6), local: true },
      ],
    },
    { publishedAt: at(0), awarded: false, answers: [{ submittedAt: at(20), local: false }] },
    { publishedAt: at(0), awarded: false, answers: [] },
  ]);
  it("counts answers per need, the first answer's delay and needs with 3 local answers", () => {
    expect(m).toEqual({ needs: 3, answered: 2, answers: 4, localAnswers: 3, withThreeLocal: 1, awarded: 1, waitHours: 4 + 20 });
    const r = needRatios(m);
    expect(r.answersPerNeed).toBeCloseTo(4 / 3);
    expect(r.hoursToFirstAnswer).toBe(12);
    expect(r.shareWithThreeLocal).toBeCloseTo(1 / 3);
  });
});

describe("statistical secrecy", () => {
  it("hides a public figure computed from fewer than 5 companies", () => {
    expect(publicFigure(0.42, 4)).toBeNull();
    expect(publicFigure(0.42, 5)).toBe(0.42);
  });
});

describe("topAndRest (the buyer dashboard's EPCI table)", () => {
  const rows = Array.from({ length: 18 }, (_, i) => ({ key: `E${i}`, amount: 1000 - i * 10, purchases: i + 1 }));

  it("keeps the first rows in their order and sums the others on one line", () => {
    const { top, rest } = topAndRest(rows, 15);
    expect(top.map((r) => r.key)).toEqual(rows.slice(0, 15).map((r) => r.key));
    // Rows 15, 16, 17: amounts 850 + 840 + 830, purchases 16 + 17 + 18.
    expect(rest).toEqual({ count: 3, amount: 2520, purchases: 51 });
    const all = top.reduce((s, r) => s + r.amount, 0) + (rest?.amount ?? 0);
    expect(all).toBe(rows.reduce((s, r) => s + r.amount, 0));
  });

  it("has no rest line when every row fits", () => {
    expect(topAndRest(rows.slice(0, 15), 15)).toEqual({ top: rows.slice(0, 15), rest: null });
    expect(topAndRest([], 15)).toEqual({ top: [], rest: null });
  });
});
