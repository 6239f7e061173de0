/**
 * Greedy by weight: heaviest meetings first (mutual requests before one-sided ones before suggestions),
 * ties by meeting id, each at the earliest slot still free for both sides. The solver's fallback.
 */
import { compareIds, type IndexedProblem } from "./problem";
import { placeInOrder, type SlotSelection } from "./place";

export function greedySelection(ip: IndexedProblem): SlotSelection {
  const order = [...ip.meetings].sort((x, y) => y.meeting.weight - x.meeting.weight || compareIds(x.meeting.id, y.meeting.id) || x.order - y.order);
  return placeInOrder(ip, order);
}
