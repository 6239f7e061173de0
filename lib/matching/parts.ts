/**
 * The eight parts of a match, each a value in [0, 1] with the French sentence the buyer reads. Pure.
 * Formulas and tables are explained for buyers and elected members in docs/MATCHING.md.
 */
import { HEADCOUNT_BANDS } from "../companies/headcount-bands";
import { formatEuros, plural } from "../format";

export interface PartValue {
  value: number;
  sentence: string;
}

// ── activity ────────────────────────────────────────────────────────────────────────────────────────
/** Shared NAF prefix length → value: sous-classe (6) 1, classe (5) 0.75, groupe (4) 0.5, division (2) 0.25. */
const ACTIVITY_LEVELS = [
  { chars: 6, value: 1, name: "exacte" },
  { chars: 5, value: 0.75, name: "classe" },
  { chars: 4, value: 0.5, name: "groupe" },
  { chars: 2, value: 0.25, name: "division" },
] as const;

/**
 * Best agreement between the need's activities and the supplier's (main code, declared secondary
 * activities, activities of its published offers). Ties between equal levels go to the need's first code,
 * then the supplier's main code: the sentence names the same pair every run.
 */
export function activityPart(needCodes: readonly string[], supplierCodes: readonly string[], labels: Readonly<Record<string, string>>): PartValue {
  for (const level of ACTIVITY_LEVELS) {
    for (const need of needCodes) {
      const found = supplierCodes.find((code) => code.slice(0, level.chars) === need.slice(0, level.chars));
      if (!found) continue;
      if (level.chars === 6) return { value: 1, sentence: `activité exacte ${found}${labels[found] ? ` (${labels[found]})` : ""}` };
      const shared = need.slice(0, level.chars);
      const word = level.chars === 2 ? "activité proche" : "activité voisine";
      return { value: level.value, sentence: `${word} (même ${level.name} ${shared})` };
    }
  }
  return { value: 0, sentence: "activité différente de celles recherchées" };
}

// ── trade ───────────────────────────────────────────────────────────────────────────────────────────
/**
 * `value` is the supplier's best code's affinity with the need (lib/matching/trade.ts), `code` that code. The
 * sentence speaks of the code's companies, not of this one: the value is the same for all of them.
 */
export function tradePart(value: number, code: string | null, labels: Readonly<Record<string, string>>): PartValue {
  if (!(value > 0) || !code) return { value: 0, sentence: "" };
  const named = `${code}${labels[code] ? ` (${labels[code]})` : ""}`;
  if (value >= 0.999) return { value: 1, sentence: `son métier, ${named}, est celui des entreprises qui décrivent le mieux ce genre de prestation` };
  if (value >= 0.5) return { value, sentence: `son métier, ${named}, est proche de ceux des entreprises qui décrivent ce genre de prestation` };
  return { value, sentence: `les entreprises de son métier, ${named}, décrivent parfois ce genre de prestation` };
}

// ── text ────────────────────────────────────────────────────────────────────────────────────────────
/** The sentence names the need's words found in the profile; a profile that matches none gets no sentence. */
export function textPart(relevance: number, words: readonly string[] = []): PartValue {
  const value = Number.isFinite(relevance) ? Math.min(1, Math.max(0, relevance)) : 0;
  if (value === 0) return { value, sentence: "" };
  return {
    value,
    sentence: words.length
      ? `sa fiche reprend les mots du besoin : ${words.join(", ")}`
      : // Found through the words of the profiles that answer the need best (pseudo-relevance feedback).
        "sa fiche ressemble à celles qui répondent le mieux au besoin",
  };
}

// ── distance ────────────────────────────────────────────────────────────────────────────────────────
/** 1 / (1 + (d / half)²): 1 on the spot, ½ at `halfKm`, ⅕ at twice that; never 0, smooth, no cliff. */
export function distanceValue(km: number, halfKm: number): number {
  return 1 / (1 + (km / halfKm) ** 2);
}

/** `kmLabel` is formatKm(km): the scorer formats it once per commune. */
export function distanceSentence(name: string, kmLabel: string): string {
  return `${name} à ${kmLabel}, dans le périmètre du besoin`;
}

// ── locality ────────────────────────────────────────────────────────────────────────────────────────
export function localityPart(inTerritory: boolean): PartValue {
  return inTerritory ? { value: 1, sentence: "entreprise du territoire" } : { value: 0, sentence: "entreprise hors du territoire" };
}

// ── size ────────────────────────────────────────────────────────────────────────────────────────────
/** Budget bands (upper bounds, € HT, excluded) and headcount classes; the table says how well they fit. */
const BUDGET_BOUNDS = [10_000, 50_000, 200_000, 1_000_000, Infinity];
const SIZE_CLASSES = ["0 salarié", "1 à 9 salariés", "10 à 49 salariés", "50 à 249 salariés", "250 salariés et plus"];
/** SIZE_FIT[budget band][size class]: a 5 k€ job fits a TPE, a 500 k€ job a PME of 50 or more. */
export const SIZE_FIT: readonly (readonly number[])[] = [
  /* < 10 k€      */ [1, 1, 0.75, 0.5, 0.25],
  /* 10 – 50 k€   */ [0.75, 1, 1, 0.75, 0.5],
  /* 50 – 200 k€  */ [0.5, 0.75, 1, 1, 0.75],
  /* 200 k – 1 M€ */ [0.25, 0.5, 0.75, 1, 1],
  /* ≥ 1 M€       */ [0.25, 0.25, 0.5, 1, 1],
];

/** The amount a need is judged on: the middle of its budget range, or the one bound given. */
export function budgetOf(min: number | null, max: number | null): number | null {
  if (min != null && max != null) return (min + max) / 2;
  return max ?? min ?? null;
}

function sizeClass(band: string): number | null {
  const found = HEADCOUNT_BANDS.find((b) => b.code === band);
  if (!found || found.min === null) return null;
  if (found.min === 0) return 0;
  if (found.min < 10) return 1;
  if (found.min < 50) return 2;
  if (found.min < 250) return 3;
  return 4;
}

export function sizePart(budgetMinEur: number | null, budgetMaxEur: number | null, headcountBand: string): PartValue {
  const budget = budgetOf(budgetMinEur, budgetMaxEur);
  if (budget === null) return { value: 0.5, sentence: "budget non précisé : critère neutre" };
  const size = sizeClass(headcountBand);
  if (size === null) return { value: 0.5, sentence: "effectif non renseigné : critère neutre" };
  const value = SIZE_FIT[BUDGET_BOUNDS.findIndex((bound) => budget < bound)][size];
  const fit = value === 1 ? "taille adaptée" : value >= 0.75 ? "taille plutôt adaptée" : "taille peu adaptée";
  return { value, sentence: `${fit} au budget du besoin (${SIZE_CLASSES[size]} pour ${formatEuros(Math.round(budget))})` };
}

// ── trust ───────────────────────────────────────────────────────────────────────────────────────────
export interface TrustFacts {
  signedCharter: boolean;
  verificationStatus: string;
  source: "signup" | "sirene";
}

export function trustPart(t: TrustFacts): PartValue {
  if (t.signedCharter && t.verificationStatus === "verified") return { value: 1, sentence: "signataire de la charte, vérifiée par la CCI" };
  if (t.signedCharter && t.verificationStatus !== "rejected") return { value: 0.5, sentence: "signataire de la charte, vérification par la CCI en cours" };
  return { value: 0.2, sentence: t.source === "sirene" ? "non signataire de la charte (données SIRENE)" : "non signataire de la charte" };
}

// ── responsiveness ──────────────────────────────────────────────────────────────────────────────────
/** Beta(2, 2) prior: (answered + 2) / (invited + 4). A newcomer starts at ½ and is not buried for being new. */
export function responsivenessPart(invited: number, answered: number): PartValue {
  const value = (answered + 2) / (invited + 4);
  if (invited === 0) return { value, sentence: "nouveau sur la plateforme" };
  return { value, sentence: `a répondu à ${answered} ${plural(answered, "invitation", "invitations")} sur ${invited}` };
}
