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
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import highsLoader, { type Highs } from "highs";
import { colorEdges, type ColoringEdge } from "./edge-coloring";
import type { IndexedProblem, MeetingInfo } from "./problem";
import { placePinned, type SlotSelection } from "./place";
import { sessionCap } from "./problem";
import { present } from "../../invariant";

export type LoadHighs = () => Promise<Highs>;

let cached: Promise<Highs> | undefined;
/**
 * One WebAssembly runtime per process: instantiating it costs ~50 ms; each solve gets a fresh model. The
 * loader finds highs.wasm next to its own script; when a bundler has moved that script (Next.js without
 * "highs" in serverExternalPackages), the binary is read from node_modules instead.
 */
export const loadHighs: LoadHighs = () => {
  cached ??= highsLoader()
    .catch(() => highsLoader({ wasmBinary: readFileSync(path.join(process.cwd(), "node_modules/highs/build/highs.wasm")) }))
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
};

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

/** A group of slots a column stands for: one slot (direct model) or a session's slots (session model). */
interface Unit {
  slots: number[];
}

interface Column {
  info: MeetingInfo;
  unit: number;
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

/**
 * One HiGHS run of a 0/1 maximisation in compressed rows (all coefficients 1, rows ≤ rowUpper). Plain
 * data in and out, so the run can happen in this thread or in a worker thread (highs-thread.ts).
 */
export interface HighsModelSpec {
  numCols: number;
  cost: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  /** false: LP relaxation. */
  integer: boolean;
  timeLimitSeconds: number;
  mipRelGap: number;
}

export interface HighsAnswer {
  status: string;
  hasSolution: boolean;
  optimal: boolean;
  objective: number;
  dualBound: number;
  colValue?: ArrayLike<number>;
}

export type HighsRunner = (spec: HighsModelSpec) => Promise<HighsAnswer>;

/** Runs HiGHS in the calling thread (blocks it for up to the time limit): scripts, tests, the job worker. */
export const inProcessRunner =
  (load: LoadHighs = loadHighs): HighsRunner =>
  async (spec) =>
    runModel(await load(), spec);

/** Keep in step with the copy in highs-thread.ts (a unit test checks both give the same answers). */
function runModel(highs: Highs, spec: HighsModelSpec): HighsAnswer {
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false, time_limit: spec.timeLimitSeconds, mip_rel_gap: spec.mipRelGap, random_seed: 0 });
    const numRows = spec.rowUpper.length;
    model.passModel({
      numCols: spec.numCols,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: spec.cost,
      colLower: new Float64Array(spec.numCols),
      colUpper: new Float64Array(spec.numCols).fill(1),
      rowLower: new Float64Array(numRows).fill(-Infinity),
      rowUpper: spec.rowUpper,
      matrix: {
        format: "csr",
        numRows,
        numCols: spec.numCols,
        starts: spec.starts,
        indices: spec.indices,
        values: new Float64Array(spec.indices.length).fill(1),
      },
      ...(spec.integer ? { integrality: new Int32Array(spec.numCols).fill(1) } : {}),
    });
    const run = model.run();
    const hasSolution = Number(model.info.get("primal_solution_status")) === highs.constants.solutionStatus.feasible;
    const optimal = run.modelStatus === highs.constants.modelStatus.optimal;
    return {
      status: modelStatusName(highs, run.modelStatus),
      hasSolution,
      optimal,
      objective: optimal ? model.getObjectiveValue() : Number.NaN,
      dualBound: spec.integer ? Number(model.info.get("mip_dual_bound")) : Number.NaN,
      colValue: hasSolution && spec.integer ? Float64Array.from(model.getSolution().colValue) : undefined,
    };
  } finally {
    model.dispose();
  }
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

function buildModel(ip: IndexedProblem, pinned: SlotSelection, units: Unit[], opts: MilpOptions) {
  const busy = new Set<string>();
  const slotUsed = ip.slots.map(() => 0);
  const personUsed = new Map<string, number>();
  let fixedValue = 0;
  for (const [order, slot] of pinned) {
    const { meeting } = ip.meetings[order];
    fixedValue += meeting.weight;
    slotUsed[slot] += 1;
    for (const p of [meeting.a, meeting.b]) {
      busy.add(`${p}\u0000${slot}`);
      personUsed.set(p, (personUsed.get(p) ?? 0) + 1);
    }
  }
  const remainingMax = (p: string) => (ip.participants.get(p)?.maxMeetings ?? 0) - (personUsed.get(p) ?? 0);
  for (const [order, slot] of pinned) {
    const { meeting } = ip.meetings[order];
    for (const p of [meeting.a, meeting.b])
      personUsed.set(`${p}\u0000${ip.slots[slot].sessionId}`, (personUsed.get(`${p}\u0000${ip.slots[slot].sessionId}`) ?? 0) + 1);
  }
  /** What is left of a participant's own maximum in a session (Infinity without one). */
  const remainingInSession = (p: string, session: string) => sessionCap(ip.participants.get(p), session) - (personUsed.get(`${p}\u0000${session}`) ?? 0);
  const unitOfSlot = new Map<number, number>();
  units.forEach((unit, u) => unit.slots.forEach((slot) => unitOfSlot.set(slot, u)));
  const unitRoom = units.map((unit) => unit.slots.reduce((sum, s) => sum + ip.slots[s].tableCount - slotUsed[s], 0));
  const personRoomCache = new Map<string, number>();
  /** Slots of the unit where the person is not held by a pin. */
  const personRoom = (p: string, u: number) => {
    const key = `${p}\u0000${u}`;
    let room = personRoomCache.get(key);
    if (room === undefined) {
      room = units[u].slots.filter((s) => !busy.has(`${p}\u0000${s}`) && slotUsed[s] < ip.slots[s].tableCount).length;
      personRoomCache.set(key, room);
    }
    return room;
  };

  const columns: Column[] = [];
  const cost: number[] = [];
  const byMeeting: number[][] = [];
  const byPersonUnit = new Map<string, { cols: number[]; room: number }>();
  const byUnit: number[][] = units.map(() => []);
  const byPerson = new Map<string, { cols: number[]; meetings: number }>();
  const byPersonSession = new Map<string, { cols: number[]; cap: number; meetings: Set<number> }>();
  for (const info of ip.meetings) {
    if (info.impossible || pinned.has(info.order)) continue;
    const { a, b, weight, id } = info.meeting;
    if (remainingMax(a) < 1 || remainingMax(b) < 1) continue;
    const before = opts.previousSlot.get(id);
    const cols: number[] = [];
    const seenUnits = new Set<number>();
    for (const slot of info.candidateSlots) {
      const u = present(unitOfSlot.get(slot), `unit of slot ${slot}`);
      if (seenUnits.has(u)) continue;
      seenUnits.add(u);
      if (unitRoom[u] < 1 || personRoom(a, u) < 1 || personRoom(b, u) < 1) continue;
      // A unit lies within one session (a slot, or a session's slots).
      const session = ip.slots[units[u].slots[0]].sessionId;
      if (remainingInSession(a, session) < 1 || remainingInSession(b, session) < 1) continue;
      const j = columns.length;
      columns.push({ info, unit: u });
      cost.push(weight + (before !== undefined && units[u].slots.includes(before) ? opts.moveCost : 0));
      cols.push(j);
      byUnit[u].push(j);
      for (const p of [a, b]) {
        const cap = remainingInSession(p, session);
        if (Number.isFinite(cap)) {
          const sessionKey = `${p}\u0000${session}`;
          const capped = byPersonSession.get(sessionKey) ?? { cols: [], cap, meetings: new Set<number>() };
          capped.cols.push(j);
          capped.meetings.add(info.order);
          byPersonSession.set(sessionKey, capped);
        }
        const key = `${p}\u0000${u}`;
        const entry = byPersonUnit.get(key);
        if (entry) entry.cols.push(j);
        else byPersonUnit.set(key, { cols: [j], room: personRoom(p, u) });
      }
    }
    if (cols.length === 0) continue;
    byMeeting.push(cols);
    for (const p of [a, b]) {
      const entry = byPerson.get(p) ?? { cols: [], meetings: 0 };
      entry.cols.push(...cols);
      entry.meetings += 1;
      byPerson.set(p, entry);
    }
  }

  const starts: number[] = [0];
  const indices: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (cols: number[], upper: number) => {
    for (const j of cols) indices.push(j);
    starts.push(indices.length);
    rowUpper.push(upper);
  };
  for (const cols of byMeeting) if (cols.length > 1) addRow(cols, 1);
  for (const { cols, room } of byPersonUnit.values()) if (cols.length > room) addRow(cols, room);
  // Only where the cap can bind (more meetings than it allows), so an event's model is unchanged otherwise.
  for (const { cols, cap, meetings } of byPersonSession.values()) if (meetings.size > cap) addRow(cols, cap);
  units.forEach((_, u) => {
    if (byUnit[u].length > unitRoom[u]) addRow(byUnit[u], unitRoom[u]);
  });
  for (const [p, entry] of byPerson) {
    // Redundant when the person cannot reach the maximum anyway (few requests).
    if (entry.meetings > remainingMax(p))
      addRow(
        entry.cols.sort((x, y) => x - y),
        remainingMax(p),
      );
  }
  return {
    columns,
    cost: Float64Array.from(cost),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    rowUpper: Float64Array.from(rowUpper),
    fixedValue,
  };
}

function modelStatusName(highs: Highs, code: number): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, value]) => value === code);
  return entry ? entry[0] : `status-${code}`;
}
