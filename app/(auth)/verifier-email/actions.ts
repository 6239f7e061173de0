"use server";
/** Confirms an address with its link; sends a new link from the banner of an unverified account. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundFormAction, userAction } from "@/lib/actions/client";
import { resendVerificationLink, verifyEmail } from "@/lib/accounts/email-verification";
import { TokenError } from "@/lib/accounts/tokens";
import { rateLimits } from "@/lib/security/rate-limit";
import { z } from "@/lib/validation/zod";
import { TOKEN_MESSAGES } from "../_components/link-problem";

export const verifyEmailAction = boundFormAction(
  z.object({}).strict(),
  async (_input, { id: token }) => {
    try {
      await verifyEmail(getDb(), token);
    } catch (err) {
      if (err instanceof TokenError) return { ok: false, message: TOKEN_MESSAGES[err.problem] };
      throw err;
    }
    // The root layout's banner « Confirmez votre adresse » must go: re-render the layout, not only the page.
    revalidatePath("/", "layout");
    // Not a message on this page: re-rendered, it would now say the link has been used.
    redirect("/verifier-email/confirmee");
  },
  { id: z.string().max(100), notFound: TOKEN_MESSAGES.unknown },
);

export const resendVerificationAction = userAction(z.object({}).strict(), async (_input, { actor }) => {
  await resendVerificationLink(getDb(), actor.userId, rateLimits());
  return { ok: true, message: "Un nouveau lien vient de vous être envoyé." };
});
