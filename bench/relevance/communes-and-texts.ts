/**
 * What the evaluation set's generator draws establishments from: real communes (from the reference
 * centroids and the administrative split, with their EPCI and postal code), the distance between two of them,
 * and the words of an establishment (its self-description from the catalogue's ideas, street names, headcount
 * bands).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Rng, WeightedPicker } from "../lib/prng";
import type { Specialty } from "./catalogue/types";
import type { EvalEstablishment } from "./eval-set";

const EARTH_KM = 6371;

// ── communes ─────────────────────────────────────────────────────────────────────────────────────────
export interface Commune {
  code: string;
  name: string;
  dept: string;
  lat: number;
  lng: number;
  pop: number;
  epci: string | null;
  postal: string;
}

export function loadCommunes(): Commune[] {
  const require = createRequire(import.meta.url);
  const etalab: { code: string; type: string; codesPostaux?: string[] }[] = require("@etalab/decoupage-administratif/data/communes.json");
  const epcis: { code: string; membres: { code: string }[] }[] = require("@etalab/decoupage-administratif/data/epci.json");
  const postal = new Map(etalab.filter((c) => c.codesPostaux?.length).map((c) => [c.code, c.codesPostaux![0]]));
  const epciOf = new Map<string, string>();
  for (const e of epcis) for (const m of e.membres) epciOf.set(m.code, e.code);
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), "../../db/reference/communes-centroids.csv");
  const rows = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
  const parents = new Set(rows.filter((r) => r[4]).map((r) => r[4]));
  return (
    rows
      // Communes split into arrondissements (Marseille, Lyon, Paris) are used through them, as in SIRENE.
      .filter(([code]) => !parents.has(code))
      .map(([code, name, dept, , parent, lat, lng, pop]) => ({
        code,
        name,
        dept,
        lat: Number(lat),
        lng: Number(lng),
        pop: Number(pop || 0),
        epci: epciOf.get(code) ?? (parent ? (epciOf.get(parent) ?? null) : null),
        postal: postal.get(code) ?? `${dept}000`,
      }))
  );
}

const rad = (d: number) => (d * Math.PI) / 180;
export function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const picker = (list: Commune[]) => new WeightedPicker(list.map((c) => ({ value: c, weight: Math.max(300, c.pop) ** 0.8 })));

// ── texts ────────────────────────────────────────────────────────────────────────────────────────────
/** Sentences any company may add, whatever its trade: noise made of common words. */
const FILLERS = [
  "Devis gratuit sous 48 heures.",
  "Entreprise familiale depuis plus de vingt ans.",
  "Nous intervenons sur Marseille, Aix-en-Provence et leurs environs.",
  "Une équipe à votre écoute, réactive et disponible.",
  "Qualité, respect des délais et proximité sont nos engagements.",
  "Contactez-nous pour toute demande.",
  "Société implantée dans les Bouches-du-Rhône.",
  "Nous travaillons pour les entreprises, les collectivités et les particuliers.",
  "Un interlocuteur unique du devis à la facture.",
  "Plus de 300 clients nous font confiance.",
  "Prix compétitifs.",
  "Entreprise engagée dans une démarche RSE.",
];
export const STREET_TYPES = ["RUE", "AV", "BD", "CHE", "ZA", "RTE", "PL", "ALL"];
export const STREET_NAMES = [
  "DE LA REPUBLIQUE",
  "JEAN JAURES",
  "DES ARTISANS",
  "DU PORT",
  "DE LA GARE",
  "PASTEUR",
  "DES PINS",
  "DU COMMERCE",
  "VICTOR HUGO",
  "DE L'INDUSTRIE",
  "DES OLIVIERS",
  "SAINT-PIERRE",
  "DE PROVENCE",
  "DU MISTRAL",
  "DES CALANQUES",
  "GAMBETTA",
  "DE LA LIBERATION",
  "DES ECOLES",
];
export const BANDS = new WeightedPicker(
  ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31"].map((v, i) => ({ value: v, weight: [10, 14, 20, 18, 12, 10, 7, 5, 2, 1][i] })),
);

export function describe(rng: Rng, sp: Specialty, quality: EvalEstablishment["quality"], secondary: Specialty | null): string {
  if (quality === "empty") return "";
  if (quality === "vague") return rng.pick(sp.vague);
  const count = quality === "short" ? rng.int(1, 2) : rng.int(3, Math.min(6, sp.ideas.length));
  const parts = rng.sample(sp.ideas, count).map((idea) => rng.pick(idea));
  if (secondary) parts.splice(rng.int(1, parts.length), 0, rng.pick(rng.pick(secondary.ideas)));
  if (quality === "clear" && rng.chance(0.5)) parts.push(rng.pick(FILLERS));
  return parts.join(" ");
}
