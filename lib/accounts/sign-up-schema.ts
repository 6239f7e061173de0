/** What the sign-up form sends, with the French message each field shows. */
import { z } from "../validation/zod";
import { normalizeDigits, siretProblem, SIRET_MESSAGES } from "../companies/siret";
import { HEADCOUNT_CODES } from "../companies/headcount-bands";
import { passwordProblem } from "../auth/password-policy";

const required = (label: string) => z.string({ error: `${label} est obligatoire.` }).trim().min(1, `${label} est obligatoire.`);

export const ZSignUpInput = z
  .object({
    firstName: required("Le prénom").max(100, "100 caractères au plus."),
    lastName: required("Le nom").max(100, "100 caractères au plus."),
    jobTitle: z.string().trim().max(120, "120 caractères au plus.").optional().transform((v) => v || undefined),
    email: required("L'adresse e-mail").toLowerCase().pipe(z.email("Adresse e-mail invalide (exemple : prenom.nom@entreprise.fr).")),
    password: z.string({ error: "Le mot de passe est obligatoire." }).superRefine((value, ctx) => {
      const problem = passwordProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
    siret: required("Le SIRET").transform(normalizeDigits).superRefine((value, ctx) => {
      const problem = siretProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: SIRET_MESSAGES[problem] });
    }),
    legalName: required("La raison sociale").max(200, "200 caractères au plus."),
    tradeName: z.string().trim().max(200, "200 caractères au plus.").optional().transform((v) => v || undefined),
    nafCode: required("L'activité principale (code NAF)").regex(/^\d{2}\.\d{2}[A-Z]$/, "Choisissez une activité dans la liste (code NAF, par exemple 43.32A)."),
    communeCode: required("La commune").regex(/^[0-9][0-9AB][0-9]{3}$/, "Choisissez une commune dans la liste."),
    headcountBand: z.enum(HEADCOUNT_CODES, { error: "Choisissez une tranche d'effectifs." }),
    acceptCharter: z.literal("on", { error: "Vous devez accepter la charte pour inscrire votre entreprise." }),
  })
  .strict();

export type SignUpInput = z.output<typeof ZSignUpInput>;
