"use server";
/** What suppliers and the buyer do from the need page: position oneself, ask a question, reply to one. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { ZQuestionInput } from "@/lib/answers/answer-schema";
import { ZQuestionReply } from "@/lib/answers/decision-schema";
import { askQuestion, replyToQuestion } from "@/lib/answers/questions";
import { declareInterest } from "@/lib/answers/service";
import { formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";

const ZNeedRef = z.object({ needId: z.uuid() }).strict();

export const declareInterestAction = userAction(ZNeedRef, async ({ needId }, { actor }) => {
  await declareInterest(getDb(), actor, needId);
  revalidatePath(`/besoins/${needId}`);
  return { ok: true, message: "Vous êtes positionné : l'acheteur voit que votre entreprise est intéressée. Déposez votre réponse avant la date limite." };
});

export const askQuestionAction = userAction(ZQuestionInput, async ({ needId, question }, { actor }) => {
  await askQuestion(getDb(), actor, needId, question);
  revalidatePath(`/besoins/${needId}`);
  return { ok: true, message: "Question envoyée à l'acheteur. Vous serez prévenu par e-mail de sa réponse." };
});

export const replyQuestionAction = userAction(ZQuestionReply, async (input, { actor }) => {
  const { question, newDeadline } = await replyToQuestion(getDb(), actor, input);
  revalidatePath(`/besoins/${question.needId}`);
  const told = question.published
    ? "Réponse publiée : les fournisseurs positionnés ou invités sont prévenus par e-mail."
    : "Réponse envoyée à l'entreprise qui a posé la question.";
  return { ok: true, message: newDeadline ? `${told} Date limite reportée au ${formatDate(newDeadline)}.` : told };
});
