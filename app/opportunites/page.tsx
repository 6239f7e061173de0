import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { communeCentre, needCards } from "@/lib/search-ui/reads";
import { requireActor } from "@/lib/auth/guard";
import { formatDate, formatDistance, formatEuros } from "@/lib/format";
import { sectionLabel } from "@/lib/naf/sections";
import { CSR_CRITERIA, csrLabel, needKindLabel } from "@/lib/needs/csr";
import { mayBrowseOpportunities } from "@/lib/needs/viewer";
import { countLabel, NO_RESULT } from "@/lib/search-ui/count";
import { opportunityQuery, PAGE_SIZE } from "@/lib/search-ui/queries";
import { fromSearchParams, toQueryString, ZOpportunityState } from "@/lib/search-ui/url-state";
import { searchOrNull } from "@/lib/search-ui/run";
import { FacetGroup, facetOptions } from "@/app/_components/search/facet-group";
import { SearchForm } from "@/app/_components/search/search-form";
import { SearchResults } from "@/app/_components/search/search-results";
import { SearchBox } from "@/app/_components/search/search-box";
import { SearchTabs } from "./_components/search-tabs";

export const metadata: Metadata = { title: "Opportunités" };
const SORTS = [
  ["relevance", "Pertinence"],
  ["deadline", "Échéance la plus proche"],
  ["distance", "Distance (choisissez une commune)"],
] as const;

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
  const result = await searchOrNull(opportunityQuery(state, centre));
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
        <SearchForm
          id="opportunity-filters"
          action="/opportunites"
          ariaLabel="Rechercher un besoin"
          sort={state.sort}
          sortOptions={SORTS}
          query={<SearchBox index="needs" defaultValue={state.q} label="Rechercher" placeholder="Menuiserie, nettoyage, 43.32A…" />}
          centre={centre}
          commune={state.commune}
          radius={state.radius}
        >
          <FacetGroup
            name="kind"
            legend="Type d'achat"
            selected={state.kind}
            options={facetOptions(result?.facets.kind, needKindLabel)}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="section"
            legend="Famille d'activité"
            selected={state.section}
            options={facetOptions(result?.facets.section, sectionLabel)}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="csr"
            legend="Achats durables"
            selected={state.csr}
            options={facetOptions(result?.facets.csr, csrLabel, CSR_CRITERIA.length)}
            counted={result?.totalIsExact}
          />
          <fieldset className="facet">
            <legend>Échéance</legend>
            {[
              ["", "Toutes"],
              ["7", "Dans les 7 jours"],
              ["30", "Dans les 30 jours"],
            ].map(([value, label]) => (
              <div key={value} className="checkbox">
                <input type="radio" id={`closing-${value || "all"}`} name="closing" value={value} defaultChecked={(state.closing ?? "") === value} />
                <label htmlFor={`closing-${value || "all"}`}>{label}</label>
              </div>
            ))}
          </fieldset>
        </SearchForm>
        <SearchResults
          result={result}
          pageSize={PAGE_SIZE}
          pageHref={(p) => link({ page: p })}
          unavailable="La recherche est momentanément indisponible. Réessayez dans quelques minutes : les besoins publiés entre-temps ne sont pas perdus."
          count={`${countLabel(result ?? NO_RESULT, "besoin ouvert", "besoins ouverts")}${state.q ? ` pour « ${state.q} »` : ""}`}
          empty={
            <p>
              Aucun besoin ne correspond. Essayez moins de filtres, un autre mot, ou <Link href="/opportunites">toutes les opportunités</Link>.
            </p>
          }
        >
          {(result?.hits ?? []).map((hit) => {
            const card = cards.get(hit.id);
            if (!card) return null;
            return (
              <li key={hit.id} className="card result">
                <h3>
                  <Link href={`/besoins/${hit.id}`} dangerouslySetInnerHTML={{ __html: hit.titleHighlight }} />
                </h3>
                <p className="muted">
                  {card.companyName}
                  {card.isLargeBuyer ? " · donneur d'ordre" : ""} · {needKindLabel(card.kind)} · {card.communeName}
                  {hit.distanceKm !== null ? ` · à ${formatDistance(hit.distanceKm)}` : ""}
                </p>
                {hit.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
                <p>
                  Réponses jusqu&apos;au <strong>{formatDate(card.responseDeadline)}</strong>
                  {card.budgetMaxEur ? ` · budget jusqu'à ${formatEuros(card.budgetMaxEur)} HT` : ""} ·{" "}
                  <span className="muted">{card.activities.join(", ")}</span>
                </p>
              </li>
            );
          })}
        </SearchResults>
      </div>
    </div>
  );
}
