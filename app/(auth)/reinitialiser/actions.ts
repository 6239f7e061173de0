"use server";
/** Sets the new password with a reset link, then sends to sign-in. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundFormAction } from "@/lib/actions/client";
import { resetPassword } from "@/lib/accounts/password-reset";
import { ZNewPasswordInput } from "@/lib/accounts/password-reset-schema";
import { TokenError } from "@/lib/accounts/tokens";
import { rateLimits } from "@/lib/security/rate-limit";
import { z } from "@/lib/validation/zod";
import { TOKEN_MESSAGES } from "../_components/link-problem";

export const resetPasswordAction = boundFormAction(
  ZNewPasswordInput,
  async (input, { id: token }) => {
    try {
      await resetPassword(getDb(), token, input.password, rateLimits());
    } catch (err) {
      if (err instanceof TokenError) return { ok: false, message: TOKEN_MESSAGES[err.problem] };
      throw err;
    }
    redirect("/connexion?motdepasse=change");
  },
  { id: z.string().max(100), notFound: TOKEN_MESSAGES.unknown },
);
