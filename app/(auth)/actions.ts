"use server";
/** Sign-in, sign-up and sign-out actions: parse, call the service, sign in, redirect. */
import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { formAction } from "@/lib/actions/client";
import { signIn, signOut } from "@/lib/auth/auth";
import { signUp } from "@/lib/accounts/sign-up";
import { ZSignUpInput } from "@/lib/accounts/sign-up-schema";
import { ZSignInInput, safeRedirectPath } from "@/lib/accounts/sign-in-schema";

export const signInAction = formAction(ZSignInInput, async (input) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeRedirectPath(input.next) });
  } catch (err) {
    if (err instanceof AuthError) {
      return { ok: false, message: "E-mail ou mot de passe incorrect.", fieldErrors: { password: "E-mail ou mot de passe incorrect." }, values: { email: input.email, next: input.next ?? "" } };
    }
    throw err;
  }
});

export const signUpAction = formAction(ZSignUpInput, async (input) => {
  await signUp(getDb(), input);
  await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/espace?bienvenue=1" });
});

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
