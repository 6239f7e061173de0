/** People and companies: users, companies, memberships (user ↔ company with a role). */
import { sql } from "drizzle-orm";
import {
  pgTable, uuid, varchar, text, timestamp, boolean, pgEnum, uniqueIndex, index,
} from "drizzle-orm/pg-core";
import { communes, nafCodes } from "./reference";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
};

/** Platform-level role: CCI staff moderate and administer; everyone else is a user. */
export const platformRole = pgEnum("platform_role", ["user", "staff"]);
/** Role inside a company. */
export const membershipRole = pgEnum("membership_role", ["admin", "member"]);
/** Private group or public body: a public buyer follows public procurement rules. */
export const companySector = pgEnum("company_sector", ["private", "public"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: varchar("email", { length: 254 }).notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    jobTitle: text("job_title"),
    passwordHash: text("password_hash").notNull(),
    platformRole: platformRole("platform_role").notNull().default("user"),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // sign-in by e-mail, case-insensitive; one account per address
    uniqueIndex("users_email_lower_uq").on(sql`lower(${t.email})`),
  ],
);

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siren: varchar("siren", { length: 9 }).notNull(),
    siret: varchar("siret", { length: 14 }).notNull(),
    legalName: text("legal_name").notNull(),
    tradeName: text("trade_name"),
    nafCode: varchar("naf_code", { length: 6 }).notNull().references(() => nafCodes.code),
    communeCode: varchar("commune_code", { length: 5 }).notNull().references(() => communes.inseeCode),
    /** SIRENE "tranche d'effectifs" code (NN, 00, 01, 02, 03, 11, …). */
    headcountBand: varchar("headcount_band", { length: 2 }).notNull().default("NN"),
    sector: companySector("sector").notNull().default("private"),
    description: text("description"),
    website: text("website"),
    /** Donneur d'ordre: set by CCI staff only. */
    isLargeBuyer: boolean("is_large_buyer").notNull().default(false),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    suspensionReason: text("suspension_reason"),
    ...timestamps,
  },
  (t) => [
    // one company per establishment; sign-up and SIRENE import upsert by SIRET
    uniqueIndex("companies_siret_uq").on(t.siret),
    // search by SIREN (all establishments of a legal unit)
    index("companies_siren_idx").on(t.siren),
    // directory filters by commune and activity
    index("companies_commune_idx").on(t.communeCode),
    index("companies_naf_idx").on(t.nafCode),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    companyId: uuid("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull().default("member"),
    ...timestamps,
  },
  (t) => [
    // a person belongs once to a company
    uniqueIndex("memberships_user_company_uq").on(t.userId, t.companyId),
    // "members of this company"
    index("memberships_company_idx").on(t.companyId),
  ],
);
