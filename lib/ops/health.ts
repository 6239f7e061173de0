/**
 * Liveness: the process runs and answers. Touches no dependency on purpose — an orchestrator restarts
 * a process that fails it, and restarting the app cannot fix a database outage (that is readiness).
 */
const startedAt = Date.now();

export interface Liveness {
  status: "ok";
  uptimeSeconds: number;
  pid: number;
  memoryRssBytes: number;
}

export function liveness(): Liveness {
  return { status: "ok", uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), pid: process.pid, memoryRssBytes: process.memoryUsage.rss() };
}
