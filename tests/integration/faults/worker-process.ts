/**
 * A worker process for fault tests: runs the job worker against DATABASE_URL until it is killed.
 * Prints "ready" once the worker runs, so the test knows when to start watching it.
 */
import { startWorker } from "@/lib/outbox/worker";

await startWorker(process.env.DATABASE_URL!, { concurrency: 1, log: (line) => console.error(line) });
console.log("ready");
setInterval(() => {}, 60_000);
