/**
 * The shapes of dashboard figures, shared by the SQL reads here and the pure definitions in
 * lib/dashboards/definitions.ts (which says what each figure means and re-exports these).
 */

export const RADII_KM = [10, 20, 30, 50] as const;
export type RadiusKm = (typeof RADII_KM)[number];

/** How many supplier communes the buyer dashboard lists (the largest). */
export const TOP_COMMUNES = 15;
/**
 * How many supplier EPCIs the buyer dashboard lists (the largest; the others on one line). The largest buyer
 * of the scale set buys from 460: listed in full, they made a 440 KB page, 11 % of a static page's throughput.
 * The exports keep every one.
 */
export const TOP_EPCIS = 15;

/** A purchase count (weighted) and an amount. */
export interface Measure {
  purchases: number;
  amount: number;
}

/** All purchases, those from local suppliers and those from SMEs. */
export interface CoreTotals extends Measure {
  local: Measure;
  sme: Measure;
}

export interface Totals extends CoreTotals {
  withinKm: Record<RadiusKm, Measure>;
}

export interface NeedMetrics {
  needs: number;
  answered: number;
  answers: number;
  localAnswers: number;
  withThreeLocal: number;
  awarded: number;
  /** Sum over answered needs of the hours from publication to the first answer. */
  waitHours: number;
}
