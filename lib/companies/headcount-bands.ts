/** SIRENE "tranche d'effectifs salariés" codes with their French labels and bounds. */
export const HEADCOUNT_BANDS = [
  { code: "NN", label: "Non renseigné", min: null, max: null },
  { code: "00", label: "0 salarié", min: 0, max: 0 },
  { code: "01", label: "1 ou 2 salariés", min: 1, max: 2 },
  { code: "02", label: "3 à 5 salariés", min: 3, max: 5 },
  { code: "03", label: "6 à 9 salariés", min: 6, max: 9 },
  { code: "11", label: "10 à 19 salariés", min: 10, max: 19 },
  { code: "12", label: "20 à 49 salariés", min: 20, max: 49 },
  { code: "21", label: "50 à 99 salariés", min: 50, max: 99 },
  { code: "22", label: "100 à 199 salariés", min: 100, max: 199 },
  { code: "31", label: "200 à 249 salariés", min: 200, max: 249 },
  { code: "32", label: "250 à 499 salariés", min: 250, max: 499 },
  { code: "41", label: "500 à 999 salariés", min: 500, max: 999 },
  { code: "42", label: "1 000 à 1 999 salariés", min: 1000, max: 1999 },
  { code: "51", label: "2 000 à 4 999 salariés", min: 2000, max: 4999 },
  { code: "52", label: "5 000 à 9 999 salariés", min: 5000, max: 9999 },
  { code: "53", label: "10 000 salariés et plus", min: 10000, max: null },
] as const;

export type HeadcountBand = (typeof HEADCOUNT_BANDS)[number]["code"];
export const HEADCOUNT_CODES = HEADCOUNT_BANDS.map((b) => b.code) as [HeadcountBand, ...HeadcountBand[]];

export function headcountLabel(code: string): string {
  return HEADCOUNT_BANDS.find((b) => b.code === code)?.label ?? "Non renseigné";
}

/** PME in the EU sense by headcount: fewer than 250 employees (bands up to "31"). */
export function isSmeBand(code: string): boolean {
  const band = HEADCOUNT_BANDS.find((b) => b.code === code);
  return band?.max != null && band.max < 250;
}
