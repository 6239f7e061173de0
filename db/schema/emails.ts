/**
 * The e-mail outbox: one row per message, written in the same transaction as the change that causes it;
 * a queued job sends it and records the outcome (feeds the staff's e-mail health figures).
 */
import { pgTable, uuid, varchar, text, integer, timestamp, pgEnum, index } from "drizzle-orm/pg-core";
import { users } from "./accounts";

export const emailStatus = pgEnum("email_status", ["queued", "sent", "failed", "suppressed"]);

export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: varchar("to_address", { length: 254 }).notNull(),
    toUserId: uuid("to_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Template name, e.g. "need.changes_requested". */
    template: varchar("template", { length: 64 }).notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    /** The link that unsubscribes the recipient, sent as the List-Unsubscribe header (null: not a list e-mail). */
    unsubscribeUrl: text("unsubscribe_url"),
    status: emailStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    messageId: text("message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // staff mailbox and e-mail health, newest first
    index("emails_created_idx").on(t.createdAt),
    index("emails_status_idx").on(t.status, t.createdAt),
    index("emails_user_idx").on(t.toUserId, t.createdAt),
  ],
);
