import { describe, expect, it } from "vitest";
import { countLabel } from "@/lib/search-ui/count";

describe("result count wording", () => {
  it("says the exact count, singular or plural", () => {
    expect(countLabel({ total: 0, totalIsExact: true }, "entreprise", "entreprises")).toBe("0 entreprise");
    expect(countLabel({ total: 1, totalIsExact: true }, "besoin ouvert", "besoins ouverts")).toBe("1 besoin ouvert");
    expect(countLabel({ total: 1000, totalIsExact: true }, "entreprise", "entreprises")).toBe("1 000 entreprises".replace(" ", "\u202f"));
  });
  it("says « plus de 1 000 » when the engine stopped counting", () => {
    expect(countLabel({ total: 1000, totalIsExact: false }, "entreprise", "entreprises")).toBe("Plus de 1\u202f000 entreprises");
  });
});
