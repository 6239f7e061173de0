/**
 * Crash recovery of the job worker, with real processes: a job locked by a worker process that died is
 * released when a worker starts (graphile alone would wait 4 hours), a lock held by a live process is
 * not; a SIRENE import whose process is killed (SIGKILL) mid-file shows « interrompu », is resumed by
 * staff and ends with every establishment once.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, inject } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, emails } from "@/db/schema";
import { queueEmail } from "@/lib/mail/queue-email";
import { renderEmail } from "@/lib/mail/render";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { STALE_LOCK_GRACE_MS, startWorker } from "@/lib/outbox/worker";
import { resumeSireneImport } from "@/lib/sirene/resume";
import { importFilePath, queuedStatus, readImportStatus, writeImportStatus } from "@/lib/sirene/status";
import { staffActor } from "../factories/actors";
import { sireneCsv, sireneRecord } from "../factories/sirene";
import { db, resetDatabase } from "./db";
import { waitFor } from "./faults/wait";

const url = inject("databaseUrl");
let dir: string;
let worker: { stop(): Promise<void> } | null = null;
let child: ChildProcess | null = null;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cc-faults-"));
  process.env.MAILBOX_DIR = path.join(dir, "mailbox");
  process.env.IMPORTS_DIR = path.join(dir, "imports");
  delete process.env.SMTP_URL;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(resetDatabase);
afterEach(async () => {
  await worker?.stop();
  worker = null;
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = null;
});

const message = (subject: string) => ({
  to: "lucie@exemple.fr",
  template: "test.faults",
  subject,
  ...renderEmail({ title: subject, paragraphs: ["Bonjour Lucie,"] }),
});
const emailStatus = async (id: string) => (await db().select({ status: emails.status }).from(emails).where(eq(emails.id, id)))[0].status;
const lockOf = async (key: string) =>
  (await db().execute<{ locked_by: string | null }>(sql`select locked_by from graphile_worker._private_jobs where key = ${key}`)).rows[0]?.locked_by ?? null;
/** Sessions of our worker processes still open in PostgreSQL. */
const workerSessions = async () =>
  Number((await db().execute<{ n: string }>(sql`select count(*) as n from pg_stat_activity where application_name like 'circuit-court-worker:%'`)).rows[0].n);

describe("stale job locks", () => {
  it("releases at start the jobs of a worker process that is gone, and leaves a live one's alone", async () => {
    const orphan = await db().transaction((tx) => queueEmail(tx, message("Verrou d'un processus disparu")));
    const held = await db().transaction((tx) => queueEmail(tx, message("Verrou d'un processus vivant")));
    // As a worker that crashed mid-send leaves it: locked, attempt counted, for graphile's 4 hours.
    await db().execute(sql`update graphile_worker._private_jobs set locked_by = 'pool-0123456789abcdef01', locked_at = now() - interval '1 minute', attempts = 1
      where key = ${`email:${orphan}`}`);
    // A worker process that is alive (its session is open) and busy with the other e-mail.
    const live = new pg.Client({ connectionString: url, application_name: "circuit-court-worker:pool-aaaaaaaaaaaaaaaaaa" });
    await live.connect();
    try {
      await db()
        .execute(sql`update graphile_worker._private_jobs set locked_by = 'pool-aaaaaaaaaaaaaaaaaa', locked_at = now() - interval '1 minute', attempts = 1
        where key = ${`email:${held}`}`);

      worker = await startWorker(url, { concurrency: 1, log: () => {} });
      await waitFor("the orphaned e-mail to be sent", async () => (await emailStatus(orphan)) === "sent");
      expect(await emailStatus(held)).toBe("queued");
      expect(await lockOf(`email:${held}`)).toBe("pool-aaaaaaaaaaaaaaaaaa");
    } finally {
      await live.end();
    }
  });
});

describe("SIRENE import killed mid-file", () => {
  it("shows « interrompu » after the crash, is resumed by staff and ends with no duplicate", async () => {
    const staff = await staffActor(db());
    const rows = 60_000;
    const importId = "0b6d5a62-4c1e-4d53-9a39-3f1f2f6b7c01";
    const file = importFilePath(importId);
    rmSync(path.dirname(file), { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
    writeFileSync(file, sireneCsv(Array.from({ length: rows }, (_, i) => sireneRecord(i + 1))));
    await db().transaction(async (tx) => {
      await writeImportStatus(tx, queuedStatus(importId, "stock.csv", 0, staff.email));
      await enqueueJob(tx, "import_sirene", { importId }, { maxAttempts: 3, jobKey: `sirene_import:${importId}` });
    });

    // A separate worker process runs the import; killed with SIGKILL once progress was written.
    // node itself (not the tsx wrapper, whose own child would survive the kill) with tsx's loader.
    child = spawn(process.execPath, ["--import", "tsx", "tests/integration/faults/worker-process.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    const progress = await waitFor(
      "the import to make progress",
      async () => {
        const s = await readImportStatus(db(), importId);
        return s?.status === "running" && s.read > 0 ? s : null;
      },
      90_000,
      50,
    );
    child.kill("SIGKILL");
    await exited;
    const companiesAfterKill = await countCompanies();
    expect(companiesAfterKill).toBeGreaterThan(0);
    expect(companiesAfterKill).toBeLessThan(rows);
    expect(progress.read).toBeLessThan(rows);
    // Nothing runs it any more: its status is frozen at "running" and its job locked by the dead process.
    expect((await readImportStatus(db(), importId))?.status).toBe("running");
    expect(await lockOf(`sirene_import:${importId}`)).toMatch(/^pool-/);

    // PostgreSQL ends the dead process's sessions on its own; then a worker starts (the restart).
    await waitFor("the killed worker's sessions to end", async () => (await workerSessions()) === 0, 30_000);
    // Locks younger than the grace are never judged stale (a new pool names its session as it starts).
    await waitFor(
      "the orphaned lock to pass the grace",
      async () =>
        (
          await db().execute<{ old: boolean }>(sql`
      select locked_at < now() - make_interval(secs => ${STALE_LOCK_GRACE_MS / 1000}) as old
      from graphile_worker._private_jobs where key = ${`sirene_import:${importId}`}`)
        ).rows[0]?.old,
      30_000,
      250,
    );
    worker = await startWorker(url, { concurrency: 1, log: () => {} });
    const interrupted = await waitFor("the import to show « interrompu »", async () => {
      const s = await readImportStatus(db(), importId);
      return s?.status === "interrupted" ? s : null;
    });
    expect(interrupted.error).toMatch(/interrompu/);
    expect(await countCompanies()).toBe(companiesAfterKill);

    await resumeSireneImport(db(), staff, importId);
    expect((await readImportStatus(db(), importId))?.status).toBe("queued");
    const done = await waitFor(
      "the resumed import to finish",
      async () => {
        const s = await readImportStatus(db(), importId);
        return s?.status === "done" ? s : null;
      },
      110_000,
      200,
    );
    expect(done).toMatchObject({ read: rows, rejectedCount: 0, updated: 0 });
    // The rows committed before the kill are found unchanged; the others are created, once each.
    expect(done.unchanged).toBe(companiesAfterKill);
    expect(done.imported).toBe(rows - companiesAfterKill);
    const {
      rows: [counts],
    } = await db().execute<{ n: string; distinct_sirets: string }>(sql`select count(*) as n, count(distinct siret) as distinct_sirets from companies`);
    expect(Number(counts.n)).toBe(rows);
    expect(Number(counts.distinct_sirets)).toBe(rows);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, "sirene.resume"));
    expect(audit).toHaveLength(1);
  });

  it("refuses to resume an import that is not interrupted", async () => {
    const staff = await staffActor(db());
    const importId = "0b6d5a62-4c1e-4d53-9a39-3f1f2f6b7c02";
    await writeImportStatus(db(), { ...queuedStatus(importId, "stock.csv", 10, staff.email), status: "done" });
    await expect(resumeSireneImport(db(), staff, importId)).rejects.toThrow("n'est pas interrompu");
  });
});

async function countCompanies() {
  return Number((await db().execute<{ n: string }>(sql`select count(*) as n from companies`)).rows[0].n);
}
