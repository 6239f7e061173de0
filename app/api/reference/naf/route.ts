/** NAF rév. 2 sous-classe suggestions for pickers. Public reference data, so no authentication. */
import { getDb } from "@/lib/db";
import { searchNaf } from "@/lib/geo/reads";
import { route } from "@/lib/http/route";
import { z } from "@/lib/validation/zod";

export const GET = route({ auth: "none", query: z.object({ q: z.string().trim().max(80).default("") }) }, async ({ query }) => {
  const items = await searchNaf(getDb(), query.q);
  return Response.json({ items }, { headers: { "Cache-Control": "public, max-age=3600" } });
});
