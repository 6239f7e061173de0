/** What the challenge forms send, with French messages per field, and the labels of the enums. */
import { z, zOptionalText, zString, zText } from "../validation/zod";
import { zIsoDate } from "../validation/dates";
import { zFrenchInt } from "../validation/french-number";
import { endOfDayParis, parisDay } from "../dates";
import { zOptionalInt } from "../geo/area-schema";

const zCheckbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export { BUDGET_BAND_LABELS, MATURITY_LABELS, OUTCOME_LABELS, REWARD_LABELS } from "./labels";

/** Built per call so the deadline is judged against the current time (tests pass their own). */
export function challengeInputSchema(now: Date = new Date()) {
  const today = parisDay(now);
  return z
    .object({
      title: zText("Le titre", 5, 150),
      summary: zText("Le résumé public", 20, 600, { multiline: true }),
      problem: zText("Le problème", 20, 5000, { multiline: true }),
      context: zOptionalText(5000, { multiline: true }),
      expectedSolution: zText("La solution attendue", 10, 3000, { multiline: true }),
      maturity: z.enum(["idea", "prototype", "product"], { error: "Choisissez la maturité recherchée." }),
      reward: z.enum(["paid_poc", "pilot", "contract"], { error: "Choisissez ce que gagne le lauréat." }),
      budgetBand: z.enum(["lt_10k", "10k_50k", "50k_150k", "gt_150k"], { error: "Choisissez la tranche de budget." }),
      deadline: zIsoDate("La date limite des candidatures", now, { after: { date: today, message: "La date limite doit être postérieure à aujourd'hui." } }),
      confidential: zCheckbox,
      ndaText: zOptionalText(5000, { multiline: true }),
      openToYoung: zCheckbox,
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.confidential && (!v.ndaText || v.ndaText.length < 50)) {
        ctx.addIssue({
          code: "custom",
          path: ["ndaText"],
          message: "Un défi confidentiel demande le texte de l'accord de confidentialité (50 caractères au moins).",
        });
      }
    })
    .transform((v) => ({ ...v, context: v.context ?? "", ndaText: v.confidential ? (v.ndaText ?? null) : null, deadlineAt: endOfDayParis(v.deadline) }));
}
export type ChallengeInput = z.output<ReturnType<typeof challengeInputSchema>>;

/** A video link: http(s) only, so nothing else is ever rendered as a link. */
const zVideoUrl = zString()
  .trim()
  .max(500, "500 caractères au plus.")
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v), "Le lien de la vidéo doit commencer par https:// (ex. https://vimeo.com/…).");

export const ZApplicationInput = z
  .object({
    solution: zText("La solution proposée", 30, 5000, { multiline: true }),
    trl: zFrenchInt("La maturité (TRL)", 1, 9),
    team: zText("L'équipe", 10, 2000, { multiline: true }),
    references: zOptionalText(2000, { multiline: true }),
    videoUrl: zVideoUrl,
  })
  .strict();
export type ApplicationInput = z.output<typeof ZApplicationInput>;

export const ZQuestionInput = z.object({ question: zText("La question", 5, 2000, { multiline: true }) }).strict();
export const ZAnswerInput = z
  .object({ questionId: z.uuid("Question inconnue : rechargez la page."), answer: zText("La réponse", 2, 4000, { multiline: true }) })
  .strict();

export const ZOutcomeInput = z
  .object({
    outcome: z.enum(["poc_signed", "contract_signed", "none"], { error: "Choisissez ce que la sélection a donné." }),
    pocAmountEur: zOptionalInt("Le montant de la preuve de concept", 0, 100_000_000),
    contractAmountEur: zOptionalInt("Le montant du contrat", 0, 100_000_000),
    outcomeNote: zOptionalText(1000, { multiline: true }),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === "poc_signed" && v.pocAmountEur === undefined)
      ctx.addIssue({ code: "custom", path: ["pocAmountEur"], message: "Indiquez le montant de la preuve de concept." });
    if (v.outcome === "contract_signed" && v.contractAmountEur === undefined)
      ctx.addIssue({ code: "custom", path: ["contractAmountEur"], message: "Indiquez le montant du contrat." });
  });
export type OutcomeInput = z.output<typeof ZOutcomeInput>;
