"use server";
/** The supplier's answer form: parse, store the checked documents, call lib/answers/service.ts, redirect. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundUserAction, idsFrom } from "@/lib/actions/client";
import { MAX_ANSWER_DOCUMENTS, ZAnswerInput } from "@/lib/answers/answer-schema";
import { saveAnswer } from "@/lib/answers/service";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";

/** Bound to the need id in the page: `saveAnswerAction.bind(null, need.id)`. */
export const saveAnswerAction = boundUserAction(
  ZAnswerInput,
  async (input, { actor, formData, id }) => {
    const removeFileIds = idsFrom(formData, "removeFileIds");
    const uploads = await uploadsFromForm(formData, "documents", "document", MAX_ANSWER_DOCUMENTS);
    const { answer, awaitingPartners } = await saveAnswer(getDb(), actor, id, input, uploads, removeFileIds);
    redirect(`/reponses/${answer.id}?${awaitingPartners ? "partenaires" : "deposee"}=1`);
  },
  { ignore: ["removeFileIds"], notFound: "Besoin introuvable." },
);
