/** Word families: the root that brings a trade's agent noun and its activity noun together (db/queries/match-text.ts). */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DERIVATION_MIN_ROOT, DERIVATION_SUFFIX, derivationRoot } from "@/db/queries/match-text";

describe("derivationRoot (on Snowball's French stems)", () => {
  it("joins an agent noun to the activity it does", () => {
    // Snowball: traducteur → « traducteur », traduction → « traduct »; nettoyeur / nettoyage → « nettoyag ».
    expect(derivationRoot("traducteur")).toBe(derivationRoot("traduct"));
    expect(derivationRoot("traductric")).toBe(derivationRoot("traduct"));
    expect(derivationRoot("nettoyeur")).toBe(derivationRoot("nettoyag"));
    expect(derivationRoot("install")).toBe(derivationRoot("installateur"));
  });

  it("joins a trade to its craft, and a thing to its part", () => {
    expect(derivationRoot("plombi")).toBe(derivationRoot("plomber"));
    expect(derivationRoot("carrossi")).toBe(derivationRoot("carrosser"));
    expect(derivationRoot("toitur")).toBe("toit");
    expect(derivationRoot("electricien")).toBe(derivationRoot("electricit"));
  });

  it("leaves short stems alone, so small words do not gather unrelated ones", () => {
    expect(derivationRoot("macon")).toBe("macon");
    expect(derivationRoot("meti")).toBe("meti");
    expect(derivationRoot("carist")).toBe("carist");
  });

  it("keeps distinct trades apart", () => {
    expect(derivationRoot("photograph")).not.toBe(derivationRoot("peintr"));
    expect(derivationRoot("menuisi")).not.toBe(derivationRoot("maconner"));
  });
});

describe("match_derivation_root (migration 0023)", () => {
  it("strips the same suffixes with the same minimum root as derivationRoot", () => {
    const sql = readFileSync("db/migrations/0023_matching_word_families.sql", "utf8");
    expect(sql).toContain(`regexp_replace(lexeme, '${DERIVATION_SUFFIX}', '')) >= ${DERIVATION_MIN_ROOT}`);
  });
});
