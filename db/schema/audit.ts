/** Append-only audit log: who did what to which object, with before/after snapshots. */
import { pgTable, bigserial, timestamp, uuid, varchar, text, jsonb, index } from "drizzle-orm/pg-core";
import { users, companies } from "./accounts";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** e.g. "company.flag_large_buyer", "account.sign_up" */
    action: varchar("action", { length: 64 }).notNull(),
    objectType: varchar("object_type", { length: 32 }).notNull(),
    objectId: text("object_id").notNull(),
    /** The company concerned, for "audit log of company X". */
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    // staff filter the log by company, or by object, newest first
    index("audit_log_company_at_idx").on(t.companyId, t.at),
    index("audit_log_object_idx").on(t.objectType, t.objectId, t.at),
  ],
);
