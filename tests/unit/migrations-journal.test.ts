/**
 * drizzle's migrator applies only the migrations dated after the last one a database ran: a migration
 * numbered below one already shipped would be skipped silently on every existing database.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.resolve("db/migrations");
const journal = JSON.parse(readFileSync(path.join(dir, "meta/_journal.json"), "utf8")) as { entries: { idx: number; when: number; tag: string }[] };

describe("migrations journal", () => {
  it("lists every SQL file once, each with a file", () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".sql"))
      .map((f) => f.replace(/\.sql$/, ""))
      .sort();
    expect(journal.entries.map((e) => e.tag).sort()).toEqual(files);
    for (const e of journal.entries) expect(existsSync(path.join(dir, `${e.tag}.sql`))).toBe(true);
  });

  it("dates migrations in the order of their numbers, so a new one always runs after those already applied", () => {
    for (const [i, e] of journal.entries.entries()) {
      expect(e.tag.startsWith(String(e.idx).padStart(4, "0"))).toBe(true);
      if (i > 0) {
        expect(e.idx).toBeGreaterThan(journal.entries[i - 1].idx);
        expect(e.when).toBeGreaterThan(journal.entries[i - 1].when);
      }
    }
  });
});
