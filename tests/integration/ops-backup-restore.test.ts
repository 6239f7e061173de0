/**
 * `npm run backup` then `npm run restore` (the scripts, as processes) into a fresh database: every table of
 * the app's schemas has the same rows (count and an ordered md5 of the rows' text, computed here
 * independently of the backup's own digest), sequences continue where they were, the uploaded files are
 * byte-identical, and a restore refuses a database in use or a damaged backup without changing anything.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { prepareDatabase } from "@/db/setup";
import { queueEmail } from "@/lib/mail/queue-email";
import { renderEmail } from "@/lib/mail/render";
import { storeFile } from "@/lib/files/store-file";
import { listFiles } from "@/lib/ops/backup/files";
import { companyWithTeam, staffActor } from "../factories/actors";
import { pdfUpload, publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

const url = inject("databaseUrl");
const fresh = `restore_${process.pid}_${Date.now()}`;
const freshUrl = url.replace(/\/[^/]+$/, `/${fresh}`);
let dir: string;

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

/** Per table of the app's schemas: row count and md5 of the rows' text in a fixed order. */
async function fingerprint(connectionString: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("set timezone = 'UTC'");
    const { rows: tables } = await client.query<{ t: string }>(`
      select quote_ident(table_schema) || '.' || quote_ident(table_name) as t from information_schema.tables
      where table_schema in ('public', 'search', 'graphile_worker') and table_type = 'BASE TABLE' and table_name <> 'migrations' order by 1`);
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const {
        rows: [r],
      } = await client.query<{ n: string; h: string | null }>(`select count(*) as n, md5(string_agg(x::text, E'\\n' order by x::text)) as h from ${t} x`);
      out[t] = `${r.n}:${r.h ?? "-"}`;
    }
    const { rows: seqs } = await client.query<{ s: string; v: string | null }>(`
      select schemaname || '.' || sequencename as s, last_value::text as v from pg_sequences where schemaname in ('public', 'search', 'graphile_worker') order by 1`);
    for (const { s, v } of seqs) out[`sequence ${s}`] = String(v);
    return out;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cc-backup-"));
  process.env.STORAGE_DIR = path.join(dir, "uploads");
  await resetDatabase();
  // Data across domains: accounts and companies, a published need, an attachment (row + bytes), a queued e-mail (row + job).
  const staff = await staffActor(db());
  const buyer = await companyWithTeam(db());
  await companyWithTeam(db());
  const need = await publishedNeed(db(), buyer.admin, buyer.companyId, staff);
  await storeFile(
    db(),
    { companyId: buyer.companyId, objectType: "need", objectId: need.id, uploadedBy: buyer.admin.userId },
    pdfUpload("cahier-des-charges.pdf"),
  );
  await storeFile(
    db(),
    { companyId: buyer.companyId, objectType: "need", objectId: need.id, uploadedBy: buyer.admin.userId },
    { ...pdfUpload("annexe.pdf"), bytes: Buffer.concat([pdfUpload().bytes, Buffer.from("% annexe\n")]) },
  );
  await db().transaction((tx) =>
    queueEmail(tx, {
      to: "lucie@exemple.fr",
      template: "test.backup",
      subject: "Sauvegarde",
      ...renderEmail({ title: "Sauvegarde", paragraphs: ["Bonjour Lucie,"] }),
    }),
  );
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database "${fresh}"`);
  await admin.end();
  await prepareDatabase(freshUrl);
});

afterAll(async () => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists "${fresh}" with (force)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores into a fresh database the same rows, sequences and files, and refuses to overwrite it", async () => {
    const backupDir = path.join(dir, "backup");
    const backup = await run("scripts/backup.ts", ["--out", backupDir], { DATABASE_URL: url, STORAGE_DIR: path.join(dir, "uploads") });
    expect(backup.code, backup.out).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(backupDir, "manifest.json"), "utf8"));
    expect(manifest.files).toHaveLength(2);
    expect(manifest.missingFiles).toEqual([]);
    expect(manifest.tables.find((t: { name: string }) => t.name === "public.needs").rows).toBe(1);
    expect(manifest.tables.find((t: { name: string }) => t.name === "graphile_worker._private_jobs").rows).toBeGreaterThan(0);

    const before = await fingerprint(url);
    expect(await fingerprint(freshUrl)).not.toEqual(before);
    const restoredFiles = path.join(dir, "restored-uploads");
    const restore = await run("scripts/restore.ts", [backupDir], { DATABASE_URL: freshUrl, STORAGE_DIR: restoredFiles });
    expect(restore.code, restore.out).toBe(0);
    expect(await fingerprint(freshUrl)).toEqual(before);

    const keys = await listFiles(path.join(dir, "uploads"));
    expect(keys).toHaveLength(2);
    expect(await listFiles(restoredFiles)).toEqual(keys);
    for (const key of keys) expect(readFileSync(path.join(restoredFiles, key)).equals(readFileSync(path.join(dir, "uploads", key)))).toBe(true);

    // The restored database is in use now: a second restore is refused and changes nothing.
    const again = await run("scripts/restore.ts", [backupDir], { DATABASE_URL: freshUrl, STORAGE_DIR: restoredFiles });
    expect(again.code).toBe(1);
    expect(again.out).toContain("already holds accounts or companies");
  });

  it("rolls back a restore whose data does not match the manifest, leaving the database as it was", async () => {
    const backupDir = path.join(dir, "backup");
    const damaged = path.join(dir, "damaged");
    rmSync(damaged, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.cp(backupDir, damaged, { recursive: true }));
    const manifestFile = path.join(damaged, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    manifest.tables.find((t: { name: string }) => t.name === "public.needs").digest = "1";
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const before = await fingerprint(freshUrl);
    const restore = await run("scripts/restore.ts", [damaged, "--force"], { DATABASE_URL: freshUrl, STORAGE_DIR: path.join(dir, "restored-uploads") });
    expect(restore.code).toBe(1);
    expect(restore.out).toContain("public.needs differs after loading");
    expect(await fingerprint(freshUrl)).toEqual(before);
  });
});
