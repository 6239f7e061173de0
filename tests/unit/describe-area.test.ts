import { describe, expect, it } from "vitest";
import { deCommune, describeArea, joinFrench } from "@/lib/geo/describe-area";
import { contentDisposition } from "@/lib/files/content-disposition";

const territoryName = "Métropole d'Aix-Marseille-Provence";

describe("areas in words", () => {
  it("elides and contracts the commune's article", () => {
    expect(deCommune("Aubagne")).toBe("d'Aubagne");
    expect(deCommune("Marseille")).toBe("de Marseille");
    expect(deCommune("Le Rove")).toBe("du Rove");
    expect(deCommune("Les Pennes-Mirabeau")).toBe("des Pennes-Mirabeau");
    expect(deCommune("La Ciotat")).toBe("de La Ciotat");
  });

  it("says a radius, the territory and a list", () => {
    expect(describeArea({ kind: "radius", radiusKm: 30, centreName: "Aubagne", areas: [], territoryName })).toBe(
      "dans un rayon de 30\u00a0km autour d'Aubagne",
    );
    expect(describeArea({ kind: "radius", radiusKm: null, centreName: "Aubagne", areas: [], territoryName })).toBe("zone non précisée");
    expect(describeArea({ kind: "territory", radiusKm: null, centreName: "Aubagne", areas: [], territoryName })).toBe(
      `sur tout le territoire (${territoryName})`,
    );
    const communes = [
      { kind: "commune" as const, name: "Aubagne" },
      { kind: "commune" as const, name: "La Ciotat" },
      { kind: "commune" as const, name: "Cassis" },
    ];
    expect(describeArea({ kind: "areas", radiusKm: null, centreName: null, areas: communes, territoryName })).toBe("à Aubagne, La Ciotat et Cassis");
    expect(describeArea({ kind: "areas", radiusKm: null, centreName: null, areas: [{ kind: "epci", name: territoryName }], territoryName })).toBe(
      `dans les zones suivantes\u00a0: ${territoryName}`,
    );
    expect(joinFrench(["A", "B"])).toBe("A et B");
  });
});

describe("Content-Disposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(contentDisposition("inline", "logo.png")).toBe("inline; filename=logo.png");
    expect(contentDisposition("attachment", 'Cahier des charges été "v2".pdf')).toBe(
      `attachment; filename="Cahier des charges ete \\"v2\\".pdf"; filename*=UTF-8''Cahier%20des%20charges%20%C3%A9t%C3%A9%20%22v2%22.pdf`,
    );
    expect(contentDisposition("attachment", "devis(1)'.pdf")).toBe(`attachment; filename="devis(1)'.pdf"`);
    expect(contentDisposition("attachment", "plan d’achats.xlsx")).toContain("filename*=UTF-8''plan%20d%E2%80%99achats.xlsx");
  });
});
