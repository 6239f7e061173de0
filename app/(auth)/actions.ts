"use server";
/** Sign-in, sign-up and sign-out actions: parse, call the service, sign in, redirect. */
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { signIn, signOut, SignInLocked } from "@/lib/auth/auth";
import { requestSignUp } from "@/lib/accounts/sign-up";
import { ZSignUpInput } from "@/lib/accounts/sign-up-schema";
import { ZSignInInput, safeRedirectPath } from "@/lib/accounts/sign-in-schema";
import { rateLimits, requestIp, tooManyAttemptsMessage } from "@/lib/security/rate-limit";

const WRONG_CREDENTIALS = "E-mail ou mot de passe incorrect.";
const WELCOME = "/espace?bienvenue=1";

export const signInAction = formAction(ZSignInInput, async (input) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeRedirectPath(input.next) });
  } catch (err) {
    if (err instanceof AuthError) {
      // Limits are checked in authorize() (lib/auth/credentials.ts), which every sign-in goes through.
      const locked = err instanceof SignInLocked || (err instanceof CredentialsSignin && err.code === "trop_de_tentatives");
      const message = locked ? tooManyAttemptsMessage((err as Partial<SignInLocked>).retryAfterSec ?? 15 * 60) : WRONG_CREDENTIALS;
      // Once, in the form's alert: it names neither field on purpose, and repeating it under the password read twice.
      return { ok: false, message, fieldErrors: {}, values: { email: input.email, next: input.next ?? "" } };
    }
    throw err;
  }
});

export const signUpAction = formAction(ZSignUpInput, async (input) => {
  await rateLimits().enforce("signUpIp", await requestIp(), "email");
  const outcome = await requestSignUp(getDb(), input, rateLimits());
  // The same answer whether the e-mail was new or not (the owner of an existing account got an e-mail).
  if (outcome.status === "created") await signIn("credentials", { email: input.email, password: input.password, redirectTo: WELCOME });
  redirect(WELCOME);
});

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
