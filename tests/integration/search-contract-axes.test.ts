/**
 * The search contract for innovation challenges and skills posts, each in its own index with its facets (see search-contract.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUBAGNE, CHALLENGES, contractEngine, engines, SKILLS, TERRITORY } from "./search-contract-kit";

describe.each(engines)("search contract, challenges and skills: %s", (_name, make) => {
  const engine = contractEngine(make);

  describe("innovation challenges and skills posts, each in its own index with its facets", () => {
    const ch = CHALLENGES.map((d) => d.id);
    const sk = SKILLS.map((d) => d.id);
    beforeAll(async () => {
      await engine().clear("challenges");
      await engine().clear("skills");
      await engine().upsert("challenges", CHALLENGES);
      await engine().upsert("skills", SKILLS);
    });
    afterAll(async () => {
      await engine().clear("challenges");
      await engine().clear("skills");
    });

    it("counts a challenge's facets: maturity, reward, open to young companies, sector, EPCI", async () => {
      const r = await engine().search({ index: "challenges", text: "", facets: ["maturity", "reward", "openToYoung", "section", "epci", "confidential"] });
      expect(r.hits.map((h) => h.id).sort()).toEqual([...ch].sort());
      expect(r.facets.maturity).toEqual({ prototype: 1, product: 1, idea: 1 });
      expect(r.facets.reward).toEqual({ paid_poc: 1, contract: 1, pilot: 1 });
      expect(r.facets.openToYoung).toEqual({ true: 2, false: 1 });
      expect(r.facets.confidential).toEqual({ true: 1, false: 2 });
      expect(r.facets.section).toEqual({ C: 3 });
      expect(r.facets.epci).toEqual({ [TERRITORY]: 2, "200030195": 1 });
    });
    it("filters challenges (OR within a facet, AND across) and sorts them by deadline", async () => {
      const young = await engine().search({ index: "challenges", text: "", filters: { equals: { openToYoung: [true], maturity: ["prototype", "idea"] } } });
      expect(young.hits.map((h) => h.id).sort()).toEqual([ch[0], ch[2]].sort());
      const inTerritory = await engine().search({
        index: "challenges",
        text: "",
        filters: { equals: { inTerritory: [true] } },
        sort: { by: "number", field: "deadline", direction: "desc" },
      });
      expect(inTerritory.hits.map((h) => h.id)).toEqual([ch[1], ch[0]]);
      const near = await engine().search({ index: "challenges", text: "", filters: { near: { ...AUBAGNE, radiusKm: 20 } } });
      expect(near.hits.map((h) => h.id).sort()).toEqual([ch[0], ch[1]].sort());
    });
    it("finds a challenge by its public text, and a confidential one by its summary only", async () => {
      expect((await engine().search({ index: "challenges", text: "membranaire" })).hits.map((h) => h.id)).toEqual([ch[0]]);
      expect((await engine().search({ index: "challenges", text: "compresseurs" })).hits.map((h) => h.id)).toEqual([ch[1]]);
      expect((await engine().search({ index: "challenges", text: "Zéphyrine" })).hits).toEqual([]);
      expect((await engine().search({ index: "challenges", text: "vibratoires" })).hits).toEqual([]);
    });
    it("keeps the kinds apart: a challenge's words find nothing among needs, a need's nothing among challenges", async () => {
      expect((await engine().search({ index: "needs", text: "membranaire" })).hits).toEqual([]);
      expect((await engine().search({ index: "challenges", text: "nettoyage" })).hits).toEqual([]);
      expect((await engine().search({ index: "skills", text: "compresseurs" })).hits).toEqual([]);
    });
    it("counts a skills post's facets: direction, seniority (offers), work mode", async () => {
      const r = await engine().search({ index: "skills", text: "", facets: ["direction", "seniority", "workMode", "section"] });
      expect(r.total).toBe(3);
      expect(r.facets.direction).toEqual({ offer: 2, request: 1 });
      expect(r.facets.seniority).toEqual({ senior: 1, expert: 1 });
      expect(r.facets.workMode).toEqual({ remote: 1, on_site: 1, hybrid: 1 });
      expect(r.facets.section).toEqual({ K: 2, C: 1 });
    });
    it("finds an expert by profession and a request by what it is for; filters and sorts skills posts", async () => {
      expect((await engine().search({ index: "skills", text: "actuaire" })).hits.map((h) => h.id)).toContain(sk[0]);
      expect((await engine().search({ index: "skills", text: "mutuelle" })).hits.map((h) => h.id)).toEqual([sk[2]]);
      const offers = await engine().search({ index: "skills", text: "", filters: { equals: { direction: ["offer"], workMode: ["remote", "hybrid"] } } });
      expect(offers.hits.map((h) => h.id)).toEqual([sk[0]]);
      const longest = await engine().search({ index: "skills", text: "", sort: { by: "number", field: "durationWeeks", direction: "desc" } });
      expect(longest.hits.map((h) => h.id)).toEqual([sk[2], sk[0], sk[1]]);
      const short = await engine().search({ index: "skills", text: "", filters: { ranges: { durationWeeks: { max: 12 } } } });
      expect(short.hits.map((h) => h.id).sort()).toEqual([sk[0], sk[1]].sort());
    });
  });
});
