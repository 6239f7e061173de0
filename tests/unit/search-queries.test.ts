import { describe, expect, it } from "vitest";
import { directoryQuery, opportunityQuery } from "@/lib/search-ui/queries";
import { ZDirectoryState, ZOpportunityState } from "@/lib/search-ui/url-state";

const AUBAGNE = { lat: 43.29, lng: 5.56 };

describe("page state → engine query", () => {
  it("keeps only open needs, and closes-within filters by deadline", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const q = opportunityQuery(ZOpportunityState.parse({ closing: "7", sort: "deadline" }), null, now);
    const nowS = Math.floor(now.getTime() / 1000);
    expect(q.filters?.ranges?.deadline).toEqual({ min: nowS, max: nowS + 7 * 86_400 });
    expect(q.sort).toEqual({ by: "number", field: "deadline", direction: "asc" });
  });

  it("needs a chosen commune for distance: without one, it falls back to relevance and no radius", () => {
    expect(opportunityQuery(ZOpportunityState.parse({ sort: "distance", radius: "20" }), null).sort).toEqual({ by: "relevance" });
    expect(opportunityQuery(ZOpportunityState.parse({ sort: "distance", radius: "20" }), null).filters?.near).toBeUndefined();
    const q = opportunityQuery(ZOpportunityState.parse({ sort: "distance", radius: "20" }), AUBAGNE);
    expect(q.sort).toEqual({ by: "distance", from: AUBAGNE });
    expect(q.filters?.near).toEqual({ ...AUBAGNE, radiusKm: 20 });
  });

  it("turns a typed SIRET or SIREN into an exact filter", () => {
    expect(directoryQuery(ZDirectoryState.parse({ q: "120 027 016 00357" }), null)).toMatchObject({
      text: "",
      filters: { equals: { siret: ["12002701600357"] } },
    });
    expect(directoryQuery(ZDirectoryState.parse({ q: "120027016" }), null)).toMatchObject({ text: "", filters: { equals: { siren: ["120027016"] } } });
    expect(directoryQuery(ZDirectoryState.parse({ q: "menuiserie" }), null)).toMatchObject({ text: "menuiserie" });
  });
});
