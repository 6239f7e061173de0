"use server";
/** The partner space's actions: forward a need of the inbox to chosen members (lib/partners/relays.ts), import members. */
import { revalidatePath } from "next/cache";
import { boundFormAction } from "@/lib/actions/client";
import { ValidationError } from "@/lib/errors";
import { countOf } from "@/lib/format";
import { present } from "@/lib/invariant";
import { ZForwardInput, ZMemberImportInput } from "@/lib/partners/schemas";
import { forwardFromSpace, memberImportFromSpace } from "@/lib/partners/space";

export const forwardAction = boundFormAction(
  ZForwardInput,
  async (input, { actor, id: partnerId }) => {
    const results = await forwardFromSpace(actor, partnerId, input);
    revalidatePath(`/partenaires/${partnerId}`);
    const sent = results.flatMap((r) => r.outcomes).filter((o) => o === "sent").length;
    return {
      ok: true,
      message: `Besoin transmis à ${countOf(results.length, "adhérent", "adhérents")} (${countOf(sent, "e-mail envoyé", "e-mails envoyés")}).`,
    };
  },
  { notFound: "Réseau partenaire introuvable." },
);

/**
 * Members from a file (CSV or Excel) or a pasted list: « Aperçu » says what each SIRET would become and puts
 * the file's SIRETs in the text box (a file input cannot be refilled), « Importer » does it.
 */
export const memberImportAction = boundFormAction(
  ZMemberImportInput,
  async (input, { actor, id: partnerId, formData }) => {
    const file = formData.get("file");
    const source = file instanceof File && file.size > 0 ? { file: Buffer.from(await file.arrayBuffer()) } : { text: input.sirets ?? "" };
    if ("text" in source && !source.text) throw new ValidationError({ sirets: "Choisissez un fichier ou collez la liste des SIRET." });
    const { imported, preview, sirets } = await memberImportFromSpace(actor, partnerId, source, input.mode);
    if (imported !== null) {
      revalidatePath(`/partenaires/${partnerId}`);
      return { ok: true, message: `${countOf(imported, "adhérent importé", "adhérents importés")}.` };
    }
    const { counts: c, invalid: bad } = present(preview, "the import preview");
    const invalid = bad.length
      ? ` ; ${countOf(bad.length, "ligne invalide", "lignes invalides")} (ligne ${bad
          .slice(0, 10)
          .map((i) => i.line)
          .join(", ")})`
      : "";
    return {
      ok: true,
      values: { sirets: "file" in source ? sirets.join("\n") : source.text },
      message:
        `Aperçu : ${countOf(c.on_platform, "inscrite", "inscrites")} sur la plateforme, ${countOf(c.sirene, "connue", "connues")} du répertoire SIRENE (à inviter), ` +
        `${countOf(c.closed, "fermée", "fermées")} (non importées), ${countOf(c.unknown, "inconnue", "inconnues")}, ${countOf(c.already, "déjà adhérente", "déjà adhérentes")}${invalid}.`,
    };
  },
  { notFound: "Réseau partenaire introuvable." },
);
