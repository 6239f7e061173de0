/** Turns a slot selection into the public ScheduleResult: tables, value, moves and unscheduled reasons. */
import type { IndexedProblem } from "./problem";
import type { SlotSelection } from "./place";
import { assignTables } from "./tables";
import type { Assignment, ScheduleResult, Unscheduled } from "./types";

export interface ResultParts {
  method: ScheduleResult["method"];
  formulation?: ScheduleResult["formulation"];
  bound: number;
  startedAt: number;
  fallbackReason?: string;
  previous?: Assignment[];
}

export function buildResult(ip: IndexedProblem, selection: SlotSelection, parts: ResultParts): ScheduleResult {
  const previous = new Map((parts.previous ?? []).map((a) => [a.meetingId, a]));
  const assignments = assignTables(ip, selection, previous);
  const value = roundValue([...selection.keys()].reduce((sum, order) => sum + ip.meetings[order].meeting.weight, 0));
  const bound = Math.max(value, roundValue(parts.bound));
  const placed = new Map(assignments.map((a) => [a.meetingId, a]));
  // A cancelled meeting (no longer in the problem) is not a move: it simply goes.
  const moved = [...previous.values()]
    .filter((before) => ip.meetingById.has(before.meetingId) && placed.get(before.meetingId)?.slotId !== before.slotId)
    .map((before) => before.meetingId)
    .sort();
  const unscheduled: Unscheduled[] = ip.meetings
    .filter((info) => !selection.has(info.order))
    .map((info) => ({ meetingId: info.meeting.id, reason: info.impossible ?? "not-selected" }));
  return {
    assignments,
    value,
    bound,
    gapPct: bound > 0 ? roundValue((100 * (bound - value)) / bound) : 0,
    method: parts.method,
    ...(parts.formulation ? { formulation: parts.formulation } : {}),
    ...(parts.fallbackReason ? { fallbackReason: parts.fallbackReason } : {}),
    seconds: roundValue((performance.now() - parts.startedAt) / 1000),
    moved,
    unscheduled,
  };
}

/** Weights may be fractional: keep 6 decimals so sums print and compare cleanly. */
export function roundValue(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
