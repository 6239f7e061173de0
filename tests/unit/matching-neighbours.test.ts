import { describe, expect, it } from "vitest";
import type { ProfileVector } from "@/db/queries/match-vectors";
import { cosine, smoothOverNeighbours } from "@/lib/matching/neighbours";

/** A unit vector over sorted lexemes, as profileVectors returns it. */
function vec(weights: Record<string, number>): ProfileVector {
  const lexemes = Object.keys(weights).sort();
  const norm = Math.sqrt(lexemes.reduce((s, l) => s + weights[l] ** 2, 0));
  return { lexemes, weights: lexemes.map((l) => weights[l] / norm) };
}

describe("cosine of two profiles", () => {
  it("is 1 for the same profile, 0 without a shared lexeme, and symmetric", () => {
    const a = vec({ traduct: 2, technique: 1, allemand: 1 });
    const b = vec({ traduct: 1, litterair: 2 });
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, vec({ plomberi: 1 }))).toBe(0);
    expect(cosine(a, b)).toBeCloseTo(cosine(b, a), 12);
    expect(cosine(a, b)).toBeGreaterThan(0);
    expect(cosine(a, b)).toBeLessThan(1);
  });
});

describe("blending a supplier's text relevance with its most similar profiles", () => {
  // Three full profiles of technical translators, one two-line profile of the same trade that missed the
  // buyer's words, a literary translator who happens to share them, and another one who does not.
  const vectors = new Map<string, ProfileVector>([
    ["tech1", vec({ traduct: 1, technique: 2, notic: 2, manuel: 1 })],
    ["tech2", vec({ traduct: 1, technique: 2, notic: 1, industriel: 1 })],
    ["tech3", vec({ traduct: 1, technique: 1, notic: 2, industriel: 2 })],
    ["short", vec({ notic: 1, manuel: 1, industriel: 1 })],
    ["litt", vec({ traduct: 1, roman: 2, edit: 2 })],
    ["litt2", vec({ traduct: 1, roman: 1, edit: 2, poesi: 1 })],
  ]);
  const values = new Map([
    ["tech1", 0.9],
    ["tech2", 0.8],
    ["tech3", 0.85],
    ["short", 0.1],
    ["litt", 0.7],
    ["litt2", 0.2],
  ]);
  const ids = ["tech1", "tech3", "tech2", "litt", "short", "litt2"];

  it("lifts a short profile of the right trade above a look-alike, and leaves the look-alike below the trade's full profiles", () => {
    const out = smoothOverNeighbours(ids, values, vectors, { k: 2 });
    expect(values.get("short")!).toBeLessThan(values.get("litt")!);
    expect(out.get("short")!).toBeGreaterThan(values.get("short")!);
    expect(out.get("litt")!).toBeLessThan(values.get("litt")!);
    expect(out.get("short")!).toBeGreaterThan(out.get("litt")!);
    expect(out.get("litt")!).toBeLessThan(Math.min(out.get("tech1")!, out.get("tech2")!, out.get("tech3")!));
  });

  it("is the similarity-weighted mean of the profile itself (similarity 1) and its k nearest", () => {
    const out = smoothOverNeighbours(ids, values, vectors, { k: 1 });
    // short's nearest profile is tech3 (notic, industriel weigh most in both).
    const sim = cosine(vectors.get("short")!, vectors.get("tech3")!);
    expect(sim).toBeGreaterThan(cosine(vectors.get("short")!, vectors.get("tech1")!));
    expect(out.get("short")).toBeCloseTo((0.1 + sim * 0.85) / (1 + sim), 10);
  });

  it("moves a profile little when its nearest profiles barely resemble it", () => {
    // odd shares one light lexeme with the translators: its own value stays the larger part of the mean.
    const odd = new Map(vectors).set("odd", vec({ traduct: 0.2, plomberi: 3, chauffag: 3 }));
    const out = smoothOverNeighbours([...ids, "odd"], new Map(values).set("odd", 0.9), odd, { k: 2 });
    expect(out.get("odd")!).toBeLessThan(0.9);
    expect(out.get("odd")!).toBeGreaterThan(0.85);
  });

  it("weighs the k nearest by their cosine", () => {
    const out = smoothOverNeighbours(ids, values, vectors, { k: 2 });
    const v = vectors.get("litt")!;
    const near = ids
      .filter((id) => id !== "litt")
      .map((id) => ({ id, sim: cosine(v, vectors.get(id)!) }))
      .sort((a, b) => b.sim - a.sim)
      .slice(0, 2);
    const mean = (0.7 + near.reduce((s, n) => s + n.sim * values.get(n.id)!, 0)) / (1 + near.reduce((s, n) => s + n.sim, 0));
    expect(out.get("litt")).toBeCloseTo(mean, 12);
  });

  it("keeps its own value without a match, without a vector, without any similar profile, or with k = 0", () => {
    const lone = new Map(vectors).set("alone", vec({ plomberi: 1 }));
    const out = smoothOverNeighbours([...ids, "alone", "novector"], new Map(values).set("alone", 0.4).set("novector", 0.3), lone, { k: 3 });
    expect(out.get("alone")).toBe(0.4);
    expect(out.get("novector")).toBe(0.3);
    const none = smoothOverNeighbours(ids, new Map(values).set("short", 0), vectors, { k: 2 });
    expect(none.get("short")).toBe(0);
    const off = smoothOverNeighbours(ids, values, vectors, { k: 0 });
    for (const id of ids) expect(off.get(id)).toBeCloseTo(values.get(id)!, 12);
  });

  it("gives the same values whatever the order of the candidates (ties broken by identifier)", () => {
    const twins = new Map(vectors).set("twinA", vec({ traduct: 1, technique: 1 })).set("twinB", vec({ traduct: 1, technique: 1 }));
    const vals = new Map(values).set("twinA", 0.2).set("twinB", 0.6);
    const a = smoothOverNeighbours([...ids, "twinA", "twinB"], vals, twins, { k: 1 });
    const b = smoothOverNeighbours(["twinB", "twinA", ...ids.slice().reverse()], vals, twins, { k: 1 });
    for (const [id, v] of a) expect(b.get(id)).toBe(v);
  });
});
