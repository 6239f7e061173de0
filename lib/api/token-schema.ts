/** The token form of « Accès API » (name and scope) and the revocation's id. */
import { z, zText } from "../validation/zod";
import { API_SCOPES } from "./tokens";

export const ZCreateApiToken = z
  .object({
    name: zText("Le nom du jeton", 2, 80),
    scope: z.enum(API_SCOPES, { error: "Choisissez les droits du jeton." }),
  })
  .strict();
export type CreateApiTokenInput = z.output<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: z.uuid("Jeton introuvable : rechargez la page.") }).strict();
