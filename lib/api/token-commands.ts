/** The « Accès API » page's reads and actions, on the actor's active company (the page imports no db/). */
import { getDb } from "@/db/client";
import { activeCompany, type Actor } from "../auth/actor";
import { ForbiddenError } from "../errors";
import { createApiToken, listApiTokens, revokeApiToken } from "./token-service";
import type { CreateApiTokenInput } from "./token-schema";

function companyOf(actor: Actor | null): string {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Vous ne faites partie d'aucune entreprise.");
  return company.companyId;
}

export const companyApiTokens = (actor: Actor | null) => listApiTokens(getDb(), actor, companyOf(actor));

export const createCompanyApiToken = (actor: Actor | null, input: CreateApiTokenInput) => createApiToken(getDb(), actor, companyOf(actor), input);

export const revokeCompanyApiToken = (actor: Actor | null, tokenId: string) => revokeApiToken(getDb(), actor, companyOf(actor), tokenId);
