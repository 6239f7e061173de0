/**
 * One contract, every engine: the PostgreSQL engine always; Meilisearch too when MEILI_HOST is set
 * (see docs/search-meilisearch.md). Engines may rank differently; what users rely on must hold for both.
 * This file: text matching, filters, facets, geography, sorting, pages, highlights, updates, health; the
 * limits past MAX_TOTAL_HITS are in search-contract-limits.test.ts, challenges and skills posts in -axes.
 */
import { describe, expect, it } from "vitest";
import { type SearchEngine } from "@/search/engine";
import { AUBAGNE, COMPANIES, contractEngine, engines, ids } from "./search-contract-kit";

describe.each(engines)("search contract: %s", (_name, make) => {
  const engine = contractEngine(make);
  const idsOf = async (text: string, extra: Partial<Parameters<SearchEngine["search"]>[0]> = {}) =>
    (await engine().search({ index: "companies", text, ...extra })).hits.map((h) => h.id);

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
    const r = await engine().search({ index: "companies", text: "", filters: { equals: { section: ["F"] } }, facets: ["section", "headcount"] });
    expect(r.hits.map((h) => h.id).sort()).toEqual([ids.menuiserie, ids.elec, ids.batisseurs].sort());
    expect(r.total).toBe(3);
    expect(r.totalIsExact).toBe(true);
    expect(r.facets.section).toEqual({ F: 3 });
    expect(r.facets.headcount).toEqual({ "02": 1, "11": 1, "12": 1 });
    const two = await engine().search({ index: "companies", text: "", filters: { equals: { section: ["F", "N"], headcount: ["11"] } } });
    expect(two.hits.map((h) => h.id).sort()).toEqual([ids.elec, ids.proprete].sort());
    const all = await engine().search({ index: "companies", text: "", facets: ["section"] });
    expect(all.facets.section).toEqual({ F: 3, N: 1, C: 1, I: 1 });
  });
  it("filters boolean attributes", async () => {
    expect(await idsOf("", { filters: { equals: { largeBuyer: [true] } } })).toEqual([ids.batisseurs]);
  });
  it("filters within a radius and sorts by distance", async () => {
    expect(await idsOf("", { filters: { near: { ...AUBAGNE, radiusKm: 10 } } })).toEqual([ids.menuiserie]);
    const r = await engine().search({ index: "companies", text: "", sort: { by: "distance", from: AUBAGNE }, pageSize: 10 });
    const located = r.hits.filter((h) => h.distanceKm !== null);
    expect(located[0].id).toBe(ids.menuiserie);
    expect(located[0].distanceKm).toBeLessThan(0.5);
    for (let i = 1; i < located.length; i++) expect(located[i].distanceKm!).toBeGreaterThanOrEqual(located[i - 1].distanceKm!);
    expect(located.find((h) => h.id === ids.batisseurs)!.distanceKm).toBeGreaterThan(35);
  });
  it("sorts by a number and filters numeric ranges", async () => {
    const r = await engine().search({ index: "needs", text: "nettoyage", sort: { by: "number", field: "deadline", direction: "asc" } });
    expect(r.hits.map((h) => h.id)).toEqual([
      "10000000-0000-4000-8000-000000000003",
      "10000000-0000-4000-8000-000000000002",
      "10000000-0000-4000-8000-000000000001",
    ]);
    const ranged = await engine().search({ index: "needs", text: "", filters: { ranges: { budgetMax: { min: 1500, max: 2500 } } } });
    expect(ranged.hits.map((h) => h.id)).toEqual(["10000000-0000-4000-8000-000000000002"]);
  });
  it("paginates with an exact total", async () => {
    const p3 = await engine().search({ index: "companies", text: "", pageSize: 2, page: 3, sort: { by: "number", field: "createdAt", direction: "asc" } });
    expect(p3.total).toBe(6);
    expect(p3.totalIsExact).toBe(true);
    expect(p3.hits.map((h) => h.id)).toEqual([ids.batisseurs, ids.xss]);
  });
  it("highlights matches and escapes HTML in titles", async () => {
    const [hit] = (await engine().search({ index: "companies", text: "traiteur" })).hits;
    expect(hit.titleHighlight).toContain("&lt;script&gt;");
    expect(hit.titleHighlight).not.toContain("<script>");
    expect(hit.titleHighlight).toMatch(/<mark>Traiteur<\/mark>/i);
  });
  it("updates and removes documents at once", async () => {
    await engine().upsert("companies", [{ ...COMPANIES[3], title: "Atelier Graphique du Panier" }]);
    expect(await idsOf("graphique")).toEqual([ids.imprimerie]);
    await engine().remove("companies", [ids.imprimerie]);
    expect(await idsOf("graphique")).toEqual([]);
    await engine().upsert("companies", [COMPANIES[3]]);
  });

  it("reports its health", async () => {
    expect((await engine().health()).ok).toBe(true);
  });
});
