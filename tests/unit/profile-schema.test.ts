import { describe, expect, it } from "vitest";
import { normalizeFrenchPhone, normalizeWebsite, profileInputSchema } from "@/lib/companies/profile-schema";
import { fieldErrorsOf } from "@/lib/validation/zod";

const now = new Date("2026-05-15T10:00:00Z");
const schema = profileInputSchema(now);
const valid = { headcountBand: "02", serviceAreaKind: "radius", serviceAreaRadiusKm: "30" };

const parse = (input: Record<string, unknown>) => schema.parse({ ...valid, ...input });
const errorsFor = (input: Record<string, unknown>) => {
  const r = schema.safeParse({ ...valid, ...input });
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("French phone numbers", () => {
  it.each([
    ["0491000000", "04 91 00 00 00"],
    ["04.91.00.00.00", "04 91 00 00 00"],
    ["04-91-00-00-00", "04 91 00 00 00"],
    ["+33 4 91 00 00 00", "04 91 00 00 00"],
    ["+33 (0)4 91 00 00 00", "04 91 00 00 00"],
    ["0033612345678", "06 12 34 56 78"],
    ["+33\u00a06\u00a012\u00a034\u00a056\u00a078", "06 12 34 56 78"],
  ])("normalises %s", (input, expected) => {
    expect(normalizeFrenchPhone(input)).toBe(expected);
    expect(parse({ contactPhone: input }).contactPhone).toBe(expected);
  });

  it.each(["0091000000", "049100000", "04910000001", "+44 20 7946 0000", "téléphone"])("refuses %s", (input) => {
    expect(normalizeFrenchPhone(input)).toBeNull();
    expect(errorsFor({ contactPhone: input }).contactPhone).toMatch(/Numéro de téléphone invalide/);
  });

  it("leaves an empty phone out", () => {
    expect(parse({ contactPhone: "  " }).contactPhone).toBeUndefined();
  });
});

describe("website", () => {
  it("adds https:// when the scheme is missing and keeps http(s) addresses", () => {
    expect(parse({ website: "www.menuiserie-roux.fr" }).website).toBe("https://www.menuiserie-roux.fr");
    expect(parse({ website: "http://exemple.fr/atelier" }).website).toBe("http://exemple.fr/atelier");
    expect(parse({ website: "" }).website).toBeUndefined();
  });

  it.each(["javascript:alert(1)", "ftp://exemple.fr", "pas un site", "localhost", "https://user:pw@exemple.fr"])("refuses %s", (input) => {
    expect(normalizeWebsite(input)).toBeNull();
    expect(errorsFor({ website: input }).website).toMatch(/Adresse de site invalide/);
  });
});

describe("references", () => {
  it("keeps filled rows in order, skips blank ones", () => {
    const r = parse({
      refClient: ["Ville d'Aubagne", "", "Groupe Méridien"],
      refYear: ["2024", "", "2019"],
      refDescription: ["Menuiseries de l'école", "", ""],
    });
    expect(r.references).toEqual([
      { clientName: "Ville d'Aubagne", year: 2024, description: "Menuiseries de l'école" },
      { clientName: "Groupe Méridien", year: 2019, description: "" },
    ]);
    expect(r).not.toHaveProperty("refClient");
  });

  it("accepts a single row sent as plain strings", () => {
    expect(parse({ refClient: "CHI des Calanques", refYear: "2025", refDescription: "" }).references).toHaveLength(1);
  });

  it("gives one error per faulty cell, keyed by the submitted row", () => {
    const e = errorsFor({
      refClient: ["Ville d'Aubagne", "", "Client futur", "Très ancien"],
      refYear: ["2024", "2021", "2027", "1979"],
      refDescription: ["", "Chantier sans client", "", "x".repeat(501)],
    });
    expect(e["references.1.clientName"]).toMatch(/nom du client/);
    expect(e["references.2.year"]).toMatch(/entre 1980 et 2026/);
    expect(e["references.3.year"]).toMatch(/entre 1980 et 2026/);
    expect(e["references.3.description"]).toMatch(/500 caractères/);
    expect(Object.keys(e).filter((k) => k.startsWith("references.0"))).toEqual([]);
  });

  it("reports missing years and more than ten rows", () => {
    expect(errorsFor({ refClient: ["A"], refYear: [""], refDescription: [""] })["references.0.year"]).toMatch(/Indiquez l'année/);
    const eleven = Array.from({ length: 11 }, (_, i) => `Client ${i}`);
    expect(errorsFor({ refClient: eleven, refYear: eleven.map(() => "2020"), refDescription: eleven.map(() => "") }).references).toMatch(
      /10 références au plus/,
    );
  });

  it("shows row errors together with other field errors", () => {
    const e = errorsFor({ headcountBand: "99", refClient: [""], refYear: ["2020"], refDescription: [""] });
    expect(e.headcountBand).toBeTruthy();
    expect(e["references.0.clientName"]).toBeTruthy();
  });
});

describe("service area", () => {
  it("needs a radius for a radius area, and a zone for a list", () => {
    expect(errorsFor({ serviceAreaRadiusKm: "" }).serviceAreaRadiusKm).toMatch(/rayon/);
    expect(errorsFor({ serviceAreaKind: "areas" }).serviceAreaAreas).toMatch(/au moins une commune/);
    expect(errorsFor({ serviceAreaRadiusKm: "500" }).serviceAreaRadiusKm).toMatch(/au plus 300/);
  });

  it("parses the territory and a list of communes and EPCIs", () => {
    expect(parse({ serviceAreaKind: "territory", serviceAreaRadiusKm: "" }).serviceAreaKind).toBe("territory");
    const r = parse({ serviceAreaKind: "areas", serviceAreaAreas: ["commune:13005", "epci:200054807"] });
    expect(r.serviceAreaAreas).toEqual([
      { kind: "commune", code: "13005" },
      { kind: "epci", code: "200054807" },
    ]);
    expect(errorsFor({ serviceAreaKind: "areas", serviceAreaAreas: "commune:Aubagne" })["serviceAreaAreas.0"]).toMatch(/Zone inconnue/);
  });
});

describe("other fields", () => {
  it("splits certifications on commas and lines, trims and deduplicates them", () => {
    expect(parse({ certifications: "ISO 9001, Qualibat\nRGE ; iso 9001\n\n" }).certifications).toEqual(["ISO 9001", "Qualibat", "RGE"]);
    expect(parse({ certifications: ["ESUS", "Entreprise du patrimoine vivant"] }).certifications).toEqual(["ESUS", "Entreprise du patrimoine vivant"]);
    expect(errorsFor({ certifications: "x".repeat(81) }).certifications).toMatch(/80 caractères/);
    expect(errorsFor({ certifications: Array.from({ length: 21 }, (_, i) => `Label ${i}`).join(",") }).certifications).toMatch(/20 certifications/);
  });

  it("checks the headcount band, the secondary activities, the e-mail and unknown fields", () => {
    expect(errorsFor({ headcountBand: "99" }).headcountBand).toMatch(/tranche/);
    expect(errorsFor({ secondaryNafCodes: "4332A" })["secondaryNafCodes.0"]).toMatch(/Code NAF invalide/);
    expect(errorsFor({ secondaryNafCodes: Array.from({ length: 11 }, (_, i) => `43.${String(10 + i)}A`) }).secondaryNafCodes).toMatch(/10 activités/);
    expect(parse({ secondaryNafCodes: ["43.32A", "43.32A"] }).secondaryNafCodes).toEqual(["43.32A"]);
    expect(errorsFor({ contactEmail: "contact@" }).contactEmail).toMatch(/Adresse e-mail invalide/);
    expect(parse({ contactEmail: " Contact@Exemple.FR " }).contactEmail).toBe("contact@exemple.fr");
    expect(errorsFor({ isLargeBuyer: "on" })).not.toEqual({});
    expect(parse({}).removeLogo).toBe(false);
    expect(parse({ removeLogo: "on" }).removeLogo).toBe(true);
  });
});
