/** The name a company goes by on event pages and e-mails: its trade name, else its legal name. */
import { sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { companies } from "@/db/schema";

export const displayName = (t: { tradeName: AnyPgColumn; legalName: AnyPgColumn } = companies) => sql<string>`coalesce(${t.tradeName}, ${t.legalName})`;
