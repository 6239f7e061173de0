"use server";
/** « Webhooks » actions: create an endpoint (its secret comes back once, in the action's state), turn it off or on, delete it, replay a delivery. */
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/client";
import { createCompanyWebhook, deleteCompanyWebhook, replayCompanyWebhookDelivery, setCompanyWebhookEnabled } from "@/lib/webhooks/commands";
import { ZCreateWebhook, ZReplayDelivery, ZSetWebhookEnabled, ZWebhookRef } from "@/lib/webhooks/schema";

const PAGE = "/mon-entreprise/webhooks";

export const createWebhookAction = memberAction("company:manage-api", ZCreateWebhook, async (input, { actor }) => {
  const { secret } = await createCompanyWebhook(actor, input);
  revalidatePath(PAGE);
  // The secret is shown this once (the page never reads it again): it is only in this answer.
  return { ok: true, message: "Point de réception créé.", values: { secret } };
});

export const setWebhookEnabledAction = memberAction("company:manage-api", ZSetWebhookEnabled, async (input, { actor }) => {
  await setCompanyWebhookEnabled(actor, input.endpointId, input.enabled);
  revalidatePath(PAGE);
  return { ok: true, message: input.enabled ? "Point de réception réactivé." : "Point de réception désactivé." };
});

export const deleteWebhookAction = memberAction("company:manage-api", ZWebhookRef, async (input, { actor }) => {
  await deleteCompanyWebhook(actor, input.endpointId);
  revalidatePath(PAGE);
  return { ok: true, message: "Point de réception supprimé." };
});

export const replayDeliveryAction = memberAction("company:manage-api", ZReplayDelivery, async (input, { actor }) => {
  await replayCompanyWebhookDelivery(actor, input.deliveryId);
  revalidatePath(PAGE);
  return { ok: true, message: "Envoi relancé : il part dans quelques secondes." };
});
