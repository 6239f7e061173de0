/** Per-file setup: point the app's db client at the test database. */
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
