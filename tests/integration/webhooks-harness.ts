/**
 * The webhooks tests' harness: a real receiver (node:http on 127.0.0.1) whose answer a test sets, the real
 * graphile worker run once on the deliver_webhook jobs, and the fixtures (a buyer with an endpoint, an answer).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { eq, sql } from "drizzle-orm";
import { Logger, runOnce } from "graphile-worker";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { saveAnswer } from "@/lib/answers/service";
import { deliverWebhookTask } from "@/lib/webhooks/deliver";
import { createWebhookEndpoint } from "@/lib/webhooks/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
export const url = inject("databaseUrl");

// ---- the receiver -----------------------------------------------------------------------------------------

interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  headers: http.IncomingHttpHeaders;
}
type Mode = "ok" | "error" | "down";
/** What the receiver got, and how it answers next: tests read and set it. */
export const receiver: { received: Received[]; mode: Mode } = { received: [], mode: "ok" };
const received = receiver.received;
let server: http.Server;
let port = 0;

export function listen(): Promise<void> {
  server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => {
      body += c;
    });
    req.on("end", () => {
      received.push({
        id: String(req.headers["webhook-id"]),
        timestamp: String(req.headers["webhook-timestamp"]),
        signature: String(req.headers["webhook-signature"]),
        body,
        headers: req.headers,
      });
      res.writeHead(receiver.mode === "ok" ? 204 : 500).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      port = (server.address() as AddressInfo).port;
      resolve();
    }),
  );
}
/** Down: nobody listens on the port any more (connection refused). */
export const stopReceiver = () =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
export const receiverUrl = () => `http://127.0.0.1:${port}/hooks/circuit-court`;

/** Each test file: one receiver, a clean database and an answering receiver before each test. */
export function useWebhookReceiver() {
  beforeAll(listen);
  afterAll(stopReceiver);
  beforeEach(async () => {
    await resetDatabase();
    received.length = 0;
    receiver.mode = "ok";
    if (!server.listening) await listen();
  });
}

// ---- the worker -------------------------------------------------------------------------------------------

/** Runs every due deliver_webhook job once, as the worker does (other tasks' jobs stay queued). */
export const runDeliveries = () => runOnce({ connectionString: url, taskList: { deliver_webhook: deliverWebhookTask }, logger: new Logger(() => () => {}) });
/** Time passes: the retries graphile scheduled later are due now. */
export const retriesDue = () => db().execute(sql`update graphile_worker._private_jobs set run_at = now() where key like 'webhook:%'`);
/** The next run is the last attempt graphile allows each delivery. */
export const lastAttemptNext = () =>
  db().execute(sql`update graphile_worker._private_jobs set attempts = max_attempts - 1, run_at = now() where key like 'webhook:%'`);
export const webhookJobs = async () =>
  (
    await db().execute<{ key: string; attempts: number; max_attempts: number }>(
      sql`select key, attempts, max_attempts from graphile_worker.jobs where task_identifier = 'deliver_webhook' and attempts < max_attempts`,
    )
  ).rows;

// ---- fixtures ---------------------------------------------------------------------------------------------

export type Team = Awaited<ReturnType<typeof companyWithTeam>>;

export async function buyerWithEndpoint(events = ["answer.received"]) {
  const buyer = await companyWithTeam(db());
  const staff = await staffActor(db());
  const need = await publishedNeed(db(), buyer.admin, buyer.companyId, staff);
  const { secret, endpoint } = await createWebhookEndpoint(db(), buyer.admin, buyer.companyId, {
    url: receiverUrl(),
    events: events as ["answer.received"],
    minScorePercent: 60,
    description: "ERP achats",
  });
  return { buyer, need, secret, endpoint };
}
/** A supplier submits its answer to the need: one answer.received event for the buyer. */
export async function answerFrom(needId: string): Promise<Team> {
  const supplier = await companyWithTeam(db());
  await saveAnswer(db(), supplier.admin, needId, answerInput());
  return supplier;
}
export const deliveriesOf = (endpointId: string) =>
  db().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt);
export const endpointRow = async (id: string) => (await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)))[0];
