/**
 * The search contract's shared world: the documents every engine is loaded with (companies, needs, challenges,
 * skills posts) and the engines under test. The contract itself is in search-contract*.test.ts, one file per part.
 */
import { afterAll, beforeAll, inject } from "vitest";
import { type SearchDocument, type SearchEngine } from "@/search/engine";
import { createSearchEngine } from "@/search/index";
import { challengeDocument, skillPostDocument, type ChallengeRowForSearch, type SkillPostRowForSearch } from "@/search/documents-axes";

export const AUBAGNE = { lat: 43.29287, lng: 5.56932 };
export const doc = (id: string, over: Partial<SearchDocument>): SearchDocument => ({
  id,
  title: "",
  keywords: [],
  body: "",
  geo: null,
  attributes: {},
  numbers: {},
  ...over,
});
export const ids = {
  menuiserie: "00000000-0000-4000-8000-000000000001",
  elec: "00000000-0000-4000-8000-000000000002",
  proprete: "00000000-0000-4000-8000-000000000003",
  imprimerie: "00000000-0000-4000-8000-000000000004",
  batisseurs: "00000000-0000-4000-8000-000000000005",
  xss: "00000000-0000-4000-8000-000000000006",
};

export const COMPANIES: SearchDocument[] = [
  doc(ids.menuiserie, {
    title: "Menuiserie Roux & Fils",
    keywords: ["43.32A Travaux de menuiserie bois et PVC", "Construction", "12002701600357"],
    body: "Fabrication et pose de menuiseries sur mesure : portes, fenêtres, agencement de bureaux.",
    geo: { lat: 43.29287, lng: 5.56932 },
    attributes: { section: ["F"], naf: ["43.32A"], commune: "13005", headcount: "02", largeBuyer: false, siret: "12002701600357" },
    numbers: { createdAt: 100 },
  }),
  doc(ids.elec, {
    title: "Élec Provence",
    keywords: ["43.21A Travaux d'installation électrique dans tous locaux", "Construction"],
    body: "Électricité générale, courants faibles et bornes de recharge pour les entreprises.",
    geo: { lat: 43.30018, lng: 5.38276 },
    attributes: { section: ["F"], naf: ["43.21A"], commune: "13201", headcount: "11", largeBuyer: false },
    numbers: { createdAt: 200 },
  }),
  doc(ids.proprete, {
    title: "Propreté Azur Services",
    keywords: ["81.21Z Nettoyage courant des bâtiments", "Activités de services administratifs et de soutien"],
    body: "Nettoyage de bureaux et de vitres, remise en état après chantier.",
    geo: { lat: 43.18858, lng: 5.62195 },
    attributes: { section: ["N"], naf: ["81.21Z"], commune: "13028", headcount: "11", largeBuyer: false },
    numbers: { createdAt: 300 },
  }),
  doc(ids.imprimerie, {
    title: "Imprimerie du Vieux-Port",
    keywords: ["18.12Z Autre imprimerie (labeur)", "Industrie manufacturière"],
    body: "Impression offset et numérique, signalétique.",
    geo: { lat: 43.3046, lng: 5.3654 },
    attributes: { section: ["C"], naf: ["18.12Z"], commune: "13202", headcount: "03", largeBuyer: false },
    numbers: { createdAt: 400 },
  }),
  doc(ids.batisseurs, {
    title: "Bâtisseurs de l'Étang",
    keywords: ["41.20A Construction de maisons individuelles", "Construction"],
    body: "Gros œuvre et maisons individuelles.",
    geo: { lat: 43.40506, lng: 5.04753 },
    attributes: { section: ["F"], naf: ["41.20A"], commune: "13056", headcount: "12", largeBuyer: true },
    numbers: { createdAt: 500 },
  }),
  doc(ids.xss, {
    title: "<script>alert(1)</script> Traiteur des Calanques",
    keywords: ["56.21Z Services des traiteurs"],
    body: "Plateaux-repas pour les entreprises.",
    geo: null,
    attributes: { section: ["I"], naf: ["56.21Z"], commune: "13208", headcount: "01", largeBuyer: false },
    numbers: { createdAt: 600 },
  }),
];

export const NEEDS: SearchDocument[] = [1, 2, 3].map((i) =>
  doc(`10000000-0000-4000-8000-00000000000${i}`, {
    title: `Nettoyage des locaux, lot ${i}`,
    keywords: ["81.21Z Nettoyage courant des bâtiments"],
    body: "Prestations hebdomadaires.",
    geo: AUBAGNE,
    attributes: { kind: "services", section: ["N"], naf: ["81.21Z"], commune: "13005" },
    numbers: { deadline: 1_900_000_000 - i * 1000, budgetMax: i * 1000 },
  }),
);

// Challenges and skills posts, built by the real document builders from rows as the database gives them.
export const TERRITORY = "200054807";
export const NAF_C = [{ code: "28.29B", label: "Fabrication d'autres machines d'usage général", section: "C" }];
export const NAF_K = [{ code: "65.11Z", label: "Assurance vie", section: "K" }];
export const challengeRow = (i: number, over: Partial<ChallengeRowForSearch>): ChallengeRowForSearch => ({
  id: `40000000-0000-4000-8000-00000000000${i}`,
  title: "",
  summary: "",
  problem: "",
  context: "",
  expected_solution: "",
  confidential: false,
  maturity: "prototype",
  reward: "paid_poc",
  budget_band: "10k_50k",
  open_to_young: true,
  deadline: new Date(Date.UTC(2030, 0, i)),
  published_at: new Date(Date.UTC(2029, 0, i)),
  company_id: "41000000-0000-4000-8000-000000000001",
  company_name: "Grand Groupe Énergie",
  commune_code: "13005",
  epci_code: TERRITORY,
  lat: AUBAGNE.lat,
  lng: AUBAGNE.lng,
  naf: NAF_C,
  ...over,
});
export const CHALLENGES = [
  challengeDocument(
    challengeRow(1, {
      title: "Réduire l'eau des lignes de lavage",
      summary: "Recycler l'eau de lavage industriel.",
      problem: "Trois lignes consomment 40 000 m³ par an.",
      expected_solution: "Filtration membranaire en boucle fermée.",
    }),
    TERRITORY,
  ),
  challengeDocument(
    challengeRow(2, {
      title: "Maintenance prédictive des compresseurs",
      summary: "Anticiper les pannes de nos compresseurs.",
      confidential: true,
      problem: "Les compresseurs de l'usine Zéphyrine tombent en panne chaque hiver.",
      expected_solution: "Capteurs vibratoires et apprentissage.",
      maturity: "product",
      reward: "contract",
      open_to_young: false,
    }),
    TERRITORY,
  ),
  challengeDocument(
    challengeRow(3, {
      title: "Tri des déchets de chantier",
      summary: "Trier automatiquement les gravats.",
      maturity: "idea",
      reward: "pilot",
      commune_code: "06088",
      epci_code: "200030195",
      lat: 43.7,
      lng: 7.27,
    }),
    TERRITORY,
  ),
];
export const skillRow = (i: number, over: Partial<SkillPostRowForSearch>): SkillPostRowForSearch => ({
  id: `50000000-0000-4000-8000-00000000000${i}`,
  direction: "offer",
  skill: "",
  profession: null,
  seniority: null,
  purpose: null,
  days_per_week: 2,
  duration_weeks: 12,
  starts_on: 1_900_000_000 + i * 86_400,
  work_mode: "hybrid",
  created_at: new Date(Date.UTC(2029, 0, i)),
  company_id: "51000000-0000-4000-8000-000000000001",
  company_name: "Assurances du Midi",
  commune_code: "13005",
  commune_name: "Aubagne",
  epci_code: TERRITORY,
  lat: AUBAGNE.lat,
  lng: AUBAGNE.lng,
  naf: NAF_K,
  ...over,
});
export const SKILLS = [
  skillPostDocument(skillRow(1, { skill: "Tarification et provisionnement", profession: "Actuaire", seniority: "senior", work_mode: "remote" }), TERRITORY),
  skillPostDocument(
    skillRow(2, { skill: "Comptabilité analytique", profession: "Contrôleur de gestion", seniority: "expert", work_mode: "on_site", duration_weeks: 4 }),
    TERRITORY,
  ),
  skillPostDocument(
    skillRow(3, {
      direction: "request",
      skill: "Actuariat",
      purpose: "Structurer notre offre de mutuelle avant la levée de fonds.",
      company_id: "51000000-0000-4000-8000-000000000002",
      company_name: "Mutuelle Jeune Pousse",
      naf: NAF_C,
      duration_weeks: 26,
    }),
    TERRITORY,
  ),
];

export const engines: [string, () => SearchEngine][] = [["postgres", () => createSearchEngine({ DATABASE_URL: inject("databaseUrl") })]];
if (process.env.MEILI_HOST) engines.push(["meilisearch", () => createSearchEngine({ ...process.env, DATABASE_URL: undefined })]);

/** Loads the companies and needs into a fresh engine (the challenges and skills posts: search-contract-axes). */
export async function loadContract(engine: SearchEngine): Promise<void> {
  await engine.setup();
  await engine.clear("companies");
  await engine.clear("needs");
  await engine.upsert("companies", COMPANIES);
  await engine.upsert("needs", NEEDS);
}

export async function clearContract(engine: SearchEngine): Promise<void> {
  await engine.clear("companies");
  await engine.clear("needs");
}

/** The engine a contract file tests: the contract's documents loaded before its tests, cleared after. */
export function contractEngine(make: () => SearchEngine): () => SearchEngine {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = make();
    await loadContract(engine);
  });
  afterAll(async () => {
    await clearContract(engine);
  });
  return () => engine;
}
