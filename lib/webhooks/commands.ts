/** The « Webhooks » page's reads and actions, on the actor's active company (the page imports no db/). */
import { getDb } from "@/db/client";
import { activeCompany, type Actor } from "../auth/actor";
import { ForbiddenError } from "../errors";
import type { CreateWebhookInput } from "./schema";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints, replayWebhookDelivery, setWebhookEnabled } from "./service";

function companyOf(actor: Actor | null): string {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Vous ne faites partie d'aucune entreprise.");
  return company.companyId;
}

export const companyWebhooks = async (actor: Actor | null) => {
  const companyId = companyOf(actor);
  const db = getDb();
  return { endpoints: await listWebhookEndpoints(db, actor, companyId), deliveries: await listWebhookDeliveries(db, actor, companyId) };
};

export const createCompanyWebhook = (actor: Actor | null, input: CreateWebhookInput) => createWebhookEndpoint(getDb(), actor, companyOf(actor), input);
export const setCompanyWebhookEnabled = (actor: Actor | null, endpointId: string, enabled: boolean) =>
  setWebhookEnabled(getDb(), actor, companyOf(actor), endpointId, enabled);
export const deleteCompanyWebhook = (actor: Actor | null, endpointId: string) => deleteWebhookEndpoint(getDb(), actor, companyOf(actor), endpointId);
export const replayCompanyWebhookDelivery = (actor: Actor | null, deliveryId: string) => replayWebhookDelivery(getDb(), actor, companyOf(actor), deliveryId);
