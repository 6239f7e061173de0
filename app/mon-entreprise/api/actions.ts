"use server";
/** « Accès API » actions: create a token (its secret comes back once, in the action's state) and revoke one. */
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/client";
import { createCompanyApiToken, revokeCompanyApiToken } from "@/lib/api/token-commands";
import { ZCreateApiToken, ZRevokeApiToken } from "@/lib/api/token-schema";

const PAGE = "/mon-entreprise/api";

export const createTokenAction = memberAction("company:manage-api", ZCreateApiToken, async (input, { actor }) => {
  const { secret, token } = await createCompanyApiToken(actor, input);
  revalidatePath(PAGE);
  // The secret is shown this once (the page never reads it again): it is only in this answer.
  return { ok: true, message: `Jeton « ${token.name} » créé.`, values: { secret } };
});

export const revokeTokenAction = memberAction("company:manage-api", ZRevokeApiToken, async (input, { actor }) => {
  const token = await revokeCompanyApiToken(actor, input.tokenId);
  revalidatePath(PAGE);
  return { ok: true, message: `Jeton « ${token.name} » révoqué.` };
});
