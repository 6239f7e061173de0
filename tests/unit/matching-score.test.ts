/** The scorer: each part's values and sentences, exclusions with reasons, the tie rule, validateWeights. */
import { describe, expect, it } from "vitest";
import { compareMatches, haversineKm, needScorer, scoreSupplier, validateWeights, type ScoreInput, type SupplierFacts } from "@/lib/matching/score";
import { activityPart, distanceValue, responsivenessPart, sizePart, tradePart, trustPart } from "@/lib/matching/parts";
import { supplierTrade, tradeValues } from "@/lib/matching/trade";
import type { Place } from "@/lib/matching/geo";
import { reachOf } from "@/lib/matching/reach";
import type { SupplierMatch, WeightsVersion } from "@/lib/matching/types";

const AMP = "200054807";
const place = (communeCode: string, name: string, lat: number, lng: number, epciCode: string | null = AMP, parentCode: string | null = null): Place => ({
  communeCode,
  name,
  lat,
  lng,
  epciCode,
  parentCode,
});
const AUBAGNE = place("13005", "Aubagne", 43.2927, 5.5708);
const GEMENOS = place("13042", "Gémenos", 43.2961, 5.6286);
const MARSEILLE_5 = place("13205", "Marseille 5e Arrondissement", 43.2925, 5.396, AMP, "13055");
const ARLES = place("13004", "Arles", 43.5467, 4.6622, "241300417");
const TOULON = place("83137", "Toulon", 43.1242, 5.928, "248300543");

const W: WeightsVersion = {
  version: 1,
  alertThreshold: 0.55,
  distanceHalfKm: 25,
  weights: { activity: 0.3, trade: 0, text: 0.15, distance: 0.2, locality: 0.1, size: 0.1, trust: 0.07, responsiveness: 0.08 },
};

const supplier = (over: Partial<SupplierFacts> = {}): SupplierFacts => ({
  companyId: "c1",
  name: "Menuiserie Roux",
  siret: "12345678900012",
  nafCode: "43.32A",
  activityCodes: ["43.32A"],
  place: GEMENOS,
  serviceArea: { kind: "radius", radiusKm: 30, areas: [] },
  headcountBand: "02",
  verificationStatus: "verified",
  signedCharter: true,
  source: "signup",
  invited: 0,
  answered: 0,
  ...over,
});

const input = (over: { supplier?: Partial<SupplierFacts>; need?: Partial<ScoreInput["need"]>; text?: number; words?: string[] } = {}): ScoreInput => ({
  need: {
    nafCodes: ["43.32A"],
    place: AUBAGNE,
    perimeter: { kind: "radius", radiusKm: 30, areas: [] },
    budgetMinEur: 8000,
    budgetMaxEur: 12000,
    ...over.need,
  },
  supplier: supplier(over.supplier),
  textRelevance: { value: over.text ?? 0, words: over.words ?? ["menuiserie", "fenêtres"] },
  territory: { epciCode: AMP, name: "Métropole d'Aix-Marseille-Provence" },
  nafLabels: { "43.32A": "Travaux de menuiserie bois et PVC" },
});

function scored(i: ScoreInput, w = W) {
  const r = scoreSupplier(i, w);
  if ("excluded" in r) throw new Error(`excluded: ${r.excluded}`);
  return r;
}
const part = (i: ScoreInput, key: string) => scored(i).parts.find((p) => p.key === key)!;

describe("activity part", () => {
  it("grades the NAF agreement: sous-classe, classe, groupe, division, none", () => {
    expect(activityPart(["43.32A"], ["43.32A"], { "43.32A": "Travaux de menuiserie bois et PVC" })).toEqual({
      value: 1,
      sentence: "activité exacte 43.32A (Travaux de menuiserie bois et PVC)",
    });
    expect(activityPart(["43.32A"], ["43.32B"], {})).toEqual({ value: 0.75, sentence: "activité voisine (même classe 43.32)" });
    expect(activityPart(["43.32A"], ["43.31Z"], {})).toEqual({ value: 0.5, sentence: "activité voisine (même groupe 43.3)" });
    expect(activityPart(["43.32A"], ["43.21A"], {})).toEqual({ value: 0.25, sentence: "activité proche (même division 43)" });
    expect(activityPart(["43.32A"], ["81.21Z"], {}).value).toBe(0);
  });

  it("takes the best of the main code, secondary activities and offers", () => {
    expect(part(input({ supplier: { nafCode: "16.23Z", activityCodes: ["16.23Z", "43.32B", "43.32A"] } }), "activity").value).toBe(1);
  });
});

describe("other parts", () => {
  it("text: the relevance given, clamped, with a sentence only when found", () => {
    expect(part(input({ text: 0.8 }), "text")).toMatchObject({ value: 0.8, sentence: "sa fiche reprend les mots du besoin : menuiserie, fenêtres" });
    expect(part(input({ text: 0.8, words: [] }), "text")).toMatchObject({
      value: 0.8,
      sentence: "sa fiche ressemble à celles qui répondent le mieux au besoin",
    });
    expect(part(input({ text: 0 }), "text")).toMatchObject({ value: 0, sentence: "" });
    expect(part(input({ text: 7 }), "text").value).toBe(1);
  });

  it("distance: halved at distanceHalfKm, with the distance in the sentence", () => {
    expect(distanceValue(0, 25)).toBe(1);
    expect(distanceValue(25, 25)).toBe(0.5);
    expect(distanceValue(50, 25)).toBeCloseTo(0.2, 10);
    const d = part(input(), "distance");
    expect(d.sentence).toBe("Menuiserie Roux à 4,7 km, dans le périmètre du besoin");
    expect(d.value).toBeCloseTo(1 / (1 + (haversineKm(AUBAGNE, GEMENOS) / 25) ** 2), 4);
  });

  it("locality: 1 inside the territory, 0 outside", () => {
    expect(part(input(), "locality")).toMatchObject({ value: 1, sentence: "entreprise du territoire" });
    const far = input({
      supplier: { place: TOULON, serviceArea: { kind: "radius", radiusKm: 100, areas: [] } },
      need: { perimeter: { kind: "radius", radiusKm: 80, areas: [] } },
    });
    expect(part(far, "locality")).toMatchObject({ value: 0, sentence: "entreprise hors du territoire" });
  });

  it("size: budget band against headcount band, neutral when unknown", () => {
    expect(sizePart(5000, null, "01").value).toBe(1);
    expect(sizePart(5000, null, "41").value).toBe(0.25);
    expect(sizePart(400_000, 600_000, "21")).toMatchObject({ value: 1 });
    expect(sizePart(400_000, 600_000, "02").value).toBe(0.5);
    expect(sizePart(null, null, "02")).toEqual({ value: 0.5, sentence: "budget non précisé : critère neutre" });
    expect(sizePart(5000, 5000, "NN")).toEqual({ value: 0.5, sentence: "effectif non renseigné : critère neutre" });
    expect(sizePart(8000, 12000, "02").sentence).toMatch(/^taille adaptée au budget du besoin \(1 à 9 salariés pour 10\s000\s€\)$/);
  });

  it("trust: signed and verified 1, signed 0.5, SIRENE non-signatory 0.2", () => {
    expect(trustPart({ signedCharter: true, verificationStatus: "verified", source: "signup" }).value).toBe(1);
    expect(trustPart({ signedCharter: true, verificationStatus: "pending", source: "signup" }).value).toBe(0.5);
    expect(trustPart({ signedCharter: false, verificationStatus: "pending", source: "sirene" })).toEqual({
      value: 0.2,
      sentence: "non signataire de la charte (données SIRENE)",
    });
    expect(trustPart({ signedCharter: true, verificationStatus: "rejected", source: "signup" }).value).toBe(0.2);
  });

  it("responsiveness: a Beta(2, 2) prior, so a newcomer starts at ½", () => {
    expect(responsivenessPart(0, 0)).toEqual({ value: 0.5, sentence: "nouveau sur la plateforme" });
    expect(responsivenessPart(5, 4)).toEqual({ value: 6 / 9, sentence: "a répondu à 4 invitations sur 5" });
    expect(responsivenessPart(1, 1).sentence).toBe("a répondu à 1 invitation sur 1");
    // one unanswered invitation does not bury a newcomer below someone who never answered 10
    expect(responsivenessPart(1, 0).value).toBeGreaterThan(responsivenessPart(10, 0).value);
  });

  it("score = Σ weight × value of the rounded parts, rounded to 4 decimals", () => {
    const r = scored(input({ text: 0.5 }));
    expect(r.parts.map((p) => p.key)).toEqual(["activity", "trade", "text", "distance", "locality", "size", "trust", "responsiveness"]);
    const sum = r.parts.reduce((s, p) => s + p.weight * p.value, 0);
    expect(r.score).toBe(Math.round(sum * 10_000) / 10_000);
    expect(r.score).toBeGreaterThan(0.8);
  });
});

describe("trade (« métier »)", () => {
  it("scales the codes' likelihoods by the best one and leaves out codes no likelier than the territory", () => {
    const v = tradeValues(
      new Map([
        ["62.02A", 8],
        ["62.09Z", 2],
        ["80.20Z", -3],
        ["43.21A", 0],
      ]),
    );
    expect([...v]).toEqual([
      ["62.02A", 1],
      ["62.09Z", 0.25],
    ]);
    expect(tradeValues(new Map([["80.20Z", -1]])).size).toBe(0);
    expect(tradeValues(new Map()).size).toBe(0);
  });

  it("gives a supplier its best activity code's value, naming that code", () => {
    const v = new Map([
      ["62.02A", 1],
      ["62.09Z", 0.4],
    ]);
    expect(supplierTrade(v, ["62.01Z", "62.09Z"])).toEqual({ value: 0.4, code: "62.09Z" });
    expect(supplierTrade(v, ["62.09Z", "62.02A"])).toEqual({ value: 1, code: "62.02A" });
    expect(supplierTrade(v, ["80.20Z"])).toEqual({ value: 0, code: null });
  });

  it("speaks of the code's companies, and says nothing when the code does not fit", () => {
    const labels = { "62.02A": "Conseil en systèmes et logiciels informatiques" };
    expect(tradePart(1, "62.02A", labels).sentence).toBe(
      "son métier, 62.02A (Conseil en systèmes et logiciels informatiques), est celui des entreprises qui décrivent le mieux ce genre de prestation",
    );
    expect(tradePart(0.6, "62.09Z", labels)).toEqual({
      value: 0.6,
      sentence: "son métier, 62.09Z, est proche de ceux des entreprises qui décrivent ce genre de prestation",
    });
    expect(tradePart(0.2, "62.09Z", labels).sentence).toMatch(/^les entreprises de son métier, 62\.09Z, décrivent parfois/);
    expect(tradePart(0, null, labels)).toEqual({ value: 0, sentence: "" });
  });

  it("is the same for every company of a code, and weighs in the score", () => {
    const w: WeightsVersion = { ...W, weights: { ...W.weights, activity: 0.1, trade: 0.2 } };
    const trade = new Map([
      ["43.32A", 1],
      ["43.32B", 0.5],
    ]);
    const a = scored(input({ need: { trade }, supplier: { companyId: "a", siret: "1" } }), w);
    const b = scored(input({ need: { trade }, supplier: { companyId: "b", siret: "2", name: "Autre" } }), w);
    const c = scored(input({ need: { trade }, supplier: { companyId: "c", siret: "3", nafCode: "43.32B", activityCodes: ["43.32B"] } }), w);
    const part = (r: typeof a) => r.parts.find((p) => p.key === "trade")!;
    expect(part(a).value).toBe(1);
    expect(part(b)).toEqual(part(a));
    expect(part(c).value).toBe(0.5);
    expect(a.score - c.score).toBeCloseTo(0.2 * 0.5 + 0.1 * 0.25, 4);
    expect(scored(input({ supplier: { companyId: "a" } }), w).parts.find((p) => p.key === "trade")!.value).toBe(0);
  });
});

describe("exclusions", () => {
  it("outside a radius perimeter, with both distances", () => {
    const r = scoreSupplier(input({ supplier: { place: ARLES, serviceArea: { kind: "territory", radiusKm: null, areas: [] } } }), W);
    expect(r).toMatchObject({ excluded: expect.stringMatching(/^hors de votre périmètre \(\d+ km pour 30 km\)$/) });
  });

  it("outside listed areas or the territory", () => {
    const areas = input({ need: { perimeter: { kind: "areas", radiusKm: null, areas: [{ kind: "commune", code: "13005" }] } } });
    expect(scoreSupplier(areas, W)).toMatchObject({ excluded: "hors des zones de votre périmètre (Gémenos)" });
    const territory = input({
      need: { perimeter: { kind: "territory", radiusKm: null, areas: [] } },
      supplier: { place: TOULON, serviceArea: { kind: "radius", radiusKm: 100, areas: [] } },
    });
    expect(scoreSupplier(territory, W)).toMatchObject({ excluded: "hors du territoire (Métropole d'Aix-Marseille-Provence)" });
  });

  it("an arrondissement is inside its commune, and an EPCI contains its communes", () => {
    const marseille = input({
      supplier: { place: MARSEILLE_5 },
      need: { perimeter: { kind: "areas", radiusKm: null, areas: [{ kind: "commune", code: "13055" }] } },
    });
    expect("excluded" in scoreSupplier(marseille, W)).toBe(false);
    const epci = input({ need: { perimeter: { kind: "areas", radiusKm: null, areas: [{ kind: "epci", code: AMP }] } } });
    expect("excluded" in scoreSupplier(epci, W)).toBe(false);
  });

  it("when the supplier's service area does not cover the place of delivery", () => {
    const small = input({ supplier: { serviceArea: { kind: "radius", radiusKm: 2, areas: [] } } });
    expect(scoreSupplier(small, W)).toMatchObject({ excluded: "sa zone d'intervention (2 km autour de Gémenos) ne couvre pas Aubagne" });
    const listed = input({ supplier: { serviceArea: { kind: "areas", radiusKm: null, areas: [{ kind: "commune", code: "13042" }] } } });
    expect(scoreSupplier(listed, W)).toMatchObject({ excluded: "sa zone d'intervention ne couvre pas Aubagne" });
  });
});

describe("tie rule", () => {
  const m = (siret: string, score: number, distanceKm: number, activity = 1): SupplierMatch => ({
    companyId: siret,
    name: siret,
    siret,
    nafCode: "43.32A",
    communeName: "x",
    distanceKm,
    score,
    signatory: true,
    parts: [{ key: "activity", weight: 0.3, value: activity, sentence: "" }],
  });

  it("orders by score, then distance, then exact activity, then SIRET", () => {
    const list = [m("3", 0.7, 5), m("2", 0.8, 20), m("5", 0.7, 3, 0.75), m("4", 0.7, 3), m("1", 0.7, 3)];
    expect([...list].sort(compareMatches).map((x) => x.siret)).toEqual(["2", "1", "4", "5", "3"]);
  });

  it("gives the same order whatever the input order", () => {
    const list = Array.from({ length: 40 }, (_, i) => m(String(10_000 + i), [0.5, 0.6][i % 2], [3, 7, 3][i % 3], [1, 0.75][i % 2]));
    const expected = [...list].sort(compareMatches).map((x) => x.siret);
    for (let seed = 1; seed < 6; seed++) {
      const shuffled = [...list].sort((a, b) => ((Number(a.siret) * seed) % 17) - ((Number(b.siret) * seed) % 17));
      expect(shuffled.sort(compareMatches).map((x) => x.siret)).toEqual(expected);
    }
  });

  it("scores the same inputs the same way", () => {
    expect(scoreSupplier(input({ text: 0.3 }), W)).toEqual(scoreSupplier(input({ text: 0.3 }), W));
  });
});

describe("validateWeights", () => {
  const draft = (weights: Record<string, unknown>, alertThreshold: unknown = 0.55, distanceHalfKm: unknown = 25) => ({
    weights,
    alertThreshold,
    distanceHalfKm,
  });

  it("accepts the initial version", () => {
    expect(validateWeights(draft(W.weights))).toEqual({});
    expect(validateWeights(draft({ ...W.weights, activity: 0.3004 }))).toEqual({});
  });

  it("refuses negative weights, unknown keys, a sum other than 1 and a threshold outside [0, 1], in French", () => {
    expect(validateWeights(draft({ ...W.weights, text: -0.15, activity: 0.6 })).text).toBe("Le poids « Description » ne peut pas être négatif.");
    expect(validateWeights(draft({ ...W.weights, price: 0 })).weights).toBe("Critère inconnu : « price ».");
    expect(validateWeights(draft({ ...W.weights, activity: 0.25 })).weights).toBe("La somme des poids doit valoir 1 (elle vaut 0,95).");
    expect(validateWeights(draft(W.weights, 1.2)).alertThreshold).toBe("Le seuil d'alerte doit être un nombre compris entre 0 et 1.");
    expect(validateWeights(draft(W.weights, -0.1)).alertThreshold).toBeDefined();
    const { activity: _omit, ...missing } = W.weights;
    expect(validateWeights(draft(missing)).activity).toBe("Le poids « Activité » est obligatoire.");
    expect(validateWeights(draft(W.weights, 0.5, 0)).distanceHalfKm).toBeDefined();
  });
});

describe("borders and reach", () => {
  it('never says "30 km pour 30 km" just outside a radius', () => {
    const justOut = place("13999", "Bordure", AUBAGNE.lat + 30.04 / 111.2, AUBAGNE.lng);
    const r = scoreSupplier(input({ supplier: { place: justOut, serviceArea: { kind: "territory", radiusKm: null, areas: [] } } }), W);
    expect(r).toMatchObject({ excluded: expect.stringMatching(/^hors de votre périmètre \(30,0\d km pour 30 km\)$/) });
  });

  it("lists communes within reach or in the perimeter's areas, with the place part of the pre-score", () => {
    const communes = [AUBAGNE, GEMENOS, MARSEILLE_5, ARLES, TOULON];
    const reach = reachOf(communes, AUBAGNE, 30, { kind: "areas", radiusKm: null, areas: [{ kind: "commune", code: "13004" }] }, AMP, {
      distance: 0.2,
      locality: 0.1,
      halfKm: 25,
    });
    expect(reach.codes).toEqual(["13005", "13042", "13205", "13004"]);
    expect(reach.inside).toEqual([false, false, false, true]);
    expect(reach.placeScore[0]).toBeCloseTo(0.3, 10);
  });
});

describe("one scorer for a need's candidates", () => {
  it("shares what a commune, a band or a set of activities gives, and still scores each supplier as on its own", () => {
    const suppliers: Partial<SupplierFacts>[] = [
      { name: "Menuiserie Roux" },
      // Same commune, other name, band, activities, trust and replies: nothing of the first one may leak.
      { name: "Bois et Fils", headcountBand: "11", activityCodes: ["16.23Z", "43.32B"], signedCharter: false, source: "sirene", invited: 3, answered: 1 },
      // Same commune, left out by its own service area, then one that covers the need again.
      { name: "Petit Atelier", serviceArea: { kind: "radius", radiusKm: 2, areas: [] } },
      { name: "Atelier du Garlaban", headcountBand: "11", serviceArea: { kind: "territory", radiusKm: null, areas: [] } },
      { name: "Marseille Bois", place: MARSEILLE_5, activityCodes: ["16.23Z", "43.32B"] },
      { name: "Arles Menuiserie", place: ARLES },
    ];
    const base = input();
    const score = needScorer(base.need, base.territory, base.nafLabels, W);
    for (const [i, s] of suppliers.entries()) {
      const alone = input({ supplier: s, text: i / 10 });
      expect(score(alone.supplier, alone.textRelevance)).toEqual(scoreSupplier(alone, W));
    }
  });
});
