/** Shared shapes of the dashboards' SQL rows: numeric columns arrive as strings from pg. */
import { sql, type SQL } from "drizzle-orm";
import { monthStart, type Period } from "../period";
import type { CoreTotals, Measure, NeedMetrics, Totals } from "./shapes";

export type Num = string | number | null;
export const num = (v: Num) => (v === null ? 0 : Number(v));

export type MeasureCols = { purchases: Num; amount: Num };
export const measure = (purchases: Num, amount: Num): Measure => ({ purchases: num(purchases), amount: num(amount) });

export type CoreCols = MeasureCols & { local_purchases: Num; local_amount: Num; sme_purchases: Num; sme_amount: Num };
export type TotalsCols = CoreCols & {
  km10_purchases: Num;
  km10_amount: Num;
  km20_purchases: Num;
  km20_amount: Num;
  km30_purchases: Num;
  km30_amount: Num;
  km50_purchases: Num;
  km50_amount: Num;
};

export const toCore = (r: CoreCols): CoreTotals => ({
  ...measure(r.purchases, r.amount),
  local: measure(r.local_purchases, r.local_amount),
  sme: measure(r.sme_purchases, r.sme_amount),
});

export const toTotals = (r: TotalsCols): Totals => ({
  ...toCore(r),
  withinKm: {
    10: measure(r.km10_purchases, r.km10_amount),
    20: measure(r.km20_purchases, r.km20_amount),
    30: measure(r.km30_purchases, r.km30_amount),
    50: measure(r.km50_purchases, r.km50_amount),
  },
});

export type NeedCols = {
  needs: Num;
  answered: Num;
  answers: Num;
  local_answers: Num;
  local3: Num;
  wait_seconds: Num;
  awarded: Num;
};

export const toNeedMetrics = (r: NeedCols): NeedMetrics => ({
  needs: num(r.needs),
  answered: num(r.answered),
  answers: num(r.answers),
  localAnswers: num(r.local_answers),
  withThreeLocal: num(r.local3),
  waitHours: num(r.wait_seconds) / 3600,
  awarded: num(r.awarded),
});

/** The months of a period as the rollups key them (first day of the month). */
export const monthRange = (column: SQL, p: Period) => sql`${column} between ${monthStart(p.from)}::date and ${monthStart(p.to)}::date`;

/** A breakdown row: a key (section, EPCI, commune), its label, and its purchases (all and local). */
export interface BreakdownRow extends Measure {
  key: string;
  label: string;
  local: Measure;
}

export type BreakdownCols = MeasureCols & { key: string; label: string | null; local_purchases: Num; local_amount: Num };

export const toBreakdown = (r: BreakdownCols): BreakdownRow => ({
  key: r.key,
  label: r.label ?? r.key,
  ...measure(r.purchases, r.amount),
  local: measure(r.local_purchases, r.local_amount),
});

export type BreakdownBy = "section" | "epci" | "commune";
