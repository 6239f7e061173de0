/**
 * What the buyer's forms send: answering a question, shortlisting, awarding (one or several answers,
 * each with its amount), declaring the need unsuccessful, the follow-up and the rating.
 */
import { z, zOptionalText, zText } from "../validation/zod";
import { zIsoDate, zOptionalIsoDate } from "../validation/dates";
import { parisDay, parisInstant } from "../dates";
import { zAligned, zAmount, zInt, zOptionalAmount } from "./answer-schema";

const optionalText = (max: number) => zOptionalText(max, { multiline: true });
const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

/** Midday in Paris on that calendar day: stored as a timestamp, shown as the same date. */
export const middayParis = (isoDate: string) => {
  const [y, m, d] = isoDate.split("-").map(Number);
  return parisInstant(y, m, d, 12);
};

export const ZQuestionReply = z
  .object({
    questionId: z.uuid(),
    answer: zText("La réponse", 5, 5000, { multiline: true }),
    publish: checkbox,
    newDeadline: zOptionalIsoDate("La nouvelle date limite"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.newDeadline && !v.publish) {
      ctx.addIssue({ code: "custom", path: ["newDeadline"], message: "Le report de la date limite accompagne une réponse publiée à tous les fournisseurs." });
    }
  });
export type QuestionReply = z.output<typeof ZQuestionReply>;

export const ZShortlist = z.object({ answerId: z.uuid(), on: z.enum(["1", "0"]).transform((v) => v === "1") }).strict();

/** Built per call so "in the future" is judged against the current time (tests pass their own). */
export function awardInputSchema(now: Date = new Date()) {
  const today = parisDay(now);
  return z
    .object({
      needId: z.uuid(),
      awardedOn: zIsoDate("La date d'attribution", now, { notAfter: { date: today, message: "La date d'attribution ne peut pas être dans le futur." } }),
      answerIds: zAligned,
      amounts: zAligned,
      feedbacks: zAligned,
      award: zAligned,
    })
    .strict()
    .transform((v, ctx) => {
      const chosen = new Set(v.award.filter(Boolean));
      if (chosen.size === 0) {
        ctx.addIssue({ code: "custom", path: ["award"], message: "Choisissez au moins une réponse à retenir, ou déclarez le besoin sans suite." });
      }
      const awards: { answerId: string; amountEur: number }[] = [];
      const feedback: Record<string, string> = {};
      v.answerIds.forEach((answerId, i) => {
        if (!z.uuid().safeParse(answerId).success) return;
        const text = (v.feedbacks[i] ?? "").slice(0, 2000);
        if (!chosen.has(answerId)) {
          if (text) feedback[answerId] = text;
          return;
        }
        const amount = zAmount("Le montant attribué").safeParse(v.amounts[i] || undefined);
        if (!amount.success) ctx.addIssue({ code: "custom", path: [`amount.${answerId}`], message: amount.error.issues[0].message });
        else awards.push({ answerId, amountEur: amount.data });
      });
      for (const id of chosen) {
        if (!v.answerIds.includes(id)) ctx.addIssue({ code: "custom", path: ["award"], message: "Réponse inconnue : rechargez la page." });
      }
      return { needId: v.needId, awardedOn: middayParis(v.awardedOn), awards, feedback };
    });
}
export type AwardInput = z.output<ReturnType<typeof awardInputSchema>>;

export const ZUnsuccessful = z
  .object({
    needId: z.uuid(),
    reason: zText("La raison", 10, 1000, { multiline: true }),
  })
  .strict();

export const ZFollowUpInput = z
  .object({
    needId: z.uuid(),
    outcome: z.enum(["yes", "not_yet", "no"], { error: "Indiquez si vous avez conclu." }),
    amountEur: zOptionalAmount("Le montant"),
    reason: optionalText(1000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === "yes" && v.amountEur === undefined) {
      ctx.addIssue({ code: "custom", path: ["amountEur"], message: "Indiquez le montant conclu (€ HT)." });
    }
    if (v.outcome === "no" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Indiquez pourquoi l'affaire ne s'est pas conclue." });
    }
  });
export type FollowUpInput = z.output<typeof ZFollowUpInput>;

export const ZRatingInput = z
  .object({
    needId: z.uuid(),
    supplierCompanyId: z.uuid(),
    rating: zInt("La note", 1, 5),
    comment: optionalText(1000),
  })
  .strict();
export type RatingInput = z.output<typeof ZRatingInput>;
