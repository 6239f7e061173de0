import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { communeCentre, needCards } from "@/lib/search-ui/reads";
import { requireActor } from "@/lib/auth/guard";
import { formatDate, formatDistance, formatEuros } from "@/lib/format";
import { NAF_SECTIONS } from "@/lib/naf/sections";
import { CSR_CRITERIA, csrLabel, needKindLabel } from "@/lib/needs/csr";
import { mayBrowseOpportunities } from "@/lib/needs/viewer";
import { countLabel, NO_RESULT } from "@/lib/search-ui/count";
import { opportunityQuery, PAGE_SIZE } from "@/lib/search-ui/queries";
import { fromSearchParams, toQueryString, ZOpportunityState } from "@/lib/search-ui/url-state";
import { SearchUnavailableError, type SearchResult } from "@/search/engine";
import { getSearchEngine } from "@/search/index";
import { AutoSubmit } from "@/app/_components/search/auto-submit";
import { DistanceFilter } from "@/app/_components/search/distance-filter";
import { FacetGroup, facetOptions } from "@/app/_components/search/facet-group";
import { SearchResults } from "@/app/_components/search/search-results";
import { SearchBox } from "@/app/_components/search/search-box";
import { SearchTabs } from "./_components/search-tabs";

export const metadata: Metadata = { title: "Opportunités" };
const sectionLabel = (c: string) => NAF_SECTIONS.find((s) => s.code === c)?.label ?? c;

export default async function OpportunitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const db = getDb();
  if (!(await mayBrowseOpportunities(db, actor))) {
    return (
      <div className="page">
        <h1>Opportunités</h1>
        <SearchTabs current="/opportunites" />
        <div className="alert alert--info" role="note">
          Les besoins des acheteurs sont réservés aux entreprises vérifiées par la CCI. Dès que votre entreprise est vérifiée, vous en êtes prévenu par e-mail.
        </div>
      </div>
    );
  }
  const state = ZOpportunityState.parse(fromSearchParams(await searchParams));
  const centre = await communeCentre(db, state.commune);
  let result: SearchResult | null = null;
  try {
    result = await getSearchEngine().search(opportunityQuery(state, centre));
  } catch (err) {
    if (!(err instanceof SearchUnavailableError)) throw err;
  }
  const cards = await needCards(db, result?.hits.map((h) => h.id) ?? []);
  const link = (over: Partial<typeof state>) => `/opportunites${toQueryString({ ...state, ...over })}`;
  return (
    <div className="page">
      <div className="page-header">
        <h1>Opportunités</h1>
        <p>Les besoins publiés par les acheteurs du territoire et encore ouverts aux réponses.</p>
      </div>
      <SearchTabs current="/opportunites" />
      <div className="search-layout">
        <form id="opportunity-filters" method="get" action="/opportunites" className="search-filters" role="search" aria-label="Rechercher un besoin">
          <SearchBox index="needs" defaultValue={state.q} label="Rechercher" placeholder="Menuiserie, nettoyage, 43.32A…" />
          <div className="field">
            <label htmlFor="f-sort">Trier par</label>
            <select id="f-sort" name="sort" defaultValue={state.sort}>
              <option value="relevance">Pertinence</option>
              <option value="deadline">Échéance la plus proche</option>
              <option value="distance">Distance (choisissez une commune)</option>
            </select>
          </div>
          <FacetGroup name="kind" legend="Type d'achat" selected={state.kind} options={facetOptions(result?.facets.kind, needKindLabel)} counted={result?.totalIsExact} />
          <FacetGroup name="section" legend="Famille d'activité" selected={state.section} options={facetOptions(result?.facets.section, sectionLabel)} counted={result?.totalIsExact} />
          <FacetGroup name="csr" legend="Achats durables" selected={state.csr} options={facetOptions(result?.facets.csr, csrLabel, CSR_CRITERIA.length)} counted={result?.totalIsExact} />
          <fieldset className="facet">
            <legend>Échéance</legend>
            {[["", "Toutes"], ["7", "Dans les 7 jours"], ["30", "Dans les 30 jours"]].map(([value, label]) => (
              <div key={value} className="checkbox">
                <input type="radio" id={`closing-${value || "all"}`} name="closing" value={value} defaultChecked={(state.closing ?? "") === value} />
                <label htmlFor={`closing-${value || "all"}`}>{label}</label>
              </div>
            ))}
          </fieldset>
          <DistanceFilter commune={state.commune} communeLabel={centre ? `${centre.name}${centre.postalCode ? ` (${centre.postalCode})` : ""}` : undefined} radius={state.radius} />
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="submit" className="button">Rechercher</button>
            <Link href="/opportunites">Tout effacer</Link>
          </div>
          <AutoSubmit formId="opportunity-filters" />
        </form>
        <SearchResults result={result} pageSize={PAGE_SIZE} pageHref={(p) => link({ page: p })}
          unavailable="La recherche est momentanément indisponible. Réessayez dans quelques minutes : les besoins publiés entre-temps ne sont pas perdus."
          count={`${countLabel(result ?? NO_RESULT, "besoin ouvert", "besoins ouverts")}${state.q ? ` pour « ${state.q} »` : ""}`}
          empty={<p>Aucun besoin ne correspond. Essayez moins de filtres, un autre mot, ou <Link href="/opportunites">toutes les opportunités</Link>.</p>}>
                  {(result?.hits ?? []).map((hit) => {
                    const card = cards.get(hit.id);
                    if (!card) return null;
                    return (
                      <li key={hit.id} className="card result">
                        <h3><Link href={`/besoins/${hit.id}`} dangerouslySetInnerHTML={{ __html: hit.titleHighlight }} /></h3>
                        <p className="muted">
                          {card.companyName}{card.isLargeBuyer ? " · donneur d'ordre" : ""} · {needKindLabel(card.kind)} · {card.communeName}
                          {hit.distanceKm !== null ? ` · à ${formatDistance(hit.distanceKm)}` : ""}
                        </p>
                        {hit.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
                        <p>
                          Réponses jusqu&apos;au <strong>{formatDate(card.responseDeadline)}</strong>
                          {card.budgetMaxEur ? ` · budget jusqu'à ${formatEuros(card.budgetMaxEur)} HT` : ""} · <span className="muted">{card.activities.join(", ")}</span>
                        </p>
                      </li>
                    );
                  })}
        </SearchResults>
      </div>
    </div>
  );
}
