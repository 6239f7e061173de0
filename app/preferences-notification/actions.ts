"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { savePreferences, ZPreferencesInput } from "@/lib/alerts/preferences";
import { UnauthenticatedError } from "@/lib/errors";

export const savePreferencesAction = formAction(ZPreferencesInput, async (input, { actor }) => {
  if (!actor) throw new UnauthenticatedError();
  await savePreferences(getDb(), actor.userId, input);
  revalidatePath("/preferences-notification");
  return { ok: true, message: "Préférences enregistrées." };
});
