/**
 * Webhook events: their French labels, their payloads (ids, titles, links, public amounts: never a
 * person's name, e-mail or phone) and how they are emitted. Each emit writes one delivery per subscribed,
 * enabled endpoint and queues its `deliver_webhook` job on the caller's transaction, so an event exists
 * if and only if the change that caused it committed. The event id (e.g. "answer.received:<answer id>")
 * is unique per endpoint: a cause that runs twice (a retried job) emits nothing the second time.
 */
import { and, arrayContains, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, needs, webhookEndpoints } from "@/db/schema";
import { WEBHOOK_EVENT_VALUES } from "@/db/schema/enum-values";
import { absoluteUrl } from "../mail/render";
import { enqueueJobs } from "../outbox/enqueue";

export type WebhookEventType = (typeof WEBHOOK_EVENT_VALUES)[number];
export const WEBHOOK_EVENT_TYPES = WEBHOOK_EVENT_VALUES;

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "need.published_match": "Un besoin publié correspond à votre entreprise (au-dessus de votre seuil)",
  "answer.received": "Une réponse arrive sur l'un de vos besoins",
  "award.decided": "L'acheteur a décidé de l'attribution d'un besoin auquel vous avez répondu",
  "question.answered": "L'acheteur a répondu à une question posée par votre entreprise",
};

/**
 * graphile retries a failed job after exp(min(attempt, 10)) seconds: 12 attempts span about 16 hours
 * (3 s, 7 s, 20 s … then 6 h between the last ones) before the delivery is given up.
 */
export const WEBHOOK_MAX_ATTEMPTS = 12;

interface Emitted {
  companyId: string;
  eventId: string;
  data: Record<string, unknown>;
  score?: number;
}

async function emit(tx: DbOrTx, type: WebhookEventType, events: Emitted[]): Promise<number> {
  if (events.length === 0) return 0;
  const rows = events.map((e) => ({ company_id: e.companyId, event_id: e.eventId, data: e.data, score: e.score ?? null }));
  const { rows: inserted } = await tx.execute<{ id: string }>(sql`
    insert into webhook_deliveries (endpoint_id, event_type, event_id, payload)
    select e.id, ${type}::webhook_event_type, ev.event_id, ev.data
    from json_to_recordset(${JSON.stringify(rows)}::json) as ev(company_id uuid, event_id text, data jsonb, score real)
    join webhook_endpoints e on e.company_id = ev.company_id and e.enabled and ${type}::webhook_event_type = any(e.events)
      and (ev.score is null or ev.score >= e.min_score)
    on conflict (endpoint_id, event_id) do nothing
    returning id`);
  await enqueueJobs(
    tx,
    "deliver_webhook",
    inserted.map((r) => ({ payload: { deliveryId: r.id }, jobKey: `webhook:${r.id}`, maxAttempts: WEBHOOK_MAX_ATTEMPTS })),
  );
  return inserted.length;
}

/** The companies among `companyIds` with an enabled endpoint for `type`: most writes have none, and stop at this one read. */
async function subscribed(tx: DbOrTx, type: WebhookEventType, companyIds: string[]): Promise<Set<string>> {
  if (companyIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ companyId: webhookEndpoints.companyId })
    .from(webhookEndpoints)
    .where(
      and(inArray(webhookEndpoints.companyId, [...new Set(companyIds)]), eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.events, [type])),
    );
  return new Set(rows.map((r) => r.companyId));
}

async function needFacts(tx: DbOrTx, needId: string) {
  const [row] = await tx
    .select({ id: needs.id, title: needs.title, companyId: needs.companyId, buyerName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})` })
    .from(needs)
    .innerJoin(companies, eq(companies.id, needs.companyId))
    .where(eq(needs.id, needId));
  return row;
}

const needLink = (id: string, title: string) => ({ id, title, url: absoluteUrl(`/besoins/${id}`) });

/** need.published_match: to each matching company (signatories, as alerts) whose endpoint's threshold the score reaches. */
export async function emitNeedPublishedMatches(
  tx: DbOrTx,
  need: { id: string; title: string; companyId: string; companyName: string; communeName: string; responseDeadline: Date },
  matches: { companyId: string; score: number }[],
): Promise<number> {
  const companiesWith = await subscribed(
    tx,
    "need.published_match",
    matches.map((m) => m.companyId),
  );
  return emit(
    tx,
    "need.published_match",
    matches
      .filter((m) => companiesWith.has(m.companyId))
      .map((m) => ({
        companyId: m.companyId,
        eventId: `need.published_match:${need.id}`,
        score: m.score,
        data: {
          need: {
            ...needLink(need.id, need.title),
            buyer: { id: need.companyId, name: need.companyName },
            commune: need.communeName,
            responseDeadline: need.responseDeadline.toISOString(),
          },
          score: Math.round(m.score * 100) / 100,
        },
      })),
  );
}

/** answer.received: to the buyer company, when an answer first reaches its need. */
export async function emitAnswerReceived(tx: DbOrTx, answer: { id: string; needId: string; companyId: string }): Promise<number> {
  const need = await needFacts(tx, answer.needId);
  if (!need || !(await subscribed(tx, "answer.received", [need.companyId])).size) return 0;
  const [supplier] = await tx
    .select({ name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})` })
    .from(companies)
    .where(eq(companies.id, answer.companyId));
  return emit(tx, "answer.received", [
    {
      companyId: need.companyId,
      eventId: `answer.received:${answer.id}`,
      data: {
        need: needLink(need.id, need.title),
        answer: { id: answer.id, supplier: { id: answer.companyId, name: supplier?.name ?? null }, url: absoluteUrl(`/besoins/${need.id}/reponses`) },
      },
    },
  ]);
}

export type AwardOutcome = "awarded" | "not_retained" | "unsuccessful";

/**
 * award.decided: to each company concerned by the decision (lead and partners of every answer), with its
 * own outcome; the amount only to the companies of the awarded answer it concerns, never a competitor's.
 */
export async function emitAwardDecided(
  tx: DbOrTx,
  needId: string,
  decisions: { companyIds: string[]; answerId: string; outcome: AwardOutcome; amountEur?: number; awardedOn?: Date }[],
): Promise<number> {
  const companiesWith = await subscribed(
    tx,
    "award.decided",
    decisions.flatMap((d) => d.companyIds),
  );
  if (companiesWith.size === 0) return 0;
  const need = await needFacts(tx, needId);
  // The awarded on date is noon in Paris (decision-schema.ts): its UTC date is the Paris date.
  const events = decisions.flatMap((d) =>
    d.companyIds
      .filter((c) => companiesWith.has(c))
      .map((companyId) => ({
        companyId,
        eventId: `award.decided:${needId}:${d.answerId}`,
        data: {
          need: { ...needLink(need.id, need.title), buyer: { id: need.companyId, name: need.buyerName } },
          answer: { id: d.answerId, url: absoluteUrl(`/reponses/${d.answerId}`) },
          outcome: d.outcome,
          ...(d.outcome === "awarded" ? { amountEur: d.amountEur ?? null, awardedOn: d.awardedOn ? d.awardedOn.toISOString().slice(0, 10) : null } : {}),
        },
      })),
  );
  // One company may be concerned twice (a partner in two answers): one delivery per answer.
  return emit(tx, "award.decided", events);
}

/** question.answered: to the company that asked, whether the reply is private or published to all. */
export async function emitQuestionAnswered(
  tx: DbOrTx,
  q: { id: string; needId: string; companyId: string; published: boolean; answeredAt: Date | null },
  newDeadline: Date | null,
): Promise<number> {
  if (!(await subscribed(tx, "question.answered", [q.companyId])).size) return 0;
  const need = await needFacts(tx, q.needId);
  // A second reply (publishing a private one) is a new event: the id carries the time of the reply.
  return emit(tx, "question.answered", [
    {
      companyId: q.companyId,
      eventId: `question.answered:${q.id}:${q.answeredAt?.getTime() ?? 0}`,
      data: {
        need: { ...needLink(need.id, need.title), url: absoluteUrl(`/besoins/${need.id}#questions`) },
        question: { id: q.id, published: q.published },
        newResponseDeadline: newDeadline ? newDeadline.toISOString() : null,
      },
    },
  ]);
}
