"use server";
/** Supplier actions on offers: thin wrappers that parse, call one service in lib/offers, and redirect. */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { boundFormAction, formAction, idsFrom } from "@/lib/actions/client";
import { activeCompany } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";
import { MAX_OFFER_PHOTOS, ZOfferInput } from "@/lib/offers/offer-schema";
import { archiveOffer, createOffer, deleteOffer, submitOffer, updateOffer } from "@/lib/offers/service";
import { z } from "@/lib/validation/zod";

const ZOfferRef = z.object({ offerId: z.uuid() }).strict();

export const createOfferAction = formAction(ZOfferInput, async (input, { actor, formData }) => {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Seuls les membres d'une entreprise publient des offres.");
  const photos = await uploadsFromForm(formData, "photos", "image", MAX_OFFER_PHOTOS);
  const offer = await createOffer(getDb(), actor, company.companyId, input, photos);
  redirect(`/offres/${offer.id}?cree=1`);
});

/** Bound to the offer id in the page: `updateOfferAction.bind(null, offer.id)`. */
export const updateOfferAction = boundFormAction(ZOfferInput, async (input, { actor, formData, id }) => {
  const removePhotoIds = idsFrom(formData, "removePhotoIds");
  const photos = await uploadsFromForm(formData, "photos", "image", MAX_OFFER_PHOTOS);
  await updateOffer(getDb(), actor, id, input, photos, removePhotoIds);
  redirect(`/offres/${id}?modifiee=1`);
}, { ignore: ["removePhotoIds"], notFound: "Offre introuvable." });

export const submitOfferAction = formAction(ZOfferRef, async ({ offerId }, { actor }) => {
  await submitOffer(getDb(), actor, offerId);
  revalidatePath(`/offres/${offerId}`);
  return { ok: true, message: "Offre envoyée à la CCI pour validation. Vous serez prévenu par e-mail." };
});

export const archiveOfferAction = formAction(ZOfferRef, async ({ offerId }, { actor }) => {
  await archiveOffer(getDb(), actor, offerId);
  revalidatePath(`/offres/${offerId}`);
  return { ok: true, message: "Offre archivée : elle n'apparaît plus sur la fiche publique de votre entreprise." };
});

export const deleteOfferAction = formAction(ZOfferRef, async ({ offerId }, { actor }) => {
  await deleteOffer(getDb(), actor, offerId);
  redirect("/offres?supprimee=1");
});
