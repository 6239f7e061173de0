/** Prometheus metrics (GET /api/metrics), for `Authorization: Bearer <METRICS_TOKEN>` only; off without the variable. */
import { route } from "@/lib/http/route";
import { HttpError } from "@/lib/http/errors";
import { metricsAccess } from "@/lib/ops/metrics-access";
import { renderMetrics } from "@/lib/ops/metrics";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "none" }, async ({ request }) => {
  const access = metricsAccess(request.headers.get("authorization"));
  if (access === "disabled") throw new HttpError(404, "Ressource introuvable.");
  if (access === "refused") throw new HttpError(401, "Jeton de métriques absent ou invalide.", {}, { "WWW-Authenticate": 'Bearer realm="metrics"' });
  const { contentType, body } = await renderMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
});
