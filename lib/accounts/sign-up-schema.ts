/** What the sign-up form sends, with the French message each field shows. */
import { z, zOptionalText, zText } from "../validation/zod";
import { normalizeDigits, siretProblem, SIRET_MESSAGES } from "../companies/siret";
import { HEADCOUNT_CODES } from "../companies/headcount-bands";
import { zEmail, zNewPassword } from "./fields";
import { NAF_SUBCLASS } from "../naf/code";
import { COMMUNE_CODE } from "../geo/commune-code";

export const ZSignUpInput = z
  .object({
    firstName: zText("Le prénom", 1, 100),
    lastName: zText("Le nom", 1, 100),
    jobTitle: zOptionalText(120),
    email: zEmail(),
    password: zNewPassword(),
    siret: zText("Le SIRET", 1, 40)
      .transform(normalizeDigits)
      .superRefine((value, ctx) => {
        const problem = siretProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: SIRET_MESSAGES[problem] });
      }),
    legalName: zText("La raison sociale", 1, 200),
    tradeName: zOptionalText(200),
    nafCode: zText("L'activité principale (code NAF)", 1, 10).regex(NAF_SUBCLASS, "Choisissez une activité dans la liste (code NAF, par exemple 43.32A)."),
    communeCode: zText("La commune", 1, 10).regex(COMMUNE_CODE, "Choisissez une commune dans la liste."),
    headcountBand: z.enum(HEADCOUNT_CODES, { error: "Choisissez une tranche d'effectifs." }),
    acceptCharter: z.literal("on", { error: "Vous devez accepter la charte pour inscrire votre entreprise." }),
  })
  .strict();

export type SignUpInput = z.output<typeof ZSignUpInput>;
