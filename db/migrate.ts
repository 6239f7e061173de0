/** Applies the committed SQL migrations in db/migrations (drizzle's journal keeps track of what ran). */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { Db } from "./client";

const here = path.dirname(fileURLToPath(import.meta.url));

export async function applyMigrations(db: Db) {
  await migrate(db, { migrationsFolder: path.join(here, "migrations") });
}
