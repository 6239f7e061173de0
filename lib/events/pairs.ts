/** Pure rules about who meets whom: a meeting puts a buyer in front of a supplier, with a weight. */
export type EventRole = "buyer" | "supplier" | "both";

/** Which side buys in a meeting between two registrations, or null when neither can (two buyers, two suppliers). */
export function pairRoles<T extends { id: string; role: EventRole }>(from: T, to: T): { buyer: T; supplier: T } | null {
  const buys = (r: T) => r.role !== "supplier";
  const sells = (r: T) => r.role !== "buyer";
  // The requester's wish decides for two « both » companies: it asked because it buys (or sells) first.
  if (buys(from) && sells(to)) return { buyer: from, supplier: to };
  if (buys(to) && sells(from)) return { buyer: to, supplier: from };
  return null;
}

/**
 * The weight of a meeting in the schedule: wanted by both sides (both asked, or added by staff) above an
 * accepted one-sided request, above a mere suggestion of the matching engine. A request still waiting for
 * its answer, declined, vetoed or cancelled is not placed (null).
 */
export const MEETING_WEIGHTS = { mutual: 3, oneSided: 2, suggestion: 1 } as const;

export function requestWeight(r: { status: string; origin: string; mutual: boolean }): number | null {
  if (r.status !== "accepted") return null;
  return r.mutual || r.origin === "staff" ? MEETING_WEIGHTS.mutual : MEETING_WEIGHTS.oneSided;
}
