"use server";
/** Supplier actions on offers: thin wrappers that parse, call one service in lib/offers, and redirect. */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { boundUserAction, idsFrom, memberAction, userAction } from "@/lib/actions/client";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";
import { MAX_OFFER_PHOTOS, ZOfferInput } from "@/lib/offers/offer-schema";
import { archiveOffer, createOffer, deleteOffer, submitOffer, updateOffer } from "@/lib/offers/service";
import { z } from "@/lib/validation/zod";

const ZOfferRef = z.object({ offerId: z.uuid() }).strict();

export const createOfferAction = memberAction(
  "offer:create",
  ZOfferInput,
  async (input, { actor, company, formData }) => {
    const photos = await uploadsFromForm(formData, "photos", "image", MAX_OFFER_PHOTOS);
    const offer = await createOffer(getDb(), actor, company.companyId, input, photos);
    redirect(`/offres/${offer.id}?cree=1`);
  },
  { noCompany: "Seuls les membres d'une entreprise publient des offres." },
);

/** Bound to the offer id in the page: `updateOfferAction.bind(null, offer.id)`. */
export const updateOfferAction = boundUserAction(
  ZOfferInput,
  async (input, { actor, formData, id }) => {
    const removePhotoIds = idsFrom(formData, "removePhotoIds");
    const photos = await uploadsFromForm(formData, "photos", "image", MAX_OFFER_PHOTOS);
    await updateOffer(getDb(), actor, id, input, photos, removePhotoIds);
    redirect(`/offres/${id}?modifiee=1`);
  },
  { ignore: ["removePhotoIds"], notFound: "Offre introuvable." },
);

export const submitOfferAction = userAction(ZOfferRef, async ({ offerId }, { actor }) => {
  await submitOffer(getDb(), actor, offerId);
  revalidatePath(`/offres/${offerId}`);
  return { ok: true, message: "Offre envoyée à la CCI pour validation. Vous serez prévenu par e-mail." };
});

export const archiveOfferAction = userAction(ZOfferRef, async ({ offerId }, { actor }) => {
  await archiveOffer(getDb(), actor, offerId);
  revalidatePath(`/offres/${offerId}`);
  return { ok: true, message: "Offre archivée : elle n'apparaît plus sur la fiche publique de votre entreprise." };
});

export const deleteOfferAction = userAction(ZOfferRef, async ({ offerId }, { actor }) => {
  await deleteOffer(getDb(), actor, offerId);
  redirect("/offres?supprimee=1");
});
