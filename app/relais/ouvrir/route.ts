/**
 * GET /relais/ouvrir?jeton=… — the link of a need a partner forwarded by e-mail: records the opening
 * (lib/partners/relays.ts, no sign-in needed) and shows the need. A forged link answers 404.
 */
import { NotFoundError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { openRelayLink } from "@/lib/partners/relays";
import { z } from "@/lib/validation/zod";

export const GET = route(
  {
    auth: "none",
    rateLimit: { policy: "tokenLinkIp", per: "ip" },
    notFound: "Ce lien n'est pas valide.",
    query: z.object({ jeton: z.string().max(200) }),
  },
  async ({ query }) => {
    const needId = await openRelayLink(query.jeton);
    if (!needId) throw new NotFoundError("Ce lien n'est pas valide.");
    // A relative Location: behind `next start` (or a proxy) the request's URL may name another host than the
    // one the browser used (localhost vs 127.0.0.1), and the session cookie would not follow the redirect.
    return new Response(null, { status: 303, headers: { Location: `/besoins/${needId}` } });
  },
);
