/**
 * Partner organisations (issue 20): networks that relay needs to their members. Members are kept by
 * SIRET, joined to `companies` when read, so a member that signs up later is matched without a write.
 * Tables created by migration 0016 (with the API tokens).
 */
import { sql } from "drizzle-orm";
import { pgTable, uuid, varchar, text, integer, timestamp, pgEnum, uniqueIndex, index, primaryKey } from "drizzle-orm/pg-core";
import { companies, users } from "./accounts";
import { needs } from "./needs";

export const partnerKind = pgEnum("partner_kind", ["cress", "employers", "trades", "agriculture", "french_tech", "other"]);
/** "confirmed": imported by the partner or a declaration it confirmed; "declared": a company says it is a member. */
export const partnerMemberStatus = pgEnum("partner_member_status", ["confirmed", "declared"]);

export const partners = pgTable(
  "partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: varchar("name", { length: 120 }).notNull(),
    kind: partnerKind("kind").notNull(),
    /** NAF divisions (two digits) the network covers; empty: all. */
    sectors: text("sectors").array().notNull().default([]),
    /** INSEE codes of the communes covered; empty: the whole territory. */
    communes: text("communes").array().notNull().default([]),
    logoFileId: uuid("logo_file_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("partners_name_uq").on(sql`lower(${t.name})`)],
);

export const partnerStaff = pgTable(
  "partner_staff",
  {
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "partner_staff_pk", columns: [t.partnerId, t.userId] }), index("partner_staff_user_idx").on(t.userId)],
);

export const partnerMembers = pgTable(
  "partner_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    siret: varchar("siret", { length: 14 }).notNull(),
    status: partnerMemberStatus("status").notNull(),
    declaredBy: uuid("declared_by").references(() => users.id, { onDelete: "set null" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("partner_members_uq").on(t.partnerId, t.siret), index("partner_members_siret_idx").on(t.siret)],
);

/** A need forwarded by a partner to one of its members (forwarded → opened; answered and awarded are read from answers). */
export const partnerRelays = pgTable(
  "partner_relays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    forwardedBy: uuid("forwarded_by").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    /** E-mails actually sent (0 when every admin had already been told, capped or opted out). */
    emailsSent: integer("emails_sent").notNull().default(0),
    forwardedAt: timestamp("forwarded_at", { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("partner_relays_uq").on(t.partnerId, t.needId, t.companyId), index("partner_relays_need_idx").on(t.needId, t.companyId)],
);
