"use server";
/** Purchase-plan import: re-reads the file sent again by the browser and creates the drafts (lib/needs/import). */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { memberAction } from "@/lib/actions/client";
import { ValidationError } from "@/lib/errors";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import { importPlan } from "@/lib/needs/import/service";
import { z } from "@/lib/validation/zod";

// The file itself is read from FormData (formAction only parses text fields).
const ZImportPlan = z.object({ skipInvalid: z.literal("on").optional() }).strict();

export const importPlanAction = memberAction(
  "need:create",
  ZImportPlan,
  async ({ skipInvalid }, { actor, company, formData }) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new ValidationError({ file: "Choisissez un fichier CSV ou Excel (.xlsx)." }, "Choisissez un fichier CSV ou Excel (.xlsx).");
    if (file.size > MAX_IMPORT_BYTES)
      throw new ValidationError(
        { file: `${formatMegabytes(MAX_IMPORT_BYTES)} au plus.` },
        `Le fichier dépasse ${formatMegabytes(MAX_IMPORT_BYTES)} : découpez-le en plusieurs fichiers.`,
      );
    const { created } = await importPlan(
      getDb(),
      actor,
      company.companyId,
      { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) },
      { skipInvalid: skipInvalid === "on" },
    );
    revalidatePath("/besoins");
    redirect(`/besoins?statut=draft&importe=${created}`);
  },
  { noCompany: "Seuls les membres d'une entreprise peuvent importer un plan d'achats." },
);
