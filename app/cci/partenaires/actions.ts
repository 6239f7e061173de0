"use server";
/** CCI staff's partner actions: create a partner network, name a person of its staff. */
import { revalidatePath } from "next/cache";
import { boundFormAction, formAction } from "@/lib/actions/client";
import { ZPartnerInput, ZPartnerStaffInput } from "@/lib/partners/schemas";
import { addStaffFromStaff, createPartnerFromStaff } from "@/lib/partners/space";

const PAGE = "/cci/partenaires";

export const createPartnerAction = formAction(ZPartnerInput, async (input, { actor }) => {
  const partner = await createPartnerFromStaff(actor, input);
  revalidatePath(PAGE);
  return { ok: true, message: `Réseau « ${partner.name} » créé.` };
});

export const addStaffAction = boundFormAction(
  ZPartnerStaffInput,
  async (input, { actor, id }) => {
    await addStaffFromStaff(actor, id, input.email);
    revalidatePath(PAGE);
    return { ok: true, message: `${input.email} fait maintenant partie de l'équipe du réseau.` };
  },
  { notFound: "Réseau partenaire introuvable." },
);
