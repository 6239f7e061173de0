import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedFigures, invalidateFigures } from "@/lib/cache/figures";

let clock = 1_000_000;
const now = () => clock;
let n = 0;
const key = () => `test-${++n}`;

afterEach(() => {
  vi.unstubAllEnvs();
  clock += 10 * 60_000; // past any grace period left by a test
});

describe("territory figures cache", () => {
  it("computes once within a minute, again after it", async () => {
    const k = key();
    const load = vi.fn(async () => clock);
    expect(await cachedFigures(k, load, now)).toBe(clock);
    const first = clock;
    clock += 59_000;
    expect(await cachedFigures(k, load, now)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    clock += 1_000;
    expect(await cachedFigures(k, load, now)).toBe(clock);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one computation between concurrent requests", async () => {
    const k = key();
    let release: (v: number) => void = () => {};
    const load = vi.fn(
      () =>
        new Promise<number>((r) => {
          release = r;
        }),
    );
    const a = cachedFigures(k, load, now);
    const b = cachedFigures(k, load, now);
    release(42);
    expect(await Promise.all([a, b])).toEqual([42, 42]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("never keeps more than 60 s, whatever the setting", async () => {
    vi.stubEnv("FIGURES_CACHE_TTL_MS", "3600000");
    const k = key();
    const load = vi.fn(async () => "x");
    await cachedFigures(k, load, now);
    clock += 60_001;
    await cachedFigures(k, load, now);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("drops figures on a write, and keeps figures computed just after it only a few seconds", async () => {
    const k = key();
    const load = vi.fn(async () => "v");
    await cachedFigures(k, load, now);
    invalidateFigures(now);
    await cachedFigures(k, load, now);
    expect(load).toHaveBeenCalledTimes(2);
    // Computed 1 s after the write (its transaction may not have committed yet): kept 5 s, not 60.
    clock += 1_000;
    await cachedFigures(key(), load, now);
    clock += 5_000;
    await cachedFigures(k, load, now);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it("does not keep a failed computation", async () => {
    const k = key();
    const load = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValueOnce("ok");
    await expect(cachedFigures(k, load, now)).rejects.toThrow("down");
    await Promise.resolve();
    expect(await cachedFigures(k, load, now)).toBe("ok");
  });

  it("computes on every request when FIGURES_CACHE=off", async () => {
    vi.stubEnv("FIGURES_CACHE", "off");
    const k = key();
    const load = vi.fn(async () => 1);
    await cachedFigures(k, load, now);
    await cachedFigures(k, load, now);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
