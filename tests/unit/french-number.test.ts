import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFrenchNumber, zFrenchInt } from "@/lib/validation/french-number";
import { ZAnswerInput, zAmount } from "@/lib/answers/answer-schema";
import { ZPreferencesInput } from "@/lib/alerts/preferences";
import { zOptionalInt } from "@/lib/geo/area-schema";
import { answerFormValues } from "../factories/answers";

const cents = (s: string) => parseFrenchNumber(s, { decimals: 2, currency: true });

describe("parseFrenchNumber", () => {
  it("reads French typing: spaces, no-break and narrow no-break spaces between thousands, comma or dot", () => {
    expect(cents("1 234,50")).toBe(1234.5);
    expect(cents("1\u00a0234,50")).toBe(1234.5);
    expect(cents("1\u202f234\u202f567,5 €")).toBe(1234567.5);
    expect(cents("1234.5")).toBe(1234.5);
    expect(cents("1.234,50")).toBe(1234.5);
    expect(cents(" 42 ")).toBe(42);
  });

  it("refuses hex, exponents, Infinity, NaN and misplaced separators", () => {
    for (const s of ["0x10", "1e7", "1E3", "Infinity", "-Infinity", "NaN", "12 5", "1,2,3", "1.2.3", "", "€", "1 000 0", "0b11", "+-1", "١٢"]) {
      expect(cents(s), s).toBeNull();
    }
  });

  it("rounds on the decimal digits (half away from zero), so 1,005 € is 1,01 € and -0 is 0", () => {
    expect(cents("1,005")).toBe(1.01);
    expect(cents("0,001")).toBe(0);
    expect(cents("0,005")).toBe(0.01);
    expect(Object.is(cents("-0"), 0)).toBe(true);
    expect(Object.is(cents("-0,001"), 0)).toBe(true);
    expect(cents("-2,345")).toBe(-2.35);
  });

  it("property: any amount written with French thousands separators reads back to the same cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom(" ", "\u00a0", "\u202f"), (c, sep) => {
        const whole = String(Math.floor(c / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const text = `${whole},${String(c % 100).padStart(2, "0")}`;
        expect(cents(text)).toBe(c / 100);
      }),
    );
  });

  it("property: whatever the string, the result is null or a finite number with at most 2 decimals", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?[0-9 .,]{1,20}$/)), (s) => {
        const n = cents(s);
        if (n !== null) {
          expect(Number.isFinite(n)).toBe(true);
          expect(Math.abs(Math.round(n * 100) - n * 100)).toBeLessThan(1e-6);
        }
      }),
    );
  });
});

describe("the three number fields that used to parse on their own", () => {
  const priceError = (priceEur: string) => ZAnswerInput.safeParse(answerFormValues({ priceEur })).error?.issues[0]?.message;

  it("an answer's price: 0,001 € fails « > 0 » instead of being stored as 0,00 €", () => {
    expect(priceError("0,001")).toBe("Le prix total HT doit être supérieur à 0\u00a0€.");
    expect(priceError("0.001")).toBe("Le prix total HT doit être supérieur à 0\u00a0€.");
    expect(priceError("0x10")).toBe("Le prix total HT doit être un nombre.");
    expect(priceError("1e7")).toBe("Le prix total HT doit être un nombre.");
    expect(priceError("-0")).toBe("Le prix total HT doit être supérieur à 0\u00a0€.");
    expect(zAmount("Le montant").parse("12 500,505 €")).toBe(12500.51);
  });

  it("integers (delays, radius, budgets, e-mails per day) refuse hex, exponents and fractions", () => {
    const radius = zOptionalInt("Le rayon", 1, 300);
    expect(radius.parse("15")).toBe(15);
    expect(radius.parse("")).toBeUndefined();
    expect(radius.safeParse("0x10").error?.issues[0].message).toBe("Le rayon doit être un nombre.");
    expect(radius.safeParse("1e2").error?.issues[0].message).toBe("Le rayon doit être un nombre.");
    expect(radius.safeParse("2,5").error?.issues[0].message).toBe("Le rayon doit être un nombre entier.");
    expect(zFrenchInt("Le budget", 0, 100_000_000).parse("15 000")).toBe(15000);
    expect(ZPreferencesInput.safeParse({ mode: "daily", dailyCap: "0x10", minScore: "" }).success).toBe(false);
    expect(ZPreferencesInput.parse({ mode: "daily", dailyCap: "10", minScore: "" }).dailyCap).toBe(10);
  });
});
