/** The charter (versioned text) and each company's signature of a version. */
import { pgTable, serial, varchar, text, timestamp, uuid, integer, uniqueIndex, index } from "drizzle-orm/pg-core";
import { companies, users } from "./accounts";

export const charterVersions = pgTable(
  "charter_versions",
  {
    id: serial("id").primaryKey(),
    version: varchar("version", { length: 20 }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("charter_versions_version_uq").on(t.version)],
);

export const charterSignatures = pgTable(
  "charter_signatures",
  {
    id: serial("id").primaryKey(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    charterVersionId: integer("charter_version_id")
      .notNull()
      .references(() => charterVersions.id, { onDelete: "restrict" }),
    signedByUserId: uuid("signed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // a company signs a given version once
    uniqueIndex("charter_signatures_company_version_uq").on(t.companyId, t.charterVersionId),
    index("charter_signatures_version_idx").on(t.charterVersionId),
  ],
);
