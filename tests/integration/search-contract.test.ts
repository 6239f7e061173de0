/**
 * One contract, every engine: the PostgreSQL engine always; Meilisearch too when MEILI_HOST is set
 * (see docs/search-meilisearch.md). Engines may rank differently; what users rely on must hold for both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { MAX_TOTAL_HITS, type SearchDocument, type SearchEngine } from "@/search/engine";
import { createSearchEngine } from "@/search/index";
import { challengeDocument, skillPostDocument, type ChallengeRowForSearch, type SkillPostRowForSearch } from "@/search/documents-axes";

const AUBAGNE = { lat: 43.29287, lng: 5.56932 };
const doc = (id: string, over: Partial<SearchDocument>): SearchDocument => ({
  id,
  title: "",
  keywords: [],
  body: "",
  geo: null,
  attributes: {},
  numbers: {},
  ...over,
});
const ids = {
  menuiserie: "00000000-0000-4000-8000-000000000001",
  elec: "00000000-0000-4000-8000-000000000002",
  proprete: "00000000-0000-4000-8000-000000000003",
  imprimerie: "00000000-0000-4000-8000-000000000004",
  batisseurs: "00000000-0000-4000-8000-000000000005",
  xss: "00000000-0000-4000-8000-000000000006",
};

const COMPANIES: SearchDocument[] = [
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

const NEEDS: SearchDocument[] = [1, 2, 3].map((i) =>
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
const TERRITORY = "200054807";
const NAF_C = [{ code: "28.29B", label: "Fabrication d'autres machines d'usage général", section: "C" }];
const NAF_K = [{ code: "65.11Z", label: "Assurance vie", section: "K" }];
const challengeRow = (i: number, over: Partial<ChallengeRowForSearch>): ChallengeRowForSearch => ({
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
const CHALLENGES = [
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
const skillRow = (i: number, over: Partial<SkillPostRowForSearch>): SkillPostRowForSearch => ({
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
const SKILLS = [
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

const engines: [string, () => SearchEngine][] = [["postgres", () => createSearchEngine({ DATABASE_URL: inject("databaseUrl") })]];
if (process.env.MEILI_HOST) engines.push(["meilisearch", () => createSearchEngine({ ...process.env, DATABASE_URL: undefined })]);

describe.each(engines)("search contract: %s", (_name, make) => {
  let engine: SearchEngine;
  const idsOf = async (text: string, extra: Partial<Parameters<SearchEngine["search"]>[0]> = {}) =>
    (await engine.search({ index: "companies", text, ...extra })).hits.map((h) => h.id);

  beforeAll(async () => {
    engine = make();
    await engine.setup();
    await engine.clear("companies");
    await engine.clear("needs");
    await engine.upsert("companies", COMPANIES);
    await engine.upsert("needs", NEEDS);
  });
  afterAll(async () => {
    await engine.clear("companies");
    await engine.clear("needs");
  });

  it("tolerates typos: « menuiserei » finds the joinery", async () => {
    expect(await idsOf("menuiserei")).toContain(ids.menuiserie);
  });
  it("ignores accents: « electricite » finds « Électricité »", async () => {
    expect(await idsOf("electricite")).toContain(ids.elec);
  });
  it("stems French plurals: « nettoyages » finds « nettoyage »", async () => {
    expect(await idsOf("nettoyages")).toContain(ids.proprete);
  });
  it("knows synonyms: « BTP » finds construction companies (not the printer)", async () => {
    const found = await idsOf("BTP");
    expect(found).toEqual(expect.arrayContaining([ids.menuiserie, ids.elec, ids.batisseurs]));
    expect(found).not.toContain(ids.imprimerie);
    expect(found).not.toContain(ids.xss);
  });
  it("matches the last word as a prefix (search as you type)", async () => {
    expect(await idsOf("menuis")).toContain(ids.menuiserie);
    expect(await idsOf("impri")).toContain(ids.imprimerie);
  });
  it("finds a company by its SIRET", async () => {
    expect((await idsOf("12002701600357"))[0]).toBe(ids.menuiserie);
  });
  it("ranks the title above the body", async () => {
    const found = await idsOf("imprimerie");
    expect(found[0]).toBe(ids.imprimerie);
  });
  it("filters by attribute (OR within, AND across) and counts facets over the filtered results", async () => {
    const r = await engine.search({ index: "companies", text: "", filters: { equals: { section: ["F"] } }, facets: ["section", "headcount"] });
    expect(r.hits.map((h) => h.id).sort()).toEqual([ids.menuiserie, ids.elec, ids.batisseurs].sort());
    expect(r.total).toBe(3);
    expect(r.totalIsExact).toBe(true);
    expect(r.facets.section).toEqual({ F: 3 });
    expect(r.facets.headcount).toEqual({ "02": 1, "11": 1, "12": 1 });
    const two = await engine.search({ index: "companies", text: "", filters: { equals: { section: ["F", "N"], headcount: ["11"] } } });
    expect(two.hits.map((h) => h.id).sort()).toEqual([ids.elec, ids.proprete].sort());
    const all = await engine.search({ index: "companies", text: "", facets: ["section"] });
    expect(all.facets.section).toEqual({ F: 3, N: 1, C: 1, I: 1 });
  });
  it("filters boolean attributes", async () => {
    expect(await idsOf("", { filters: { equals: { largeBuyer: [true] } } })).toEqual([ids.batisseurs]);
  });
  it("filters within a radius and sorts by distance", async () => {
    expect(await idsOf("", { filters: { near: { ...AUBAGNE, radiusKm: 10 } } })).toEqual([ids.menuiserie]);
    const r = await engine.search({ index: "companies", text: "", sort: { by: "distance", from: AUBAGNE }, pageSize: 10 });
    const located = r.hits.filter((h) => h.distanceKm !== null);
    expect(located[0].id).toBe(ids.menuiserie);
    expect(located[0].distanceKm).toBeLessThan(0.5);
    for (let i = 1; i < located.length; i++) expect(located[i].distanceKm!).toBeGreaterThanOrEqual(located[i - 1].distanceKm!);
    expect(located.find((h) => h.id === ids.batisseurs)!.distanceKm).toBeGreaterThan(35);
  });
  it("sorts by a number and filters numeric ranges", async () => {
    const r = await engine.search({ index: "needs", text: "nettoyage", sort: { by: "number", field: "deadline", direction: "asc" } });
    expect(r.hits.map((h) => h.id)).toEqual([
      "10000000-0000-4000-8000-000000000003",
      "10000000-0000-4000-8000-000000000002",
      "10000000-0000-4000-8000-000000000001",
    ]);
    const ranged = await engine.search({ index: "needs", text: "", filters: { ranges: { budgetMax: { min: 1500, max: 2500 } } } });
    expect(ranged.hits.map((h) => h.id)).toEqual(["10000000-0000-4000-8000-000000000002"]);
  });
  it("paginates with an exact total", async () => {
    const p3 = await engine.search({ index: "companies", text: "", pageSize: 2, page: 3, sort: { by: "number", field: "createdAt", direction: "asc" } });
    expect(p3.total).toBe(6);
    expect(p3.totalIsExact).toBe(true);
    expect(p3.hits.map((h) => h.id)).toEqual([ids.batisseurs, ids.xss]);
  });
  it("highlights matches and escapes HTML in titles", async () => {
    const [hit] = (await engine.search({ index: "companies", text: "traiteur" })).hits;
    expect(hit.titleHighlight).toContain("&lt;script&gt;");
    expect(hit.titleHighlight).not.toContain("<script>");
    expect(hit.titleHighlight).toMatch(/<mark>Traiteur<\/mark>/i);
  });
  it("updates and removes documents at once", async () => {
    await engine.upsert("companies", [{ ...COMPANIES[3], title: "Atelier Graphique du Panier" }]);
    expect(await idsOf("graphique")).toEqual([ids.imprimerie]);
    await engine.remove("companies", [ids.imprimerie]);
    expect(await idsOf("graphique")).toEqual([]);
    await engine.upsert("companies", [COMPANIES[3]]);
  });
  describe("with more matches than MAX_TOTAL_HITS", () => {
    // Bookbinders 0…1000 on a spiral around ORIGIN, binder i at ≈ i × 111 m, created in a scrambled order.
    // Not on a straight line: points exactly on a line, written in order, are the worst case of the cube
    // GiST index's split (3,001 such points: 98 s, against 0.6 s scattered; docs/ARCHITECTURE.md, search).
    const ORIGIN = { lat: 43.0, lng: 5.0 };
    const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    const onSpiral = (i: number) => ({
      lat: ORIGIN.lat + i * 0.001 * Math.sin(i * GOLDEN_ANGLE),
      lng: ORIGIN.lng + (i * 0.001 * Math.cos(i * GOLDEN_ANGLE)) / Math.cos((ORIGIN.lat * Math.PI) / 180),
    });
    const count = MAX_TOTAL_HITS + 1;
    const binderId = (i: number) => `20000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const createdAt = (i: number) => 10_000 + ((i * 7919) % count);
    const binders = Array.from({ length: count }, (_, i) =>
      doc(binderId(i), {
        title: `Atelier de reliure ${i}`,
        body: "Reliure d'art et dorure.",
        geo: onSpiral(i),
        attributes: { section: ["R"], headcount: i % 2 ? "01" : "02" },
        numbers: { createdAt: createdAt(i) },
      }),
    );
    beforeAll(async () => {
      await engine.upsert("companies", binders);
    });
    afterAll(async () => {
      await engine.remove(
        "companies",
        binders.map((b) => b.id),
      );
    });

    it("counts up to MAX_TOTAL_HITS and says the total is a lower bound", async () => {
      const r = await engine.search({ index: "companies", text: "reliure", facets: ["section"] });
      expect(r).toMatchObject({ total: MAX_TOTAL_HITS, totalIsExact: false });
      expect(r.hits).toHaveLength(20);
      expect(r.facets.section.R).toBeGreaterThan(0);
      const narrowed = await engine.search({ index: "companies", text: "", filters: { equals: { siret: ["12002701600357"] } } });
      expect(narrowed).toMatchObject({ total: 1, totalIsExact: true });
    });

    it("pages stop at MAX_TOTAL_HITS", async () => {
      const lastPage = MAX_TOTAL_HITS / 20;
      expect((await engine.search({ index: "companies", text: "reliure", page: lastPage })).hits).toHaveLength(20);
      expect((await engine.search({ index: "companies", text: "reliure", page: lastPage + 1 })).hits).toEqual([]);
    });

    it("still sorts every match: nearest first, by number, by id when browsing", async () => {
      const near = await engine.search({ index: "companies", text: "reliure", sort: { by: "distance", from: ORIGIN }, pageSize: 5, page: 2 });
      expect(near.hits.map((h) => h.id)).toEqual([5, 6, 7, 8, 9].map(binderId));
      expect(near.hits[0].distanceKm).toBeCloseTo(0.6, 1);
      // Words and a radius: binders 0…9 lie within 1 km (0.111 km apart).
      const wordsInRadius = await engine.search({ index: "companies", text: "reliure", filters: { near: { ...ORIGIN, radiusKm: 1.05 } }, pageSize: 50 });
      expect(wordsInRadius).toMatchObject({ total: 10, totalIsExact: true });
      expect(wordsInRadius.hits.map((h) => h.id).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(binderId));
      const inRadius = await engine.search({
        index: "companies",
        text: "",
        filters: { near: { ...ORIGIN, radiusKm: 500 }, equals: { section: ["R"] } },
        sort: { by: "distance", from: ORIGIN },
        pageSize: 3,
      });
      expect(inRadius.hits.map((h) => h.id)).toEqual([0, 1, 2].map(binderId));
      const oldest = await engine.search({ index: "companies", text: "reliure", sort: { by: "number", field: "createdAt", direction: "asc" }, pageSize: 2 });
      const byCreation = [...binders].sort((a, b) => a.numbers.createdAt! - b.numbers.createdAt!);
      expect(oldest.hits.map((h) => h.id)).toEqual([byCreation[0].id, byCreation[1].id]);
    });
  });

  describe("relevance with more matches than MAX_TOTAL_HITS", () => {
    // 1,100 illuminators with the word in their description only, then, written last (after any cap taken
    // in storage order), three with it in their name: page 1 by relevance starts with the names.
    const bodyId = (i: number) => `30000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const titleIds = [1, 2, 3].map((i) => `31000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const inBody = Array.from({ length: MAX_TOTAL_HITS + 100 }, (_, i) =>
      doc(bodyId(i), {
        title: `Atelier du livre ${i}`,
        body: "Reliure, dorure et enluminure de manuscrits.",
        attributes: { section: ["R"], headcount: i < 10 ? "01" : "02" },
      }),
    );
    const inTitle = titleIds.map((id, i) =>
      doc(id, {
        title: `Enluminure ${["Aubert", "Bonnet", "Chauvin"][i]}`,
        body: "Restauration de livres anciens.",
        attributes: { section: ["R"], headcount: "01" },
      }),
    );
    beforeAll(async () => {
      await engine.upsert("companies", inBody);
      await engine.upsert("companies", inTitle);
    });
    afterAll(async () => {
      await engine.remove(
        "companies",
        [...inBody, ...inTitle].map((d) => d.id),
      );
    });

    it("ranks the names that match first, wherever they are stored", async () => {
      const r = await engine.search({ index: "companies", text: "enluminure" });
      expect(r).toMatchObject({ total: MAX_TOTAL_HITS, totalIsExact: false });
      expect(
        r.hits
          .slice(0, 3)
          .map((h) => h.id)
          .sort(),
      ).toEqual([...titleIds].sort());
      expect(r.hits.slice(3).every((h) => h.id.startsWith("30000000-"))).toBe(true);
      // Under the cap, a name match is counted once (it also matches the whole text).
      const few = await engine.search({ index: "companies", text: "enluminure", filters: { equals: { headcount: ["01"] } }, pageSize: 50 });
      expect(few).toMatchObject({ total: 13, totalIsExact: true });
      expect(
        few.hits
          .slice(0, 3)
          .map((h) => h.id)
          .sort(),
      ).toEqual([...titleIds].sort());
    });
  });

  describe("innovation challenges and skills posts, each in its own index with its facets", () => {
    const ch = CHALLENGES.map((d) => d.id);
    const sk = SKILLS.map((d) => d.id);
    beforeAll(async () => {
      await engine.clear("challenges");
      await engine.clear("skills");
      await engine.upsert("challenges", CHALLENGES);
      await engine.upsert("skills", SKILLS);
    });
    afterAll(async () => {
      await engine.clear("challenges");
      await engine.clear("skills");
    });

    it("counts a challenge's facets: maturity, reward, open to young companies, sector, EPCI", async () => {
      const r = await engine.search({ index: "challenges", text: "", facets: ["maturity", "reward", "openToYoung", "section", "epci", "confidential"] });
      expect(r.hits.map((h) => h.id).sort()).toEqual([...ch].sort());
      expect(r.facets.maturity).toEqual({ prototype: 1, product: 1, idea: 1 });
      expect(r.facets.reward).toEqual({ paid_poc: 1, contract: 1, pilot: 1 });
      expect(r.facets.openToYoung).toEqual({ true: 2, false: 1 });
      expect(r.facets.confidential).toEqual({ true: 1, false: 2 });
      expect(r.facets.section).toEqual({ C: 3 });
      expect(r.facets.epci).toEqual({ [TERRITORY]: 2, "200030195": 1 });
    });
    it("filters challenges (OR within a facet, AND across) and sorts them by deadline", async () => {
      const young = await engine.search({ index: "challenges", text: "", filters: { equals: { openToYoung: [true], maturity: ["prototype", "idea"] } } });
      expect(young.hits.map((h) => h.id).sort()).toEqual([ch[0], ch[2]].sort());
      const inTerritory = await engine.search({
        index: "challenges",
        text: "",
        filters: { equals: { inTerritory: [true] } },
        sort: { by: "number", field: "deadline", direction: "desc" },
      });
      expect(inTerritory.hits.map((h) => h.id)).toEqual([ch[1], ch[0]]);
      const near = await engine.search({ index: "challenges", text: "", filters: { near: { ...AUBAGNE, radiusKm: 20 } } });
      expect(near.hits.map((h) => h.id).sort()).toEqual([ch[0], ch[1]].sort());
    });
    it("finds a challenge by its public text, and a confidential one by its summary only", async () => {
      expect((await engine.search({ index: "challenges", text: "membranaire" })).hits.map((h) => h.id)).toEqual([ch[0]]);
      expect((await engine.search({ index: "challenges", text: "compresseurs" })).hits.map((h) => h.id)).toEqual([ch[1]]);
      expect((await engine.search({ index: "challenges", text: "Zéphyrine" })).hits).toEqual([]);
      expect((await engine.search({ index: "challenges", text: "vibratoires" })).hits).toEqual([]);
    });
    it("keeps the kinds apart: a challenge's words find nothing among needs, a need's nothing among challenges", async () => {
      expect((await engine.search({ index: "needs", text: "membranaire" })).hits).toEqual([]);
      expect((await engine.search({ index: "challenges", text: "nettoyage" })).hits).toEqual([]);
      expect((await engine.search({ index: "skills", text: "compresseurs" })).hits).toEqual([]);
    });
    it("counts a skills post's facets: direction, seniority (offers), work mode", async () => {
      const r = await engine.search({ index: "skills", text: "", facets: ["direction", "seniority", "workMode", "section"] });
      expect(r.total).toBe(3);
      expect(r.facets.direction).toEqual({ offer: 2, request: 1 });
      expect(r.facets.seniority).toEqual({ senior: 1, expert: 1 });
      expect(r.facets.workMode).toEqual({ remote: 1, on_site: 1, hybrid: 1 });
      expect(r.facets.section).toEqual({ K: 2, C: 1 });
    });
    it("finds an expert by profession and a request by what it is for; filters and sorts skills posts", async () => {
      expect((await engine.search({ index: "skills", text: "actuaire" })).hits.map((h) => h.id)).toContain(sk[0]);
      expect((await engine.search({ index: "skills", text: "mutuelle" })).hits.map((h) => h.id)).toEqual([sk[2]]);
      const offers = await engine.search({ index: "skills", text: "", filters: { equals: { direction: ["offer"], workMode: ["remote", "hybrid"] } } });
      expect(offers.hits.map((h) => h.id)).toEqual([sk[0]]);
      const longest = await engine.search({ index: "skills", text: "", sort: { by: "number", field: "durationWeeks", direction: "desc" } });
      expect(longest.hits.map((h) => h.id)).toEqual([sk[2], sk[0], sk[1]]);
      const short = await engine.search({ index: "skills", text: "", filters: { ranges: { durationWeeks: { max: 12 } } } });
      expect(short.hits.map((h) => h.id).sort()).toEqual([sk[0], sk[1]].sort());
    });
  });

  it("reports its health", async () => {
    expect((await engine.health()).ok).toBe(true);
  });
});
