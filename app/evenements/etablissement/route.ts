/**
 * The directory's establishment for a SIRET, to prefill the company name of the guest registration form.
 * SIRENE data is public; only the name and whether the company is already a member are returned.
 */
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZSiretLookup } from "@/lib/events/guest-schema";
import { establishmentBySiret } from "@/lib/events/guests";
import { route } from "@/lib/http/route";

export const GET = route({ auth: "none", query: ZSiretLookup, rateLimit: { policy: "suggestIp", per: "ip" } }, async ({ query }) => {
  const found = await establishmentBySiret(getDb(), query.siret);
  if (!found || !found.active) throw new NotFoundError("Établissement inconnu de l'annuaire.");
  return Response.json({ name: found.name, member: found.member });
});
