/**
 * French display formats, in one place so every page and e-mail writes alike: dates "24 novembre 2026",
 * numbers "12 500", amounts "12 500 €", distances "4,3 km", and counted words with French plural rules
 * ("1 entreprise", "0 entreprise", "3 entreprises") instead of hand-made "entreprise(s)".
 */
const dateFmt = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });
const dateTimeFmt = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Paris",
});
const numberFmt = new Intl.NumberFormat("fr-FR");
const euroFmt = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const euroCentsFmt = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const kmFmt = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const pluralRules = new Intl.PluralRules("fr-FR");

export const formatDate = (d: Date | string) => dateFmt.format(new Date(d));
export const formatDateTime = (d: Date | string) => dateTimeFmt.format(new Date(d));
export const formatNumber = (n: number) => numberFmt.format(n);
export const formatEuros = (n: number) => euroFmt.format(n);

/** An amount in euros: whole euros by default ("12 500 €"), with cents when asked ("12 500,50 €"). */
export const formatMoney = (n: number, opts: { cents?: boolean } = {}) => (opts.cents ? euroCentsFmt : euroFmt).format(n);

/** A distance with at most one decimal, the same everywhere: "4,3 km", "12 km", "0,8 km". */
export const formatDistance = (km: number) => `${kmFmt.format(km)}\u00a0km`;

/**
 * The French form of a word for a count, by CLDR's rules (Intl.PluralRules): 0 and 1 take the singular
 * ("0 entreprise"), as do 1,5; larger counts the plural. French's "many" (1 000 000) takes the plural.
 */
export const plural = (n: number, one: string, other: string) => (pluralRules.select(n) === "one" ? one : other);

/** A count with its word: "1 entreprise", "3 entreprises", "12 500 lignes". */
export const countOf = (n: number, one: string, other: string) => `${formatNumber(n)}\u00a0${plural(n, one, other)}`;
