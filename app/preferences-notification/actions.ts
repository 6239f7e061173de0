"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { savePreferences, ZPreferencesInput } from "@/lib/alerts/preferences";

export const savePreferencesAction = userAction(ZPreferencesInput, async (input, { actor }) => {
  await savePreferences(getDb(), actor.userId, input);
  revalidatePath("/preferences-notification");
  return { ok: true, message: "Préférences enregistrées." };
});
