/** The answer and decision forms: French amounts, price modes, limits, partners, award lines, follow-ups. */
import { describe, expect, it } from "vitest";
import { ZAnswerInput } from "@/lib/answers/answer-schema";
import { awardInputSchema, ZFollowUpInput, ZQuestionReply } from "@/lib/answers/decision-schema";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { answerFormValues } from "../factories/answers";

const errorsOf = (values: Record<string, unknown>) => {
  const r = ZAnswerInput.safeParse(answerFormValues(values));
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("answer input", () => {
  it("reads French amounts and keeps the cents", () => {
    const r = ZAnswerInput.parse(answerFormValues({ priceEur: "12 500,50 €" }));
    expect(r).toMatchObject({ priceEur: 12500.5, unitPriceEur: null, quantity: null, leadTimeDays: 30, validityDays: 90, partners: [] });
  });

  it("computes the total from a unit price and a quantity", () => {
    const r = ZAnswerInput.parse(answerFormValues({ priceMode: "unit", priceEur: "", unitPriceEur: "42,5", quantity: "120" }));
    expect(r).toMatchObject({ priceEur: 5100, unitPriceEur: 42.5, quantity: 120 });
  });

  it("refuses a missing, negative, zero or absurd price, per field and in French", () => {
    expect(errorsOf({ priceEur: "" }).priceEur).toBe("Le prix total HT est obligatoire.");
    expect(errorsOf({ priceEur: "-5" }).priceEur).toBe("Le prix total HT ne peut pas être négatif.");
    expect(errorsOf({ priceEur: "0" }).priceEur).toBe("Le prix total HT doit être supérieur à 0\u00a0€.");
    expect(errorsOf({ priceEur: "150 000 000" }).priceEur).toBe("Le prix total HT dépasse 100\u202f000\u202f000\u00a0€\u00a0: vérifiez le montant.");
    expect(errorsOf({ priceEur: "douze" }).priceEur).toBe("Le prix total HT doit être un nombre.");
    expect(errorsOf({ priceMode: "unit", unitPriceEur: "2000", quantity: "60000" }).quantity).toMatch(/prix unitaire × quantité\) dépasse 100\s000\s000\s€/);
  });

  it("requires the lead time, the validity and a real message", () => {
    const e = errorsOf({ leadTimeDays: "", validityDays: "0", message: "ok" });
    expect(e.leadTimeDays).toBe("Le délai de réalisation est obligatoire.");
    expect(e.validityDays).toBe("La durée de validité doit être au moins 1.");
    expect(e.message).toBe("Le message doit comporter au moins 10 caractères.");
  });

  it("reports every field's error at once, the price's with the others'", () => {
    const e = errorsOf({ priceEur: "-5", leadTimeDays: "", validityDays: "0", message: "ok", partnerRef: ["Alpha"], partnerShare: [""] });
    expect(Object.keys(e).sort()).toEqual(["leadTimeDays", "message", "partnerShare.0", "priceEur", "validityDays"]);
    expect(errorsOf({ priceMode: "", leadTimeDays: "" })).toMatchObject({
      priceMode: "Choisissez comment vous exprimez le prix.",
      leadTimeDays: "Le délai de réalisation est obligatoire.",
    });
  });

  it("keeps partner rows aligned with their shares, skips empty rows, and caps the partners' total", () => {
    const r = ZAnswerInput.parse(answerFormValues({ partnerRef: ["", "123 456 789 00012", ""], partnerShare: ["", "30", ""] }));
    expect(r.partners).toEqual([{ ref: "123 456 789 00012", sharePercent: 30 }]);
    expect(errorsOf({ partnerRef: ["Alpha", "Beta"], partnerShare: ["", "20"] })["partnerShare.0"]).toBe("La part du partenaire est obligatoire.");
    expect(errorsOf({ partnerRef: ["Alpha", "Beta"], partnerShare: ["60", "40"] }).partnerShare).toMatch(/dépassent 99\u00a0%/);
  });

  it("refuses unknown fields", () => {
    expect(ZAnswerInput.safeParse(answerFormValues({ status: "awarded" })).success).toBe(false);
  });
});

describe("buyer decisions", () => {
  const a1 = "00000000-0000-4000-8000-000000000001";
  const a2 = "00000000-0000-4000-8000-000000000002";
  const needId = "00000000-0000-4000-8000-000000000009";
  const now = new Date("2026-11-24T10:00:00Z");

  it("an award lists the chosen answers with their amounts and the feedback for the others", () => {
    const r = awardInputSchema(now).parse({
      needId,
      awardedOn: "2026-11-24",
      answerIds: [a1, a2],
      amounts: ["12 000", "9000"],
      feedbacks: ["", "Prix trop élevé."],
      award: a1,
    });
    expect(r.awards).toEqual([{ answerId: a1, amountEur: 12000 }]);
    expect(r.feedback).toEqual({ [a2]: "Prix trop élevé." });
    expect(r.awardedOn.toISOString()).toBe("2026-11-24T11:00:00.000Z");
  });

  it("an award without amount, without any answer chosen, or dated in the future is refused", () => {
    const missing = awardInputSchema(now).safeParse({ needId, awardedOn: "2026-11-24", answerIds: [a1], amounts: [""], feedbacks: [""], award: [a1] });
    expect(fieldErrorsOf(missing.error!)[`amount.${a1}`]).toBe("Le montant attribué est obligatoire.");
    const none = awardInputSchema(now).safeParse({ needId, awardedOn: "2026-11-24", answerIds: [a1], amounts: ["10"], feedbacks: [""] });
    expect(fieldErrorsOf(none.error!).award).toMatch(/au moins une réponse/);
    const future = awardInputSchema(now).safeParse({ needId, awardedOn: "2026-12-01", answerIds: [a1], amounts: ["10"], feedbacks: [""], award: a1 });
    expect(fieldErrorsOf(future.error!).awardedOn).toMatch(/dans le futur/);
  });

  it("a follow-up 'yes' needs the amount, a 'no' needs a reason", () => {
    expect(fieldErrorsOf(ZFollowUpInput.safeParse({ needId, outcome: "yes" }).error!).amountEur).toMatch(/montant conclu/);
    expect(fieldErrorsOf(ZFollowUpInput.safeParse({ needId, outcome: "no" }).error!).reason).toMatch(/pourquoi/);
    expect(ZFollowUpInput.parse({ needId, outcome: "yes", amountEur: "11 800" }).amountEur).toBe(11800);
    expect(ZFollowUpInput.parse({ needId, outcome: "not_yet" }).amountEur).toBeUndefined();
  });

  it("a deadline extension goes with a published reply", () => {
    const r = ZQuestionReply.safeParse({ questionId: a1, answer: "Oui, le site est accessible le samedi.", newDeadline: "2026-12-20" });
    expect(fieldErrorsOf(r.error!).newDeadline).toMatch(/réponse publiée/);
    expect(ZQuestionReply.parse({ questionId: a1, answer: "Oui, le site est accessible.", publish: "on", newDeadline: "2026-12-20" }).publish).toBe(true);
  });
});
