/**
 * People and companies: users, companies, memberships (user ↔ company with a role), and the single-use
 * links sent by e-mail (password reset, address verification, invitations to join a company).
 */
import { sql } from "drizzle-orm";
import { pgTable, uuid, varchar, text, timestamp, boolean, pgEnum, uniqueIndex, index, integer, primaryKey, smallint, date } from "drizzle-orm/pg-core";
import { AREA_KIND_VALUES } from "./enum-values";
import { communes, nafCodes } from "./reference";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** Platform-level role: CCI staff moderate and administer; everyone else is a user. */
export const platformRole = pgEnum("platform_role", ["user", "staff"]);
/** Role inside a company. */
export const membershipRole = pgEnum("membership_role", ["admin", "member"]);
/** Where staff verification of a company stands (verifiedAt records when it was verified). */
export const verificationStatus = pgEnum("verification_status", ["pending", "changes_requested", "verified", "rejected"]);
/** How a service area / perimeter is expressed. */
export const areaKind = pgEnum("area_kind", AREA_KIND_VALUES);
/** How a company came in: self sign-up, or SIRENE import (a "non-signataire" until it claims its account). */
export const companySource = pgEnum("company_source", ["signup", "sirene"]);
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
    /**
     * When the owner proved the address (verification link, or an invitation link sent to it). Null: not
     * verified yet. Defaults to now for accounts created by trusted paths (seed, staff, tests); sign-up
     * writes null on purpose and sends a verification link.
     */
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }).defaultNow(),
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
    nafCode: varchar("naf_code", { length: 6 })
      .notNull()
      .references(() => nafCodes.code),
    communeCode: varchar("commune_code", { length: 5 })
      .notNull()
      .references(() => communes.inseeCode),
    /** SIRENE "tranche d'effectifs" code (NN, 00, 01, 02, 03, 11, …). */
    headcountBand: varchar("headcount_band", { length: 2 }).notNull().default("NN"),
    sector: companySector("sector").notNull().default("private"),
    source: companySource("source").notNull().default("signup"),
    /** SIRENE etatAdministratifEtablissement: A (active) or F (closed). */
    administrativeState: varchar("administrative_state", { length: 1 }).notNull().default("A"),
    sireneUpdatedAt: timestamp("sirene_updated_at", { withTimezone: true }),
    /** SIRENE creation date of the establishment: under 3 years, the company shows « jeune entreprise » (lib/challenges/young.ts). */
    foundedOn: date("founded_on"),
    description: text("description"),
    website: text("website"),
    /** Donneur d'ordre: set by CCI staff only. */
    isLargeBuyer: boolean("is_large_buyer").notNull().default(false),
    verificationStatus: verificationStatus("verification_status").notNull().default("pending"),
    /** Staff's reason when they request changes or reject; shown to the company. */
    verificationNote: text("verification_note"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    // Profile ("fiche") the company edits.
    contactName: text("contact_name"),
    contactEmail: varchar("contact_email", { length: 254 }),
    contactPhone: varchar("contact_phone", { length: 30 }),
    /** Certifications and labels (ISO 9001, Qualibat, RGE, ESUS…). */
    certifications: text("certifications").array().notNull().default([]),
    /** Service area: a radius around the company's commune, the whole territory, or listed communes/EPCIs. */
    serviceAreaKind: areaKind("service_area_kind").notNull().default("radius"),
    serviceRadiusKm: integer("service_radius_km"),
    logoFileId: uuid("logo_file_id"),
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
    // moderation queue: companies awaiting verification
    index("companies_verification_idx").on(t.verificationStatus),
  ],
);

/** Declared secondary activities, besides the SIRENE main NAF code. */
export const companyActivities = pgTable(
  "company_activities",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    nafCode: varchar("naf_code", { length: 6 })
      .notNull()
      .references(() => nafCodes.code),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.nafCode] }),
    // "companies doing activity X" (matching prefilter)
    index("company_activities_naf_idx").on(t.nafCode),
  ],
);

/** Communes or EPCIs listed in a company's service area (when serviceAreaKind = "areas"). */
export const companyServiceAreas = pgTable(
  "company_service_areas",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 8 }).$type<"commune" | "epci">().notNull(),
    code: varchar("code", { length: 9 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.kind, t.code] })],
);

/** Client references a company shows on its profile. */
export const companyReferences = pgTable(
  "company_references",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    clientName: text("client_name").notNull(),
    year: smallint("year").notNull(),
    description: text("description").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("company_references_company_idx").on(t.companyId)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
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

/** What a single-use e-mail link is for. */
export const accountTokenPurpose = pgEnum("account_token_purpose", ["reset", "verify", "invite"]);

/**
 * Single-use e-mail links. Only the SHA-256 of the random token is stored: whoever reads the table (or
 * a backup) cannot use a link. A link is valid while used_at is null and expires_at is in the future;
 * consuming it sets used_at in the same transaction as the change it allows.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: accountTokenPurpose("purpose").notNull(),
    /** Hex SHA-256 of the token sent by e-mail. */
    tokenHash: varchar("token_hash", { length: 64 }).notNull(),
    /** The account (reset, verify). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** The address the link was sent to (always set; for invites, the only tie to the person). */
    email: varchar("email", { length: 254 }).notNull(),
    /** The company an invitation is for, and the role it gives. */
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "cascade" }),
    role: membershipRole("role"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // opening a link: the token's hash is its only key
    uniqueIndex("account_tokens_hash_uq").on(t.tokenHash),
    // "unused reset links of this account" (a reset voids the others)
    index("account_tokens_user_idx").on(t.userId, t.purpose),
    // pending invitations of a company (the team page)
    index("account_tokens_company_idx")
      .on(t.companyId)
      .where(sql`${t.usedAt} is null`),
  ],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type CompanyRow = typeof companies.$inferSelect;
export type AccountTokenRow = typeof accountTokens.$inferSelect;
