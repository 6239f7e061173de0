/**
 * Webhook deliveries against a real receiver, driven by the real graphile worker: signed deliveries that
 * verify with the documented algorithm, every event delivered after an outage and none twice, auto-disable
 * with the admins' e-mail, replay under the same Webhook-Id.
 */
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, emails, webhookDeliveryAttempts } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { WEBHOOK_DISABLE_AFTER } from "@/lib/webhooks/deliver";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/webhooks/events";
import { listWebhookDeliveries, replayWebhookDelivery, setWebhookEnabled } from "@/lib/webhooks/service";
import { VERIFY_SNIPPET, verifyWebhook } from "@/lib/webhooks/signature";
import { db } from "./db";
import {
  answerFrom,
  buyerWithEndpoint,
  deliveriesOf,
  endpointRow,
  lastAttemptNext,
  receiver,
  receiverUrl,
  retriesDue,
  runDeliveries,
  stopReceiver,
  listen,
  useWebhookReceiver,
  webhookJobs,
} from "./webhooks-harness";

useWebhookReceiver();

// ---- tests ------------------------------------------------------------------------------------------------

describe("webhook deliveries", () => {
  it("signs each delivery so that the documented verification accepts it, and carries no personal data", async () => {
    const { buyer, need, secret, endpoint } = await buyerWithEndpoint();
    const supplier = await answerFrom(need.id);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ eventType: "answer.received", status: "pending", attempts: 0 });

    await runDeliveries();
    expect(receiver.received).toHaveLength(1);
    const r = receiver.received[0];
    expect(r.id).toBe(delivery.id);
    // The documentation's own snippet (/documentation-api#webhooks), run as a receiver would run it.
    const dir = mkdtempSync(path.join(tmpdir(), "cc-webhook-doc-"));
    try {
      writeFileSync(path.join(dir, "verifier.mjs"), VERIFY_SNIPPET);
      const { verifierWebhook } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, "verifier.mjs")).href);
      expect(verifierWebhook(secret, r.headers, r.body)).toBe(true);
      expect(verifierWebhook(secret, r.headers, `${r.body} `)).toBe(false);
      expect(verifierWebhook("whsec_autre", r.headers, r.body)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The same algorithm written out.
    const expected = createHmac("sha256", secret).update(`${r.id}.${r.timestamp}.${r.body}`).digest("hex");
    expect(r.signature).toBe(`v1=${expected}`);
    expect(Math.abs(Number(r.timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(verifyWebhook(secret, r, r.body)).toBe(true);
    expect(verifyWebhook(secret, r, r.body.replace("answer.received", "answer.receivee"))).toBe(false);
    expect(verifyWebhook("whsec_autre", r, r.body)).toBe(false);
    expect(verifyWebhook(secret, r, r.body, Date.now() + 10 * 60_000)).toBe(false);

    const body = JSON.parse(r.body);
    expect(body).toMatchObject({
      id: delivery.id,
      type: "answer.received",
      data: { need: { id: need.id, title: need.title }, answer: { supplier: { id: supplier.companyId } } },
    });
    // Companies are named (public, like the directory); people never are.
    for (const person of [buyer.admin, buyer.member, supplier.admin, supplier.member]) {
      for (const secretive of [person.email, person.firstName, `${person.firstName} ${person.lastName}`]) expect(r.body).not.toContain(secretive);
    }
    expect(r.body).not.toMatch(/@/);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "succeeded", attempts: 1, lastStatus: 204, lastError: null });
  });

  it("delivers every event once the receiver is back after an outage, and none twice", async () => {
    const { need, endpoint } = await buyerWithEndpoint();
    for (let i = 0; i < 3; i++) await answerFrom(need.id);
    await stopReceiver();

    await runDeliveries(); // connection refused
    let rows = await deliveriesOf(endpoint.id);
    expect(rows.map((d) => d.status)).toEqual(["pending", "pending", "pending"]);
    expect(rows.every((d) => d.attempts === 1 && d.lastStatus === null && /ECONNREFUSED/.test(d.lastError ?? ""))).toBe(true);
    // graphile keeps the jobs, for later (its back-off)
    expect((await webhookJobs()).map((j) => j.max_attempts)).toEqual([WEBHOOK_MAX_ATTEMPTS, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_MAX_ATTEMPTS]);
    await runDeliveries();
    expect((await deliveriesOf(endpoint.id)).every((d) => d.attempts === 1)).toBe(true);

    await listen();
    receiver.mode = "error";
    await retriesDue();
    await runDeliveries(); // HTTP 500
    rows = await deliveriesOf(endpoint.id);
    expect(rows.every((d) => d.status === "pending" && d.attempts === 2 && d.lastStatus === 500)).toBe(true);

    receiver.mode = "ok";
    await retriesDue();
    await runDeliveries();
    rows = await deliveriesOf(endpoint.id);
    expect(rows.every((d) => d.status === "succeeded" && d.attempts === 3)).toBe(true);
    const delivered = receiver.received.filter((_, i) => i >= 3); // the three 500s first
    expect(new Set(delivered.map((r) => r.id))).toEqual(new Set(rows.map((d) => d.id)));
    // Every attempt is in the log, and the retries carried the same Webhook-Id.
    expect(receiver.received.map((r) => r.id).sort()).toEqual([...rows.map((d) => d.id), ...rows.map((d) => d.id)].sort());
    const attempts = await db().select().from(webhookDeliveryAttempts);
    expect(attempts).toHaveLength(9);
    expect(await webhookJobs()).toEqual([]);
    expect((await endpointRow(endpoint.id)).failureCount).toBe(0);

    // A late or duplicated job after a success sends nothing.
    await enqueueJob(db(), "deliver_webhook", { deliveryId: rows[0].id }, { jobKey: `webhook:${rows[0].id}` });
    await retriesDue();
    await runDeliveries();
    expect(receiver.received).toHaveLength(6);
    expect((await deliveriesOf(endpoint.id))[0].attempts).toBe(3);
  });

  it(`turns the endpoint off after ${WEBHOOK_DISABLE_AFTER} deliveries given up in a row, e-mails the admins, and a success resets the count`, async () => {
    const { buyer, need, endpoint } = await buyerWithEndpoint();
    receiver.mode = "error";
    for (let i = 0; i < WEBHOOK_DISABLE_AFTER - 1; i++) await answerFrom(need.id);
    await runDeliveries();
    await lastAttemptNext();
    await runDeliveries();
    expect((await deliveriesOf(endpoint.id)).map((d) => d.status)).toEqual(Array(WEBHOOK_DISABLE_AFTER - 1).fill("failed"));
    expect(await endpointRow(endpoint.id)).toMatchObject({ enabled: true, failureCount: WEBHOOK_DISABLE_AFTER - 1 });

    // One success: the count starts over.
    receiver.mode = "ok";
    await answerFrom(need.id);
    await runDeliveries();
    expect((await endpointRow(endpoint.id)).failureCount).toBe(0);

    receiver.mode = "error";
    for (let i = 0; i < WEBHOOK_DISABLE_AFTER; i++) await answerFrom(need.id);
    await runDeliveries();
    expect((await endpointRow(endpoint.id)).enabled).toBe(true);
    await lastAttemptNext();
    await runDeliveries();
    const off = await endpointRow(endpoint.id);
    expect(off).toMatchObject({ enabled: false, failureCount: WEBHOOK_DISABLE_AFTER });
    expect(off.disabledReason).toMatch(/Désactivé automatiquement/);
    expect(off.disabledAt).toBeInstanceOf(Date);
    const mails = await db().select().from(emails).where(eq(emails.template, "webhook.disabled"));
    expect(mails.map((m) => m.toUserId)).toEqual([buyer.admin.userId]);
    expect(mails[0].subject).toBe("Webhook désactivé : vos événements ne sont plus envoyés");
    expect(mails[0].textBody).toContain(receiverUrl());
    const { rows: mailJobs } = await db().execute(
      sql`select 1 from graphile_worker.jobs where task_identifier = 'send_email' and key = ${`email:${mails[0].id}`}`,
    );
    expect(mailJobs).toHaveLength(1);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "webhook.auto_disable"), eq(auditLog.objectId, endpoint.id))),
    ).toHaveLength(1);

    // Off: new events are not even written.
    const before = (await deliveriesOf(endpoint.id)).length;
    receiver.mode = "ok";
    await answerFrom(need.id);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(before);
  });

  it("replays a delivery from the log under the same Webhook-Id, only while the endpoint is on", async () => {
    const { buyer, need, endpoint } = await buyerWithEndpoint();
    await answerFrom(need.id);
    await runDeliveries();
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery.status).toBe("succeeded");

    await replayWebhookDelivery(db(), buyer.admin, buyer.companyId, delivery.id);
    expect((await deliveriesOf(endpoint.id))[0].status).toBe("pending");
    await runDeliveries();
    expect(receiver.received.map((r) => r.id)).toEqual([delivery.id, delivery.id]);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "succeeded", attempts: 2 });
    const log = await listWebhookDeliveries(db(), buyer.admin, buyer.companyId);
    expect(log.map((d) => [d.id, d.status, d.attempts])).toEqual([[delivery.id, "succeeded", 2]]);

    await setWebhookEnabled(db(), buyer.admin, buyer.companyId, endpoint.id, false);
    await expect(replayWebhookDelivery(db(), buyer.admin, buyer.companyId, delivery.id)).rejects.toBeInstanceOf(ConflictError);
    // Turned on again: its failure count starts over and replays work.
    await setWebhookEnabled(db(), buyer.admin, buyer.companyId, endpoint.id, true);
    await replayWebhookDelivery(db(), buyer.admin, buyer.companyId, delivery.id);
    await runDeliveries();
    expect(receiver.received).toHaveLength(3);
  });
});
