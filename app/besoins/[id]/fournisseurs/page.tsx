import type { Metadata } from "next";
import Link from "next/link";
import { needOfUrl } from "@/app/besoins/_components/need-for-page";
import { pageAccess } from "@/lib/auth/guard";
import { invitationsOfNeed } from "@/lib/matching/invitations";
import { suggestedSuppliers } from "@/lib/matching/service";
import { countOf, formatDateTime } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Fournisseurs locaux suggérés" };

const ZFilters = z.object({
  min: z.coerce.number().min(0).max(1).catch(0),
  km: z.coerce.number().int().min(1).max(300).optional().catch(undefined),
  tous: z.enum(["1"]).optional().catch(undefined),
});

/** The buyer (and staff) see the ranked local suppliers of a need, with the reasons, and invite them. */
export default async function SuggestedSuppliersPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { actor, db, loaded } = await needOfUrl(params);
  // The rule (its company; staff once out of draft; others 404) is lib/matching/access.ts, as for the API.
  const [{ viewer, run }, invitations] = await Promise.all([
    pageAccess(() => suggestedSuppliers(db, actor, loaded.need, { limit: 100 })),
    invitationsOfNeed(db, loaded.need.id),
  ]);
  const owner = viewer === "owner";
  const filters = ZFilters.parse(await searchParams);
  const shown = run.matches.filter(
    (m) => m.score >= filters.min && (filters.km === undefined || (m.distanceKm ?? Infinity) <= filters.km) && (filters.tous || m.signatory),
  );
  const canInvite = owner && loaded.need.status === "published";
  return (
    <div className="page">
      <div className="page-header">
        <p>
          <Link href={`/besoins/${loaded.need.id}`}>← {loaded.need.title}</Link>
        </p>
        <h1>Fournisseurs locaux suggérés</h1>
        <p>
          Classement calculé le {formatDateTime(run.computedAt)} avec la pondération n° {run.weightsVersion}, la même règle pour toutes les entreprises (
          <Link href="/methode-de-classement">comment est calculé le score</Link>).{" "}
          {countOf(run.matches.length, "fournisseur correspondant", "fournisseurs correspondants")}.
        </p>
        {!canInvite && owner ? (
          <div className="alert alert--info" role="note">
            Vous pourrez inviter ces fournisseurs une fois le besoin publié.
          </div>
        ) : null}
      </div>
      <form method="get" className="filters" aria-label="Filtrer les fournisseurs suggérés">
        <div className="field">
          <label htmlFor="f-min">Score minimum</label>
          <select id="f-min" name="min" defaultValue={String(filters.min)}>
            <option value="0">Tous</option>
            <option value="0.5">50 % et plus</option>
            <option value="0.7">70 % et plus</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-km">Distance maximale</label>
          <select id="f-km" name="km" defaultValue={filters.km?.toString() ?? ""}>
            <option value="">Toute distance</option>
            {[10, 20, 30, 50].map((k) => (
              <option key={k} value={k}>
                {k} km
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox">
          <input id="f-tous" type="checkbox" name="tous" value="1" defaultChecked={Boolean(filters.tous)} />
          <label htmlFor="f-tous">Inclure les entreprises non signataires (SIRENE)</label>
        </div>
        <button type="submit" className="button button--secondary">
          Filtrer
        </button>
      </form>
      {shown.length === 0 ? (
        <div className="card">
          <p>Aucun fournisseur ne correspond à ces filtres.</p>
        </div>
      ) : (
        <InviteForm
          needId={loaded.need.id}
          matches={shown}
          canInvite={canInvite}
          invitations={Object.fromEntries(invitations.map((i) => [i.companyId, { status: i.status, declineReason: i.declineReason }]))}
        />
      )}
      {run.excluded.length ? (
        <details className="card" style={{ marginTop: "1rem" }}>
          <summary>{countOf(run.excluded.length, "entreprise écartée", "entreprises écartées")}, avec la raison</summary>
          <ul>
            {run.excluded.slice(0, 100).map((e) => (
              <li key={e.companyId}>
                {e.name} : {e.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
