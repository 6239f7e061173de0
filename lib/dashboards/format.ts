/** French display of dashboard figures: "24 %", "12 500 €", "12,4" purchases, "3 j 4 h", "—" for no data. */
import { formatEuros, formatNumber } from "@/lib/format";

const percentFmt = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export const NO_DATA = "—";

/** A share 0–1 as "24 %"; "—" when there is nothing to divide. */
export const formatShare = (s: number | null | undefined) => (s === null || s === undefined ? NO_DATA : percentFmt.format(s));

/** A purchase count: weighted by joint-answer shares, so it may carry one decimal. */
export const formatPurchases = (n: number) => oneDecimal.format(n);

export const formatAmount = (n: number) => formatEuros(n);
export const formatCount = (n: number | null | undefined) => (n === null || n === undefined ? NO_DATA : formatNumber(n));
export const formatRatio = (n: number | null) => (n === null ? NO_DATA : oneDecimal.format(n));

/** Hours as "5 h" under two days, "3 j 4 h" beyond; "—" when unknown. */
export function formatHours(h: number | null): string {
  if (h === null) return NO_DATA;
  if (h < 48) return `${oneDecimal.format(h)} h`;
  const days = Math.floor(h / 24);
  const rest = Math.round(h - days * 24);
  return rest ? `${formatNumber(days)} j ${rest} h` : `${formatNumber(days)} j`;
}
