"use server";
/** "Avez-vous conclu ?" answers (both sides) and the buyer's rating of a supplier. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { ZFollowUpInput, ZRatingInput } from "@/lib/answers/decision-schema";
import { rateSupplier, recordFollowUp } from "@/lib/answers/follow-ups";

export const followUpAction = userAction(ZFollowUpInput, async (input, { actor }) => {
  await recordFollowUp(getDb(), actor, input);
  revalidatePath(`/besoins/${input.needId}/suivi`);
  const message = {
    yes: "Merci : affaire conclue enregistrée.",
    not_yet: "Merci : nous vous reposerons la question plus tard.",
    no: "Merci : votre réponse est enregistrée.",
  }[input.outcome];
  return { ok: true, message };
});

export const rateSupplierAction = userAction(ZRatingInput, async (input, { actor }) => {
  await rateSupplier(getDb(), actor, input);
  revalidatePath(`/besoins/${input.needId}/suivi`);
  return { ok: true, message: "Note enregistrée : seuls le fournisseur et la CCI la voient." };
});
