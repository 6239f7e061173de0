/** How big the demo SMEs are: the SIRENE headcount bands drawn for them. */

/** SIRENE headcount bands for SMEs, weighted toward TPE as in the territory (90 % of companies). */
export const SME_BANDS: { value: string; weight: number }[] = [
  { value: "00", weight: 14 },
  { value: "01", weight: 24 },
  { value: "02", weight: 20 },
  { value: "03", weight: 14 },
  { value: "11", weight: 14 },
  { value: "12", weight: 9 },
  { value: "21", weight: 3 },
  { value: "22", weight: 2 },
];
