/**
 * The search contract past MAX_TOTAL_HITS matches (see search-contract.test.ts): counts, pages, sorting and relevance.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TOTAL_HITS } from "@/search/engine";
import { contractEngine, doc, engines } from "./search-contract-kit";

describe.each(engines)("search contract, past MAX_TOTAL_HITS: %s", (_name, make) => {
  const engine = contractEngine(make);

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
      await engine().upsert("companies", binders);
    });
    afterAll(async () => {
      await engine().remove(
        "companies",
        binders.map((b) => b.id),
      );
    });

    it("counts up to MAX_TOTAL_HITS and says the total is a lower bound", async () => {
      const r = await engine().search({ index: "companies", text: "reliure", facets: ["section"] });
      expect(r).toMatchObject({ total: MAX_TOTAL_HITS, totalIsExact: false });
      expect(r.hits).toHaveLength(20);
      expect(r.facets.section.R).toBeGreaterThan(0);
      const narrowed = await engine().search({ index: "companies", text: "", filters: { equals: { siret: ["12002701600357"] } } });
      expect(narrowed).toMatchObject({ total: 1, totalIsExact: true });
    });

    it("pages stop at MAX_TOTAL_HITS", async () => {
      const lastPage = MAX_TOTAL_HITS / 20;
      expect((await engine().search({ index: "companies", text: "reliure", page: lastPage })).hits).toHaveLength(20);
      expect((await engine().search({ index: "companies", text: "reliure", page: lastPage + 1 })).hits).toEqual([]);
    });

    it("still sorts every match: nearest first, by number, by id when browsing", async () => {
      const near = await engine().search({ index: "companies", text: "reliure", sort: { by: "distance", from: ORIGIN }, pageSize: 5, page: 2 });
      expect(near.hits.map((h) => h.id)).toEqual([5, 6, 7, 8, 9].map(binderId));
      expect(near.hits[0].distanceKm).toBeCloseTo(0.6, 1);
      // Words and a radius: binders 0…9 lie within 1 km (0.111 km apart).
      const wordsInRadius = await engine().search({ index: "companies", text: "reliure", filters: { near: { ...ORIGIN, radiusKm: 1.05 } }, pageSize: 50 });
      expect(wordsInRadius).toMatchObject({ total: 10, totalIsExact: true });
      expect(wordsInRadius.hits.map((h) => h.id).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(binderId));
      const inRadius = await engine().search({
        index: "companies",
        text: "",
        filters: { near: { ...ORIGIN, radiusKm: 500 }, equals: { section: ["R"] } },
        sort: { by: "distance", from: ORIGIN },
        pageSize: 3,
      });
      expect(inRadius.hits.map((h) => h.id)).toEqual([0, 1, 2].map(binderId));
      const oldest = await engine().search({ index: "companies", text: "reliure", sort: { by: "number", field: "createdAt", direction: "asc" }, pageSize: 2 });
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
      await engine().upsert("companies", inBody);
      await engine().upsert("companies", inTitle);
    });
    afterAll(async () => {
      await engine().remove(
        "companies",
        [...inBody, ...inTitle].map((d) => d.id),
      );
    });

    it("ranks the names that match first, wherever they are stored", async () => {
      const r = await engine().search({ index: "companies", text: "enluminure" });
      expect(r).toMatchObject({ total: MAX_TOTAL_HITS, totalIsExact: false });
      expect(
        r.hits
          .slice(0, 3)
          .map((h) => h.id)
          .sort(),
      ).toEqual([...titleIds].sort());
      expect(r.hits.slice(3).every((h) => h.id.startsWith("30000000-"))).toBe(true);
      // Under the cap, a name match is counted once (it also matches the whole text).
      const few = await engine().search({ index: "companies", text: "enluminure", filters: { equals: { headcount: ["01"] } }, pageSize: 50 });
      expect(few).toMatchObject({ total: 13, totalIsExact: true });
      expect(
        few.hits
          .slice(0, 3)
          .map((h) => h.id)
          .sort(),
      ).toEqual([...titleIds].sort());
    });
  });
});
