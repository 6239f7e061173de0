/** Commune and EPCI suggestions for perimeter lists. Public reference data, so no authentication. */
import { getDb } from "@/lib/db";
import { searchAreas } from "@/lib/geo/reads";
import { territoryConfig } from "@/lib/config/territory";
import { route } from "@/lib/http/route";
import { z } from "@/lib/validation/zod";

export const GET = route({ auth: "none", query: z.object({ q: z.string().trim().max(80).default("") }) }, async ({ query }) => {
  const items = await searchAreas(getDb(), query.q, territoryConfig().epciCode);
  return Response.json({ items }, { headers: { "Cache-Control": "public, max-age=3600" } });
});
