/** GET /api/v1/company/needs/{id}/answers — the answers to one of the company's needs; another's need is 404. */
import { apiJson, apiRoute } from "@/lib/api/route";
import { answersToOwnNeed } from "@/lib/api/reads";
import { ZAnswers, ZIdParams } from "@/lib/api/schemas";

export const GET = apiRoute({ scope: "read", params: ZIdParams, notFound: "Besoin introuvable." }, async ({ db, actor, params }) =>
  apiJson(ZAnswers, await answersToOwnNeed(db, actor, params.id)),
);
