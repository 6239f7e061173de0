/**
 * Webhooks end to end against a real receiver (node:http on 127.0.0.1), driven by the real graphile
 * worker: signed deliveries that verify with the documented algorithm, every event delivered after an
 * outage and none twice, auto-disable with the admins' e-mail, replay, another company kept out, and a
 * bad form refused field by field with nothing written.
 */
import { session } from "./authorization-doors-mocks";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { Logger, runOnce } from "graphile-worker";
import { auditLog, companies, emails, needMatches, webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints } from "@/db/schema";
import { alertNeedPublishedTask } from "@/lib/alerts/tasks";
import { awardNeed } from "@/lib/answers/awards";
import { awardInputSchema, ZQuestionReply } from "@/lib/answers/decision-schema";
import { askQuestion, replyToQuestion } from "@/lib/answers/questions";
import { saveAnswer } from "@/lib/answers/service";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { deliverWebhookTask, WEBHOOK_DISABLE_AFTER } from "@/lib/webhooks/deliver";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/webhooks/events";
import {
  createWebhookEndpoint, deleteWebhookEndpoint, listWebhookDeliveries, MAX_ENDPOINTS_PER_COMPANY, listWebhookEndpoints, replayWebhookDelivery, setWebhookEnabled,
} from "@/lib/webhooks/service";
import { VERIFY_SNIPPET, verifyWebhook } from "@/lib/webhooks/signature";
import { webhookUrlProblem } from "@/lib/webhooks/url";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, closeNeed, publishedNeed } from "../factories/answers";
import { businessTables, fingerprint, fingerprintQuery } from "../fuzz/fingerprint";
import { fd, none } from "./authorization-doors-kit";
import { db, resetDatabase } from "./db";

const webhooksPage = await import("@/app/mon-entreprise/webhooks/actions");

process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
const url = inject("databaseUrl");

// ---- the receiver -----------------------------------------------------------------------------------------

interface Received { id: string; timestamp: string; signature: string; body: string; headers: http.IncomingHttpHeaders }
type Mode = "ok" | "error" | "down";
const received: Received[] = [];
let mode: Mode = "ok";
let server: http.Server;
let port = 0;

function listen(): Promise<void> {
  server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => { body += c; });
    req.on("end", () => {
      received.push({ id: String(req.headers["webhook-id"]), timestamp: String(req.headers["webhook-timestamp"]), signature: String(req.headers["webhook-signature"]), body, headers: req.headers });
      res.writeHead(mode === "ok" ? 204 : 500).end();
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => { port = (server.address() as AddressInfo).port; resolve(); }));
}
/** Down: nobody listens on the port any more (connection refused). */
const stopReceiver = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
const receiverUrl = () => `http://127.0.0.1:${port}/hooks/circuit-court`;

beforeAll(listen);
afterAll(stopReceiver);
beforeEach(async () => {
  await resetDatabase();
  received.length = 0;
  mode = "ok";
  if (!server.listening) await listen();
});

// ---- the worker -------------------------------------------------------------------------------------------

/** Runs every due deliver_webhook job once, as the worker does (other tasks' jobs stay queued). */
const runDeliveries = () => runOnce({ connectionString: url, taskList: { deliver_webhook: deliverWebhookTask }, logger: new Logger(() => () => {}) });
/** Time passes: the retries graphile scheduled later are due now. */
const retriesDue = () => db().execute(sql`update graphile_worker._private_jobs set run_at = now() where key like 'webhook:%'`);
/** The next run is the last attempt graphile allows each delivery. */
const lastAttemptNext = () => db().execute(sql`update graphile_worker._private_jobs set attempts = max_attempts - 1, run_at = now() where key like 'webhook:%'`);
const webhookJobs = async () => (await db().execute<{ key: string; attempts: number; max_attempts: number }>(
  sql`select key, attempts, max_attempts from graphile_worker.jobs where task_identifier = 'deliver_webhook' and attempts < max_attempts`)).rows;

// ---- fixtures ---------------------------------------------------------------------------------------------

type Team = Awaited<ReturnType<typeof companyWithTeam>>;

async function buyerWithEndpoint(events = ["answer.received"]) {
  const buyer = await companyWithTeam(db());
  const staff = await staffActor(db());
  const need = await publishedNeed(db(), buyer.admin, buyer.companyId, staff);
  const { secret, endpoint } = await createWebhookEndpoint(db(), buyer.admin, buyer.companyId, {
    url: receiverUrl(), events: events as ["answer.received"], minScorePercent: 60, description: "ERP achats",
  });
  return { buyer, need, secret, endpoint };
}
/** A supplier submits its answer to the need: one answer.received event for the buyer. */
async function answerFrom(needId: string): Promise<Team> {
  const supplier = await companyWithTeam(db());
  await saveAnswer(db(), supplier.admin, needId, answerInput());
  return supplier;
}
const deliveriesOf = (endpointId: string) => db().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt);
const endpointRow = async (id: string) => (await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)))[0];

// ---- tests ------------------------------------------------------------------------------------------------

describe("webhook deliveries", () => {
  it("signs each delivery so that the documented verification accepts it, and carries no personal data", async () => {
    const { buyer, need, secret, endpoint } = await buyerWithEndpoint();
    const supplier = await answerFrom(need.id);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ eventType: "answer.received", status: "pending", attempts: 0 });

    await runDeliveries();
    expect(received).toHaveLength(1);
    const r = received[0];
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
    expect(body).toMatchObject({ id: delivery.id, type: "answer.received", data: { need: { id: need.id, title: need.title }, answer: { supplier: { id: supplier.companyId } } } });
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
    mode = "error";
    await retriesDue();
    await runDeliveries(); // HTTP 500
    rows = await deliveriesOf(endpoint.id);
    expect(rows.every((d) => d.status === "pending" && d.attempts === 2 && d.lastStatus === 500)).toBe(true);

    mode = "ok";
    await retriesDue();
    await runDeliveries();
    rows = await deliveriesOf(endpoint.id);
    expect(rows.every((d) => d.status === "succeeded" && d.attempts === 3)).toBe(true);
    const delivered = received.filter((_, i) => i >= 3); // the three 500s first
    expect(new Set(delivered.map((r) => r.id))).toEqual(new Set(rows.map((d) => d.id)));
    // Every attempt is in the log, and the retries carried the same Webhook-Id.
    expect(received.map((r) => r.id).sort()).toEqual([...rows.map((d) => d.id), ...rows.map((d) => d.id)].sort());
    const attempts = await db().select().from(webhookDeliveryAttempts);
    expect(attempts).toHaveLength(9);
    expect(await webhookJobs()).toEqual([]);
    expect((await endpointRow(endpoint.id)).failureCount).toBe(0);

    // A late or duplicated job after a success sends nothing.
    await enqueueJob(db(), "deliver_webhook", { deliveryId: rows[0].id }, { jobKey: `webhook:${rows[0].id}` });
    await retriesDue();
    await runDeliveries();
    expect(received).toHaveLength(6);
    expect((await deliveriesOf(endpoint.id))[0].attempts).toBe(3);
  });

  it(`turns the endpoint off after ${WEBHOOK_DISABLE_AFTER} deliveries given up in a row, e-mails the admins, and a success resets the count`, async () => {
    const { buyer, need, endpoint } = await buyerWithEndpoint();
    mode = "error";
    for (let i = 0; i < WEBHOOK_DISABLE_AFTER - 1; i++) await answerFrom(need.id);
    await runDeliveries();
    await lastAttemptNext();
    await runDeliveries();
    expect((await deliveriesOf(endpoint.id)).map((d) => d.status)).toEqual(Array(WEBHOOK_DISABLE_AFTER - 1).fill("failed"));
    expect(await endpointRow(endpoint.id)).toMatchObject({ enabled: true, failureCount: WEBHOOK_DISABLE_AFTER - 1 });

    // One success: the count starts over.
    mode = "ok";
    await answerFrom(need.id);
    await runDeliveries();
    expect((await endpointRow(endpoint.id)).failureCount).toBe(0);

    mode = "error";
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
    const { rows: mailJobs } = await db().execute(sql`select 1 from graphile_worker.jobs where task_identifier = 'send_email' and key = ${`email:${mails[0].id}`}`);
    expect(mailJobs).toHaveLength(1);
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, "webhook.auto_disable"), eq(auditLog.objectId, endpoint.id)))).toHaveLength(1);

    // Off: new events are not even written.
    const before = (await deliveriesOf(endpoint.id)).length;
    mode = "ok";
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
    expect(received.map((r) => r.id)).toEqual([delivery.id, delivery.id]);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "succeeded", attempts: 2 });
    const log = await listWebhookDeliveries(db(), buyer.admin, buyer.companyId);
    expect(log.map((d) => [d.id, d.status, d.attempts])).toEqual([[delivery.id, "succeeded", 2]]);

    await setWebhookEnabled(db(), buyer.admin, buyer.companyId, endpoint.id, false);
    await expect(replayWebhookDelivery(db(), buyer.admin, buyer.companyId, delivery.id)).rejects.toBeInstanceOf(ConflictError);
    // Turned on again: its failure count starts over and replays work.
    await setWebhookEnabled(db(), buyer.admin, buyer.companyId, endpoint.id, true);
    await replayWebhookDelivery(db(), buyer.admin, buyer.companyId, delivery.id);
    await runDeliveries();
    expect(received).toHaveLength(3);
  });

  it("keeps another company out: it neither sees, turns off, replays nor deletes an endpoint; a member may not manage them", async () => {
    const { buyer, need, endpoint } = await buyerWithEndpoint();
    await answerFrom(need.id);
    const [delivery] = await deliveriesOf(endpoint.id);
    const other = await companyWithTeam(db());

    expect(await listWebhookEndpoints(db(), other.admin, other.companyId)).toEqual([]);
    expect(await listWebhookDeliveries(db(), other.admin, other.companyId)).toEqual([]);
    await expect(setWebhookEnabled(db(), other.admin, other.companyId, endpoint.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteWebhookEndpoint(db(), other.admin, other.companyId, endpoint.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(replayWebhookDelivery(db(), other.admin, other.companyId, delivery.id)).rejects.toBeInstanceOf(NotFoundError);
    // Naming A's company does not help B's admin.
    await expect(setWebhookEnabled(db(), other.admin, buyer.companyId, endpoint.id, false)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listWebhookEndpoints(db(), buyer.member, buyer.companyId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createWebhookEndpoint(db(), buyer.member, buyer.companyId, { url: receiverUrl(), events: ["answer.received"], minScorePercent: 60 }))
      .rejects.toBeInstanceOf(ForbiddenError);

    // Through the page's actions, as B's admin.
    session.actor = other.admin;
    for (const [act, values] of [
      [webhooksPage.deleteWebhookAction, { endpointId: endpoint.id }],
      [webhooksPage.setWebhookEnabledAction, { endpointId: endpoint.id, enabled: "false" }],
      [webhooksPage.replayDeliveryAction, { deliveryId: delivery.id }],
    ] as const) {
      const state = await act(none, fd(values));
      expect(state.ok).toBe(false);
      expect(state.message).toMatch(/introuvable/i);
    }
    expect(await endpointRow(endpoint.id)).toMatchObject({ enabled: true });
    expect((await deliveriesOf(endpoint.id))[0].status).toBe("pending");

    // A's admin deletes it: its log goes with it.
    session.actor = buyer.admin;
    expect((await webhooksPage.deleteWebhookAction(none, fd({ endpointId: endpoint.id }))).ok).toBe(true);
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
  });

  it("refuses a bad form field by field, in French, and writes nothing", async () => {
    const { buyer } = await companyWithTeam(db()).then((buyer) => ({ buyer }));
    const fp = fingerprintQuery(await businessTables(db()));
    const before = await fingerprint(db(), fp);
    session.actor = buyer.admin;
    const state = await webhooksPage.createWebhookAction(none, fd({ url: "ftp://exemple.fr/hook", description: "", minScorePercent: "cent" }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      url: "L'adresse doit commencer par https:// (connexion chiffrée).",
      events: "Choisissez au moins un événement.",
      minScorePercent: "Le seuil doit être un nombre.",
    });
    const plain = await webhooksPage.createWebhookAction(none, fd({ url: "http://exemple.fr/hook", events: ["answer.received", "need.nope"], minScorePercent: "101" }));
    expect(plain.fieldErrors).toMatchObject({ url: "L'adresse doit commencer par https:// (connexion chiffrée).", events: "Événement inconnu : rechargez la page.", minScorePercent: "Le seuil doit être au plus 100." });
    expect(await fingerprint(db(), fp)).toBe(before);
    expect(await db().select().from(webhookEndpoints)).toEqual([]);

    // The good form: created, the secret shown once in the answer.
    const ok = await webhooksPage.createWebhookAction(none, fd({ url: "https://erp.exemple.fr/hooks", events: ["need.published_match", "award.decided"], minScorePercent: "70" }));
    expect(ok.ok).toBe(true);
    const [row] = await db().select().from(webhookEndpoints);
    expect(ok.values?.secret).toBe(row.secret);
    expect(row).toMatchObject({ url: "https://erp.exemple.fr/hooks", events: ["need.published_match", "award.decided"], minScore: 0.7, companyId: buyer.companyId });
    expect((await listWebhookEndpoints(db(), buyer.admin, buyer.companyId))[0]).not.toHaveProperty("secret");
  });

  it("emits the other events to the companies concerned, each once, with no competitor's amount", async () => {
    const buyer = await companyWithTeam(db());
    const [winner, loser] = [await companyWithTeam(db()), await companyWithTeam(db())];
    const subscribe = (team: Team, events: ("need.published_match" | "award.decided" | "question.answered")[], minScorePercent = 60) =>
      createWebhookEndpoint(db(), team.admin, team.companyId, { url: receiverUrl(), events, minScorePercent });
    const { endpoint: winnerHook } = await subscribe(winner, ["award.decided", "question.answered"]);
    const { endpoint: loserHook } = await subscribe(loser, ["award.decided"]);
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));

    const q = await askQuestion(db(), winner.member, need.id, "Le site est-il accessible le samedi matin ?");
    await replyToQuestion(db(), buyer.admin, ZQuestionReply.parse({ questionId: q.id, answer: "Oui, de 8 h à 12 h." }));
    const { answer: won } = await saveAnswer(db(), winner.admin, need.id, answerInput());
    const { answer: lost } = await saveAnswer(db(), loser.admin, need.id, answerInput({ priceEur: "15 000" }));
    await closeNeed(db(), need.id);
    await awardNeed(db(), buyer.admin, awardInputSchema().parse({
      needId: need.id, awardedOn: new Date().toISOString().slice(0, 10), answerIds: [won.id, lost.id], amounts: ["12 500", ""], feedbacks: ["", ""], award: [won.id],
    }));

    const winnerEvents = await deliveriesOf(winnerHook.id);
    expect(winnerEvents.map((d) => d.eventType).sort()).toEqual(["award.decided", "question.answered"]);
    expect(winnerEvents.find((d) => d.eventType === "question.answered")?.payload).toMatchObject({ need: { id: need.id }, question: { id: q.id, published: false } });
    expect(winnerEvents.find((d) => d.eventType === "award.decided")?.payload).toMatchObject({ outcome: "awarded", amountEur: 12500, answer: { id: won.id } });
    const [loserEvent] = await deliveriesOf(loserHook.id);
    expect(loserEvent.payload).toMatchObject({ outcome: "not_retained", answer: { id: lost.id } });
    expect(JSON.stringify(loserEvent.payload)).not.toMatch(/12500|amountEur/);
    await runDeliveries();
    expect(received).toHaveLength(3);
  });

  it("sends need.published_match from the alerts' ranking at publication, above each endpoint's own threshold, once", async () => {
    const buyer = await companyWithTeam(db());
    const [near, picky] = [await companyWithTeam(db()), await companyWithTeam(db())];
    // Both landscape gardeners where the need is (tests/factories/needs.ts): they rank for it.
    await db().update(companies).set({ nafCode: "81.30Z", communeCode: "13087" }).where(sql`${companies.id} in (${near.companyId}, ${picky.companyId})`);
    const { endpoint: nearHook } = await createWebhookEndpoint(db(), near.admin, near.companyId, { url: receiverUrl(), events: ["need.published_match"], minScorePercent: 0 });
    const { endpoint: pickyHook } = await createWebhookEndpoint(db(), picky.admin, picky.companyId, { url: receiverUrl(), events: ["need.published_match"], minScorePercent: 100 });
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));

    const runAlerts = () => runOnce({ connectionString: url, taskList: { alert_need_published: alertNeedPublishedTask }, logger: new Logger(() => () => {}) });
    await runAlerts();
    const [match] = await db().select().from(needMatches).where(and(eq(needMatches.needId, need.id), eq(needMatches.companyId, near.companyId)));
    expect(match.score).toBeGreaterThan(0);
    expect(match.score).toBeLessThan(1);
    const [delivery] = await deliveriesOf(nearHook.id);
    expect(delivery.payload).toMatchObject({ need: { id: need.id, title: need.title, buyer: { id: buyer.companyId } }, score: Math.round(match.score * 100) / 100 });
    expect(await deliveriesOf(pickyHook.id)).toEqual([]);

    // The alert job runs again (a retry): no second event.
    await enqueueJob(db(), "alert_need_published", { needId: need.id });
    await runAlerts();
    expect(await deliveriesOf(nearHook.id)).toHaveLength(1);
  });

  it(`keeps ${MAX_ENDPOINTS_PER_COMPANY} endpoints per company at most`, async () => {
    const team = await companyWithTeam(db());
    const input = { url: "https://erp.exemple.fr/hooks", events: ["answer.received" as const], minScorePercent: 60 };
    for (let i = 0; i < MAX_ENDPOINTS_PER_COMPANY; i++) await createWebhookEndpoint(db(), team.admin, team.companyId, input);
    await expect(createWebhookEndpoint(db(), team.admin, team.companyId, input)).rejects.toMatchObject({ fieldErrors: { url: expect.stringMatching(/10 points de réception au plus/) } });
    expect(await listWebhookEndpoints(db(), team.admin, team.companyId)).toHaveLength(MAX_ENDPOINTS_PER_COMPANY);
  });

  it("accepts only https in production, and refuses internal addresses there", () => {
    const env = process.env as Record<string, string | undefined>;
    const was = env.NODE_ENV;
    try {
      expect(webhookUrlProblem("http://127.0.0.1:8080/x")).toBeNull();
      expect(webhookUrlProblem("http://10.0.0.2/x")).not.toBeNull();
      env.NODE_ENV = "production";
      expect(webhookUrlProblem("http://127.0.0.1:8080/x")).not.toBeNull();
      for (const internal of ["https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x", "https://192.168.1.10/x", "https://[::1]/x", "https://169.254.169.254/latest", "https://[::ffff:127.0.0.1]/x"]) {
        expect(webhookUrlProblem(internal), internal).toMatch(/réseau interne/);
      }
      expect(webhookUrlProblem("https://erp.exemple.fr/hooks")).toBeNull();
      expect(webhookUrlProblem("https://user:pass@erp.exemple.fr/hooks")).not.toBeNull();
    } finally {
      env.NODE_ENV = was;
    }
  });
});
