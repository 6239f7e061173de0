"use server";
/** The team page's actions, on the actor's active company: invite, cancel, remove, change a role, leave. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { cancelInvitation, inviteColleague, leaveCompany, removeMember, setMemberRole } from "@/lib/accounts/team";
import { ZInvitationIdInput, ZInviteInput, ZMemberInput, ZRoleInput } from "@/lib/accounts/team-schema";
import { activeCompany, type Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";

const PAGE = "/mon-entreprise/equipe";

function companyOf(actor: Actor | null): string {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Vous ne faites partie d'aucune entreprise.");
  return company.companyId;
}

export const inviteAction = formAction(ZInviteInput, async (input, { actor }) => {
  await inviteColleague(getDb(), actor, companyOf(actor), input);
  revalidatePath(PAGE);
  return { ok: true, message: `Invitation envoyée à ${input.email}.` };
});

export const cancelInvitationAction = formAction(ZInvitationIdInput, async (input, { actor }) => {
  await cancelInvitation(getDb(), actor, companyOf(actor), input.invitationId);
  revalidatePath(PAGE);
  return { ok: true, message: "Invitation annulée." };
});

export const removeMemberAction = formAction(ZMemberInput, async (input, { actor }) => {
  await removeMember(getDb(), actor, companyOf(actor), input.userId);
  revalidatePath(PAGE);
  return { ok: true, message: "Membre retiré de l'équipe." };
});

export const setRoleAction = formAction(ZRoleInput, async (input, { actor }) => {
  await setMemberRole(getDb(), actor, companyOf(actor), input.userId, input.role);
  revalidatePath(PAGE);
  return { ok: true, message: input.role === "admin" ? "Membre nommé administrateur." : "Rôle d'administrateur retiré." };
});

export const leaveAction = formAction(z.object({}).strict(), async (_input, { actor }) => {
  await leaveCompany(getDb(), actor, companyOf(actor));
  revalidatePath("/", "layout");
  redirect("/?equipe=quittee");
});
