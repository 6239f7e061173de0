/**
 * Indexed text holds no control characters, whatever the database rows hold (rows written before inputs
 * were cleaned, imports): title and keywords on one line, the body keeps its line breaks.
 */
import { describe, expect, it } from "vitest";
import type { DbOrTx } from "@/db/client";
import { companyDocuments, needDocuments } from "@/search/documents";

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const rowsDb = (row: Record<string, unknown>) => ({ execute: async () => ({ rows: [row] }) }) as unknown as DbOrTx;
const naf = [{ code: "43.32A", label: "Travaux de menuiserie\u0007 bois et PVC", section: "F" }];

describe("search documents", () => {
  it("strips control characters from a need's title, keywords and body, keeping the body's lines", async () => {
    const [doc] = await needDocuments(
      rowsDb({
        id: "n1",
        title: "Menuiserie\u0000 du\u000b hall\u001b[31m",
        description: "Portes\u000c coupe-feu\r\nSecond\tparagraphe\u0085",
        quantities: "12\u0008 portes",
        csr_notes: null,
        kind: "works",
        commune_code: "13001",
        commune_name: "Aix",
        epci_code: "200054807",
        lat: 43.5,
        lng: 5.4,
        csr_criteria: [],
        company_id: "c1",
        company_name: "Ville\u0001 d'Aix",
        is_large_buyer: true,
        response_deadline: new Date("2027-01-01"),
        published_at: new Date("2026-12-01"),
        budget_max_eur: null,
        naf,
      }),
      ["n1"],
    );
    expect(doc.title).toBe("Menuiserie du hall[31m");
    expect(doc.body).toBe("Portes coupe-feu\nSecond\tparagraphe\n12 portes");
    expect(doc.keywords).toContain("43.32A Travaux de menuiserie bois et PVC");
    expect(doc.keywords).toContain("Ville d'Aix");
    for (const text of [doc.title, doc.body, ...doc.keywords]) expect(text).not.toMatch(CONTROLS);
  });

  it("strips them from a company's names, offers and description", async () => {
    const [doc] = await companyDocuments(
      rowsDb({
        id: "c1",
        siret: "12345678900011",
        siren: "123456789",
        legal_name: "Bois\u0002 & Fils",
        trade_name: "Atelier\u007f Bois",
        description: "Menuisier\u0000 depuis 1990\n",
        commune_code: "13001",
        epci_code: "200054807",
        lat: 43.5,
        lng: 5.4,
        headcount_band: "03",
        certifications: ["Qualibat\u0003"],
        is_large_buyer: false,
        created_at: new Date("2026-01-01"),
        naf,
        offers: [{ title: "Escaliers\u001f sur mesure", description: "Chêne\u0004 massif" }],
      }),
      ["c1"],
    );
    expect(doc.title).toBe("Atelier Bois");
    expect(doc.keywords).toEqual(expect.arrayContaining(["Bois & Fils", "Escaliers sur mesure", "Qualibat"]));
    expect(doc.body).toBe("Menuisier depuis 1990\n\nChêne massif");
    for (const text of [doc.title, doc.body, ...doc.keywords]) expect(text).not.toMatch(CONTROLS);
  });
});
