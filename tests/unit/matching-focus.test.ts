import { describe, expect, it } from "vitest";
import type { ProfileVector } from "@/db/queries/match-vectors";
import { focusFactors } from "@/lib/matching/focus";

/** A unit vector over sorted lexemes, as profileVectors returns it. */
function vec(weights: Record<string, number>): ProfileVector {
  const lexemes = Object.keys(weights).sort();
  const norm = Math.sqrt(lexemes.reduce((s, l) => s + weights[l] ** 2, 0));
  return { lexemes, weights: lexemes.map((l) => weights[l] / norm) };
}

describe("how much of a profile is about the need", () => {
  // « Film institutionnel » : a corporate film studio, and a live-streaming studio that names the same words among its own.
  const need = new Map([
    ["film", 2],
    ["institutionnel", 3],
  ]);
  const vectors = new Map<string, ProfileVector>([
    ["film", vec({ film: 2, institutionnel: 2, tournag: 1 })],
    ["live", vec({ film: 1, institutionnel: 1, streaming: 3, direct: 2, captat: 2, hybrid: 2 })],
    ["other", vec({ plomberi: 2, chauffag: 1 })],
  ]);

  it("gives the profile devoted to the need's words full value and scales the others down to 1 − weight at most", () => {
    const f = focusFactors(["film", "live", "other"], vectors, need, 0.3);
    expect(f.get("film")).toBe(1);
    expect(f.get("live")).toBeGreaterThan(0.7);
    expect(f.get("live")).toBeLessThan(1);
    expect(f.get("other")).toBeCloseTo(0.7, 12);
  });

  it("does not depend on the scale of the need's weights, and weight 0 changes nothing", () => {
    const doubled = new Map([...need].map(([l, w]) => [l, 2 * w]));
    const a = focusFactors(["film", "live"], vectors, need, 0.3);
    const b = focusFactors(["film", "live"], vectors, doubled, 0.3);
    expect(b.get("live")).toBeCloseTo(a.get("live") ?? NaN, 12);
    expect([...focusFactors(["film", "live", "other"], vectors, need, 0).values()]).toEqual([1, 1, 1]);
  });

  it("leaves a supplier without a vector, or a pool that shares no word with the need, as it was", () => {
    expect(focusFactors(["film", "ghost"], vectors, need, 0.3).get("ghost")).toBe(1);
    expect([...focusFactors(["other"], vectors, need, 0.3).values()]).toEqual([1]);
  });
});
