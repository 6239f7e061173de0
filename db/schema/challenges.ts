/**
 * Open-innovation challenges (« défis d'innovation », issue 19): a large company's problem opened to start-ups
 * and SMEs, the NDA acceptances that unlock a confidential challenge, the applications (structured pitches)
 * and the poster's questions to an applicant. A challenge follows the needs' life cycle (same status enum and
 * transitions, lib/challenges/state-machine.ts): draft → submitted → published → closed → awarded/unsuccessful.
 */
import { pgTable, uuid, text, integer, smallint, timestamp, boolean, pgEnum, index, uniqueIndex, primaryKey, check } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { companies, users } from "./accounts";
import { eventSessions } from "./events";
import { needStatus } from "./needs";

export const challengeMaturity = pgEnum("challenge_maturity", ["idea", "prototype", "product"]);
export const challengeReward = pgEnum("challenge_reward", ["paid_poc", "pilot", "contract"]);
/** Budget bands of the reward, € HT: < 10 k, 10–50 k, 50–150 k, > 150 k. */
export const challengeBudgetBand = pgEnum("challenge_budget_band", ["lt_10k", "10k_50k", "50k_150k", "gt_150k"]);
export const applicationStatus = pgEnum("challenge_application_status", ["submitted", "shortlisted", "selected", "declined", "withdrawn"]);
/** What the selection led to: a proof of concept signed, then possibly a contract; or nothing. */
export const challengeOutcome = pgEnum("challenge_outcome", ["poc_signed", "contract_signed", "none"]);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

export const challenges = pgTable(
  "challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    /** Public summary: what everyone reads, also for a confidential challenge. */
    summary: text("summary").notNull(),
    /** The full text: behind the NDA when the challenge is confidential. */
    problem: text("problem").notNull(),
    context: text("context").notNull().default(""),
    expectedSolution: text("expected_solution").notNull(),
    maturity: challengeMaturity("maturity").notNull(),
    reward: challengeReward("reward").notNull(),
    budgetBand: challengeBudgetBand("budget_band").notNull(),
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    confidential: boolean("confidential").notNull().default(false),
    /** The NDA's text applicants accept before reading the full text and attachments. */
    ndaText: text("nda_text"),
    /** Open to young companies seeking their first client (the « jeune entreprise » filter). */
    openToYoung: boolean("open_to_young").notNull().default(true),
    status: needStatus("status").notNull().default("draft"),
    moderationNote: text("moderation_note"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    changesRequestedAt: timestamp("changes_requested_at", { withTimezone: true }),
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    awardedAt: timestamp("awarded_at", { withTimezone: true }),
    unsuccessfulAt: timestamp("unsuccessful_at", { withTimezone: true }),
    outcome: challengeOutcome("outcome"),
    pocAmountEur: integer("poc_amount_eur"),
    contractAmountEur: integer("contract_amount_eur"),
    outcomeNote: text("outcome_note"),
    ...timestamps,
  },
  (t) => [
    // the public list (published, by deadline) and the moderation queue (submitted, oldest first)
    index("challenges_status_idx").on(t.status, t.deadline),
    // « Mes défis »
    index("challenges_company_idx").on(t.companyId),
    check("challenges_nda_ck", sql`not ${t.confidential} or ${t.ndaText} is not null`),
  ],
);

/** A company accepted the NDA of a confidential challenge (who, when): the full text is served from then on. */
export const challengeNdaAcceptances = pgTable(
  "challenge_nda_acceptances",
  {
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.companyId] })],
);

export const challengeApplications = pgTable(
  "challenge_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    solution: text("solution").notNull(),
    /** Technology readiness level, 1 (idea) to 9 (proven in operation). */
    trl: smallint("trl").notNull(),
    team: text("team").notNull(),
    references: text("references").notNull().default(""),
    videoUrl: text("video_url"),
    status: applicationStatus("status").notNull().default("submitted"),
    /** The pitch session offered by the poster (one slot each). */
    pitchAt: timestamp("pitch_at", { withTimezone: true }),
    /** When the pitch takes place within a business-meetings session (migration 0029); pitchAt then falls inside it. */
    pitchSessionId: uuid("pitch_session_id").references(() => eventSessions.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // one application per company and challenge; the poster's list of a challenge's applications
    uniqueIndex("challenge_applications_uq").on(t.challengeId, t.companyId),
    // « Mes candidatures »
    index("challenge_applications_company_idx").on(t.companyId),
    // the pitches held in a session (its removal sets them free)
    index("challenge_applications_pitch_session_idx")
      .on(t.pitchSessionId)
      .where(sql`${t.pitchSessionId} is not null`),
    check("challenge_applications_trl_ck", sql`${t.trl} between 1 and 9`),
  ],
);

/** The poster's questions to one applicant, and its answers: seen by those two and staff only. */
export const challengeQuestions = pgTable(
  "challenge_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => challengeApplications.id, { onDelete: "cascade" }),
    askedBy: uuid("asked_by").references(() => users.id, { onDelete: "set null" }),
    question: text("question").notNull(),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // an application's thread
    index("challenge_questions_application_idx").on(t.applicationId, t.createdAt),
  ],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type ChallengeRow = typeof challenges.$inferSelect;
export type ChallengeApplicationRow = typeof challengeApplications.$inferSelect;
