/**
 * Abort reasons get their stack formatted when abort() is called, so that a kept AbortSignal does not keep
 * whole requests alive. V8 formats an Error's stack lazily: until `.stack` is read, the Error holds its
 * frames, each with its receiver and closure. React aborts every render's cacheSignal, once the render is
 * complete, with an Error created in a setImmediate callback: a frame's receiver is that Immediate, which
 * carries the request's AsyncLocalStorage stores, and Node leaves an Immediate that ran linked to the next
 * ones of its batch (`_idleNext`), which carry other requests' stores, whose abort reasons hold later
 * Immediates… One render held by anything long-lived (a keep-alive socket, a cached promise) thus held every
 * render after it: under `npm run bench:load` the heap grew by tens of MB a minute until it ran out
 * (react/react#37288, nodejs/node#66129). A formatted stack is a string: the frames, and the chain, are gone.
 */
const INSTALLED = Symbol.for("circuit-court.abortReasonStacks");

/** Wraps AbortController.prototype.abort once per process (instrumentation.ts calls it at start). */
export function formatAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    // Node's default reason, made here so that its stack is formatted too.
    const why = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    if (why instanceof Error) void why.stack;
    abort.call(this, why);
  };
  proto[INSTALLED] = true;
}
