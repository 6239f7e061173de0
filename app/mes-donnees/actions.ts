"use server";
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { signOut } from "@/lib/auth/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { eraseAccount, ZEraseInput } from "@/lib/rgpd/erase";

export const eraseAccountAction = formAction(ZEraseInput, async (_input, { actor }) => {
  if (!actor) throw new UnauthenticatedError();
  await eraseAccount(getDb(), actor.userId);
  // The account no longer exists: end the session and say so on a public page (signOut redirects).
  await signOut({ redirectTo: "/mes-donnees/supprime" });
});
