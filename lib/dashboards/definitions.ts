/**
 * What the dashboards' figures mean, as pure functions. The SQL rollups (db/migrations/0005_dashboards.sql)
 * implement the same rules; tests check that both agree.
 *
 * - A purchase is an award in force: a cancelled award (cancelledAt set) counts nowhere.
 * - A joint answer's award is split between the co-contractors by their share_percent (accepted partners
 *   only, a missing share counts 0); the awarded supplier (the lead) keeps the remainder. Shares above 100 %
 *   in total are scaled down to 100 % and the lead then keeps nothing. Each recipient is a "line".
 * - Counts are weighted by the same shares: a 60/40 joint award is 0.6 purchase for one and 0.4 for the
 *   other, so the number of purchases is the number of awards and shares by count stay within 0–100 %.
 * - Local: the recipient's commune belongs to the territory EPCI (municipal arrondissements carry their
 *   city's EPCI in the reference data).
 * - Within N km: the great-circle distance from the need's place of delivery (else the buyer's commune) to
 *   the recipient's commune centre is at most N km — a supplier just across the EPCI border is not local
 *   but can be within N km.
 * - SME: SIRENE headcount band under 250 employees (isSmeBand); "NN" (unknown) is not an SME.
 * - Activity family: the NAF section of the recipient's main activity.
 * - Months and quarters are calendar periods in Europe/Paris.
 */
import { isSmeBand } from "@/lib/companies/headcount-bands";
import { parisDay } from "@/lib/dates";
import { RADII_KM, type Measure, type NeedMetrics, type Totals } from "@/db/queries/dashboards/shapes";

export { RADII_KM, TOP_COMMUNES, TOP_EPCIS, type CoreTotals, type Measure, type NeedMetrics, type RadiusKm, type Totals } from "@/db/queries/dashboards/shapes";
/** Below this many companies, a public figure is not shown (statistical secrecy). */
export const MIN_COMPANIES_PER_CELL = 5;

export interface Place {
  lat: number;
  lng: number;
}

export interface SupplierFacts {
  companyId: string;
  communeCode: string;
  epciCode: string | null;
  place: Place;
  headcountBand: string;
  section: string;
}

export interface AwardFacts {
  id: string;
  buyerCompanyId: string;
  needId: string;
  amountEur: number;
  awardedOn: Date;
  cancelledAt: Date | null;
  /** The need's place of delivery; the buyer's commune when unknown. */
  needPlace: Place | null;
  buyerPlace: Place;
  lead: SupplierFacts;
  partners: { supplier: SupplierFacts; sharePercent: number | null; status: "pending" | "accepted" | "declined" }[];
}

export interface AwardLine {
  awardId: string;
  buyerCompanyId: string;
  needId: string;
  supplier: SupplierFacts;
  /** "2026-01" (Paris). */
  month: string;
  weight: number;
  amount: number;
  local: boolean;
  sme: boolean;
  distanceKm: number;
}

/** Earth radius of PostgreSQL's earthdistance (earth()), so that border cases agree with the SQL. */
const EARTH_RADIUS_KM = 6378.168;

export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const isLocal = (epciCode: string | null, territoryEpci: string) => epciCode !== null && epciCode === territoryEpci;

export const monthOf = (at: Date) => parisDay(at).slice(0, 7);

/** "2026-05" → "2026-T2" */
export function quarterOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${y}-T${Math.ceil(m / 3)}`;
}

/** Who receives what share of an award: the lead's remainder and each accepted partner's share (0–1). */
export function splitAward(award: AwardFacts): { supplier: SupplierFacts; weight: number }[] {
  // The lead listed among its own partners is ignored: it keeps the remainder anyway.
  const partners = award.partners.filter((p) => p.status === "accepted" && p.supplier.companyId !== award.lead.companyId);
  const total = partners.reduce((s, p) => s + (p.sharePercent ?? 0) / 100, 0);
  const scale = Math.max(1, total);
  return [
    { supplier: award.lead, weight: Math.max(0, 1 - total) },
    ...partners.map((p) => ({ supplier: p.supplier, weight: (p.sharePercent ?? 0) / 100 / scale })),
  ].filter((r) => r.weight > 0);
}

export function awardLines(award: AwardFacts, territoryEpci: string): AwardLine[] {
  if (award.cancelledAt) return [];
  const from = award.needPlace ?? award.buyerPlace;
  return splitAward(award).map(({ supplier, weight }) => ({
    awardId: award.id,
    buyerCompanyId: award.buyerCompanyId,
    needId: award.needId,
    supplier,
    month: monthOf(award.awardedOn),
    weight,
    amount: award.amountEur * weight,
    local: isLocal(supplier.epciCode, territoryEpci),
    sme: isSmeBand(supplier.headcountBand),
    distanceKm: distanceKm(from, supplier.place),
  }));
}

const zero = (): Measure => ({ purchases: 0, amount: 0 });

export function emptyTotals(): Totals {
  return { ...zero(), local: zero(), sme: zero(), withinKm: { 10: zero(), 20: zero(), 30: zero(), 50: zero() } };
}

function addTo(m: Measure, line: { weight: number; amount: number }) {
  m.purchases += line.weight;
  m.amount += line.amount;
}

export function summarize(lines: readonly AwardLine[]): Totals {
  const t = emptyTotals();
  for (const line of lines) {
    addTo(t, line);
    if (line.local) addTo(t.local, line);
    if (line.sme) addTo(t.sme, line);
    for (const r of RADII_KM) if (line.distanceKm <= r) addTo(t.withinKm[r], line);
  }
  return t;
}

/** Sums totals (months of a period, buyers of a territory…). */
export function addTotals(rows: readonly Totals[]): Totals {
  const t = emptyTotals();
  const add = (m: Measure, o: Measure) => {
    m.purchases += o.purchases;
    m.amount += o.amount;
  };
  for (const r of rows) {
    add(t, r);
    add(t.local, r.local);
    add(t.sme, r.sme);
    for (const k of RADII_KM) add(t.withinKm[k], r.withinKm[k]);
  }
  return t;
}

/** part / total, or null when there is nothing to divide (shown as "—", never as 0 %). */
export function share(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}

/**
 * The `top` first rows as they are, the rest summed on one line (`rest` null when there is no rest): a buyer of
 * the whole country buys from hundreds of EPCIs, and a page that lists them all is too heavy to read or to serve.
 */
export function topAndRest<T extends { amount: number; purchases: number }>(
  rows: readonly T[],
  top: number,
): { top: T[]; rest: { count: number; amount: number; purchases: number } | null } {
  const tail = rows.slice(top);
  const rest =
    tail.length === 0 ? null : { count: tail.length, amount: tail.reduce((s, r) => s + r.amount, 0), purchases: tail.reduce((s, r) => s + r.purchases, 0) };
  return { top: rows.slice(0, top), rest };
}

/** Lines grouped by a key (activity family, EPCI, commune, month), each group summarized. */
export function groupTotals(lines: readonly AwardLine[], key: (l: AwardLine) => string): Map<string, Totals> {
  const groups = new Map<string, AwardLine[]>();
  for (const l of lines) groups.set(key(l), [...(groups.get(key(l)) ?? []), l]);
  return new Map([...groups].map(([k, ls]) => [k, summarize(ls)]));
}

export interface NeedFacts {
  publishedAt: Date;
  /** Submitted answers that were not withdrawn. */
  answers: { submittedAt: Date; local: boolean }[];
  awarded: boolean;
}

export function needMetrics(needs: readonly NeedFacts[]): NeedMetrics {
  const m: NeedMetrics = { needs: 0, answered: 0, answers: 0, localAnswers: 0, withThreeLocal: 0, awarded: 0, waitHours: 0 };
  for (const n of needs) {
    m.needs += 1;
    m.answers += n.answers.length;
    const local = n.answers.filter((a) => a.local).length;
    m.localAnswers += local;
    if (local >= 3) m.withThreeLocal += 1;
    if (n.awarded) m.awarded += 1;
    if (n.answers.length) {
      m.answered += 1;
      const first = Math.min(...n.answers.map((a) => a.submittedAt.getTime()));
      m.waitHours += (first - n.publishedAt.getTime()) / 3_600_000;
    }
  }
  return m;
}

/** Sums need metrics (months of a period, buyers of a territory). */
export const addNeedMetrics = (rows: readonly NeedMetrics[]): NeedMetrics =>
  rows.reduce(
    (t, r) => ({
      needs: t.needs + r.needs,
      answered: t.answered + r.answered,
      answers: t.answers + r.answers,
      localAnswers: t.localAnswers + r.localAnswers,
      withThreeLocal: t.withThreeLocal + r.withThreeLocal,
      awarded: t.awarded + r.awarded,
      waitHours: t.waitHours + r.waitHours,
    }),
    needMetrics([]),
  );

/** Derived ratios of need metrics: answers per need, average hours to the first answer, share with ≥ 3 local. */
export function needRatios(m: NeedMetrics) {
  return {
    answersPerNeed: m.needs ? m.answers / m.needs : null,
    hoursToFirstAnswer: m.answered ? m.waitHours / m.answered : null,
    shareWithThreeLocal: share(m.withThreeLocal, m.needs),
  };
}

/** A public figure with how many companies it comes from: hidden (null) below the threshold. */
export function publicFigure<T>(value: T, companies: number, min = MIN_COMPANIES_PER_CELL): T | null {
  return companies >= min ? value : null;
}
