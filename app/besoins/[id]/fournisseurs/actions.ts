"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { formAction } from "@/lib/actions/client";
import { inviteSuppliers } from "@/lib/matching/invitations";
import { zList } from "@/lib/geo/area-schema";
import { z } from "@/lib/validation/zod";

/** `only`: the row's own "Inviter" button (ignores the ticked boxes); otherwise the selection. */
const ZInvite = z.object({ needId: z.uuid(), companyIds: zList(z.uuid()), only: z.uuid().optional() }).strict();

export const inviteSuppliersAction = formAction(ZInvite, async ({ needId, companyIds, only }, { actor }) => {
  const r = await inviteSuppliers(getDb(), actor, needId, only ? [only] : companyIds);
  revalidatePath(`/besoins/${needId}/fournisseurs`);
  const parts = [`${r.invited} fournisseur${r.invited > 1 ? "s" : ""} invité${r.invited > 1 ? "s" : ""}`];
  if (r.alreadyInvited) parts.push(`${r.alreadyInvited} déjà invité${r.alreadyInvited > 1 ? "s" : ""}`);
  if (r.refused) parts.push(`${r.refused} non invitable${r.refused > 1 ? "s" : ""} (entreprise non vérifiée)`);
  return { ok: true, message: `${parts.join(", ")}. Ils sont prévenus par e-mail.` };
});
