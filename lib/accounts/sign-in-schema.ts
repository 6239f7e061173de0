import { z, zString } from "../validation/zod";
import { zEmail } from "./fields";

export const ZSignInInput = z
  .object({
    email: zEmail("Adresse e-mail invalide."),
    password: zString({ error: "Le mot de passe est obligatoire." }).min(1, "Le mot de passe est obligatoire.").max(200),
    next: zString().max(300).optional(),
  })
  .strict();

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeRedirectPath(next: string | undefined, fallback = "/espace"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  return next;
}
