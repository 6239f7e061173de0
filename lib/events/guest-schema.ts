/** What the public « inscription sans compte » form sends, with the French message each field shows. */
import { z, zText } from "../validation/zod";
import { zEmail } from "../accounts/fields";
import { normalizeDigits, siretProblem, SIRET_MESSAGES } from "../companies/siret";

/** A SIRET typed with or without spaces, checked with INSEE's Luhn key (La Poste's exception included). */
export const zSiret = () =>
  zText("Le SIRET", 1, 40)
    .transform(normalizeDigits)
    .superRefine((value, ctx) => {
      const problem = siretProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: SIRET_MESSAGES[problem] });
    });

export const ZGuestRegistrationInput = z
  .object({
    siret: zSiret(),
    companyName: zText("Le nom de l'entreprise", 2, 200),
    role: z.enum(["buyer", "supplier", "both"], { error: "Choisissez acheteur, fournisseur ou les deux." }),
    firstName: zText("Le prénom", 1, 100),
    lastName: zText("Le nom", 1, 100),
    email: zEmail(),
    consent: z.literal("on", { error: "Cochez la case pour que la CCI puisse enregistrer votre inscription et vous écrire." }),
  })
  .strict();
export type GuestRegistrationInput = z.output<typeof ZGuestRegistrationInput>;

export const ZSiretLookup = z.object({ siret: zSiret() }).strict();
