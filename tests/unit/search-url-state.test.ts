import { describe, expect, it } from "vitest";
import { fromSearchParams, toQueryString, toggled, ZDirectoryState, ZOpportunityState } from "@/lib/search-ui/url-state";

describe("search URL state", () => {
  it("reads repeated and single values, and ignores junk", () => {
    const s = ZOpportunityState.parse(fromSearchParams({ q: " menuiserie ", section: ["F", "N"], kind: "works", radius: "500", page: "x", sort: "nope" }));
    expect(s).toMatchObject({ q: "menuiserie", section: ["F", "N"], kind: ["works"], radius: undefined, page: 1, sort: "relevance" });
  });

  it("round-trips through the query string, leaving defaults out", () => {
    const s = ZDirectoryState.parse({ q: "élec", section: ["F"], commune: "13005", radius: "20", sort: "distance", page: "2" });
    const qs = toQueryString(s);
    expect(qs).toBe("?q=%C3%A9lec&section=F&commune=13005&radius=20&sort=distance&page=2");
    expect(ZDirectoryState.parse(fromSearchParams(Object.fromEntries(new URLSearchParams(qs).entries())))).toMatchObject({
      q: "élec",
      commune: "13005",
      radius: 20,
      page: 2,
    });
  });

  it("toggles a facet value and goes back to page 1", () => {
    const s = ZDirectoryState.parse({ section: ["F"], page: "3" });
    expect(toggled(s, "section", "N")).toMatchObject({ section: ["F", "N"], page: 1 });
    expect(toggled(s, "section", "F")).toMatchObject({ section: [], page: 1 });
  });
});
