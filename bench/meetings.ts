/**
 * Meeting scheduler bench (issue 18): a generated business-meetings day — 600 participants (150 buyers,
 * 450 suppliers), 3,000 meeting requests with weights (mutual 3, one-sided 2, suggestion 1, plus up to 0.5
 * of relevance), 2 sessions of 8 slots, 60 tables, people attending one or both sessions, per-participant
 * maxima — scheduled three ways: first come first served in request order (what a booking tool does),
 * greedy by weight, and the MILP solver, next to the solver's upper bound. Every schedule is verified by the
 * checker. Prints a table; the last line is one JSON object, also saved to bench/results/.
 *
 * Usage: npm run bench:meetings [-- --seed 20261205 --time-limit 25 --gap 0.002 --no-save]
 *        … --direct: force the meeting×slot model (48,000 binaries) instead of the session model, to compare.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { baselineSchedule, checkSchedule, scheduleMeetings } from "../lib/meetings/schedule";
import type { MeetingRequest, ScheduleParticipant, ScheduleProblem, ScheduleResult } from "../lib/meetings/schedule/types";

const { values: args } = parseArgs({
  options: {
    seed: { type: "string", default: "20261205" },
    buyers: { type: "string", default: "150" },
    suppliers: { type: "string", default: "450" },
    requests: { type: "string", default: "3000" },
    tables: { type: "string", default: "60" },
    "slots-per-session": { type: "string", default: "8" },
    "time-limit": { type: "string", default: "25" },
    gap: { type: "string", default: "0.002" },
    "no-save": { type: "boolean", default: false },
    direct: { type: "boolean", default: false },
  },
});

/** mulberry32: small, fast, and the same numbers on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateEvent(opts: {
  seed: number;
  buyers: number;
  suppliers: number;
  requests: number;
  tables: number;
  slotsPerSession: number;
}): ScheduleProblem {
  const random = prng(opts.seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const sessions = ["matin", "apres-midi"].map((id) => ({
    id,
    slotIds: Array.from({ length: opts.slotsPerSession }, (_, i) => `${id}-${String(i + 1).padStart(2, "0")}`),
    breakSlotIds: [`${id}-pause`],
    tableCount: opts.tables,
  }));
  const attendance = (): string[] => {
    const r = random();
    return r < 0.6 ? ["matin", "apres-midi"] : r < 0.8 ? ["matin"] : ["apres-midi"];
  };
  const participants: ScheduleParticipant[] = [];
  for (let i = 0; i < opts.buyers; i++) {
    participants.push({ id: `A${String(i).padStart(3, "0")}`, role: "buyer", sessionIds: attendance(), maxMeetings: 8 + Math.floor(random() * 7) });
  }
  for (let i = 0; i < opts.suppliers; i++) {
    participants.push({ id: `F${String(i).padStart(3, "0")}`, role: "supplier", sessionIds: attendance(), maxMeetings: 3 + Math.floor(random() * 6) });
  }
  const buyers = participants.filter((p) => p.role === "buyer");
  const suppliers = participants.filter((p) => p.role === "supplier");
  // Popularity is skewed: some buyers (a large research centre) attract many more requests than others.
  const buyerPopularity = buyers.map(() => 0.2 + random() ** 2 * 3);
  const totalPopularity = buyerPopularity.reduce((a, b) => a + b, 0);
  const pickBuyer = () => {
    let r = random() * totalPopularity;
    for (let i = 0; i < buyers.length; i++) {
      r -= buyerPopularity[i];
      if (r <= 0) return buyers[i];
    }
    return buyers[buyers.length - 1];
  };
  const meetings: MeetingRequest[] = [];
  const pairs = new Set<string>();
  while (meetings.length < opts.requests) {
    const buyer = pickBuyer();
    const supplier = pick(suppliers);
    const key = `${buyer.id}-${supplier.id}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const kind = random();
    const base = kind < 0.2 ? 3 : kind < 0.7 ? 2 : 1;
    const weight = base + Math.floor(random() * 6) / 10;
    // Suppliers request buyers, buyers suggest suppliers: `a` is whoever asked first.
    const [a, b] = random() < 0.5 ? [buyer.id, supplier.id] : [supplier.id, buyer.id];
    meetings.push({ id: `R${String(meetings.length).padStart(4, "0")}`, a, b, weight });
  }
  // Request order (first come, first served) is the order of arrival, not the weight.
  for (let i = meetings.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [meetings[i], meetings[j]] = [meetings[j], meetings[i]];
  }
  return { participants, sessions, meetings };
}

function verify(name: string, problem: ScheduleProblem, result: ScheduleResult): void {
  const violations = checkSchedule(problem, result.assignments);
  if (violations.length > 0) {
    console.error(`${name}: ${violations.length} violations, e.g. ${violations[0].message}`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const problem = generateEvent({
    seed: Number(args.seed),
    buyers: Number(args.buyers),
    suppliers: Number(args.suppliers),
    requests: Number(args.requests),
    tables: Number(args.tables),
    slotsPerSession: Number(args["slots-per-session"]),
  });
  const fcfs = baselineSchedule(problem, "fcfs");
  const greedy = baselineSchedule(problem, "greedy");
  // The LP relaxation (what the greedy call reports as its bound), for reference next to the MILP bound.
  const relaxation = await scheduleMeetings(problem, { method: "greedy" });
  const cpuBefore = process.cpuUsage();
  const solver = await scheduleMeetings(problem, {
    timeLimitSeconds: Number(args["time-limit"]),
    mipRelGap: Number(args.gap),
    ...(args.direct ? { directColumnLimit: Number.MAX_SAFE_INTEGER } : {}),
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  for (const [name, result] of [
    ["fcfs", fcfs],
    ["greedy", greedy],
    ["solver", solver],
  ] as const)
    verify(name, problem, result);

  const capacity = problem.sessions.reduce((sum, s) => sum + s.slotIds.length * s.tableCount, 0);
  console.log(
    `Event: ${problem.participants.length} participants, ${problem.meetings.length} requests, ` +
      `${problem.sessions.length} sessions × ${problem.sessions[0].slotIds.length} slots × ${problem.sessions[0].tableCount} tables (${capacity} places)`,
  );
  const rows = [
    ["first come, first served", fcfs],
    ["greedy by weight", greedy],
    [`solver (${solver.method}, ${solver.formulation ?? "-"})`, solver],
  ] as const;
  console.log(`${"method".padEnd(28)}${"meetings".padStart(10)}${"value".padStart(12)}${"% of bound".padStart(12)}${"seconds".padStart(10)}`);
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(28)}${String(r.assignments.length).padStart(10)}${r.value.toFixed(1).padStart(12)}` +
        `${((100 * r.value) / solver.bound).toFixed(2).padStart(12)}${r.seconds.toFixed(2).padStart(10)}`,
    );
  }
  console.log(`${"upper bound (MILP dual)".padEnd(28)}${"".padStart(10)}${solver.bound.toFixed(1).padStart(12)}`);
  console.log(`${"upper bound (LP relaxation)".padEnd(28)}${"".padStart(10)}${relaxation.bound.toFixed(1).padStart(12)}`);
  console.log(
    `solver: ${solver.seconds.toFixed(2)} s wall clock, ${cpuSeconds.toFixed(2)} s CPU (machine load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(
    `solver gap to bound ${solver.gapPct.toFixed(3)} %, ${(((solver.value - greedy.value) / greedy.value) * 100).toFixed(1)} % above greedy, ` +
      `${(((solver.value - fcfs.value) / fcfs.value) * 100).toFixed(1)} % above first come first served; schedules checked: ${process.exitCode ? "VIOLATIONS" : "all valid"}`,
  );
  // Late changes on the day: 5 announced meetings cancelled, 5 requests left out become mutual (weight 3.5).
  const cancelled = new Set(solver.assignments.slice(0, 5).map((a) => a.meetingId));
  const upgraded = new Set(
    solver.unscheduled
      .filter((u) => u.reason === "not-selected")
      .slice(0, 5)
      .map((u) => u.meetingId),
  );
  const changed: ScheduleProblem = {
    ...problem,
    meetings: problem.meetings.filter((m) => !cancelled.has(m.id)).map((m) => (upgraded.has(m.id) ? { ...m, weight: 3.5 } : m)),
  };
  const reopt = await scheduleMeetings(changed, { timeLimitSeconds: Number(args["time-limit"]), previous: solver.assignments });
  const scratch = await scheduleMeetings(changed, { timeLimitSeconds: Number(args["time-limit"]) });
  const movedFromScratch = solver.assignments.filter(
    (a) => !cancelled.has(a.meetingId) && scratch.assignments.find((x) => x.meetingId === a.meetingId)?.slotId !== a.slotId,
  ).length;
  verify("re-optimisation", changed, reopt);
  console.log(
    `late changes (5 cancelled, 5 new mutual): re-optimised ${reopt.value.toFixed(1)} (bound ${reopt.bound.toFixed(1)}) moving ` +
      `${reopt.moved.length} announced meetings in ${reopt.seconds.toFixed(2)} s; from scratch ${scratch.value.toFixed(1)} moving ${movedFromScratch}`,
  );
  const summary = {
    participants: problem.participants.length,
    requests: problem.meetings.length,
    fcfs_value: fcfs.value,
    greedy_value: greedy.value,
    solver_value: solver.value,
    bound: solver.bound,
    gap_pct: solver.gapPct,
    seconds: solver.seconds,
  };
  if (!args["no-save"]) {
    const dir = path.join(import.meta.dirname, "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `meetings-${new Date().toISOString().slice(0, 10)}.json`);
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  }
  console.log(JSON.stringify(summary));
}

// Run only when executed (the generator is importable, e.g. to try re-optimisation on the same day).
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
