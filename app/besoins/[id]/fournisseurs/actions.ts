"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { inviteSuppliers } from "@/lib/matching/invitations";
import { zList } from "@/lib/geo/area-schema";
import { z } from "@/lib/validation/zod";
import { countOf, formatNumber, plural } from "@/lib/format";

/** `only`: the row's own "Inviter" button (ignores the ticked boxes); otherwise the selection. */
const ZInvite = z.object({ needId: z.uuid(), companyIds: zList(z.uuid()), only: z.uuid().optional() }).strict();

export const inviteSuppliersAction = userAction(ZInvite, async ({ needId, companyIds, only }, { actor }) => {
  const r = await inviteSuppliers(getDb(), actor, needId, only ? [only] : companyIds);
  revalidatePath(`/besoins/${needId}/fournisseurs`);
  const parts = [`${countOf(r.invited, "fournisseur", "fournisseurs")} ${plural(r.invited, "invité", "invités")}`];
  if (r.alreadyInvited) parts.push(`${formatNumber(r.alreadyInvited)} déjà ${plural(r.alreadyInvited, "invité", "invités")}`);
  if (r.refused) parts.push(`${formatNumber(r.refused)} non ${plural(r.refused, "invitable", "invitables")} (entreprise non vérifiée)`);
  const told = r.invited === 0 ? "" : plural(r.invited, " Il est prévenu par e-mail.", " Ils sont prévenus par e-mail.");
  return { ok: true, message: `${parts.join(", ")}.${told}` };
});
