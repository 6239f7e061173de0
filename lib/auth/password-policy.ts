/** The password policy shown to users (client-safe: no hashing here). */
export const PASSWORD_MIN_LENGTH = 10;

const COMMON = new Set([
  "motdepasse",
  "motdepasse1",
  "password",
  "password1",
  "azertyuiop",
  "azerty1234",
  "1234567890",
  "0123456789",
  "qwertyuiop",
  "marseille13",
  "bonjour1234",
  "soleil1234",
  "circuitcourt",
]);

/** French message for the first rule the password breaks, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  if (password.length > 200) return "Le mot de passe est trop long (200 caractères au plus).";
  if (!/[A-Za-zÀ-ÿ]/.test(password) || !/\d/.test(password)) return "Le mot de passe doit contenir au moins une lettre et un chiffre.";
  if (COMMON.has(password.toLowerCase())) return "Ce mot de passe est trop courant : choisissez-en un autre.";
  return null;
}
