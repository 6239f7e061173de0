/**
 * Sequential placement shared by the first-come-first-served and greedy baselines (and the solver's
 * fallback): pinned meetings first, then each meeting in the given order at the earliest slot where both
 * sides are free, a table is left and neither side has reached its maximum (over the event, or in the session).
 */
import { sessionCap, type IndexedProblem, type MeetingInfo } from "./problem";

/** Meeting order index (MeetingInfo.order) → slot index. */
export type SlotSelection = Map<number, number>;

export class Occupancy {
  private readonly busy = new Set<string>();
  private readonly perSlot: number[];
  private readonly perPerson = new Map<string, number>();

  constructor(private readonly ip: IndexedProblem) {
    this.perSlot = ip.slots.map(() => 0);
  }

  canPlace(info: MeetingInfo, slot: number): boolean {
    const { a, b } = info.meeting;
    const session = this.ip.slots[slot].sessionId;
    return (
      this.perSlot[slot] < this.ip.slots[slot].tableCount &&
      !this.busy.has(`${a}\u0000${slot}`) &&
      !this.busy.has(`${b}\u0000${slot}`) &&
      this.count(a) < this.max(a) &&
      this.count(b) < this.max(b) &&
      this.count(`${a}\u0000${session}`) < sessionCap(this.ip.participants.get(a), session) &&
      this.count(`${b}\u0000${session}`) < sessionCap(this.ip.participants.get(b), session)
    );
  }

  place(info: MeetingInfo, slot: number): void {
    const { a, b } = info.meeting;
    this.perSlot[slot] += 1;
    this.busy.add(`${a}\u0000${slot}`);
    this.busy.add(`${b}\u0000${slot}`);
    const session = this.ip.slots[slot].sessionId;
    // Keys "person" (whole event) and "person\0session".
    for (const key of [a, b, `${a}\u0000${session}`, `${b}\u0000${session}`]) this.perPerson.set(key, this.count(key) + 1);
  }

  private count(p: string): number {
    return this.perPerson.get(p) ?? 0;
  }

  private max(p: string): number {
    return this.ip.participants.get(p)?.maxMeetings ?? 0;
  }
}

/** Places the valid pins; returns the occupancy and selection they leave. */
export function placePinned(ip: IndexedProblem): { occupancy: Occupancy; selection: SlotSelection } {
  const occupancy = new Occupancy(ip);
  const selection: SlotSelection = new Map();
  for (const info of ip.meetings) {
    if (info.pinnedSlot === undefined || info.impossible) continue;
    occupancy.place(info, info.pinnedSlot);
    selection.set(info.order, info.pinnedSlot);
  }
  return { occupancy, selection };
}

/** Places `order` (unpinned, possible meetings) one by one at their earliest feasible slot. */
export function placeInOrder(ip: IndexedProblem, order: MeetingInfo[]): SlotSelection {
  const { occupancy, selection } = placePinned(ip);
  for (const info of order) {
    if (info.impossible || info.pinnedSlot !== undefined || selection.has(info.order)) continue;
    const slot = info.candidateSlots.find((s) => occupancy.canPlace(info, s));
    if (slot === undefined) continue;
    occupancy.place(info, slot);
    selection.set(info.order, slot);
  }
  return selection;
}
