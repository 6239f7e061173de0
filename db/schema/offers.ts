/** Suppliers' offers ("offres"): published after staff approval, like needs. */
import { pgTable, uuid, varchar, text, integer, timestamp, pgEnum, index, primaryKey } from "drizzle-orm/pg-core";
import { areaKind, companies, users } from "./accounts";
import { OFFER_STATUS_VALUES } from "./enum-values";
import { nafCodes } from "./reference";

export const offerStatus = pgEnum("offer_status", OFFER_STATUS_VALUES);

export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    /** Free text: "à partir de 45 € HT / heure", "sur devis"… */
    priceIndication: text("price_indication"),
    areaKind: areaKind("area_kind").notNull().default("radius"),
    areaRadiusKm: integer("area_radius_km"),
    status: offerStatus("status").notNull().default("draft"),
    moderationNote: text("moderation_note"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    changesRequestedAt: timestamp("changes_requested_at", { withTimezone: true }),
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // a company's offers; its public profile lists the published ones
    index("offers_company_status_idx").on(t.companyId, t.status),
    // moderation queue
    index("offers_status_idx").on(t.status, t.submittedAt),
  ],
);

export const offerActivities = pgTable(
  "offer_activities",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    nafCode: varchar("naf_code", { length: 6 })
      .notNull()
      .references(() => nafCodes.code),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.nafCode] }), index("offer_activities_naf_idx").on(t.nafCode)],
);

export const offerAreas = pgTable(
  "offer_areas",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 8 }).$type<"commune" | "epci">().notNull(),
    code: varchar("code", { length: 9 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.kind, t.code] })],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type OfferRow = typeof offers.$inferSelect;
