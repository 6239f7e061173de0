/** The webhook forms: a new endpoint (URL, events, threshold, description) and the ids the other buttons post. */
import { WEBHOOK_EVENT_VALUES } from "@/db/schema/enum-values";
import { asList } from "../validation/as-list";
import { zFrenchInt } from "../validation/french-number";
import { z, zOptionalText, zString } from "../validation/zod";
import { webhookUrlProblem } from "./url";

/** The threshold the form proposes for matching needs, in percent. */
export const DEFAULT_MIN_SCORE_PERCENT = 60;

export const ZCreateWebhook = z
  .object({
    url: zString({ error: "L'adresse est obligatoire." })
      .trim()
      .min(1, "L'adresse est obligatoire.")
      .max(2000, "2 000 caractères au plus.")
      .superRefine((url, ctx) => {
        const problem = webhookUrlProblem(url);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    description: zOptionalText(200),
    events: z.preprocess(
      (v) => asList(v as string | string[] | undefined),
      z
        .array(z.enum(WEBHOOK_EVENT_VALUES, { error: "Événement inconnu : rechargez la page." }), { error: "Choisissez au moins un événement." })
        .min(1, "Choisissez au moins un événement.")
        .max(WEBHOOK_EVENT_VALUES.length),
    ),
    minScorePercent: zFrenchInt("Le seuil", 0, 100),
  })
  .strict();
/** The description may be left out (blank in the form). */
export type CreateWebhookInput = Omit<z.output<typeof ZCreateWebhook>, "description"> & { description?: string };

export const ZWebhookRef = z.object({ endpointId: z.uuid("Point de réception introuvable : rechargez la page.") }).strict();
export const ZSetWebhookEnabled = z
  .object({
    endpointId: z.uuid("Point de réception introuvable : rechargez la page."),
    enabled: z.enum(["true", "false"], { error: "Choix inconnu." }).transform((v) => v === "true"),
  })
  .strict();
export const ZReplayDelivery = z.object({ deliveryId: z.uuid("Envoi introuvable : rechargez la page.") }).strict();
