/** What the need form sends (also what a purchase-plan row becomes), with French messages per field. */
import { z } from "../validation/zod";
import { endOfDayParis, isIsoDate, parisDay } from "../dates";
import { areaFields, checkArea, zList, zOptionalInt } from "../geo/area-schema";
import { CSR_CODES } from "./csr";

const text = (label: string, min: number, max: number) =>
  z.string({ error: `${label} est obligatoire.` }).trim()
    .min(1, `${label} est obligatoire.`)
    .min(min, `${label} doit comporter au moins ${min} caractères.`)
    .max(max, `${label} doit comporter au plus ${max} caractères.`);

const optionalText = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`).optional().transform((v) => v || undefined);

const isoDate = (label: string) => z.string({ error: `${label} est obligatoire.` }).trim().min(1, `${label} est obligatoire.`)
  .refine(isIsoDate, `${label} n'est pas une date valide (jj/mm/aaaa).`);

/** Built per call so "in the past" is judged against the current time (tests pass their own). */
export function needInputSchema(now: Date = new Date()) {
  const today = parisDay(now);
  return z
    .object({
      title: text("Le titre", 5, 150),
      description: text("La description", 20, 5000),
      kind: z.enum(["supplies", "services", "works"], { error: "Choisissez le type d'achat." }),
      nafCodes: zList(z.string().regex(/^\d{2}\.\d{2}[A-Z]$/, "Code NAF invalide."))
        .pipe(z.array(z.string()).min(1, "Choisissez au moins une activité recherchée.").max(10, "10 activités au plus.")),
      communeCode: z.string({ error: "Le lieu de livraison est obligatoire." }).regex(/^[0-9][0-9AB][0-9]{3}$/, "Choisissez le lieu de livraison dans la liste."),
      ...areaFields("perimeter"),
      budgetMinEur: zOptionalInt("Le budget minimum", 0, 100_000_000),
      budgetMaxEur: zOptionalInt("Le budget maximum", 0, 100_000_000),
      quantities: optionalText(500),
      responseDeadline: isoDate("La date limite de réponse")
        .refine((d) => d > today, "La date limite de réponse doit être postérieure à aujourd'hui."),
      expectedStartDate: z.string().trim().optional().transform((v) => v || undefined)
        .refine((v) => v === undefined || isIsoDate(v), "La date de démarrage n'est pas une date valide."),
      csrCriteria: zList(z.enum(CSR_CODES, { error: "Critère inconnu." })),
      csrNotes: optionalText(1000),
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
