/**
 * scheduleMeetings: the optimal schedule of an event's meetings (see types.ts for the contract and
 * docs/MEETINGS-SCHEDULER.md for the model). The solver runs first; if it fails or finds nothing within the
 * time limit, the greedy-by-weight schedule is returned, marked "greedy-fallback", with the best bound known.
 *
 * HiGHS solves synchronously: scheduleMeetings blocks the Node.js thread for up to timeLimitSeconds, so a
 * request handler calls scheduleMeetingsInThread (./highs-thread.ts), which runs HiGHS in a worker thread.
 */
import { fcfsSelection } from "./fcfs";
import { greedySelection } from "./greedy";
import { inProcessRunner, type HighsRunner, type LoadHighs } from "./highs-runner";
import { solveMilp } from "./milp";
import { indexProblem, type IndexedProblem } from "./problem";
import { Occupancy, type SlotSelection } from "./place";
import { buildResult } from "./result";
import type { ScheduleOptions, ScheduleProblem, ScheduleResult } from "./types";

export type * from "./types";
export { checkSchedule, type Violation, type ViolationCode } from "./checker";

/** Solves in the calling thread: scripts, tests and the job worker. A request handler uses scheduleMeetingsInThread. */
export function scheduleMeetings(problem: ScheduleProblem, opts: ScheduleOptions = {}): Promise<ScheduleResult> {
  return scheduleMeetingsRunning(problem, opts, inProcessRunner());
}

/**
 * The two reference placements, without any solver (bound = the trivial one: every placeable meeting):
 * "fcfs" places in request order as a booking tool does, "greedy" by weight. For comparisons and tests.
 */
export function baselineSchedule(problem: ScheduleProblem, kind: "fcfs" | "greedy"): ScheduleResult {
  const startedAt = performance.now();
  const ip = indexProblem(problem);
  const selection = kind === "fcfs" ? fcfsSelection(ip) : greedySelection(ip);
  return buildResult(ip, selection, { method: "greedy-fallback", fallbackReason: kind, bound: trivialBound(ip), startedAt });
}

/** Same, with the solver loader injected (tests make it fail to exercise the fallback). */
export function scheduleMeetingsWith(problem: ScheduleProblem, opts: ScheduleOptions, load: LoadHighs): Promise<ScheduleResult> {
  return scheduleMeetingsRunning(problem, opts, inProcessRunner(load));
}

/** Same, with the place where HiGHS runs injected (this thread, or a worker thread: ./highs-thread.ts). */
export async function scheduleMeetingsRunning(problem: ScheduleProblem, opts: ScheduleOptions, run: HighsRunner): Promise<ScheduleResult> {
  const startedAt = performance.now();
  const ip = indexProblem(problem);
  const previous = opts.previous ?? [];
  const minWeight = Math.min(...problem.meetings.map((m) => m.weight).filter((w) => w > 0), 1);
  const moveCost = Math.min(opts.moveCost ?? 0.1 * minWeight, 0.999 * minWeight);
  const milpOptions = {
    timeLimitSeconds: opts.timeLimitSeconds ?? 20,
    mipRelGap: opts.mipRelGap ?? 0.002,
    previousSlot: new Map(
      previous.flatMap((a) => {
        const slot = ip.slotIndexById.get(a.slotId);
        return slot === undefined ? [] : [[a.meetingId, slot] as const];
      }),
    ),
    moveCost,
    directColumnLimit: opts.directColumnLimit,
  };

  if (opts.method === "greedy") {
    return buildResult(ip, greedySelection(ip), {
      method: "greedy-fallback",
      fallbackReason: "greedy requested",
      bound: await relaxationBound(ip, milpOptions, run),
      startedAt,
      previous,
    });
  }

  let reason: string;
  try {
    const outcome = await solveMilp(ip, milpOptions, run);
    if (outcome.selection) {
      const selection = fillGaps(ip, outcome.selection);
      let bound = Number.isFinite(outcome.bound) ? outcome.bound : trivialBound(ip);
      // The solver's bound counts the move bonuses; the LP relaxation without them bounds the value alone.
      if (milpOptions.previousSlot.size > 0) {
        bound = Math.min(bound, await relaxationBound(ip, { ...milpOptions, moveCost: 0, timeLimitSeconds: 5 }, run));
      }
      return buildResult(ip, selection, {
        method: "milp",
        formulation: outcome.formulation,
        bound,
        startedAt,
        previous,
      });
    }
    reason = `solver found no schedule (${outcome.status})`;
  } catch (error) {
    reason = `solver failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  return buildResult(ip, greedySelection(ip), {
    method: "greedy-fallback",
    fallbackReason: reason,
    bound: await relaxationBound(ip, { ...milpOptions, timeLimitSeconds: 5 }, run),
    startedAt,
    previous,
  });
}

/**
 * A solution within the MIP gap may leave a meeting out that still fits: add such meetings, heaviest
 * first. Never lowers the value, and keeps the schedule valid whatever the solver's tolerances.
 */
function fillGaps(ip: IndexedProblem, solved: SlotSelection): SlotSelection {
  const occupancy = new Occupancy(ip);
  const selection: SlotSelection = new Map();
  const inOrder = [...solved.entries()].sort(([x], [y]) => x - y);
  // Pins first, so a solver rounding error can never displace one.
  for (const pass of [true, false]) {
    for (const [order, slot] of inOrder) {
      const info = ip.meetings[order];
      if ((info.pinnedSlot !== undefined) !== pass) continue;
      if (pass || occupancy.canPlace(info, slot)) {
        occupancy.place(info, slot);
        selection.set(order, slot);
      }
    }
  }
  const rest = ip.meetings
    .filter((info) => !info.impossible && !selection.has(info.order))
    .sort((x, y) => y.meeting.weight - x.meeting.weight || (x.meeting.id < y.meeting.id ? -1 : 1));
  for (const info of rest) {
    const slot = info.candidateSlots.find((s) => occupancy.canPlace(info, s));
    if (slot === undefined) continue;
    occupancy.place(info, slot);
    selection.set(info.order, slot);
  }
  return selection;
}

async function relaxationBound(ip: IndexedProblem, milpOptions: Parameters<typeof solveMilp>[1], run: HighsRunner): Promise<number> {
  try {
    const outcome = await solveMilp(ip, { ...milpOptions, relaxationOnly: true }, run);
    if (Number.isFinite(outcome.bound)) return outcome.bound;
  } catch {
    // The solver is unavailable: fall through to the combinatorial bound.
  }
  return trivialBound(ip);
}

/** Without any solver: every placeable meeting held. */
function trivialBound(ip: IndexedProblem): number {
  return ip.meetings.filter((info) => !info.impossible).reduce((sum, info) => sum + info.meeting.weight, 0);
}
