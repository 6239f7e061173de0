/** Uploaded files (need attachments, offer photos, logos): metadata here, bytes in lib/storage. */
import { pgTable, uuid, varchar, text, integer, timestamp, index, pgEnum } from "drizzle-orm/pg-core";
import { companies, users } from "./accounts";

export const fileObjectType = pgEnum("file_object_type", ["need", "offer", "company_logo", "answer", "challenge", "challenge_application"]);

export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The company that owns the file: authorization goes through it. */
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    objectType: fileObjectType("object_type").notNull(),
    /** The need / offer / answer the file belongs to (null for a logo, or before the object exists). */
    objectId: uuid("object_id"),
    filename: text("filename").notNull(),
    /** Detected from the content, not from the name or the browser. */
    mimeType: varchar("mime_type", { length: 120 }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    storageKey: text("storage_key").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // attachments of an object
    index("files_object_idx").on(t.objectType, t.objectId),
  ],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type FileRow = typeof files.$inferSelect;
