/**
 * The need a file describes (`npm run match -- --need`): what other programs write is read the way the form reads
 * it — areas as objects or as « commune:… », NAF codes with or without the dot — and what is wrong is named per field.
 */
import { describe, expect, it } from "vitest";
import { ZNeedLike } from "@/lib/matching/need-like";
import { fieldErrorsOf } from "@/lib/validation/zod";

const need = {
  title: "Remplacement des fenêtres de l'école Jean-Moulin",
  nafCodes: ["43.32A"],
  communeCode: "13005",
  perimeterKind: "areas",
  perimeterAreas: ["commune:13005", "epci:200054807"],
};

describe("ZNeedLike", () => {
  it("reads an area written as an object like the one written as « kind:code »", () => {
    const asStrings = ZNeedLike.parse(need);
    const asObjects = ZNeedLike.parse({
      ...need,
      perimeterAreas: [
        { kind: "commune", code: "13005" },
        { kind: "epci", code: "200054807" },
      ],
    });
    expect(asObjects.perimeterAreas).toEqual(asStrings.perimeterAreas);
    expect(asObjects.perimeterAreas).toEqual([
      { kind: "commune", code: "13005" },
      { kind: "epci", code: "200054807" },
    ]);
  });

  it("reads « 4332A » and « 43.32a » as 43.32A", () => {
    expect(ZNeedLike.parse({ ...need, nafCodes: ["4332A", "43.32a", " 71.12b "] }).nafCodes).toEqual(["43.32A", "43.32A", "71.12B"]);
  });

  it("reads a commune code written as a number or in lower case", () => {
    expect(ZNeedLike.parse({ ...need, communeCode: 13005 }).communeCode).toBe("13005");
    expect(ZNeedLike.parse({ ...need, communeCode: 1053 }).communeCode).toBe("01053");
    expect(ZNeedLike.parse({ ...need, communeCode: " 2a004 " }).communeCode).toBe("2A004");
    expect(fieldErrorsOf(ZNeedLike.safeParse({ ...need, communeCode: 130050 }).error!).communeCode).toMatch(/code INSEE/);
  });

  it("names each wrong area and code in French", () => {
    const r = ZNeedLike.safeParse({ ...need, nafCodes: ["43-32A"], perimeterAreas: [{ kind: "region", code: "93" }, { code: "13005" }, 13005] });
    expect(r.success).toBe(false);
    const errors = r.success ? {} : fieldErrorsOf(r.error);
    expect(errors["nafCodes.0"]).toBe("Code NAF invalide (attendu : 43.32A).");
    expect(errors["perimeterAreas.0"]).toBe("Zone inconnue.");
    expect(errors["perimeterAreas.1"]).toBe("Zone inconnue.");
    expect(errors["perimeterAreas.2"]).toBe("Zone inconnue.");
  });
});
