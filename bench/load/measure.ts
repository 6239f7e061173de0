/**
 * One autocannon run against one page (or a mix): requests per second, latency percentiles computed from
 * every response (autocannon's own table has no p95), errors (connection errors, timeouts and any status
 * other than the page's expected one), and the machine's load average while it ran.
 */
import os from "node:os";
import autocannon from "autocannon";

export interface Target {
  page: string;
  path: string;
  /** Cookie header of a signed-in session; none for anonymous visits. */
  cookie?: string;
  /** The status a healthy answer has (200, or a redirect for an anonymous visit to a members' page). */
  status: number;
}

export interface Measure {
  page: string;
  path: string;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  load_average: number[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export async function measure(base: string, targets: Target[], opts: { connections: number; seconds: number; page?: string }): Promise<Measure> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let unexpected = 0;
  const load0 = os.loadavg();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: opts.connections,
        duration: opts.seconds,
        timeout: 30,
        requests: targets.map((t) => ({
          method: "GET" as const,
          path: t.path,
          headers: t.cookie ? { cookie: t.cookie } : {},
        })),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    // One page: any other status than its own is an error. A mix: any 4xx or 5xx.
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (targets.length === 1 ? statusCode !== targets[0].status : statusCode >= 400) unexpected += 1;
    });
  });
  const load1 = os.loadavg();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    page: opts.page ?? targets[0].page,
    path: targets.length === 1 ? targets[0].path : "(mix)",
    rps: round(result.requests.total / Math.max(result.duration, 1)),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + unexpected,
    statuses,
    load_average: [round((load0[0] + load1[0]) / 2), round(load1[1]), round(load1[2])],
  };
}
