/**
 * The `deliver_webhook` task: one HTTP POST of a delivery, signed (./signature.ts), 10 s at most, 2xx
 * counts as delivered, anything else (refused connection, timeout, 3xx, 4xx, 5xx) as a failure that
 * graphile retries with its exponential back-off, up to WEBHOOK_MAX_ATTEMPTS (./events.ts). Every attempt
 * is logged. A delivered event is never sent again by a late or duplicate job (only a replay, asked by an
 * admin, sends it again, under the same Webhook-Id): delivery is at least once, and receivers deduplicate
 * on Webhook-Id for the rare case where we could not record a success we got.
 *
 * Auto-disable: a delivery that used all its attempts counts one failure for its endpoint; any success
 * resets the count. At WEBHOOK_DISABLE_AFTER failures in a row — five events, each tried for about 16
 * hours, left undelivered — the endpoint is turned off and the company's admins get an e-mail.
 */
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { memberships, users, webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints, type WebhookEndpointRow } from "@/db/schema";
import { recordAudit } from "../audit/record";
import { queueEmails } from "../mail/queue-email";
import { renderEmail } from "../mail/render";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { z } from "../validation/zod";
import { signWebhook } from "./signature";
import { isInternalAddress, privateTargetsAllowed, safeLookup } from "./url";

export const WEBHOOK_DISABLE_AFTER = 5;
export const WEBHOOK_TIMEOUT_MS = 10_000;
const USER_AGENT = "CircuitCourt-Webhooks/1";

interface Target {
  deliveryId: string;
  endpointId: string;
  companyId: string;
  url: string;
  secret: string;
  body: string;
}
export interface AttemptResult {
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** The delivery to send, or null when there is nothing to send (deleted, already delivered, endpoint off). */
async function loadTarget(db: Db, deliveryId: string, now: Date): Promise<Target | null> {
  const [row] = await db
    .select({ d: webhookDeliveries, e: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row || row.d.status === "succeeded") return null;
  if (!row.e.enabled) {
    await db
      .update(webhookDeliveries)
      .set({ status: "failed", lastError: "Non envoyé : point de réception désactivé.", lastAttemptAt: now })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "pending")));
    return null;
  }
  const body = JSON.stringify({ id: row.d.id, type: row.d.eventType, createdAt: row.d.createdAt.toISOString(), data: row.d.payload });
  return { deliveryId, endpointId: row.e.id, companyId: row.e.companyId, url: row.e.url, secret: row.e.secret, body };
}

const describeError = (err: unknown) => {
  const e = err as { code?: string; message?: string };
  return (e?.code && e.message && !e.message.includes(e.code) ? `${e.code} ${e.message}` : (e?.message ?? String(err))).slice(0, 500);
};

/** POSTs the signed body; resolves with the outcome (never throws). */
export function postDelivery(target: Pick<Target, "deliveryId" | "url" | "secret" | "body">, now = new Date()): Promise<AttemptResult> {
  const started = performance.now();
  const done = (ok: boolean, status: number | null, error: string | null): AttemptResult => ({
    ok,
    status,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target.url);
    } catch {
      return resolve(done(false, null, "Adresse invalide."));
    }
    // An IP literal skips DNS, hence safeLookup: check it here.
    if (!privateTargetsAllowed() && (isIP(url.hostname.replace(/^\[|\]$/g, "")) ? isInternalAddress(url.hostname) : url.hostname === "localhost")) {
      return resolve(done(false, null, "Adresse interne : envoi refusé."));
    }
    const timestamp = Math.floor(now.getTime() / 1000);
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "POST",
        lookup: safeLookup,
        timeout: WEBHOOK_TIMEOUT_MS,
        headers: {
          "content-type": "application/json",
          "user-agent": USER_AGENT,
          "content-length": Buffer.byteLength(target.body),
          "webhook-id": target.deliveryId,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": signWebhook(target.secret, target.deliveryId, timestamp, target.body),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        // The receiver's body is not read: drain it so the socket closes.
        res.resume();
        res.on("end", () => {
          clearTimeout(timer);
          resolve(done(status >= 200 && status < 300, status, status >= 200 && status < 300 ? null : `Réponse HTTP ${status}`));
        });
        res.on("error", (err) => {
          clearTimeout(timer);
          resolve(done(false, status, describeError(err)));
        });
      },
    );
    // The whole exchange, not only each socket read, is bounded.
    const timer = setTimeout(() => req.destroy(new Error(`Pas de réponse en ${WEBHOOK_TIMEOUT_MS / 1000} s.`)), WEBHOOK_TIMEOUT_MS);
    req.on("timeout", () => req.destroy(new Error(`Pas de réponse en ${WEBHOOK_TIMEOUT_MS / 1000} s.`)));
    req.on("error", (err) => {
      clearTimeout(timer);
      resolve(done(false, null, describeError(err)));
    });
    req.end(target.body);
  });
}

/** Logs the attempt and moves the delivery and its endpoint on, in one transaction. */
async function recordAttempt(db: Db, target: Target, result: AttemptResult, finalAttempt: boolean, now: Date) {
  await db.transaction(async (tx) => {
    await tx
      .insert(webhookDeliveryAttempts)
      .values({ deliveryId: target.deliveryId, attemptedAt: now, responseStatus: result.status, error: result.error, durationMs: result.durationMs });
    const [delivery] = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, target.deliveryId)).for("update");
    if (!delivery) return;
    const common = { attempts: delivery.attempts + 1, lastStatus: result.status, lastError: result.error, lastAttemptAt: now };
    if (result.ok) {
      await tx
        .update(webhookDeliveries)
        .set({ ...common, status: "succeeded", succeededAt: now })
        .where(eq(webhookDeliveries.id, target.deliveryId));
      await tx.update(webhookEndpoints).set({ failureCount: 0 }).where(eq(webhookEndpoints.id, target.endpointId));
      return;
    }
    // A success recorded meanwhile (a replay that ran alongside) stays a success.
    const status = delivery.status === "succeeded" ? "succeeded" : finalAttempt ? "failed" : "pending";
    await tx
      .update(webhookDeliveries)
      .set({ ...common, status })
      .where(eq(webhookDeliveries.id, target.deliveryId));
    if (status !== "failed") return;
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({ failureCount: sql`${webhookEndpoints.failureCount} + 1` })
      .where(eq(webhookEndpoints.id, target.endpointId))
      .returning();
    if (endpoint && endpoint.enabled && endpoint.failureCount >= WEBHOOK_DISABLE_AFTER) await autoDisable(tx, endpoint, now);
  });
}

async function autoDisable(tx: Tx, endpoint: WebhookEndpointRow, now: Date) {
  const reason = `Désactivé automatiquement : ${WEBHOOK_DISABLE_AFTER} événements de suite n'ont pas pu être livrés.`;
  await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledAt: now, disabledReason: reason, updatedAt: now })
    .where(eq(webhookEndpoints.id, endpoint.id));
  await recordAudit(tx, {
    actorUserId: null,
    action: "webhook.auto_disable",
    objectType: "webhook_endpoint",
    objectId: endpoint.id,
    companyId: endpoint.companyId,
    before: { enabled: true },
    after: { enabled: false, failureCount: endpoint.failureCount },
  });
  const admins = await tx
    .select({ id: users.id, email: users.email, firstName: users.firstName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, endpoint.companyId), eq(memberships.role, "admin")));
  const subject = "Webhook désactivé : vos événements ne sont plus envoyés";
  await queueEmails(
    tx,
    admins.map((a) => {
      const { html, text } = renderEmail({
        title: subject,
        paragraphs: [
          `Bonjour ${a.firstName},`,
          `Les ${WEBHOOK_DISABLE_AFTER} derniers événements destinés à l'adresse ${endpoint.url} n'ont pas pu être livrés, malgré plusieurs essais chacun pendant une quinzaine d'heures. Nous avons donc désactivé ce point de réception : plus aucun événement ne lui est envoyé.`,
          "Vérifiez que votre serveur répond (code 2xx en moins de 10 secondes), réactivez le point de réception, puis renvoyez depuis le journal les événements manqués.",
        ],
        action: { label: "Gérer les webhooks", url: "/mon-entreprise/webhooks" },
      });
      return { to: a.email, toUserId: a.id, template: "webhook.disabled", subject, text, html };
    }),
  );
}

/** One attempt of one delivery; returns its outcome (null: nothing was sent). */
export async function attemptDelivery(db: Db, deliveryId: string, finalAttempt: boolean, now = new Date()): Promise<AttemptResult | null> {
  const target = await loadTarget(db, deliveryId, now);
  if (!target) return null;
  const result = await postDelivery(target, now);
  await recordAttempt(db, target, result, finalAttempt, new Date());
  return result;
}

export const deliverWebhookTask = defineTask(z.object({ deliveryId: z.uuid() }), async ({ deliveryId }, helpers) => {
  // graphile counts the attempt under way in job.attempts.
  const finalAttempt = helpers.job.attempts >= helpers.job.max_attempts;
  const now = new Date();
  // No database client is held while the receiver answers (up to 10 s).
  const target = await withDb(helpers, (db) => loadTarget(db, deliveryId, now));
  if (!target) return;
  const result = await postDelivery(target, now);
  await withDb(helpers, (db) => recordAttempt(db, target, result, finalAttempt, new Date()));
  // Throwing is what makes graphile retry, with its back-off; a last failure is already recorded as given up.
  if (!result.ok && !finalAttempt) throw new Error(`webhook ${deliveryId}: ${result.error ?? result.status}`);
});

// Registers this domain's task (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists it for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    deliver_webhook: PayloadOf<typeof deliverWebhookTask>;
  }
}
