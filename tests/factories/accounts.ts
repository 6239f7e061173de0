/** Data factories for accounts: valid inputs with unique e-mails and Luhn-valid SIRETs. */
import { withLuhnKey } from "@/lib/companies/siret";
import { ZSignUpInput, type SignUpInput } from "@/lib/accounts/sign-up-schema";

let counter = 0;

/** A fresh, valid SIREN/SIRET pair each call (prefix "9" keeps them apart from demo data). */
export function uniqueSiret(): string {
  counter += 1;
  const siren = withLuhnKey(`9${String(process.pid % 1000).padStart(3, "0")}${String(counter).padStart(4, "0")}`);
  return withLuhnKey(`${siren}0001`);
}

export function signUpInput(over: Partial<Record<keyof SignUpInput, string>> = {}): SignUpInput {
  counter += 1;
  return ZSignUpInput.parse({
    firstName: "Lucie",
    lastName: "Garnier",
    email: `lucie.${counter}.${Date.now()}@exemple.fr`,
    password: "Calanques-2026",
    siret: uniqueSiret(),
    legalName: `Garnier ${counter} SARL`,
    nafCode: "43.32A",
    communeCode: "13005",
    headcountBand: "02",
    acceptCharter: "on",
    ...over,
  });
}
