/** GET /api/v1/needs/{id} — a need the token's company may see on the platform; 404 otherwise. */
import { apiJson, apiRoute } from "@/lib/api/route";
import { needForApi } from "@/lib/api/reads";
import { ZIdParams, ZNeed } from "@/lib/api/schemas";

export const GET = apiRoute({ scope: "read", params: ZIdParams, notFound: "Besoin introuvable." }, async ({ db, actor, params }) =>
  apiJson(ZNeed, await needForApi(db, actor, params.id)),
);
