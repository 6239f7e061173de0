"use server";
/** Buyer actions on needs: thin wrappers that parse, call one service in lib/needs, and redirect. */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { boundUserAction, idsFrom, memberAction, userAction } from "@/lib/actions/client";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";
import { needInputSchema } from "@/lib/needs/need-schema";
import { cancelNeed, createNeed, deleteNeed, duplicateNeed, MAX_NEED_ATTACHMENTS, submitNeed, updateNeed } from "@/lib/needs/service";
import { z, zString } from "@/lib/validation/zod";

const ZNeedRef = z.object({ needId: z.uuid() }).strict();

export const createNeedAction = memberAction(
  "need:create",
  () => needInputSchema(),
  async (input, { actor, company, formData }) => {
    const uploads = await uploadsFromForm(formData, "attachments", "document", MAX_NEED_ATTACHMENTS);
    const need = await createNeed(getDb(), actor, company.companyId, input, uploads);
    redirect(`/besoins/${need.id}?cree=1`);
  },
  { noCompany: "Seuls les membres d'une entreprise publient des besoins." },
);

/** Bound to the need id in the page: `updateNeedAction.bind(null, need.id)`. */
export const updateNeedAction = boundUserAction(
  () => needInputSchema(),
  async (input, { actor, formData, id }) => {
    const removeFileIds = idsFrom(formData, "removeFileIds");
    const uploads = await uploadsFromForm(formData, "attachments", "document", MAX_NEED_ATTACHMENTS);
    await updateNeed(getDb(), actor, id, input, uploads, removeFileIds);
    redirect(`/besoins/${id}?modifie=1`);
  },
  { ignore: ["removeFileIds"], notFound: "Besoin introuvable." },
);

export const submitNeedAction = userAction(ZNeedRef, async ({ needId }, { actor }) => {
  await submitNeed(getDb(), actor, needId);
  revalidatePath(`/besoins/${needId}`);
  return { ok: true, message: "Besoin envoyé à la CCI pour validation. Vous serez prévenu par e-mail." };
});

export const deleteNeedAction = userAction(ZNeedRef, async ({ needId }, { actor }) => {
  await deleteNeed(getDb(), actor, needId);
  redirect("/besoins?supprime=1");
});

export const duplicateNeedAction = userAction(ZNeedRef, async ({ needId }, { actor }) => {
  const copy = await duplicateNeed(getDb(), actor, needId);
  redirect(`/besoins/${copy.id}/modifier?copie=1`);
});

const ZCancel = z.object({ needId: z.uuid(), reason: zString(undefined, { multiline: true }).trim().max(1000, "1 000 caractères au plus.") }).strict();

export const cancelNeedAction = userAction(ZCancel, async ({ needId, reason }, { actor }) => {
  await cancelNeed(getDb(), actor, needId, reason);
  revalidatePath(`/besoins/${needId}`);
  return { ok: true, message: "Besoin annulé." };
});
