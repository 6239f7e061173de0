/** Buyers' purchasing needs ("besoins"), their activities and perimeter. */
import { pgTable, uuid, varchar, text, integer, timestamp, date, pgEnum, index, primaryKey } from "drizzle-orm/pg-core";
import { areaKind, companies, users } from "./accounts";
import { NEED_KIND_VALUES, NEED_STATUS_VALUES } from "./enum-values";
import { communes, nafCodes } from "./reference";

export const needKind = pgEnum("need_kind", NEED_KIND_VALUES);
export const needStatus = pgEnum("need_status", NEED_STATUS_VALUES);
export const needVisibility = pgEnum("need_visibility", ["all_signatories", "invited_only"]);

export const needs = pgTable(
  "needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /** Contact person shown to suppliers: a member of the company. */
    contactUserId: uuid("contact_user_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    kind: needKind("kind").notNull(),
    /** Place of delivery. */
    communeCode: varchar("commune_code", { length: 5 })
      .notNull()
      .references(() => communes.inseeCode),
    perimeterKind: areaKind("perimeter_kind").notNull().default("radius"),
    perimeterRadiusKm: integer("perimeter_radius_km"),
    budgetMinEur: integer("budget_min_eur"),
    budgetMaxEur: integer("budget_max_eur"),
    quantities: text("quantities"),
    responseDeadline: timestamp("response_deadline", { withTimezone: true }).notNull(),
    expectedStartDate: date("expected_start_date"),
    /** CSR criteria (labels, circular economy, insertion…), codes from lib/needs/csr.ts. */
    csrCriteria: text("csr_criteria").array().notNull().default([]),
    csrNotes: text("csr_notes"),
    visibility: needVisibility("visibility").notNull().default("all_signatories"),
    status: needStatus("status").notNull().default("draft"),
    /** Staff's latest reason (changes requested / rejected), shown to the buyer. */
    moderationNote: text("moderation_note"),
    /** Why the buyer cancelled / declared it unsuccessful. */
    outcomeNote: text("outcome_note"),
    duplicatedFromId: uuid("duplicated_from_id"),
    /** Set when the need was created by a purchase-plan import (one id per import). */
    importBatchId: uuid("import_batch_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    changesRequestedAt: timestamp("changes_requested_at", { withTimezone: true }),
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    awardedAt: timestamp("awarded_at", { withTimezone: true }),
    unsuccessfulAt: timestamp("unsuccessful_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // "Mes besoins": a company's needs by status, newest first
    index("needs_company_status_idx").on(t.companyId, t.status, t.createdAt),
    // moderation queue and the published list, by status and date
    index("needs_status_idx").on(t.status, t.submittedAt),
    // the closing job: published needs past their deadline
    index("needs_deadline_idx").on(t.status, t.responseDeadline),
  ],
);

export const needActivities = pgTable(
  "need_activities",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    nafCode: varchar("naf_code", { length: 6 })
      .notNull()
      .references(() => nafCodes.code),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.nafCode] }),
    // needs seeking activity X (supplier opportunities)
    index("need_activities_naf_idx").on(t.nafCode),
  ],
);

/** Communes or EPCIs listed in a need's perimeter (when perimeterKind = "areas"). */
export const needAreas = pgTable(
  "need_areas",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 8 }).$type<"commune" | "epci">().notNull(),
    code: varchar("code", { length: 9 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.kind, t.code] })],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type NeedRow = typeof needs.$inferSelect;
