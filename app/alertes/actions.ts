"use server";
/** Signed-link actions from e-mails: no session needed, the token is the authorization (and works once). */
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { declineFromAlert, DECLINE_REASONS } from "@/lib/alerts/decline";
import { unsubscribe } from "@/lib/alerts/preferences";
import { readToken } from "@/lib/alerts/tokens";
import { rateLimits, requestIp } from "@/lib/security/rate-limit";
import { z } from "@/lib/validation/zod";

const ZDecline = z
  .object({
    jeton: z.string().max(200),
    reason: z.enum(DECLINE_REASONS.map((r) => r.code) as [string, ...string[]], { error: "Choisissez une raison." }),
  })
  .strict();

export const declineAction = formAction(ZDecline, async ({ jeton, reason }) => {
  await rateLimits().enforce("tokenLinkIp", await requestIp());
  const outcome = await declineFromAlert(getDb(), jeton, reason as (typeof DECLINE_REASONS)[number]["code"]);
  if (outcome === "invalid") return { ok: false, message: "Ce lien n'est pas valide." };
  if (outcome === "already") return { ok: true, message: "Votre réponse était déjà enregistrée. Merci !" };
  return { ok: true, message: "C'est noté, merci : l'acheteur saura que ce besoin ne vous correspond pas." };
});

export const unsubscribeAction = formAction(z.object({ jeton: z.string().max(200) }).strict(), async ({ jeton }) => {
  await rateLimits().enforce("tokenLinkIp", await requestIp());
  const userId = readToken("unsubscribe", jeton);
  if (!userId) return { ok: false, message: "Ce lien n'est pas valide." };
  await unsubscribe(getDb(), userId);
  return { ok: true, message: "Vous ne recevrez plus d'e-mails d'opportunités. Vous pouvez changer d'avis dans « Préférences de notification »." };
});
