/** The one French formatting module (lib/format.ts): plural rules, numbers, distances and money. */
import { describe, expect, it } from "vitest";
import { countOf, formatDistance, formatEuros, formatMoney, formatNumber, plural } from "@/lib/format";

// Intl writes thin and ordinary no-break spaces; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("plural and countOf (Intl.PluralRules, French)", () => {
  it("takes the singular for 0 and 1, the plural from 2", () => {
    expect(plain(countOf(1, "entreprise", "entreprises"))).toBe("1 entreprise");
    expect(plain(countOf(0, "entreprise", "entreprises"))).toBe("0 entreprise");
    expect(plain(countOf(3, "entreprise", "entreprises"))).toBe("3 entreprises");
    expect(plain(countOf(12500, "ligne", "lignes"))).toBe("12 500 lignes");
  });

  it("follows French rules where English ones differ: 1,5 is singular, a million is plural", () => {
    expect(plural(1.5, "kilo", "kilos")).toBe("kilo");
    expect(plural(2, "kilo", "kilos")).toBe("kilos");
    expect(plural(1_000_000, "euro", "euros")).toBe("euros");
  });

  it("agrees a whole phrase: « 1 fournisseur invité », « 3 fournisseurs invités »", () => {
    const invited = (n: number) =>
      `${countOf(n, "fournisseur", "fournisseurs")} ${plural(n, "invité", "invités")}. ${plural(n, "Il est prévenu", "Ils sont prévenus")}.`;
    expect(plain(invited(1))).toBe("1 fournisseur invité. Il est prévenu.");
    expect(plain(invited(3))).toBe("3 fournisseurs invités. Ils sont prévenus.");
  });
});

describe("numbers, distances, money", () => {
  it("groups thousands the French way", () => {
    expect(plain(formatNumber(12500))).toBe("12 500");
    expect(plain(formatNumber(4.25))).toBe("4,25");
  });

  it("writes every distance with at most one decimal: « 4,3 km », never « 4,268 km »", () => {
    expect(plain(formatDistance(4.268))).toBe("4,3 km");
    expect(plain(formatDistance(12))).toBe("12 km");
    expect(plain(formatDistance(0.84))).toBe("0,8 km");
    expect(plain(formatDistance(1234.56))).toBe("1 234,6 km");
  });

  it("writes whole euros by default and cents on demand", () => {
    expect(plain(formatMoney(12500))).toBe("12 500 €");
    expect(plain(formatMoney(12500.5))).toBe("12 501 €");
    expect(plain(formatMoney(12500.5, { cents: true }))).toBe("12 500,50 €");
    expect(formatEuros(980)).toBe(formatMoney(980));
  });
});
