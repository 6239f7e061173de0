/**
 * The fixed mix of 500 queries the search bench runs: what people type in the directory and the
 * opportunities page (short, long, typo, prefix, facet-heavy, geo), mostly on companies, some on needs.
 */
import type { GeoPoint, SearchQuery } from "../../search/engine";
import { Rng } from "./prng";

export const CATEGORIES = ["short", "long", "typo", "prefix", "facet", "geo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface BenchQuery {
  n: number;
  category: Category;
  query: SearchQuery;
}

/** Per category: how many queries on companies and on needs (500 in all). */
export const MIX: Record<Category, { companies: number; needs: number }> = {
  short: { companies: 80, needs: 20 },
  long: { companies: 60, needs: 20 },
  typo: { companies: 70, needs: 10 },
  prefix: { companies: 50, needs: 10 },
  facet: { companies: 80, needs: 20 },
  geo: { companies: 60, needs: 20 },
};

const SHORT = [
  "menuiserie",
  "nettoyage",
  "traiteur",
  "informatique",
  "plomberie",
  "électricité",
  "peinture",
  "maçonnerie",
  "transport",
  "imprimerie",
  "formation",
  "sécurité",
  "climatisation",
  "paysagiste",
  "boulangerie",
  "architecture",
  "déménagement",
  "couverture",
  "carrelage",
  "recyclage",
  "gardiennage",
  "logiciel",
  "isolation",
  "terrassement",
  "blanchisserie",
];
const LONG = [
  "nettoyage de bureaux et vitrerie",
  "installation climatisation pompes à chaleur tertiaire",
  "traiteur plateaux-repas produits locaux",
  "développement applications web sur mesure",
  "maintenance installations électriques tertiaire",
  "transport marchandises température dirigée",
  "entretien espaces verts entreprises collectivités",
  "menuiserie bois agencement bureaux commerces",
  "peinture ravalement façades copropriétés",
  "formation sécurité habilitations électriques",
  "collecte déchets cartons biodéchets chantier",
  "impression offset numérique signalétique packaging",
  "bureau études techniques structure fluides",
  "surveillance gardiennage sécurité incendie événements",
  "plomberie réseaux eau gaz sanitaires",
];
const TYPO = [
  "menuiserei",
  "plomberei",
  "nettoyagr",
  "electricitee",
  "informatiqe",
  "traiteru",
  "maconerie",
  "climatisaton",
  "imprimeire",
  "demenagment",
  "peintrue",
  "securiter",
  "formaiton",
  "transprot",
  "paysagsite",
  "boulangeire",
  "nettoyagr bureaux",
  "menuiserei bois",
  "electriciten generale",
  "plombrie sanitaire",
];
const PREFIX = ["menuis", "nett", "plomb", "trait", "infor", "élec", "maço", "clim", "impr", "trans", "form", "jard", "peint", "sécu"];
const FACET_WORDS = ["", "", "nettoyage", "menuiserie", "transport", "informatique", "traiteur", "travaux"];
const SECTIONS = ["F", "N", "I", "J", "M", "H", "C", "G", "Q", "S"];
const BANDS = ["00", "01", "02", "03", "11", "12", "21", "22"];
const KINDS = ["supplies", "services", "works"];
const COMPANY_FACETS = ["section", "headcount", "epci", "certifications"];
const NEED_FACETS = ["kind", "section", "csr"];
/** Commune centres for radius queries: the Bouches-du-Rhône mostly, a few big cities elsewhere. */
export const GEO_COMMUNES = [
  "13201",
  "13203",
  "13205",
  "13208",
  "13210",
  "13213",
  "13215",
  "13001",
  "13005",
  "13028",
  "13056",
  "13103",
  "13047",
  "13117",
  "13004",
  "13054",
  "13071",
  "13039",
  "13097",
  "13086",
  "31555",
  "06088",
  "34172",
  "33063",
  "69381",
  "44109",
  "83137",
  "84007",
];

export function buildQueryMix(seed: number, now: Date, centres: Map<string, GeoPoint>): BenchQuery[] {
  const rng = new Rng(seed);
  const nowS = Math.floor(now.getTime() / 1000);
  const out: Omit<BenchQuery, "n">[] = [];
  const needsBase = { filters: { ranges: { deadline: { min: nowS } } }, sort: { by: "number", field: "deadline", direction: "asc" } } as const;
  const add = (category: Category, make: (i: number, index: "companies" | "needs") => SearchQuery) => {
    for (let i = 0; i < MIX[category].companies; i++) out.push({ category, query: make(i, "companies") });
    for (let i = 0; i < MIX[category].needs; i++) out.push({ category, query: make(i, "needs") });
  };
  const text =
    (words: string[]) =>
    (i: number, index: "companies" | "needs"): SearchQuery =>
      index === "companies"
        ? { index, text: words[i % words.length], facets: COMPANY_FACETS }
        : { index, text: words[(i * 7) % words.length], ...needsBase, facets: NEED_FACETS };

  add("short", text(SHORT));
  add("long", text(LONG));
  add("typo", text(TYPO));
  add("prefix", text(PREFIX));
  add("facet", (_i, index): SearchQuery => {
    const words = rng.pick(FACET_WORDS);
    const section = rng.sample(SECTIONS, rng.int(1, 2));
    if (index === "needs") {
      return {
        index,
        text: words,
        ...needsBase,
        filters: { ...needsBase.filters, equals: { section, kind: rng.sample(KINDS, rng.int(1, 2)) } },
        facets: NEED_FACETS,
      };
    }
    return { index, text: words, filters: { equals: { section, headcount: rng.sample(BANDS, rng.int(1, 3)) } }, facets: COMPANY_FACETS };
  });
  add("geo", (i, index): SearchQuery => {
    const centre = centres.get(GEO_COMMUNES[i % GEO_COMMUNES.length]);
    if (!centre) throw new Error(`Geo centre missing: ${GEO_COMMUNES[i % GEO_COMMUNES.length]}`);
    const near = { ...centre, radiusKm: rng.pick([10, 15, 20, 25, 30]) };
    const words = rng.chance(0.5) ? "" : rng.pick(SHORT);
    const filters = index === "needs" ? { ...needsBase.filters, near } : { near };
    return { index, text: words, filters, sort: { by: "distance", from: centre }, origin: centre };
  });

  // Interleave the categories (deterministically) so no category runs on a colder or warmer cache than another.
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.map((q, n) => ({ n, ...q }));
}
