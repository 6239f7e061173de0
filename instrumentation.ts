/**
 * Next.js calls register() once per server process and onRequestError for every error a page, layout,
 * action or route handler lets escape: the metrics registry is created at start (so searches are timed
 * from the first one), abort reasons drop their stack frames before any render (else finished renders stay
 * in memory, lib/ops/abort-reasons.ts) and escaped errors become structured log lines with the request id (lib/ops).
 */
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { formatAbortReasonStacks } = await import("./lib/ops/abort-reasons");
  formatAbortReasonStacks();
  const { metrics } = await import("./lib/ops/metrics");
  metrics();
}

export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/ops/logger");
  const requestId = request.headers["x-request-id"];
  logger().error(
    {
      err,
      requestId: typeof requestId === "string" ? requestId : undefined,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "unexpected error while serving a request",
  );
};
