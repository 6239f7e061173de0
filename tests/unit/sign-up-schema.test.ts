import { describe, expect, it } from "vitest";
import { ZSignUpInput } from "@/lib/accounts/sign-up-schema";
import { fieldErrorsOf } from "@/lib/validation/zod";

const valid = {
  firstName: "Lucie",
  lastName: "Garnier",
  email: "Lucie.Garnier@Exemple.fr",
  password: "Calanques-2026",
  siret: "120 027 016 00357",
  legalName: "Garnier SARL",
  nafCode: "43.32A",
  communeCode: "13005",
  headcountBand: "02",
  acceptCharter: "on",
};

const errorsFor = (input: Record<string, unknown>) => {
  const r = ZSignUpInput.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("sign-up input", () => {
  it("normalises the e-mail and the SIRET", () => {
    const r = ZSignUpInput.parse(valid);
    expect(r.email).toBe("lucie.garnier@exemple.fr");
    expect(r.siret).toBe("12002701600357");
    expect(r.tradeName).toBeUndefined();
  });

  it("gives a French error per field", () => {
    const e = errorsFor({ ...valid, siret: "12345678901234", password: "court", email: "pas-un-email", acceptCharter: undefined, firstName: " " });
    expect(e.siret).toMatch(/n'existe pas/);
    expect(e.password).toMatch(/au moins 10 caractères/);
    expect(e.email).toMatch(/Adresse e-mail invalide/);
    expect(e.acceptCharter).toMatch(/accepter la charte/);
    expect(e.firstName).toMatch(/prénom est obligatoire/);
  });

  it("rejects common and letter-only passwords", () => {
    expect(errorsFor({ ...valid, password: "azertyuiop" }).password).toMatch(/lettre et un chiffre|trop courant/);
    expect(errorsFor({ ...valid, password: "Motdepasse1" }).password).toMatch(/trop courant/);
  });

  it("reports missing fields", () => {
    const e = errorsFor({});
    for (const field of ["firstName", "lastName", "email", "password", "siret", "legalName", "nafCode", "communeCode", "headcountBand", "acceptCharter"]) {
      expect(e[field], field).toBeTruthy();
    }
  });

  it("refuses unexpected fields (strict)", () => {
    expect(ZSignUpInput.safeParse({ ...valid, platformRole: "staff" }).success).toBe(false);
  });
});
