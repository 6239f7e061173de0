/**
 * SIREN (9 digits) and SIRET (14 digits = SIREN + NIC) checks: the Luhn key INSEE uses.
 * La Poste's establishments (SIREN 356 000 000) break the Luhn rule: their SIRET is valid
 * when the sum of its digits is a multiple of 5 (INSEE's documented exception).
 */
export const LA_POSTE_SIREN = "356000000";

export function normalizeDigits(input: string): string {
  return input.replace(/[\s.\-\u00a0\u202f]/g, "");
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export type SiretProblem = "format" | "siren_key" | "siret_key";

/** Why a SIRET is invalid, or null when it is valid. */
export function siretProblem(input: string): SiretProblem | null {
  const siret = normalizeDigits(input);
  if (!/^\d{14}$/.test(siret)) return "format";
  const siren = siret.slice(0, 9);
  if (siren === LA_POSTE_SIREN) {
    const digitSum = [...siret].reduce((s, c) => s + Number(c), 0);
    return digitSum % 5 === 0 ? null : "siret_key";
  }
  if (!luhnValid(siren)) return "siren_key";
  if (!luhnValid(siret)) return "siret_key";
  return null;
}

export function isValidSiret(input: string): boolean {
  return siretProblem(input) === null;
}

export function isValidSiren(input: string): boolean {
  const siren = normalizeDigits(input);
  return /^\d{9}$/.test(siren) && luhnValid(siren);
}

export const SIRET_MESSAGES: Record<SiretProblem, string> = {
  format: "Le SIRET doit comporter 14 chiffres.",
  siren_key: "Ce SIRET n'existe pas : les 9 premiers chiffres (SIREN) ne forment pas un numéro valide. Vérifiez la saisie.",
  siret_key: "Ce SIRET n'existe pas : la clé de contrôle est fausse. Vérifiez la saisie (14 chiffres, sur votre extrait Kbis ou avis de situation INSEE).",
};

/** "12345678900012" → "123 456 789 00012" (narrow no-break spaces keep it on one line). */
export function formatSiret(siret: string): string {
  const s = normalizeDigits(siret);
  return `${s.slice(0, 3)}\u00a0${s.slice(3, 6)}\u00a0${s.slice(6, 9)}\u00a0${s.slice(9)}`;
}

/** Completes 13 digits with the digit that makes the whole number Luhn-valid (used by the demo seed). */
export function withLuhnKey(prefix: string): string {
  for (let d = 0; d <= 9; d++) {
    if (luhnValid(prefix + d)) return prefix + d;
  }
  throw new Error("unreachable");
}
