/** Abort reasons do not keep requests alive (lib/ops/abort-reasons.ts): the load bench's leak, in small. */
import { AsyncLocalStorage } from "node:async_hooks";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { formatAbortReasonStacks } from "@/lib/ops/abort-reasons";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("formatAbortReasonStacks", () => {
  it("lets requests go once their renders are aborted from setImmediate callbacks, as React does", async () => {
    formatAbortReasonStacks();
    const storage = new AsyncLocalStorage<{ id: number; payload: Buffer }>();
    const stores: WeakRef<object>[] = [];
    const kept: AbortSignal[] = [];
    await new Promise<void>((done) => {
      let finished = 0;
      for (let id = 0; id < 20; id++) {
        const store = { id, payload: Buffer.alloc(64 * 1024) };
        stores.push(new WeakRef(store));
        storage.run(store, () => {
          const controller = new AbortController();
          setImmediate(() => {
            controller.abort(new Error("This render completed successfully."));
            // Something long-lived holds one signal (a keep-alive socket, a cached promise did in the bench).
            if (id === 0) kept.push(controller.signal);
            if (++finished === 20) done();
          });
        });
      }
    });
    await tick();
    gc();
    await tick();
    expect(kept[0].reason).toBeInstanceOf(Error);
    // Before: the first render's abort reason held every store of its setImmediate batch (all 20).
    expect(stores.filter((s) => s.deref() !== undefined)).toHaveLength(0);
  });

  it("keeps abort()'s behaviour: the reason given, or an AbortError", () => {
    formatAbortReasonStacks();
    const given = new AbortController();
    given.abort("why");
    expect(given.signal.reason).toBe("why");
    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toBeInstanceOf(DOMException);
    expect((plain.signal.reason as DOMException).name).toBe("AbortError");
    expect(plain.signal.aborted).toBe(true);
  });
});
