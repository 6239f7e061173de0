/** Latency summaries (nearest-rank percentiles) and fixed-width tables for the bench output. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Sequential throughput: queries divided by the summed latencies. */
  qps: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(latenciesMs: number[]): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sum / Math.max(1, sorted.length)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    qps: Math.round((sorted.length / Math.max(sum, 1e-9)) * 1000 * 10) / 10,
  };
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Left-aligns the first column, right-aligns the others. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), widths.map((w) => "─".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export const fmtMs = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : "–");
export const fmtInt = (x: number) =>
  Math.round(x)
    .toLocaleString("fr-FR")
    .replace(/\u202f|\u00a0/g, " ");
export const fmtBytes = (b: number) => (b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} kB`);
