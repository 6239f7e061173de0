"use server";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { signOut } from "@/lib/auth/auth";
import { eraseAccount, ZEraseInput } from "@/lib/rgpd/erase";

export const eraseAccountAction = userAction(ZEraseInput, async (_input, { actor }) => {
  await eraseAccount(getDb(), actor.userId);
  // The account no longer exists: end the session and say so on a public page (signOut redirects).
  await signOut({ redirectTo: "/mes-donnees/supprime" });
});
