"use server";
/** The team page's actions, on the actor's active company: invite, cancel, remove, change a role, leave. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { memberAction } from "@/lib/actions/client";
import { cancelInvitation, inviteColleague, leaveCompany, removeMember, setMemberRole } from "@/lib/accounts/team";
import { ZInvitationIdInput, ZInviteInput, ZMemberInput, ZRoleInput } from "@/lib/accounts/team-schema";
import { z } from "@/lib/validation/zod";

const PAGE = "/mon-entreprise/equipe";

export const inviteAction = memberAction("company:manage-members", ZInviteInput, async (input, { actor, company }) => {
  await inviteColleague(getDb(), actor, company.companyId, input);
  revalidatePath(PAGE);
  return { ok: true, message: `Invitation envoyée à ${input.email}.` };
});

export const cancelInvitationAction = memberAction("company:manage-members", ZInvitationIdInput, async (input, { actor, company }) => {
  await cancelInvitation(getDb(), actor, company.companyId, input.invitationId);
  revalidatePath(PAGE);
  return { ok: true, message: "Invitation annulée." };
});

export const removeMemberAction = memberAction("company:manage-members", ZMemberInput, async (input, { actor, company }) => {
  await removeMember(getDb(), actor, company.companyId, input.userId);
  revalidatePath(PAGE);
  return { ok: true, message: "Membre retiré de l'équipe." };
});

export const setRoleAction = memberAction("company:manage-members", ZRoleInput, async (input, { actor, company }) => {
  await setMemberRole(getDb(), actor, company.companyId, input.userId, input.role);
  revalidatePath(PAGE);
  return { ok: true, message: input.role === "admin" ? "Membre nommé administrateur." : "Rôle d'administrateur retiré." };
});

export const leaveAction = memberAction("company:leave", z.object({}).strict(), async (_input, { actor, company }) => {
  await leaveCompany(getDb(), actor, company.companyId);
  revalidatePath("/", "layout");
  redirect("/?equipe=quittee");
});
