"use server";
/** The company admin saves the profile ("fiche"): parse, check the logo by content, call the service. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { memberAction } from "@/lib/actions/client";
import { updateCompanyProfile } from "@/lib/companies/profile";
import { ZProfileInput } from "@/lib/companies/profile-schema";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";

export const updateProfileAction = memberAction(
  "company:edit-profile",
  ZProfileInput,
  async (input, { actor, company, formData }) => {
    const [logo] = await uploadsFromForm(formData, "logo", "image", 1);
    await updateCompanyProfile(getDb(), actor, company.companyId, input, logo ?? null);
    revalidatePath("/mon-entreprise");
    revalidatePath(`/entreprises/${company.companyId}`);
    return { ok: true, message: "Fiche enregistrée." };
  },
  { noCompany: "Seul l'administrateur d'une entreprise modifie sa fiche." },
);
