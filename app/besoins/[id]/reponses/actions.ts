"use server";
/** The buyer's decisions on answers: shortlist, award (one transaction), declare unsuccessful. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { formAction } from "@/lib/actions/client";
import { awardNeed, declareUnsuccessful, shortlistAnswer } from "@/lib/answers/awards";
import { awardInputSchema, ZShortlist, ZUnsuccessful } from "@/lib/answers/decision-schema";

export const shortlistAction = formAction(ZShortlist, async ({ answerId, on }, { actor }) => {
  const after = await shortlistAnswer(getDb(), actor, answerId, on);
  revalidatePath(`/besoins/${after.needId}/reponses`);
  return { ok: true, message: on ? "Réponse présélectionnée." : "Réponse retirée de la présélection." };
});

export const awardAction = formAction(() => awardInputSchema(), async (input, { actor }) => {
  const { awarded, notRetained } = await awardNeed(getDb(), actor, input);
  revalidatePath(`/besoins/${input.needId}`);
  revalidatePath(`/besoins/${input.needId}/reponses`);
  return {
    ok: true,
    message: `Besoin attribué (${awarded} réponse${awarded > 1 ? "s" : ""} retenue${awarded > 1 ? "s" : ""}, ${notRetained} non retenue${notRetained > 1 ? "s" : ""}). Les fournisseurs sont prévenus par e-mail.`,
  };
});

export const unsuccessfulAction = formAction(ZUnsuccessful, async ({ needId, reason }, { actor }) => {
  await declareUnsuccessful(getDb(), actor, needId, reason);
  revalidatePath(`/besoins/${needId}`);
  revalidatePath(`/besoins/${needId}/reponses`);
  return { ok: true, message: "Besoin déclaré sans suite. Les fournisseurs qui avaient répondu sont prévenus par e-mail." };
});
