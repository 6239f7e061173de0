"use server";
/** Invitation links: create an account and join, or join with the signed-in account. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundFormAction, boundUserAction } from "@/lib/actions/client";
import { acceptInvitationWithNewAccount, joinWithInvitation } from "@/lib/accounts/team";
import { ZInvitationAccountInput } from "@/lib/accounts/team-schema";
import { TokenError } from "@/lib/accounts/tokens";
import { signIn } from "@/lib/auth/auth";
import { z } from "@/lib/validation/zod";
import { TOKEN_MESSAGES } from "../_components/link-problem";

const TOKEN = { id: z.string().max(100), notFound: TOKEN_MESSAGES.unknown };
const JOINED = "/mon-entreprise/equipe?bienvenue=1";

export const acceptInvitationAction = boundFormAction(
  ZInvitationAccountInput,
  async (input, { id: token }) => {
    let email: string;
    try {
      ({ email } = await acceptInvitationWithNewAccount(getDb(), token, input));
    } catch (err) {
      if (err instanceof TokenError) return { ok: false, message: TOKEN_MESSAGES[err.problem] };
      throw err;
    }
    await signIn("credentials", { email, password: input.password, redirectTo: JOINED });
  },
  TOKEN,
);

export const joinInvitationAction = boundUserAction(
  z.object({}).strict(),
  async (_input, { id: token, actor }) => {
    try {
      await joinWithInvitation(getDb(), actor, token);
    } catch (err) {
      if (err instanceof TokenError) return { ok: false, message: TOKEN_MESSAGES[err.problem] };
      throw err;
    }
    redirect(JOINED);
  },
  TOKEN,
);
