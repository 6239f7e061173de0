/** GET /api/v1/needs — published needs open for answers (lib/api/reads.ts), for a token of a verified company. */
import { apiJson, apiRoute } from "@/lib/api/route";
import { publishedNeedsPage } from "@/lib/api/reads";
import { ZNeedPage, ZPageQuery } from "@/lib/api/schemas";

export const GET = apiRoute({ scope: "read", query: ZPageQuery }, async ({ db, actor, query }) =>
  apiJson(ZNeedPage, await publishedNeedsPage(db, actor, query)),
);
