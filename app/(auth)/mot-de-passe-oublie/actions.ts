"use server";
/** « Mot de passe oublié ? »: the same answer for every address (lib/accounts/password-reset.ts). */
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { requestPasswordReset, RESET_REQUESTED } from "@/lib/accounts/password-reset";
import { ZPasswordResetRequest } from "@/lib/accounts/password-reset-schema";
import { rateLimits, requestIp } from "@/lib/security/rate-limit";

export const requestPasswordResetAction = formAction(ZPasswordResetRequest, async (input) => {
  await requestPasswordReset(getDb(), input.email, rateLimits(), await requestIp());
  return { ok: true, message: RESET_REQUESTED, values: { email: input.email } };
});
