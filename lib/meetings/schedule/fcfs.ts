/**
 * First come, first served: what a request-based booking tool does. Meetings are placed in request order
 * (the order of problem.meetings), each at the earliest slot still free for both sides.
 */
import type { IndexedProblem } from "./problem";
import { placeInOrder, type SlotSelection } from "./place";

export function fcfsSelection(ip: IndexedProblem): SlotSelection {
  return placeInOrder(ip, ip.meetings);
}
