import { describe, expect, it } from "vitest";
import { formatSiret, isValidSiren, isValidSiret, luhnValid, siretProblem, withLuhnKey } from "@/lib/companies/siret";

describe("SIREN / SIRET validation", () => {
  it("accepts real, Luhn-valid numbers", () => {
    // INSEE's own SIRET (Direction générale) and a known SIREN.
    expect(isValidSiret("12002701600357")).toBe(true);
    expect(isValidSiren("732829320")).toBe(true);
  });

  it("accepts spaces, dots and no-break spaces typed by users", () => {
    expect(isValidSiret("120 027 016 00357")).toBe(true);
    expect(isValidSiret("120.027.016.00357")).toBe(true);
    expect(isValidSiret("120\u00a0027\u00a0016\u00a000357")).toBe(true);
  });

  it("tells a wrong length from a wrong key", () => {
    expect(siretProblem("1200270160035")).toBe("format");
    expect(siretProblem("12002701600A57")).toBe("format");
    expect(siretProblem("12002701600358")).toBe("siret_key");
    // a SIREN whose own key is wrong
    expect(siretProblem("12002701700357")).toBe("siren_key");
  });

  it("applies INSEE's La Poste exception (digit sum multiple of 5)", () => {
    expect(isValidSiret("35600000000010")).toBe(true); // 3+5+6+1 = 15
    expect(isValidSiret("35600000000048")).toBe(false); // 3+5+6+4+8 = 26
    expect(luhnValid("35600000000010")).toBe(false); // the plain Luhn rule would refuse it
  });

  it("rejects an all-Luhn-invalid SIREN", () => {
    expect(isValidSiren("123456789")).toBe(false);
    expect(isValidSiren("12345678")).toBe(false);
  });

  it("completes a prefix with its Luhn key", () => {
    const full = withLuhnKey("1234567890123");
    expect(full).toHaveLength(14);
    expect(luhnValid(full)).toBe(true);
  });

  it("formats as 123 456 789 00012", () => {
    expect(formatSiret("12002701600357").replace(/\u00a0/g, " ")).toBe("120 027 016 00357");
  });
});
