/**
 * The optimal schedule as a mixed-integer programme solved by HiGHS (WebAssembly, the `highs` package).
 *
 * Direct model (small and medium events, and whenever it stays under `directColumnLimit` columns):
 *   x[m,s] ∈ {0,1}   meeting m takes place in slot s (s in a session both sides attend, not blocked by a pin)
 *   max  Σ w[m]·x[m,s]  (+ moveCost on x[m,s₀] when m was announced in slot s₀: moving it forfeits the bonus)
 *   Σ_s x[m,s] ≤ 1                    each meeting at most once
 *   Σ_{m∋p} x[m,s] ≤ 1                one meeting per person per slot
 *   Σ_m x[m,s] ≤ tables(s) − pinned    tables of the slot
 *   Σ_{m∋p,s} x[m,s] ≤ max(p) − pinned per-participant maximum
 *   Σ_{m∋p,s∈k} x[m,s] ≤ max(p,k) − pinned   per-participant maximum in session k, when set
 *
 * Session model (large events): the slots of a session are interchangeable, so the direct model is full of
 * symmetric solutions that keep the branch-and-bound busy (measured: 48,000 columns, no useful bound in
 * 30 s). Aggregating them, y[m,k] = meeting m in session k, with a person's meetings in k ≤ its free slots
 * of k and the session's meetings ≤ its free places, is a relaxation of the direct model (its bound is
 * valid) with ~16 times fewer columns; edge-coloring.ts then gives each meeting a slot, which for
 * buyer–supplier meetings always succeeds, so the schedule reaches the session model's value.
 *
 * Rows that can never bind are left out, and the model is passed as compressed rows (typed arrays), not as
 * LP text. Tables are numbered afterwards (tables.ts). HiGHS returns its dual bound: the value no schedule
 * can exceed, whence the reported gap.
 *
 * The columns and rows are built in milp-model.ts; HiGHS is loaded and run by highs-runner.ts.
 */
import { colorEdges, type ColoringEdge } from "./edge-coloring";
import { inProcessRunner, type HighsRunner } from "./highs-runner";
import { buildModel, type Column, type Unit } from "./milp-model";
import type { IndexedProblem } from "./problem";
import { placePinned, type SlotSelection } from "./place";

export interface MilpOptions {
  timeLimitSeconds: number;
  mipRelGap: number;
  /** Meeting id → slot index where it was announced. */
  previousSlot: Map<string, number>;
  moveCost: number;
  /** Solve the LP relaxation only (for a bound when the MIP is not run). */
  relaxationOnly?: boolean;
  /** Above this many x[m,s] columns, the session model is used (default 6,000). */
  directColumnLimit?: number;
}

export interface MilpOutcome {
  /** Undefined when the solver found no schedule (then the caller falls back). */
  selection?: SlotSelection;
  /** Upper bound on the objective (dual bound, or LP value); NaN when unknown. */
  bound: number;
  status: string;
  formulation: "slots" | "sessions";
}

export async function solveMilp(ip: IndexedProblem, opts: MilpOptions, run: HighsRunner = inProcessRunner()): Promise<MilpOutcome> {
  const { selection: pinned } = placePinned(ip);
  const slotUnits: Unit[] = ip.slots.map((slot) => ({ slots: [slot.index] }));
  let formulation: MilpOutcome["formulation"] = "slots";
  let units = slotUnits;
  let built = buildModel(ip, pinned, units, opts);
  if (built.columns.length > (opts.directColumnLimit ?? 6000)) {
    formulation = "sessions";
    const bySession = new Map<string, number[]>();
    for (const slot of ip.slots) bySession.set(slot.sessionId, [...(bySession.get(slot.sessionId) ?? []), slot.index]);
    units = [...bySession.values()].map((slots) => ({ slots }));
    built = buildModel(ip, pinned, units, opts);
  }
  if (built.columns.length === 0) return { selection: pinned, bound: built.fixedValue, status: "empty", formulation };

  const answer = await run({
    numCols: built.columns.length,
    cost: built.cost,
    rowUpper: built.rowUpper,
    starts: built.starts,
    indices: built.indices,
    integer: !opts.relaxationOnly,
    timeLimitSeconds: Math.max(0.01, opts.timeLimitSeconds),
    mipRelGap: opts.mipRelGap,
  });
  const rawBound = opts.relaxationOnly ? (answer.optimal ? answer.objective : Number.NaN) : answer.dualBound;
  const bound = Number.isFinite(rawBound) ? rawBound + built.fixedValue : Number.NaN;
  const status = answer.status;
  if (opts.relaxationOnly || !answer.hasSolution || !answer.colValue) return { bound, status, formulation };

  const values = answer.colValue;
  const chosen = built.columns.filter((_, j) => values[j] > 0.5);
  const selection: SlotSelection = new Map(pinned);
  if (formulation === "slots") {
    for (const column of chosen) selection.set(column.info.order, units[column.unit].slots[0]);
  } else {
    for (const [order, slot] of slotsWithinSessions(ip, pinned, units, chosen, opts.previousSlot)) selection.set(order, slot);
  }
  return { selection, bound, status, formulation };
}

/** Gives each meeting chosen for a session one of its slots (edge colouring, pins fixed). */
function slotsWithinSessions(
  ip: IndexedProblem,
  pinned: SlotSelection,
  units: Unit[],
  chosen: Column[],
  previousSlot: Map<string, number>,
): Map<number, number> {
  const result = new Map<number, number>();
  units.forEach((unit, u) => {
    const position = new Map(unit.slots.map((slot, i) => [slot, i]));
    const edges: ColoringEdge[] = [];
    for (const [order, slot] of pinned) {
      if (!position.has(slot)) continue;
      const { meeting } = ip.meetings[order];
      edges.push({ key: order, u: meeting.a, v: meeting.b, fixed: position.get(slot) });
    }
    // Heaviest first, so that if an edge cannot be coloured it is a light one.
    const inUnit = chosen.filter((c) => c.unit === u).sort((x, y) => y.info.meeting.weight - x.info.meeting.weight || x.info.order - y.info.order);
    for (const { info } of inUnit) {
      const before = previousSlot.get(info.meeting.id);
      edges.push({
        key: info.order,
        u: info.meeting.a,
        v: info.meeting.b,
        ...(before !== undefined && position.has(before) ? { preferred: position.get(before) } : {}),
      });
    }
    const capacity = unit.slots.map((slot) => ip.slots[slot].tableCount);
    for (const [key, colour] of colorEdges(edges, unit.slots.length, capacity)) {
      if (!pinned.has(key)) result.set(key, unit.slots[colour]);
    }
  });
  return result;
}
