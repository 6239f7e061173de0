/** GET /api/docs — the API reference is a page of the site (/documentation-api): /api/ answers carry a CSP that forbids pages' styles. */
import { route } from "@/lib/http/route";

export const GET = route({ auth: "none" }, async ({ url }) => Response.redirect(new URL("/documentation-api", url), 308));
