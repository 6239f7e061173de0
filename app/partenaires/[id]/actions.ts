"use server";
/** The partner space's action: forward a need of the inbox to chosen members (lib/partners/relays.ts). */
import { revalidatePath } from "next/cache";
import { boundFormAction } from "@/lib/actions/client";
import { countOf } from "@/lib/format";
import { ZForwardInput } from "@/lib/partners/schemas";
import { forwardFromSpace } from "@/lib/partners/space";

export const forwardAction = boundFormAction(ZForwardInput, async (input, { actor, id: partnerId }) => {
  const results = await forwardFromSpace(actor, partnerId, input);
  revalidatePath(`/partenaires/${partnerId}`);
  const sent = results.flatMap((r) => r.outcomes).filter((o) => o === "sent").length;
  return { ok: true, message: `Besoin transmis à ${countOf(results.length, "adhérent", "adhérents")} (${countOf(sent, "e-mail envoyé", "e-mails envoyés")}).` };
}, { notFound: "Réseau partenaire introuvable." });
