/**
 * A company's webhook endpoints (« Webhooks », next to « Accès API », same permission: company:manage-api):
 * create (the secret comes back once), turn off and on, delete, read the delivery log and replay a
 * delivery. Every change writes its audit row in its transaction; another company's endpoint or delivery
 * is « introuvable ».
 */
import { and, count, desc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { enqueueJob } from "../outbox/enqueue";
import { WEBHOOK_MAX_ATTEMPTS } from "./events";
import type { CreateWebhookInput } from "./schema";
import { newWebhookSecret, webhookSecretPrefix } from "./signature";

export const MAX_ENDPOINTS_PER_COMPANY = 10;
export const DELIVERY_LOG_LENGTH = 50;
const ENDPOINT_NOT_FOUND = "Point de réception introuvable.";

export async function createWebhookEndpoint(db: Db, actor: Actor | null, companyId: string, input: CreateWebhookInput) {
  authorize(actor, "company:manage-api", { companyId });
  const secret = newWebhookSecret();
  const endpoint = await db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.companyId, companyId));
    if (n >= MAX_ENDPOINTS_PER_COMPANY) {
      throw new ValidationError({ url: `${MAX_ENDPOINTS_PER_COMPANY} points de réception au plus : supprimez-en un d'abord.` });
    }
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        companyId,
        url: input.url,
        description: input.description ?? null,
        events: input.events,
        minScore: input.minScorePercent / 100,
        secret,
        secretPrefix: webhookSecretPrefix(secret),
        createdBy: actor?.userId ?? null,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "webhook.create",
      objectType: "webhook_endpoint",
      objectId: row.id,
      companyId,
      after: { url: row.url, events: row.events, minScore: row.minScore },
    });
    return row;
  });
  return { secret, endpoint };
}

async function lockEndpoint(tx: DbOrTx, companyId: string, endpointId: string) {
  const [row] = await tx
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.companyId, companyId)))
    .for("update");
  if (!row) throw new NotFoundError(ENDPOINT_NOT_FOUND);
  return row;
}

/** Turns an endpoint off (nothing is sent to it, events are not kept) or on again (its failure count starts over). */
export async function setWebhookEnabled(db: Db, actor: Actor | null, companyId: string, endpointId: string, enabled: boolean, now = new Date()) {
  authorize(actor, "company:manage-api", { companyId });
  return db.transaction(async (tx) => {
    const before = await lockEndpoint(tx, companyId, endpointId);
    const [after] = await tx
      .update(webhookEndpoints)
      .set(
        enabled
          ? { enabled: true, disabledAt: null, disabledReason: null, failureCount: 0, updatedAt: now }
          : { enabled: false, disabledAt: now, disabledReason: "Désactivé par un administrateur.", updatedAt: now },
      )
      .where(eq(webhookEndpoints.id, endpointId))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: enabled ? "webhook.enable" : "webhook.disable",
      objectType: "webhook_endpoint",
      objectId: endpointId,
      companyId,
      before: { enabled: before.enabled },
      after: { enabled: after.enabled },
    });
    return after;
  });
}

/** Deletes an endpoint and its delivery log; its queued deliveries find nothing and stop. */
export async function deleteWebhookEndpoint(db: Db, actor: Actor | null, companyId: string, endpointId: string) {
  authorize(actor, "company:manage-api", { companyId });
  return db.transaction(async (tx) => {
    const before = await lockEndpoint(tx, companyId, endpointId);
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "webhook.delete",
      objectType: "webhook_endpoint",
      objectId: endpointId,
      companyId,
      before: { url: before.url, events: before.events },
    });
    return before;
  });
}

/** Replays a delivery of the log: a new attempt (with retries) under the same Webhook-Id, whatever its status. */
export async function replayWebhookDelivery(db: Db, actor: Actor | null, companyId: string, deliveryId: string) {
  authorize(actor, "company:manage-api", { companyId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ delivery: webhookDeliveries, enabled: webhookEndpoints.enabled })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookEndpoints.companyId, companyId)))
      .for("update", { of: webhookDeliveries });
    if (!row) throw new NotFoundError("Envoi introuvable.");
    if (!row.enabled) throw new ConflictError("Ce point de réception est désactivé : réactivez-le avant de renvoyer un événement.");
    await tx.update(webhookDeliveries).set({ status: "pending" }).where(eq(webhookDeliveries.id, deliveryId));
    // Same key as the first job: a retry still waiting is replaced by this one, not doubled.
    await enqueueJob(tx, "deliver_webhook", { deliveryId }, { jobKey: `webhook:${deliveryId}`, maxAttempts: WEBHOOK_MAX_ATTEMPTS });
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "webhook.replay",
      objectType: "webhook_delivery",
      objectId: deliveryId,
      companyId,
      before: { status: row.delivery.status },
      after: { status: "pending" },
    });
    return row.delivery;
  });
}

/** The « Webhooks » list: the company's endpoints, newest first (never their secret, only its prefix). */
export async function listWebhookEndpoints(db: DbOrTx, actor: Actor | null, companyId: string) {
  authorize(actor, "company:manage-api", { companyId });
  return db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      events: webhookEndpoints.events,
      secretPrefix: webhookEndpoints.secretPrefix,
      minScore: webhookEndpoints.minScore,
      enabled: webhookEndpoints.enabled,
      disabledAt: webhookEndpoints.disabledAt,
      disabledReason: webhookEndpoints.disabledReason,
      failureCount: webhookEndpoints.failureCount,
      createdAt: webhookEndpoints.createdAt,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.companyId, companyId))
    .orderBy(desc(webhookEndpoints.createdAt));
}

/** The delivery log: the company's last deliveries, all endpoints together, newest first. */
export async function listWebhookDeliveries(db: DbOrTx, actor: Actor | null, companyId: string, limit = DELIVERY_LOG_LENGTH) {
  authorize(actor, "company:manage-api", { companyId });
  return db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      url: webhookEndpoints.url,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatus: webhookDeliveries.lastStatus,
      lastError: webhookDeliveries.lastError,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      succeededAt: webhookDeliveries.succeededAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookEndpoints.companyId, companyId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}
