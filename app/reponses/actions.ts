"use server";
/** Supplier actions on an existing answer: withdraw it, or (as a partner's admin) accept or decline a joint answer. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { ZPartnerReply } from "@/lib/answers/answer-schema";
import { respondToPartnership } from "@/lib/answers/partners";
import { withdrawAnswer } from "@/lib/answers/service";
import { z } from "@/lib/validation/zod";

export const withdrawAnswerAction = userAction(z.object({ answerId: z.uuid() }).strict(), async ({ answerId }, { actor }) => {
  const after = await withdrawAnswer(getDb(), actor, answerId);
  revalidatePath(`/besoins/${after.needId}`);
  redirect(`/reponses/${answerId}?retiree=1`);
});

export const partnerReplyAction = userAction(ZPartnerReply, async ({ answerId, decision }, { actor }) => {
  const { complete } = await respondToPartnership(getDb(), actor, answerId, decision === "accept");
  revalidatePath(`/reponses/${answerId}`);
  if (decision === "decline") return { ok: true, message: "Vous avez décliné cette réponse groupée. Le mandataire est prévenu." };
  return {
    ok: true,
    message: complete
      ? "Vous avez accepté : tous les partenaires ont accepté, la réponse est déposée."
      : "Vous avez accepté. La réponse sera déposée quand tous les partenaires auront accepté.",
  };
});
