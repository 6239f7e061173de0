/** Tokens of the public API v1 (issue 20): one company each, stored as the SHA-256 of the secret. */
import { pgTable, uuid, varchar, timestamp, pgEnum, uniqueIndex, index } from "drizzle-orm/pg-core";
import { companies, users } from "./accounts";
import { API_TOKEN_SCOPE_VALUES } from "./enum-values";

/** "read": GET only; "write": also creates (drafts). Write includes read. */
export const apiTokenScope = pgEnum("api_token_scope", API_TOKEN_SCOPE_VALUES);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The admin who created it: the token acts with this person's rights in the company, never more. */
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    name: varchar("name", { length: 80 }).notNull(),
    scope: apiTokenScope("scope").notNull(),
    /** Hex SHA-256 of the secret; the secret itself is shown once and never stored. */
    tokenHash: varchar("token_hash", { length: 64 }).notNull(),
    /** The first characters of the secret, to recognise a token in the list (« cc_Ab12… »). */
    prefix: varchar("prefix", { length: 16 }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // a call's token is found by its hash alone
    uniqueIndex("api_tokens_hash_uq").on(t.tokenHash),
    // the company's token list
    index("api_tokens_company_idx").on(t.companyId, t.createdAt),
  ],
);
