/**
 * « Jeune entreprise — premier client »: a company created less than 3 years ago (companies.founded_on: the
 * SIRENE creation date of the legal unit, else of the establishment). Pure, so the badge, the filter and the tests agree.
 */
export const YOUNG_COMPANY_YEARS = 3;
export const YOUNG_COMPANY_BADGE = "Jeune entreprise — premier client";

/** The earliest creation date (ISO day) that still counts as young on `today` (ISO day). */
export function youngSince(today: string): string {
  const [y, m, d] = today.split("-").map(Number);
  const since = new Date(Date.UTC(y - YOUNG_COMPANY_YEARS, m - 1, d));
  // 29 February three years back does not exist: Date.UTC rolls it to 1 March, which is what we want.
  return since.toISOString().slice(0, 10);
}

/** Created after the same day three years ago; unknown creation dates are not young. */
export function isYoungCompany(foundedOn: string | null | undefined, today: string): boolean {
  if (!foundedOn) return false;
  return foundedOn > youngSince(today) && foundedOn <= today;
}
