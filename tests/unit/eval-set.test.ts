import { describe, expect, it } from "vitest";
import { generateEvalSet } from "@/bench/relevance/generate-set";
import { isValidSiret } from "@/lib/companies/siret";

describe("the matching evaluation set", () => {
  const set = generateEvalSet();

  it("is the same for the same seed, and another for another seed", () => {
    expect(generateEvalSet()).toEqual(set);
    expect(generateEvalSet(set.seed + 1).establishments[0].sirene.siret).not.toBe(set.establishments[0].sirene.siret);
  });

  it("has enough establishments and needs, with valid and unique SIRETs", () => {
    expect(set.establishments.length).toBeGreaterThanOrEqual(2000);
    expect(set.needs.length).toBeGreaterThanOrEqual(30);
    const sirets = set.establishments.map((e) => e.sirene.siret);
    expect(sirets.every(isValidSiret)).toBe(true);
    expect(new Set(sirets).size).toBe(sirets.length);
    expect(set.establishments.filter((e) => e.sirene.etatAdministratifEtablissement === "F").length).toBeGreaterThan(0);
  });

  it("gives every need at least 4 relevant establishments, and never grades a closed or outside one above 0", () => {
    const bySiret = new Map(set.establishments.map((e) => [e.sirene.siret, e]));
    for (const need of set.needs) {
      const labels = set.labels.filter((l) => l.needId === need.id);
      expect(labels.filter((l) => l.grade >= 2).length, need.id).toBeGreaterThanOrEqual(4);
      for (const l of labels) {
        if (bySiret.get(l.siret)!.sirene.etatAdministratifEtablissement === "F") expect(l.grade, l.reason).toBe(0);
        if (l.reason.startsWith("hors du périmètre")) expect(l.grade).toBe(0);
      }
    }
  });
});
