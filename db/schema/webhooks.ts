/**
 * Webhooks of the public API (issue 20): endpoints a company registers for events, and the log of every
 * delivery (one row per event and endpoint, its attempts beside it). Deliveries are sent by the
 * `deliver_webhook` job (lib/webhooks/deliver.ts).
 */
import { pgTable, uuid, varchar, text, integer, real, boolean, timestamp, jsonb, pgEnum, bigserial, index, uniqueIndex } from "drizzle-orm/pg-core";
import { companies, users } from "./accounts";
import { WEBHOOK_DELIVERY_STATUS_VALUES, WEBHOOK_EVENT_VALUES } from "./enum-values";

export const webhookEventType = pgEnum("webhook_event_type", WEBHOOK_EVENT_VALUES);
export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", WEBHOOK_DELIVERY_STATUS_VALUES);

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    url: varchar("url", { length: 2000 }).notNull(),
    description: varchar("description", { length: 200 }),
    events: webhookEventType("events").array().notNull(),
    /**
     * The signing secret, kept as issued: signing needs the raw key (an HMAC cannot be computed from a
     * hash, unlike the API tokens). It is shown once at creation and never sent back by any page or API;
     * the list shows `secretPrefix` only. Anyone who reads this table can forge deliveries, like anyone
     * holding the database can do everything else: backups are protected as the database is.
     */
    secret: varchar("secret", { length: 100 }).notNull(),
    secretPrefix: varchar("secret_prefix", { length: 16 }).notNull(),
    /** need.published_match only: the lowest matching score (0…1) that sends the event. */
    minScore: real("min_score").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Why it is off: the admin turned it off, or too many failed deliveries in a row (French, shown as is). */
    disabledReason: varchar("disabled_reason", { length: 200 }),
    /** Deliveries given up in a row since the last success; at WEBHOOK_DISABLE_AFTER the endpoint turns off. */
    failureCount: integer("failure_count").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // the company's endpoint list, and the endpoints an event goes to
    index("webhook_endpoints_company_idx").on(t.companyId, t.createdAt),
  ],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    /** Sent as Webhook-Id: the same on every attempt and replay, so receivers deduplicate on it. */
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventType: webhookEventType("event_type").notNull(),
    /** What happened, e.g. "answer.received:<answer id>": one delivery per event and endpoint, even if the cause runs twice. */
    eventId: varchar("event_id", { length: 200 }).notNull(),
    payload: jsonb("payload").notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    succeededAt: timestamp("succeeded_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // an event reaches an endpoint once
    uniqueIndex("webhook_deliveries_event_uq").on(t.endpointId, t.eventId),
    // the endpoint's delivery log, newest first
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
  ],
);

/** Each HTTP attempt of a delivery, retries and replays included. */
export const webhookDeliveryAttempts = pgTable(
  "webhook_delivery_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
    responseStatus: integer("response_status"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [
    // a delivery's attempts in order
    index("webhook_delivery_attempts_delivery_idx").on(t.deliveryId, t.attemptedAt),
  ],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
