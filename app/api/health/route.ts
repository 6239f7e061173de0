/** Liveness (GET /api/health): 200 and a small JSON while the process answers; no dependency is checked. */
import { route } from "@/lib/http/route";
import { liveness } from "@/lib/ops/health";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "none" }, async () => Response.json(liveness(), { headers: { "Cache-Control": "no-store" } }));
