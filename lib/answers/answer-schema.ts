/**
 * What the supplier forms send (answer, question, partnership reply), with French messages per field.
 * Amounts accept French typing ("12 500,50 €"); anything above 100 M€ is taken for a typing mistake.
 */
import { formatEuros, formatNumber } from "../format";
import { zFrenchInt, zFrenchNumber } from "../validation/french-number";
import { asList } from "../validation/as-list";
import { z, zString, zText } from "../validation/zod";

export { zText } from "../validation/zod";

export const MAX_ANSWER_DOCUMENTS = 5;
export const MAX_PARTNERS = 3;
export const MAX_AMOUNT_EUR = 100_000_000;
const MAX_TEXT = formatEuros(MAX_AMOUNT_EUR);

/** A positive amount in euros excl. VAT, at most 100 M€, rounded to the cent before the checks (0,001 € is 0 €). */
export const zAmount = (label: string) =>
  zFrenchNumber(label, { decimals: 2, currency: true })
    .refine((n) => n >= 0, `${label} ne peut pas être négatif.`)
    .refine((n) => n > 0, `${label} doit être supérieur à ${formatEuros(0)}.`)
    .refine((n) => n <= MAX_AMOUNT_EUR, `${label} dépasse ${MAX_TEXT} : vérifiez le montant.`);

/** Blank means "not given"; anything else must be a valid amount. */
export const zOptionalAmount = (label: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.union([z.undefined(), zAmount(label)]));

export const zInt = zFrenchInt;

/** Repeated form fields kept aligned (empty strings stay), e.g. partner names and their shares. */
export const zAligned = z.preprocess(asList, z.array(zString(undefined, { multiline: true }).trim()).max(200, "Trop de lignes."));

/**
 * Every field is checked in the one transform below, so the supplier sees all its errors at once: zod runs
 * an object's transform only when its fields passed, which revealed the price errors after the others.
 */
export const ZAnswerInput = z
  .object({
    priceMode: z.unknown(),
    priceEur: zString().optional(),
    unitPriceEur: zString().optional(),
    quantity: zString().optional(),
    leadTimeDays: z.unknown(),
    validityDays: z.unknown(),
    message: z.unknown(),
    partnerRef: zAligned,
    partnerShare: zAligned,
    answerId: z
      .uuid()
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .strict()
  .transform((v, ctx) => {
    const issue = (path: string, message: string) => {
      ctx.addIssue({ code: "custom", path: [path], message });
    };
    const parse = <T>(schema: z.ZodType<T>, value: unknown, path: string): T | undefined => {
      const r = schema.safeParse(value);
      if (!r.success) issue(path, r.error.issues[0].message);
      return r.success ? r.data : undefined;
    };
    const priceMode = parse(z.enum(["total", "unit"], { error: "Choisissez comment vous exprimez le prix." }), v.priceMode, "priceMode");
    const leadTimeDays = parse(zInt("Le délai de réalisation", 1, 3650), v.leadTimeDays, "leadTimeDays");
    const validityDays = parse(zInt("La durée de validité", 1, 730), v.validityDays, "validityDays");
    const message = parse(zText("Le message", 10, 5000, { multiline: true }), v.message, "message");
    let priceEur: number | undefined;
    let unitPriceEur: number | null = null;
    let quantity: number | null = null;
    if (priceMode === "total") {
      priceEur = parse(zAmount("Le prix total HT"), v.priceEur, "priceEur");
    } else if (priceMode === "unit") {
      unitPriceEur = parse(zAmount("Le prix unitaire HT"), v.unitPriceEur, "unitPriceEur") ?? null;
      quantity =
        parse(
          zFrenchNumber("La quantité", { decimals: 3 })
            .refine((n) => n > 0, "La quantité doit être supérieure à 0.")
            .refine((n) => n <= 10_000_000, `La quantité doit être au plus ${formatNumber(10_000_000)}.`),
          v.quantity,
          "quantity",
        ) ?? null;
      if (unitPriceEur !== null && quantity !== null) {
        priceEur = Math.round(unitPriceEur * quantity * 100) / 100;
        if (priceEur > MAX_AMOUNT_EUR) issue("quantity", `Le prix total (prix unitaire × quantité) dépasse ${MAX_TEXT} : vérifiez la quantité.`);
      }
    }
    const partners: { ref: string; sharePercent: number }[] = [];
    v.partnerRef.forEach((ref, i) => {
      if (!ref) return;
      const share = parse(zInt("La part du partenaire", 1, 99), v.partnerShare[i] || undefined, `partnerShare.${i}`);
      if (share !== undefined) partners.push({ ref, sharePercent: share });
    });
    if (partners.length > MAX_PARTNERS) issue("partnerRef", `${MAX_PARTNERS} partenaires au plus.`);
    if (partners.reduce((s, p) => s + p.sharePercent, 0) > 99) {
      issue("partnerShare", "Les parts de vos partenaires dépassent 99 % : votre entreprise, mandataire, doit garder une part.");
    }
    // With an issue above zod fails the parse and this value is dropped: the fallbacks only satisfy the types.
    return {
      priceEur: priceEur ?? 0,
      unitPriceEur,
      quantity,
      leadTimeDays: leadTimeDays ?? 0,
      validityDays: validityDays ?? 0,
      message: message ?? "",
      partners,
      answerId: v.answerId,
    };
  });

export type AnswerInput = z.output<typeof ZAnswerInput>;

export const ZQuestionInput = z.object({ needId: z.uuid(), question: zText("La question", 10, 2000, { multiline: true }) }).strict();

export const ZPartnerReply = z
  .object({
    answerId: z.uuid(),
    decision: z.enum(["accept", "decline"], { error: "Choisissez d'accepter ou de décliner." }),
  })
  .strict();
