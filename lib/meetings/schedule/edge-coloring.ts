/**
 * Second stage of the large-event solver: once the session of each meeting is chosen, give each meeting a
 * slot of its session. Slots are colours, meetings are edges between two people, a person's meetings need
 * distinct colours, and a colour holds at most `capacity[slot]` edges. For buyer–supplier meetings the graph
 * is bipartite, and then this always succeeds when every person has at most as many meetings as slots and
 * the session at most slots × tables (König's edge-colouring theorem, and de Werra's equitable version for
 * the capacities): alternating-path swaps (Kempe chains) make a colour free at both ends, then swaps between
 * an over-full and an under-full colour rebalance them. Pinned edges never move; edges announced in a slot
 * start there. An edge that cannot be coloured (odd cycles between "both" participants, pins in the way) is
 * returned uncoloured for the caller to drop or re-place.
 */
import { present } from "../../invariant";

export interface ColoringEdge {
  key: number;
  u: string;
  v: string;
  /** Fixed colour (a pin): never changed. */
  fixed?: number;
  /** Preferred colour (announced slot): tried first. */
  preferred?: number;
}

/** Returns edge key → colour (0..colours−1) for the edges it could colour. */
export function colorEdges(edges: ColoringEdge[], colours: number, capacity: number[]): Map<number, number> {
  const colour = new Map<number, number>();
  const fixed = new Set<number>();
  // at.get(person)[c] = key of the person's edge of colour c, or -1.
  const at = new Map<string, Int32Array>();
  const slotsOf = (p: string) => {
    let a = at.get(p);
    if (!a) {
      a = new Int32Array(colours).fill(-1);
      at.set(p, a);
    }
    return a;
  };
  const count = new Array<number>(colours).fill(0);
  const byKey = new Map(edges.map((e) => [e.key, e]));
  const set = (e: ColoringEdge, c: number) => {
    colour.set(e.key, c);
    slotsOf(e.u)[c] = e.key;
    slotsOf(e.v)[c] = e.key;
    count[c] += 1;
  };
  const unset = (e: ColoringEdge) => {
    const c = present(colour.get(e.key), `colour of ${e.key}`);
    colour.delete(e.key);
    slotsOf(e.u)[c] = -1;
    slotsOf(e.v)[c] = -1;
    count[c] -= 1;
  };
  const freeAt = (e: ColoringEdge, c: number) => slotsOf(e.u)[c] === -1 && slotsOf(e.v)[c] === -1;

  for (const e of edges) {
    if (e.fixed === undefined || !freeAt(e, e.fixed)) continue;
    set(e, e.fixed);
    fixed.add(e.key);
  }
  for (const e of edges) {
    if (e.fixed !== undefined || e.preferred === undefined) continue;
    if (freeAt(e, e.preferred) && count[e.preferred] < capacity[e.preferred]) set(e, e.preferred);
  }

  /** The α/β alternating path starting at `start` with its α edge; undefined if it holds a fixed edge. */
  const alternatingPath = (start: string, alpha: number, beta: number): ColoringEdge[] | undefined => {
    const path: ColoringEdge[] = [];
    let person = start;
    let c = alpha;
    for (;;) {
      const key = slotsOf(person)[c];
      if (key === -1) return path;
      if (fixed.has(key)) return undefined;
      const e = present(byKey.get(key), `edge ${key}`);
      path.push(e);
      person = e.u === person ? e.v : e.u;
      c = c === alpha ? beta : alpha;
      if (path.length > edges.length) return undefined; // a cycle: cannot happen from a path end, guard anyway
    }
  };
  const swap = (path: ColoringEdge[], alpha: number, beta: number) => {
    const colours = path.map((e) => present(colour.get(e.key), `colour of ${e.key}`));
    for (const e of path) unset(e);
    path.forEach((e, i) => set(e, colours[i] === alpha ? beta : alpha));
  };

  for (const e of edges) {
    if (colour.has(e.key)) continue;
    const u = slotsOf(e.u);
    const v = slotsOf(e.v);
    // A colour free at both ends: the least used one, so that colours stay balanced.
    let best = -1;
    for (let c = 0; c < colours; c++) {
      if (u[c] === -1 && v[c] === -1 && (best === -1 || count[c] < count[best])) best = c;
    }
    if (best !== -1) {
      set(e, best);
      continue;
    }
    // α free at u (used at v), β free at v (used at u): flip the α/β path from v, then α is free at both.
    let done = false;
    for (let alpha = 0; alpha < colours && !done; alpha++) {
      if (u[alpha] !== -1) continue;
      for (let beta = 0; beta < colours && !done; beta++) {
        if (v[beta] !== -1 || beta === alpha) continue;
        const path = alternatingPath(e.v, alpha, beta);
        if (!path) continue;
        // In a non-bipartite graph the path may end at u; then the flip would not free α at u.
        if (path.some((p) => p.u === e.u || p.v === e.u)) continue;
        swap(path, alpha, beta);
        if (freeAt(e, alpha)) {
          set(e, alpha);
          done = true;
        } else {
          swap(path, alpha, beta); // undo
        }
      }
    }
  }

  rebalance(edges, colours, capacity, colour, count, fixed, alternatingPath, swap, slotsOf);
  // Anything still above capacity (pins in the way, odd cycles) is dropped, lightest key last to go.
  for (let c = 0; c < colours; c++) {
    while (count[c] > capacity[c]) {
      const victim = [...edges].reverse().find((e) => colour.get(e.key) === c && !fixed.has(e.key));
      if (!victim) break;
      unset(victim);
    }
  }
  return colour;
}

/**
 * While a colour α is over capacity and a colour β under it, some α/β component is a path with one more α
 * edge than β edges (|α| > |β|): flipping it moves one edge from α to β and keeps every person valid.
 */
function rebalance(
  edges: ColoringEdge[],
  colours: number,
  capacity: number[],
  colour: Map<number, number>,
  count: number[],
  fixed: Set<number>,
  alternatingPath: (start: string, alpha: number, beta: number) => ColoringEdge[] | undefined,
  swap: (path: ColoringEdge[], alpha: number, beta: number) => void,
  slotsOf: (p: string) => Int32Array,
): void {
  for (let guard = 0; guard < edges.length * colours; guard++) {
    const alpha = count.findIndex((n, c) => n > capacity[c]);
    if (alpha === -1) return;
    const beta = count.findIndex((n, c) => n < capacity[c]);
    if (beta === -1) return;
    let moved = false;
    for (const e of edges) {
      if (colour.get(e.key) !== alpha || fixed.has(e.key)) continue;
      // A path component with α at both ends: start from an end, i.e. a person without a β edge.
      for (const end of [e.u, e.v]) {
        if (slotsOf(end)[beta] !== -1) continue;
        const path = alternatingPath(end, alpha, beta);
        if (!path || path.length % 2 === 0) continue;
        swap(path, alpha, beta);
        moved = true;
        break;
      }
      if (moved) break;
    }
    if (!moved) return;
  }
}
