/**
 * The MILP's columns and rows (see milp.ts for the model): one column per meeting and unit of slots it can
 * take, and only the rows that can bind, as compressed rows (typed arrays) with every coefficient 1. Pinned
 * meetings are fixed beforehand: they use up room and count in the objective as a constant.
 */
import type { MilpOptions } from "./milp";
import type { SlotSelection } from "./place";
import type { IndexedProblem, MeetingInfo } from "./problem";
import { sessionCap } from "./problem";
import { present } from "../../invariant";

/** A group of slots a column stands for: one slot (direct model) or a session's slots (session model). */
export interface Unit {
  slots: number[];
}

export interface Column {
  info: MeetingInfo;
  unit: number;
}

/** The model over `units`: its columns with their costs, the rows that can bind, and the value the pins hold. */
export function buildModel(ip: IndexedProblem, pinned: SlotSelection, units: Unit[], opts: MilpOptions) {
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
