/**
 * Tables are interchangeable within a slot, so the algorithms choose slots only and this deterministic
 * post-pass numbers the tables: pinned meetings keep theirs, announced meetings that stay in their slot keep
 * theirs, then each host (the buyer side) gets one table for as many of its meetings of the session as
 * possible (hosts with the most meetings first), and what is left takes the host's last table or the lowest
 * free one. Capacity was checked per slot, so every meeting finds a table.
 */
import { compareIds, type IndexedProblem, type MeetingInfo } from "./problem";
import type { SlotSelection } from "./place";
import type { Assignment } from "./types";
import { present } from "../../invariant";

export function assignTables(ip: IndexedProblem, selection: SlotSelection, previous: Map<string, Assignment> = new Map()): Assignment[] {
  const taken = ip.slots.map(() => new Set<number>());
  const tableOf = new Map<number, number>(); // meeting order → table
  const chosen: MeetingInfo[] = [...selection.keys()].sort((x, y) => x - y).map((order) => ip.meetings[order]);
  const slotOf = (info: MeetingInfo) => present(selection.get(info.order), `slot of meeting ${info.order}`);
  const give = (info: MeetingInfo, table: number) => {
    tableOf.set(info.order, table);
    taken[slotOf(info)].add(table);
  };

  for (const info of chosen) if (info.pinnedSlot !== undefined) give(info, present(info.pinnedTable, "the table of a pinned meeting"));
  for (const info of chosen) {
    const before = previous.get(info.meeting.id);
    if (tableOf.has(info.order) || !before || ip.slotIndexById.get(before.slotId) !== slotOf(info)) continue;
    const slot = slotOf(info);
    if (before.table >= 1 && before.table <= ip.slots[slot].tableCount && !taken[slot].has(before.table)) {
      give(info, before.table);
    }
  }

  // Home tables, session by session: a host keeps one table across its slots where it is free.
  const bySessionHost = new Map<string, MeetingInfo[]>();
  for (const info of chosen) {
    if (tableOf.has(info.order)) continue;
    const key = `${ip.slots[slotOf(info)].sessionId}\u0000${info.host}`;
    bySessionHost.set(key, [...(bySessionHost.get(key) ?? []), info]);
  }
  const groups = [...bySessionHost.entries()].sort(([kx, x], [ky, y]) => y.length - x.length || compareIds(kx, ky));
  for (const [, infos] of groups) {
    const tableCount = ip.slots[slotOf(infos[0])].tableCount;
    let best = 0;
    let bestFree = 0;
    for (let t = 1; t <= tableCount && bestFree < infos.length; t++) {
      const free = infos.filter((info) => !taken[slotOf(info)].has(t)).length;
      if (free > bestFree) [best, bestFree] = [t, free];
    }
    // A home table is worth reserving only when it serves at least two slots.
    if (best === 0 || (bestFree < 2 && infos.length > 1)) continue;
    for (const info of infos) if (!taken[slotOf(info)].has(best)) give(info, best);
  }

  // The rest, in time order: the host's table of its previous slot if free, else the lowest free table.
  const lastTable = new Map<string, number>();
  const rest = chosen.filter((info) => !tableOf.has(info.order)).sort((x, y) => slotOf(x) - slotOf(y) || compareIds(x.host, y.host) || x.order - y.order);
  for (const info of rest) {
    const slot = slotOf(info);
    let table = lastTable.get(info.host);
    if (table === undefined || table > ip.slots[slot].tableCount || taken[slot].has(table)) {
      table = 1;
      while (taken[slot].has(table)) table++;
    }
    give(info, table);
    lastTable.set(info.host, table);
  }

  return chosen
    .map((info) => ({
      meetingId: info.meeting.id,
      slotId: ip.slots[slotOf(info)].id,
      table: present(tableOf.get(info.order), `table of meeting ${info.order}`),
    }))
    .sort(
      (x, y) => present(ip.slotIndexById.get(x.slotId), `slot ${x.slotId}`) - present(ip.slotIndexById.get(y.slotId), `slot ${y.slotId}`) || x.table - y.table,
    );
}
