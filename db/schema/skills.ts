/**
 * Skills sponsorship (« mécénat de compétences », issue 19): a large company offers an expert's time (the
 * person is never named publicly), a TPE/PME requests a skill, a pairing of the two becomes a mission once
 * the CCI validates it; the mission then has its weeks of time logged and its reviews by both sides.
 */
import { pgTable, uuid, text, integer, smallint, timestamp, date, varchar, pgEnum, index, uniqueIndex, primaryKey, check, numeric } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { companies, users } from "./accounts";
import { communes } from "./reference";

export const skillSeniority = pgEnum("skill_seniority", ["junior", "confirmed", "senior", "expert"]);
export const skillWorkMode = pgEnum("skill_work_mode", ["on_site", "remote", "hybrid"]);
/** Offers and requests are open until paired or withdrawn. */
export const skillPostStatus = pgEnum("skill_post_status", ["open", "paired", "withdrawn"]);
/** proposed (by either side) → validated by the CCI → active → completed; or refused / cancelled. */
export const skillMissionStatus = pgEnum("skill_mission_status", ["proposed", "validated", "refused", "active", "completed", "cancelled"]);
export const skillReviewStage = pgEnum("skill_review_stage", ["mid", "final"]);
export const skillReviewSide = pgEnum("skill_review_side", ["sponsor", "beneficiary"]);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

export const skillOffers = pgTable(
  "skill_offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    skill: text("skill").notNull(),
    profession: text("profession").notNull(),
    seniority: skillSeniority("seniority").notNull(),
    description: text("description").notNull().default(""),
    daysPerWeek: smallint("days_per_week").notNull(),
    durationWeeks: smallint("duration_weeks").notNull(),
    availableFrom: date("available_from").notNull(),
    workMode: skillWorkMode("work_mode").notNull(),
    communeCode: varchar("commune_code", { length: 5 })
      .notNull()
      .references(() => communes.inseeCode),
    /** Valuation of a day (salary and charges), for the sponsor's reporting: never shown to the beneficiary. */
    dailyCostEur: integer("daily_cost_eur").notNull(),
    status: skillPostStatus("status").notNull().default("open"),
    ...timestamps,
  },
  (t) => [
    index("skill_offers_status_idx").on(t.status, t.createdAt),
    index("skill_offers_company_idx").on(t.companyId),
    check("skill_offers_days_ck", sql`${t.daysPerWeek} between 1 and 5 and ${t.durationWeeks} between 1 and 104`),
  ],
);

export const skillRequests = pgTable(
  "skill_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    skill: text("skill").notNull(),
    /** What for: the growth step the mission should help with. */
    purpose: text("purpose").notNull(),
    daysPerWeek: smallint("days_per_week").notNull(),
    durationWeeks: smallint("duration_weeks").notNull(),
    startFrom: date("start_from").notNull(),
    workMode: skillWorkMode("work_mode").notNull(),
    communeCode: varchar("commune_code", { length: 5 })
      .notNull()
      .references(() => communes.inseeCode),
    status: skillPostStatus("status").notNull().default("open"),
    ...timestamps,
  },
  (t) => [
    index("skill_requests_status_idx").on(t.status, t.createdAt),
    index("skill_requests_company_idx").on(t.companyId),
    check("skill_requests_days_ck", sql`${t.daysPerWeek} between 1 and 5 and ${t.durationWeeks} between 1 and 104`),
  ],
);

export const skillMissions = pgTable(
  "skill_missions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => skillOffers.id, { onDelete: "restrict" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => skillRequests.id, { onDelete: "restrict" }),
    status: skillMissionStatus("status").notNull().default("proposed"),
    /** The relevance score and reasons when proposed, kept to explain the pairing later. */
    score: numeric("score", { precision: 6, scale: 4, mode: "number" }),
    reasons: text("reasons").array().notNull().default([]),
    proposedBy: uuid("proposed_by").references(() => users.id, { onDelete: "set null" }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    /** Copied from the offer at validation: the valued amount is days logged × this. */
    dailyCostEur: integer("daily_cost_eur"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("skill_missions_pair_uq").on(t.offerId, t.requestId),
    // staff queue (proposed), each side's missions
    index("skill_missions_status_idx").on(t.status, t.createdAt),
    index("skill_missions_request_idx").on(t.requestId),
  ],
);

/** Days given in one week (week starting on Monday), logged by the sponsor. */
export const skillMissionWeeks = pgTable(
  "skill_mission_weeks",
  {
    missionId: uuid("mission_id")
      .notNull()
      .references(() => skillMissions.id, { onDelete: "cascade" }),
    weekStart: date("week_start").notNull(),
    days: numeric("days", { precision: 3, scale: 1, mode: "number" }).notNull(),
    loggedBy: uuid("logged_by").references(() => users.id, { onDelete: "set null" }),
    loggedAt: timestamp("logged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.missionId, t.weekStart] }), check("skill_mission_weeks_days_ck", sql`${t.days} > 0 and ${t.days} <= 7`)],
);

export const skillMissionReviews = pgTable(
  "skill_mission_reviews",
  {
    missionId: uuid("mission_id")
      .notNull()
      .references(() => skillMissions.id, { onDelete: "cascade" }),
    stage: skillReviewStage("stage").notNull(),
    side: skillReviewSide("side").notNull(),
    rating: smallint("rating").notNull(),
    comment: text("comment").notNull().default(""),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.missionId, t.stage, t.side] }), check("skill_mission_reviews_rating_ck", sql`${t.rating} between 1 and 5`)],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type SkillOfferRow = typeof skillOffers.$inferSelect;
export type SkillRequestRow = typeof skillRequests.$inferSelect;
