/** Pairing a skills request with an expert offer on the platform's scorer: words, reach by work mode, reasons. */
import { describe, expect, it } from "vitest";
import type { Place } from "@/lib/matching/geo";
import type { WeightsVersion } from "@/lib/matching/types";
import { reachOfMode, scorePair, skillTextRelevance } from "@/lib/skills/pairing";
import { valuedAmount } from "@/lib/skills/access";

const W: WeightsVersion = {
  version: 1,
  alertThreshold: 0.55,
  distanceHalfKm: 25,
  weights: { activity: 0.3, trade: 0, text: 0.15, distance: 0.2, locality: 0.1, size: 0.1, trust: 0.07, responsiveness: 0.08 },
};
const TERRITORY = { epciCode: "200054807", name: "Aix-Marseille-Provence" };
const aubagne: Place = { communeCode: "13005", parentCode: null, name: "Aubagne", epciCode: "200054807", lat: 43.2927, lng: 5.5708 };
const paris: Place = { communeCode: "75056", parentCode: null, name: "Paris", epciCode: "200054781", lat: 48.8566, lng: 2.3522 };
const sponsor = {
  companyId: "g",
  name: "Groupe",
  siret: "1",
  nafCode: "65.11Z",
  headcountBand: "53",
  verificationStatus: "verified",
  signedCharter: true,
  source: "signup" as const,
};
const request = { skill: "Actuaire", purpose: "Structurer la tarification de nos contrats de prévoyance.", place: aubagne, workMode: "on_site" as const };
const offer = { skill: "Actuariat", profession: "Actuaire", description: "Tarification et provisionnement.", place: aubagne, workMode: "hybrid" as const };

describe("text relevance of an offer to a request", () => {
  it("finds the request's words in the offer, accents and word forms aside, title words first", () => {
    const r = skillTextRelevance(
      { title: "Comptabilité analytique", description: "Mettre en place notre comptabilité" },
      "Contrôleur de gestion, comptable analytique",
    );
    expect(r.value).toBeGreaterThan(0.5);
    expect(r.words).toEqual(expect.arrayContaining(["comptabilite", "analytique"]));
    expect(skillTextRelevance({ title: "Soudure", description: "" }, "Actuariat").value).toBe(0);
  });
});

describe("pair score", () => {
  it("scores with the platform's parts and says why", () => {
    const s = scorePair(request, offer, sponsor, TERRITORY, W);
    expect("score" in s && s.score > 0).toBe(true);
    if ("score" in s) {
      expect(s.parts.map((p) => p.key)).toEqual(["activity", "trade", "text", "distance", "locality", "size", "trust", "responsiveness"]);
      expect(s.reasons.join(" ; ")).toMatch(/reprend les mots du besoin : actuaire/);
    }
  });
  it("an on-site request excludes a far expert; a remote expert in the territory is kept; no shared word, no pairing", () => {
    expect(scorePair(request, { ...offer, place: paris, workMode: "on_site" }, sponsor, TERRITORY, W)).toHaveProperty("excluded");
    expect(scorePair({ ...request, workMode: "remote" }, { ...offer, workMode: "remote" }, sponsor, TERRITORY, W)).toHaveProperty("score");
    expect(scorePair(request, { ...offer, skill: "Soudure", profession: "Soudeur", description: "" }, sponsor, TERRITORY, W)).toHaveProperty("excluded");
    expect(reachOfMode("on_site")).toEqual({ kind: "radius", radiusKm: 50, areas: [] });
  });
  it("values the days given at the daily cost", () => {
    expect(valuedAmount(4.5, 650)).toBe(2925);
    expect(valuedAmount(3, null)).toBe(0);
  });
});
