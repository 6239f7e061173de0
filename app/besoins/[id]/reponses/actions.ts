"use server";
/** The buyer's decisions on answers: shortlist, award (one transaction), declare unsuccessful. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { awardNeed, declareUnsuccessful, shortlistAnswer } from "@/lib/answers/awards";
import { awardInputSchema, ZShortlist, ZUnsuccessful } from "@/lib/answers/decision-schema";

export const shortlistAction = userAction(ZShortlist, async ({ answerId, on }, { actor }) => {
  const after = await shortlistAnswer(getDb(), actor, answerId, on);
  revalidatePath(`/besoins/${after.needId}/reponses`);
  return { ok: true, message: on ? "Réponse présélectionnée." : "Réponse retirée de la présélection." };
});

export const awardAction = userAction(
  () => awardInputSchema(),
  async (input, { actor }) => {
    await awardNeed(getDb(), actor, input);
    revalidatePath(`/besoins/${input.needId}`);
    redirect(`/besoins/${input.needId}/reponses?decision=attribue`);
  },
);

export const unsuccessfulAction = userAction(ZUnsuccessful, async ({ needId, reason }, { actor }) => {
  await declareUnsuccessful(getDb(), actor, needId, reason);
  revalidatePath(`/besoins/${needId}`);
  redirect(`/besoins/${needId}/reponses?decision=sans-suite`);
});
