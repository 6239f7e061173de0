/** Suppliers' answers to needs, joint answers, questions and clarifications, awards and follow-ups. */
import { pgTable, uuid, text, integer, numeric, timestamp, pgEnum, index, uniqueIndex, boolean, smallint } from "drizzle-orm/pg-core";
import { companies, users } from "./accounts";
import { ANSWER_STATUS_VALUES } from "./enum-values";
import { needs } from "./needs";

export const answerStatus = pgEnum("answer_status", ANSWER_STATUS_VALUES);

export const answers = pgTable(
  "answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    status: answerStatus("status").notNull().default("interested"),
    /** Total price excl. VAT; or unit price × quantity. */
    priceEur: numeric("price_eur", { precision: 14, scale: 2, mode: "number" }),
    unitPriceEur: numeric("unit_price_eur", { precision: 14, scale: 2, mode: "number" }),
    quantity: numeric("quantity", { precision: 14, scale: 3, mode: "number" }),
    leadTimeDays: integer("lead_time_days"),
    validityDays: integer("validity_days"),
    message: text("message"),
    /** The buyer's feedback when not retained, shown to the supplier only. */
    feedback: text("feedback"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // one answer per company and need
    uniqueIndex("answers_need_company_uq").on(t.needId, t.companyId),
    // "Mes réponses"
    index("answers_company_idx").on(t.companyId, t.status),
  ],
);

export const partnerStatus = pgEnum("partner_status", ["pending", "accepted", "declined"]);

/** Co-contractors of a joint answer; each must accept. `shareEur` splits an award between partners. */
export const answerPartners = pgTable(
  "answer_partners",
  {
    answerId: uuid("answer_id")
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    status: partnerStatus("status").notNull().default("pending"),
    sharePercent: smallint("share_percent"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("answer_partners_uq").on(t.answerId, t.companyId), index("answer_partners_company_idx").on(t.companyId)],
);

export const questions = pgTable(
  "questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    askedBy: uuid("asked_by").references(() => users.id, { onDelete: "set null" }),
    question: text("question").notNull(),
    answer: text("answer"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** Published to every positioned or invited supplier, asker anonymised. */
    published: boolean("published").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("questions_need_idx").on(t.needId, t.createdAt)],
);

export const awards = pgTable(
  "awards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    answerId: uuid("answer_id").references(() => answers.id, { onDelete: "set null" }),
    buyerCompanyId: uuid("buyer_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    supplierCompanyId: uuid("supplier_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    amountEur: numeric("amount_eur", { precision: 14, scale: 2, mode: "number" }).notNull(),
    awardedOn: timestamp("awarded_on", { withTimezone: true }).notNull(),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("awards_buyer_idx").on(t.buyerCompanyId, t.awardedOn),
    index("awards_supplier_idx").on(t.supplierCompanyId, t.awardedOn),
    index("awards_need_idx").on(t.needId),
  ],
);

export const followUpOutcome = pgEnum("follow_up_outcome", ["yes", "not_yet", "no"]);

/** "Avez-vous conclu ?" asked to both sides some days after the expected start. */
export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    side: text("side").$type<"buyer" | "supplier">().notNull(),
    outcome: followUpOutcome("outcome"),
    amountEur: numeric("amount_eur", { precision: 14, scale: 2, mode: "number" }),
    reason: text("reason"),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("follow_ups_need_company_uq").on(t.needId, t.companyId)],
);

export const supplierRatings = pgTable(
  "supplier_ratings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    supplierCompanyId: uuid("supplier_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    buyerCompanyId: uuid("buyer_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    rating: smallint("rating").notNull(),
    comment: text("comment"),
    ratedBy: uuid("rated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("supplier_ratings_need_supplier_uq").on(t.needId, t.supplierCompanyId)],
);
