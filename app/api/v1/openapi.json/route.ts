/** GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, generated from its zod schemas (lib/api/openapi.ts). Public. */
import { route } from "@/lib/http/route";
import { openApiDocument } from "@/lib/api/openapi";

export const GET = route({ auth: "none" }, async () =>
  Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } }),
);
