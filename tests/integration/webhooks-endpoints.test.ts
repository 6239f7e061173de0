/**
 * Webhook endpoints and events: another company kept out, a bad form refused field by field with nothing
 * written, the four events emitted to the companies concerned, the per-company limit, the URL rules.
 */
import { session } from "./authorization-doors-mocks";
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { Logger, runOnce } from "graphile-worker";
import { companies, needMatches, webhookEndpoints } from "@/db/schema";
import { alertNeedPublishedTask } from "@/lib/alerts/tasks";
import { awardNeed } from "@/lib/answers/awards";
import { awardInputSchema, ZQuestionReply } from "@/lib/answers/decision-schema";
import { askQuestion, replyToQuestion } from "@/lib/answers/questions";
import { saveAnswer } from "@/lib/answers/service";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  MAX_ENDPOINTS_PER_COMPANY,
  listWebhookEndpoints,
  replayWebhookDelivery,
  setWebhookEnabled,
} from "@/lib/webhooks/service";
import { webhookUrlProblem } from "@/lib/webhooks/url";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, closeNeed, publishedNeed } from "../factories/answers";
import { businessTables, fingerprint, fingerprintQuery } from "../fuzz/fingerprint";
import { fd, none } from "./authorization-doors-kit";
import { db } from "./db";
import {
  answerFrom,
  buyerWithEndpoint,
  deliveriesOf,
  endpointRow,
  receiver,
  receiverUrl,
  runDeliveries,
  useWebhookReceiver,
  type Team,
  url,
} from "./webhooks-harness";

const webhooksPage = await import("@/app/mon-entreprise/webhooks/actions");

useWebhookReceiver();

describe("webhook endpoints and events", () => {
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
    await expect(
      createWebhookEndpoint(db(), buyer.member, buyer.companyId, { url: receiverUrl(), events: ["answer.received"], minScorePercent: 60 }),
    ).rejects.toBeInstanceOf(ForbiddenError);

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
    const plain = await webhooksPage.createWebhookAction(
      none,
      fd({ url: "http://exemple.fr/hook", events: ["answer.received", "need.nope"], minScorePercent: "101" }),
    );
    expect(plain.fieldErrors).toMatchObject({
      url: "L'adresse doit commencer par https:// (connexion chiffrée).",
      events: "Événement inconnu : rechargez la page.",
      minScorePercent: "Le seuil doit être au plus 100.",
    });
    expect(await fingerprint(db(), fp)).toBe(before);
    expect(await db().select().from(webhookEndpoints)).toEqual([]);

    // The good form: created, the secret shown once in the answer.
    const ok = await webhooksPage.createWebhookAction(
      none,
      fd({ url: "https://erp.exemple.fr/hooks", events: ["need.published_match", "award.decided"], minScorePercent: "70" }),
    );
    expect(ok.ok).toBe(true);
    const [row] = await db().select().from(webhookEndpoints);
    expect(ok.values?.secret).toBe(row.secret);
    expect(row).toMatchObject({
      url: "https://erp.exemple.fr/hooks",
      events: ["need.published_match", "award.decided"],
      minScore: 0.7,
      companyId: buyer.companyId,
    });
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
    await awardNeed(
      db(),
      buyer.admin,
      awardInputSchema().parse({
        needId: need.id,
        awardedOn: new Date().toISOString().slice(0, 10),
        answerIds: [won.id, lost.id],
        amounts: ["12 500", ""],
        feedbacks: ["", ""],
        award: [won.id],
      }),
    );

    const winnerEvents = await deliveriesOf(winnerHook.id);
    expect(winnerEvents.map((d) => d.eventType).sort()).toEqual(["award.decided", "question.answered"]);
    expect(winnerEvents.find((d) => d.eventType === "question.answered")?.payload).toMatchObject({
      need: { id: need.id },
      question: { id: q.id, published: false },
    });
    expect(winnerEvents.find((d) => d.eventType === "award.decided")?.payload).toMatchObject({ outcome: "awarded", amountEur: 12500, answer: { id: won.id } });
    const [loserEvent] = await deliveriesOf(loserHook.id);
    expect(loserEvent.payload).toMatchObject({ outcome: "not_retained", answer: { id: lost.id } });
    expect(JSON.stringify(loserEvent.payload)).not.toMatch(/12500|amountEur/);
    await runDeliveries();
    expect(receiver.received).toHaveLength(3);
  });

  it("sends need.published_match from the alerts' ranking at publication, above each endpoint's own threshold, once", async () => {
    const buyer = await companyWithTeam(db());
    const [near, picky] = [await companyWithTeam(db()), await companyWithTeam(db())];
    // Both landscape gardeners where the need is (tests/factories/needs.ts): they rank for it.
    await db()
      .update(companies)
      .set({ nafCode: "81.30Z", communeCode: "13087" })
      .where(sql`${companies.id} in (${near.companyId}, ${picky.companyId})`);
    const { endpoint: nearHook } = await createWebhookEndpoint(db(), near.admin, near.companyId, {
      url: receiverUrl(),
      events: ["need.published_match"],
      minScorePercent: 0,
    });
    const { endpoint: pickyHook } = await createWebhookEndpoint(db(), picky.admin, picky.companyId, {
      url: receiverUrl(),
      events: ["need.published_match"],
      minScorePercent: 100,
    });
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));

    const runAlerts = () => runOnce({ connectionString: url, taskList: { alert_need_published: alertNeedPublishedTask }, logger: new Logger(() => () => {}) });
    await runAlerts();
    const [match] = await db()
      .select()
      .from(needMatches)
      .where(and(eq(needMatches.needId, need.id), eq(needMatches.companyId, near.companyId)));
    expect(match.score).toBeGreaterThan(0);
    expect(match.score).toBeLessThan(1);
    const [delivery] = await deliveriesOf(nearHook.id);
    expect(delivery.payload).toMatchObject({
      need: { id: need.id, title: need.title, buyer: { id: buyer.companyId } },
      score: Math.round(match.score * 100) / 100,
    });
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
    await expect(createWebhookEndpoint(db(), team.admin, team.companyId, input)).rejects.toMatchObject({
      fieldErrors: { url: expect.stringMatching(/10 points de réception au plus/) },
    });
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
      for (const internal of [
        "https://127.0.0.1/x",
        "https://localhost/x",
        "https://10.1.2.3/x",
        "https://192.168.1.10/x",
        "https://[::1]/x",
        "https://169.254.169.254/latest",
        "https://[::ffff:127.0.0.1]/x",
      ]) {
        expect(webhookUrlProblem(internal), internal).toMatch(/réseau interne/);
      }
      expect(webhookUrlProblem("https://erp.exemple.fr/hooks")).toBeNull();
      expect(webhookUrlProblem("https://user:pass@erp.exemple.fr/hooks")).not.toBeNull();
    } finally {
      env.NODE_ENV = was;
    }
  });
});
