/**
 * `npm run worker` as real processes: two workers share the queue (each e-mail sent exactly once), both
 * show as alive to the rest of the deployment, they log JSON lines, and SIGTERM stops them cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, inject } from "vitest";
import { inArray } from "drizzle-orm";
import { emails } from "@/db/schema";
import { queueEmails } from "@/lib/mail/queue-email";
import { renderEmail } from "@/lib/mail/render";
import { queueStats } from "@/lib/ops/queue-stats";
import { db, resetDatabase } from "./db";
import { waitFor } from "./faults/wait";

const url = inject("databaseUrl");
let dir: string;
const children: { child: ChildProcess; lines: string[]; exit: Promise<number | null> }[] = [];

function startWorkerProcess(env: Record<string, string | undefined>) {
  // node itself with tsx's loader (not the tsx wrapper), so the signal reaches the worker.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, MAILBOX_DIR: path.join(dir, "mailbox"), WORKER_CONCURRENCY: "1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let buffer = "";
  child.stdout!.on("data", (d) => {
    buffer += d;
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    lines.push(...parts.filter(Boolean));
  });
  child.stderr!.on("data", (d) => lines.push(`stderr: ${d}`));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const entry = { child, lines, exit };
  children.push(entry);
  return entry;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cc-worker-"));
  delete process.env.SMTP_URL;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(resetDatabase);
afterEach(async () => {
  for (const { child, exit } of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exit;
  }
});

describe("npm run worker", () => {
  it("runs jobs in several processes, each job once, logs JSON and stops on SIGTERM", async () => {
    const a = startWorkerProcess({ DATABASE_URL: url });
    const b = startWorkerProcess({ DATABASE_URL: url });
    const started = (w: typeof a) => w.lines.some((l) => l.includes("job worker started"));
    await waitFor("both workers to start", async () => started(a) && started(b), 60_000, 100);
    await waitFor("both worker pools to show as alive", async () => (await queueStats(db())).workers === 2, 30_000, 100);

    const n = 30;
    const ids = await db().transaction((tx) =>
      queueEmails(
        tx,
        Array.from({ length: n }, (_, i) => ({
          to: `destinataire${i}@exemple.fr`,
          template: "test.worker",
          subject: `Message ${i}`,
          ...renderEmail({ title: `Message ${i}`, paragraphs: ["Bonjour,"] }),
        })),
      ),
    );
    await waitFor(
      "every e-mail to be sent",
      async () => {
        const rows = await db().select({ status: emails.status }).from(emails).where(inArray(emails.id, ids));
        return rows.every((r) => r.status === "sent");
      },
      90_000,
      200,
    );
    // Exactly one .eml file per e-mail: no job ran in both processes.
    expect(readdirSync(path.join(dir, "mailbox")).filter((f) => f.endsWith(".eml"))).toHaveLength(n);
    expect((await queueStats(db())).totals).toMatchObject({ ready: 0, running: 0, failed: 0 });

    a.child.kill("SIGTERM");
    b.child.kill("SIGTERM");
    expect(await a.exit).toBe(0);
    expect(await b.exit).toBe(0);
    for (const w of [a, b]) {
      const logged = w.lines.filter((l) => !l.startsWith("stderr:")).map((l) => JSON.parse(l) as { level: string; service: string; msg: string });
      expect(logged.every((l) => l.service === "worker" && typeof l.level === "string")).toBe(true);
      expect(logged.map((l) => l.msg)).toEqual(expect.arrayContaining(["job worker started", "job worker stopping", "job worker stopped"]));
    }
    await waitFor("the stopped workers' pools to be gone", async () => (await queueStats(db())).workers === 0, 30_000, 100);
  });

  it("refuses to start without DATABASE_URL, with a fatal JSON line", async () => {
    const w = startWorkerProcess({ DATABASE_URL: "" });
    expect(await w.exit).toBe(2);
    const fatal = w.lines.map((l) => JSON.parse(l) as { level: string; msg: string }).find((l) => l.level === "fatal");
    expect(fatal?.msg).toContain("DATABASE_URL manquant");
  });
});
