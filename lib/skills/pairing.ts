/**
 * Pairing a skills request with an expert offer, on the platform's relevance model: the request plays the
 * need (its words, its commune and how far the mission may be from it), the offering company plays the
 * supplier (its commune, its reach by work mode, its standing), and lib/matching/score.ts's scorer gives the
 * score and the French reasons with the current weights. Only the text part's input differs: an offer is
 * not a company profile indexed in PostgreSQL, so the request's words (and the trade vocabulary's
 * expansions, lib/matching/text-relevance.ts needQuery) are looked up in the offer's own words. Pure.
 */
import type { Area, Place } from "../matching/geo";
import { fold } from "../matching/vocabulary";
import { IDEAL_SHARE, needQuery } from "../matching/text-relevance";
import { needScorer, type SupplierFacts } from "../matching/score";
import type { MatchPart, TextRelevance, WeightsVersion } from "../matching/types";

export type WorkMode = "on_site" | "remote" | "hybrid";

/** How far a mission may be: on site within 50 km, hybrid within 100 km, remote anywhere in the territory. */
export function reachOfMode(mode: WorkMode): Area {
  if (mode === "remote") return { kind: "territory", radiusKm: null, areas: [] };
  return { kind: "radius", radiusKm: mode === "on_site" ? 50 : 100, areas: [] };
}

/** Words that say nothing about a skill (at least 4 letters: shorter words are ignored anyway). */
const STOP = new Set([
  "pour",
  "dans",
  "avec",
  "nous",
  "notre",
  "nos",
  "votre",
  "vous",
  "sont",
  "etre",
  "avoir",
  "besoin",
  "entreprise",
  "mission",
  "aide",
  "aider",
  "mois",
  "semaine",
  "semaines",
  "jours",
  "jour",
  "temps",
  "plus",
  "moins",
  "faire",
  "mettre",
  "place",
  "sur",
  "une",
  "des",
  "les",
]);
/** Words agree on their first 6 letters: « comptable », « comptabilité »; « actuaire », « actuariat » share « actuar ». */
const STEM = 6;
const stem = (w: string) => w.slice(0, STEM);
const words = (text: string) =>
  fold(text)
    .split(" ")
    .filter((w) => w.length >= 4 && !STOP.has(w));

export interface SkillText {
  title: string;
  description: string;
}

/** The text part's input: the weighted share of the request's telling words found in the offer, scaled as ranking does. */
export function skillTextRelevance(request: SkillText, offerText: string): TextRelevance {
  const q = needQuery(request);
  const offerStems = new Set(words(offerText).map(stem));
  const weightOf = new Map<string, { w: number; word: string }>();
  q.texts.forEach((text, i) => {
    for (const w of words(text)) {
      const s = stem(w);
      const prev = weightOf.get(s);
      if (!prev || prev.w < q.weights[i]) weightOf.set(s, { w: q.weights[i], word: prev?.word ?? w });
    }
  });
  let total = 0;
  let found = 0;
  const hits: { w: number; word: string }[] = [];
  for (const [s, entry] of weightOf) {
    total += entry.w;
    if (offerStems.has(s)) {
      found += entry.w;
      hits.push(entry);
    }
  }
  if (total === 0 || found === 0) return { value: 0, words: [] };
  return {
    value: Math.min(1, found / (IDEAL_SHARE * total)),
    words: hits
      .sort((a, b) => b.w - a.w)
      .slice(0, 4)
      .map((h) => h.word),
  };
}

export interface RequestFacts {
  skill: string;
  purpose: string;
  place: Place;
  workMode: WorkMode;
}
export interface OfferFacts {
  skill: string;
  profession: string;
  description: string;
  place: Place;
  workMode: WorkMode;
}
export interface SponsorFacts {
  companyId: string;
  name: string;
  siret: string;
  nafCode: string;
  headcountBand: string;
  verificationStatus: string;
  signedCharter: boolean;
  source: "signup" | "sirene";
}

export type PairScore = { score: number; reasons: string[]; parts: MatchPart[] } | { excluded: string };

/** The parts that say why the pair fits: words, distance, territory, standing (the others are constant for skills). */
const REASON_PARTS = new Set(["text", "distance", "locality", "trust"]);

/** Scores one request against one offer with the platform's scorer and weights. */
export function scorePair(
  request: RequestFacts,
  offer: OfferFacts,
  sponsor: SponsorFacts,
  territory: { epciCode: string; name: string },
  weights: WeightsVersion,
): PairScore {
  const score = needScorer(
    { nafCodes: [], place: request.place, perimeter: reachOfMode(request.workMode), budgetMinEur: null, budgetMaxEur: null },
    territory,
    {},
    weights,
  );
  const supplier: SupplierFacts = {
    ...sponsor,
    activityCodes: [sponsor.nafCode],
    place: offer.place,
    serviceArea: reachOfMode(offer.workMode),
    invited: 0,
    answered: 0,
  };
  const text = skillTextRelevance({ title: request.skill, description: request.purpose }, `${offer.skill} ${offer.profession} ${offer.description}`);
  const result = score(supplier, text);
  if ("excluded" in result) return { excluded: result.excluded };
  // Without a shared word there is no pairing to speak of, however near the two companies are.
  if (text.value === 0) return { excluded: "aucun mot de la demande dans l'offre" };
  const reasons = result.parts
    .filter((p) => REASON_PARTS.has(p.key) && p.value > 0 && p.sentence)
    .sort((a, b) => b.weight * b.value - a.weight * a.value)
    .slice(0, 3)
    .map((p) => p.sentence);
  return { score: result.score, reasons, parts: result.parts };
}
