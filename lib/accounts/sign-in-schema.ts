import { z } from "../validation/zod";

export const ZSignInInput = z
  .object({
    email: z.string({ error: "L'adresse e-mail est obligatoire." }).trim().min(1, "L'adresse e-mail est obligatoire.").toLowerCase()
      .pipe(z.email("Adresse e-mail invalide.")),
    password: z.string({ error: "Le mot de passe est obligatoire." }).min(1, "Le mot de passe est obligatoire.").max(200),
    next: z.string().max(300).optional(),
  })
  .strict();

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeRedirectPath(next: string | undefined, fallback = "/espace"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  return next;
}
