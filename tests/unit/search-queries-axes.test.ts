import { describe, expect, it } from "vitest";
import { challengeSearchQuery, skillSearchQuery } from "@/lib/search-ui/queries";
import { ZChallengeSearchState, ZSkillSearchState } from "@/lib/search-ui/url-state";

const AUBAGNE = { lat: 43.29, lng: 5.56 };

describe("challenge and skills search pages → engine query", () => {
  it("keeps only challenges before their deadline; « jeunes » filters those open to young companies", () => {
    const now = new Date("2027-03-01T10:00:00Z");
    const q = challengeSearchQuery(ZChallengeSearchState.parse({ jeunes: "1", maturity: ["idea", "prototype"], sort: "deadline" }), null, now);
    expect(q.index).toBe("challenges");
    expect(q.filters?.ranges?.deadline).toEqual({ min: Math.floor(now.getTime() / 1000) });
    expect(q.filters?.equals).toMatchObject({ openToYoung: [true], maturity: ["idea", "prototype"] });
    expect(q.sort).toEqual({ by: "number", field: "deadline", direction: "asc" });
    expect(challengeSearchQuery(ZChallengeSearchState.parse({ jeunes: "oui" }), null, now).filters?.equals).not.toHaveProperty("openToYoung");
  });

  it("maps the skills page's words to the index's facets, and needs a commune for distance", () => {
    const q = skillSearchQuery(ZSkillSearchState.parse({ sens: "offer", mode: ["remote", "hybrid"], sort: "start" }), null);
    expect(q).toMatchObject({
      index: "skills",
      filters: { equals: { direction: ["offer"], workMode: ["remote", "hybrid"] } },
      sort: { by: "number", field: "startsOn", direction: "asc" },
    });
    expect(skillSearchQuery(ZSkillSearchState.parse({ sort: "distance", radius: "20" }), null)).toMatchObject({ sort: { by: "relevance" } });
    expect(skillSearchQuery(ZSkillSearchState.parse({ sort: "distance", radius: "20" }), AUBAGNE).filters?.near).toEqual({ ...AUBAGNE, radiusKm: 20 });
  });
});
