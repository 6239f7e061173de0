/** GET /api/v1/company/needs — the company's own needs; POST — a new draft (write scope). */
import { apiJson, apiRoute } from "@/lib/api/route";
import { createDraftNeed, ownNeeds } from "@/lib/api/reads";
import { ZDraftNeedBody, ZNeed, ZOwnNeeds } from "@/lib/api/schemas";

export const GET = apiRoute({ scope: "read" }, async ({ db, actor }) => apiJson(ZOwnNeeds, await ownNeeds(db, actor)));

export const POST = apiRoute({ scope: "write", body: ZDraftNeedBody }, async ({ db, actor, body }) =>
  apiJson(ZNeed, await createDraftNeed(db, actor, body), { status: 201 }),
);
