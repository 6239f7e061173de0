/**
 * Matching: staff-set weight versions, stored rankings (with the version used), invitations per
 * need × supplier, alert e-mails sent to suppliers, and each user's notification preferences.
 */
import { pgTable, serial, integer, jsonb, real, text, timestamp, uuid, varchar, pgEnum, uniqueIndex, index, boolean, check } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { companies, users } from "./accounts";
import { challenges } from "./challenges";
import { needs } from "./needs";
import { skillOffers, skillRequests } from "./skills";

export const matchingWeights = pgTable(
  "matching_weights",
  {
    id: serial("id").primaryKey(),
    version: integer("version").notNull(),
    /** { activity, text, distance, locality, size, trust, responsiveness }: non-negative, sum 1. */
    weights: jsonb("weights").$type<Record<string, number>>().notNull(),
    /** Minimum score for an alert e-mail. */
    alertThreshold: real("alert_threshold").notNull().default(0.55),
    /** Distance at which the distance part is halved (decay). */
    distanceHalfKm: real("distance_half_km").notNull().default(25),
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("matching_weights_version_uq").on(t.version)],
);

/** The ranking computed for a need (top suppliers), reproducible from the stored weights version. */
export const needMatches = pgTable(
  "need_matches",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    score: real("score").notNull(),
    /** [{ key, weight, value, sentence }] */
    parts: jsonb("parts").notNull(),
    weightsVersion: integer("weights_version").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("need_matches_need_company_uq").on(t.needId, t.companyId),
    // "Opportunités pour vous": a supplier's best matches
    index("need_matches_company_score_idx").on(t.companyId, t.score),
  ],
);

export const invitationStatus = pgEnum("invitation_status", ["sent", "opened", "interested", "not_interested", "answered"]);

export const needInvitations = pgTable(
  "need_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    status: invitationStatus("status").notNull().default("sent"),
    declineReason: text("decline_reason"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
  },
  (t) => [
    // one invitation per need × supplier
    uniqueIndex("need_invitations_need_company_uq").on(t.needId, t.companyId),
    // responsiveness of a supplier (answered / invited)
    index("need_invitations_company_idx").on(t.companyId, t.status),
  ],
);

export const alertMode = pgEnum("alert_mode", ["immediate", "daily", "off"]);

export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  mode: alertMode("mode").notNull().default("immediate"),
  /** At most this many opportunity e-mails (or digest entries) per day. */
  dailyCap: integer("daily_cap").notNull().default(5),
  minScore: real("min_score"),
  /** Whether innovation challenges and skills posts are alerted too (needs always are, unless the mode is off). */
  challengeAlerts: boolean("challenge_alerts").notNull().default(true),
  skillAlerts: boolean("skill_alerts").notNull().default(true),
  unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

export const alertStatus = pgEnum("alert_status", ["queued", "sent", "digest", "capped", "skipped"]);

/**
 * One opportunity alert per opportunity × user — a need, an innovation challenge, an expert offer or a skill
 * request (exactly one of the four, migration 0026) — so the daily cap and the digest count them all; the
 * one-click "not interested" is a need's.
 */
export const needAlerts = pgTable(
  "need_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id").references(() => needs.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id").references(() => challenges.id, { onDelete: "cascade" }),
    skillOfferId: uuid("skill_offer_id").references(() => skillOffers.id, { onDelete: "cascade" }),
    skillRequestId: uuid("skill_request_id").references(() => skillRequests.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    status: alertStatus("status").notNull().default("queued"),
    declinedAt: timestamp("declined_at", { withTimezone: true }),
    declineReason: varchar("decline_reason", { length: 200 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    digestedAt: timestamp("digested_at", { withTimezone: true }),
    reminded: boolean("reminded").notNull().default(false),
  },
  (t) => [
    uniqueIndex("need_alerts_need_user_uq").on(t.needId, t.userId),
    uniqueIndex("need_alerts_challenge_user_uq").on(t.challengeId, t.userId),
    uniqueIndex("need_alerts_skill_offer_user_uq").on(t.skillOfferId, t.userId),
    uniqueIndex("need_alerts_skill_request_user_uq").on(t.skillRequestId, t.userId),
    check("need_alerts_one_object_ck", sql`num_nonnulls(${t.needId}, ${t.challengeId}, ${t.skillOfferId}, ${t.skillRequestId}) = 1`),
    // the daily cap and the digest: a user's alerts of the day
    index("need_alerts_user_created_idx").on(t.userId, t.createdAt),
  ],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type WeightsRow = typeof matchingWeights.$inferSelect;
