/** GET /api/v1/directory — verified signatory companies (company facts only). */
import { apiJson, apiRoute } from "@/lib/api/route";
import { directoryPage } from "@/lib/api/reads";
import { ZDirectoryPage, ZPageQuery } from "@/lib/api/schemas";

export const GET = apiRoute({ scope: "read", query: ZPageQuery }, async ({ db, query }) => apiJson(ZDirectoryPage, await directoryPage(db, query)));
