/** Readiness (GET /api/ready): 200 when the database, the job queue and the search engine answer, else 503 naming those that failed. */
import { route } from "@/lib/http/route";
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "none" }, async () => {
  const report = await checkReadiness();
  return Response.json(report, { status: report.status === "ready" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
