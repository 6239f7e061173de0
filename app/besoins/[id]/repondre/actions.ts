"use server";
/** The supplier's answer form: parse, store the checked documents, call lib/answers/service.ts, redirect. */
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { formAction, type FormState } from "@/lib/actions/client";
import { MAX_ANSWER_DOCUMENTS, ZAnswerInput } from "@/lib/answers/answer-schema";
import { saveAnswer } from "@/lib/answers/service";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";
import { z } from "@/lib/validation/zod";

/** Bound to the need id in the page: `saveAnswerAction.bind(null, need.id)`. */
export async function saveAnswerAction(needId: string, prev: FormState, formData: FormData): Promise<FormState> {
  const id = z.uuid().parse(needId);
  const run = formAction(ZAnswerInput, async (input, { actor }) => {
    const removeFileIds = z.array(z.uuid()).parse(formData.getAll("removeFileIds"));
    const uploads = await uploadsFromForm(formData, "documents", "document", MAX_ANSWER_DOCUMENTS);
    const { answer, awaitingPartners } = await saveAnswer(getDb(), actor, id, input, uploads, removeFileIds);
    redirect(`/reponses/${answer.id}?${awaitingPartners ? "partenaires" : "deposee"}=1`);
  }, { ignore: ["removeFileIds"] });
  return run(prev, formData);
}
