/** What the need form sends (also what a purchase-plan row becomes), with French messages per field. */
import { z, zOptionalText, zString, zText } from "../validation/zod";
import { zIsoDate, zOptionalIsoDate } from "../validation/dates";
import { endOfDayParis, parisDay } from "../dates";
import { areaFields, checkArea, zList, zOptionalInt } from "../geo/area-schema";
import { CSR_CODES } from "./csr";
import { NAF_SUBCLASS } from "../naf/code";
import { COMMUNE_CODE } from "../geo/commune-code";

/** Built per call so "in the past" is judged against the current time (tests pass their own). */
export function needInputSchema(now: Date = new Date()) {
  const today = parisDay(now);
  return z
    .object({
      title: zText("Le titre", 5, 150),
      description: zText("La description", 20, 5000, { multiline: true }),
      kind: z.enum(["supplies", "services", "works"], { error: "Choisissez le type d'achat." }),
      nafCodes: zList(z.string().regex(NAF_SUBCLASS, "Code NAF invalide.")).pipe(
        z.array(z.string()).min(1, "Choisissez au moins une activité recherchée.").max(10, "10 activités au plus."),
      ),
      communeCode: zString({ error: "Le lieu de livraison est obligatoire." }).regex(COMMUNE_CODE, "Choisissez le lieu de livraison dans la liste."),
      ...areaFields("perimeter"),
      budgetMinEur: zOptionalInt("Le budget minimum", 0, 100_000_000),
      budgetMaxEur: zOptionalInt("Le budget maximum", 0, 100_000_000),
      quantities: zOptionalText(500, { multiline: true }),
      responseDeadline: zIsoDate("La date limite de réponse", now, {
        after: { date: today, message: "La date limite de réponse doit être postérieure à aujourd'hui." },
      }),
      expectedStartDate: zOptionalIsoDate("La date de démarrage", now),
      csrCriteria: zList(z.enum(CSR_CODES, { error: "Critère inconnu." })),
      csrNotes: zOptionalText(1000, { multiline: true }),
      visibility: z.enum(["all_signatories", "invited_only"], { error: "Choisissez la visibilité." }),
      contactUserId: z.uuid("Choisissez la personne à contacter."),
    })
    .strict()
    .superRefine((v, ctx) => {
      checkArea("perimeter", v, ctx);
      if (v.budgetMinEur !== undefined && v.budgetMaxEur !== undefined && v.budgetMinEur > v.budgetMaxEur) {
        ctx.addIssue({ code: "custom", path: ["budgetMaxEur"], message: "Le budget maximum doit être supérieur ou égal au minimum." });
      }
      if (v.expectedStartDate && v.responseDeadline && v.expectedStartDate < v.responseDeadline) {
        ctx.addIssue({ code: "custom", path: ["expectedStartDate"], message: "Le démarrage prévu doit suivre la date limite de réponse." });
      }
    })
    .transform((v) => ({ ...v, responseDeadlineAt: endOfDayParis(v.responseDeadline) }));
}

export type NeedInput = z.output<ReturnType<typeof needInputSchema>>;
