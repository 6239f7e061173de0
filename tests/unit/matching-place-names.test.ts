import { describe, expect, it } from "vitest";
import type { Place } from "@/lib/matching/geo";
import { placeNamesOf, withoutPlaceNames } from "@/lib/matching/place-names";
import { needQuery } from "@/lib/matching/text-relevance";

const communes = ["Marseille", "Vitrolles", "Aix-en-Provence", "Aix", "Fontaine", "Saint-Priest", "Marignane"].map((name, i): Place => ({
  communeCode: String(13000 + i),
  parentCode: null,
  name,
  epciCode: null,
  lat: 43,
  lng: 5,
}));
const names = placeNamesOf(communes);

describe("place names in a need's text", () => {
  it("leaves out the communes a need writes as names, the longest name that fits", () => {
    expect(withoutPlaceNames("Navettes salariés gare de Vitrolles ↔ site Marignane", names)).toBe("Navettes salariés gare de   ↔ site  ");
    expect(withoutPlaceNames("Bureaux d'Aix-en-Provence et d'Aix", names)).toBe("Bureaux d'  et d' ");
    expect(withoutPlaceNames("campus de Saint-Priest (Marseille 10e)", names)).toBe("campus de   (  10e)");
  });

  it("keeps a sentence's first word and words not written as names", () => {
    expect(withoutPlaceNames("Fontaine à eau pour le hall. Fontaine réfrigérée", names)).toBe("Fontaine à eau pour le hall. Fontaine réfrigérée");
    expect(withoutPlaceNames("remplacer la fontaine du hall", names)).toBe("remplacer la fontaine du hall");
    expect(withoutPlaceNames("Vitrolles", undefined)).toBe("Vitrolles");
  });

  it("takes them out of the query's texts and named words", () => {
    const q = needQuery({ title: "Navette salariés gare de Vitrolles", description: "Entre la gare et notre site de Marignane.", places: names });
    expect(q.words).not.toContain("Vitrolles");
    expect(q.words).not.toContain("Marignane");
    expect(q.words).toContain("gare");
  });
});
