import { describe, expect, it } from "vitest";
import { colorEdges, type ColoringEdge } from "@/lib/meetings/schedule/edge-coloring";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random buyer–supplier edges where nobody has more than `colours` meetings and the total fits. */
function bipartite(seed: number, colours: number, capacity: number): ColoringEdge[] {
  const random = prng(seed);
  const degree = new Map<string, number>();
  const edges: ColoringEdge[] = [];
  for (let guard = 0; guard < 5000 && edges.length < colours * capacity; guard++) {
    const u = `A${Math.floor(random() * 12)}`;
    const v = `F${Math.floor(random() * 30)}`;
    if ((degree.get(u) ?? 0) >= colours || (degree.get(v) ?? 0) >= colours) continue;
    degree.set(u, (degree.get(u) ?? 0) + 1);
    degree.set(v, (degree.get(v) ?? 0) + 1);
    edges.push({ key: edges.length, u, v });
  }
  return edges;
}

function problems(edges: ColoringEdge[], colour: Map<number, number>, capacity: number[]): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  const count = capacity.map(() => 0);
  for (const e of edges) {
    const c = colour.get(e.key);
    if (c === undefined) continue;
    for (const p of [e.u, e.v]) {
      if (used.has(`${p}:${c}`)) out.push(`${p} twice in ${c}`);
      used.add(`${p}:${c}`);
    }
    count[c] += 1;
  }
  count.forEach((n, c) => n > capacity[c] && out.push(`colour ${c} holds ${n} > ${capacity[c]}`));
  return out;
}

describe("slot assignment within a session (edge colouring)", () => {
  it("colours every buyer–supplier meeting with the session's slots, within the tables of each slot", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const capacity = [7, 7, 7, 7, 7, 7];
      const edges = bipartite(seed, capacity.length, 7);
      const colour = colorEdges(edges, capacity.length, capacity);
      expect(problems(edges, colour, capacity)).toEqual([]);
      expect(colour.size, `seed ${seed}`).toBe(edges.length);
    }
  });

  it("never moves a pinned meeting and starts announced ones in their slot", () => {
    const edges: ColoringEdge[] = [
      { key: 0, u: "A", v: "F", fixed: 1 },
      { key: 1, u: "A", v: "G", preferred: 0 },
      { key: 2, u: "B", v: "F" },
      { key: 3, u: "B", v: "G" },
    ];
    const colour = colorEdges(edges, 2, [2, 2]);
    expect(colour.get(0)).toBe(1);
    expect(colour.get(1)).toBe(0);
    expect(colour.get(2)).toBe(0);
    expect(colour.get(3)).toBe(1);
  });

  it("leaves uncoloured what an odd cycle makes impossible, without breaking the rest", () => {
    // A triangle of "both" participants needs 3 colours; 2 are given.
    const edges: ColoringEdge[] = [
      { key: 0, u: "X", v: "Y" },
      { key: 1, u: "Y", v: "Z" },
      { key: 2, u: "Z", v: "X" },
    ];
    const colour = colorEdges(edges, 2, [3, 3]);
    expect(colour.size).toBe(2);
    expect(problems(edges, colour, [3, 3])).toEqual([]);
  });
});
