/** A partner's member file → SIRETs: a « siret » column or one per line, separators, spaces, bad keys, duplicates. */
import { describe, expect, it } from "vitest";
import { withLuhnKey } from "@/lib/companies/siret";
import { parseSiretList } from "@/lib/partners/siret-list";

const siretOf = (n: number) => withLuhnKey(`${withLuhnKey(String(40000000 + n))}${String(n % 10000).padStart(4, "0")}`);

describe("parseSiretList", () => {
  const a = siretOf(1), b = siretOf(2), c = siretOf(3);

  it("reads the « siret » column of a semicolon CSV, whatever its position and case", () => {
    const list = parseSiretList(`\uFEFFNom;SIRET;Ville\nMutuelle A;${a};Aix\nMutuelle B;${b};Aubagne\n`);
    expect(list).toEqual({ sirets: [a, b], invalid: [], duplicates: 0 });
  });

  it("reads one SIRET per line without a header, with spaces and dots inside", () => {
    const spaced = `${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6, 9)} ${a.slice(9)}`;
    expect(parseSiretList(`${spaced}\r\n${b.slice(0, 9)}.${b.slice(9)}\n\n${c}`).sirets).toEqual([a, b, c]);
  });

  it("keeps invalid values aside with their line number, and counts duplicates once", () => {
    const badKey = `${a.slice(0, 13)}${(Number(a[13]) + 1) % 10}`;
    const list = parseSiretList(`siret,nom\n${a},A\n${badKey},B\nabc,C\n${a},A bis\n`);
    expect(list.sirets).toEqual([a]);
    expect(list.invalid).toEqual([{ line: 3, value: badKey }, { line: 4, value: "abc" }]);
    expect(list.duplicates).toBe(1);
  });

  it("refuses a file over the row cap", () => {
    expect(() => parseSiretList(`${a}\n`.repeat(20_002))).toThrow(RangeError);
  });
});
