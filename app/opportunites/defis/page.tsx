import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getDb } from "@/lib/db";
import { requireActor } from "@/lib/auth/guard";
import { maySearchChallenges } from "@/lib/challenges/access";
import { BUDGET_BAND_LABELS, MATURITY_LABELS, REWARD_LABELS } from "@/lib/challenges/labels";
import { formatDate, formatDistance } from "@/lib/format";
import { sectionLabel } from "@/lib/naf/sections";
import { countLabel, NO_RESULT } from "@/lib/search-ui/count";
import { challengeSearchQuery, PAGE_SIZE } from "@/lib/search-ui/queries";
import { challengeCards, communeCentre, epciNames } from "@/lib/search-ui/reads";
import { fromSearchParams, toQueryString, ZChallengeSearchState } from "@/lib/search-ui/url-state";
import { searchOrNull } from "@/lib/search-ui/run";
import { FacetGroup, facetOptions } from "@/app/_components/search/facet-group";
import { SearchForm } from "@/app/_components/search/search-form";
import { SearchResults } from "@/app/_components/search/search-results";
import { SearchBox } from "@/app/_components/search/search-box";
import { SearchTabs } from "../_components/search-tabs";

export const metadata: Metadata = { title: "Rechercher un défi d'innovation" };
const SORTS = [
  ["relevance", "Pertinence"],
  ["deadline", "Date limite la plus proche"],
  ["distance", "Distance (choisissez une commune)"],
] as const;
const label = (labels: Record<string, string>) => (v: string) => labels[v] ?? v;

/** Signed-in companies and staff: the index holds the full text of open challenges, which visitors do not read. */
export default async function ChallengeSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  // A signed-in account without a company (a partner's staff…) reads no challenge's full text: 403, as other doors.
  if (!maySearchChallenges(actor)) forbidden();
  const db = getDb();
  const state = ZChallengeSearchState.parse(fromSearchParams(await searchParams));
  const centre = await communeCentre(db, state.commune);
  const result = await searchOrNull(challengeSearchQuery(state, centre));
  const [cards, epcis] = await Promise.all([challengeCards(db, result?.hits.map((h) => h.id) ?? []), epciNames(db, Object.keys(result?.facets.epci ?? {}))]);
  const link = (over: Partial<typeof state>) => `/opportunites/defis${toQueryString({ ...state, ...over })}`;
  const young = result?.facets.openToYoung?.true;
  return (
    <div className="page">
      <div className="page-header">
        <h1>Défis d&apos;innovation</h1>
        <p>Les problèmes que les grands groupes du territoire ouvrent aux start-up et PME, encore ouverts aux candidatures.</p>
      </div>
      <SearchTabs current="/opportunites/defis" />
      <div className="search-layout">
        <SearchForm
          id="challenge-filters"
          action="/opportunites/defis"
          ariaLabel="Rechercher un défi"
          sort={state.sort}
          sortOptions={SORTS}
          query={<SearchBox index="challenges" defaultValue={state.q} label="Rechercher" placeholder="Eau, énergie, logistique…" />}
          centre={centre}
          commune={state.commune}
          radius={state.radius}
        >
          <FacetGroup
            name="jeunes"
            legend="Jeunes entreprises"
            selected={state.jeunes ? [state.jeunes] : []}
            options={young ? [{ value: "1", label: "Ouverts aux jeunes entreprises", count: young }] : []}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="maturity"
            legend="Maturité recherchée"
            selected={state.maturity}
            options={facetOptions(result?.facets.maturity, label(MATURITY_LABELS))}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="reward"
            legend="Ce que le lauréat obtient"
            selected={state.reward}
            options={facetOptions(result?.facets.reward, label(REWARD_LABELS))}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="section"
            legend="Secteur du porteur"
            selected={state.section}
            options={facetOptions(result?.facets.section, sectionLabel)}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="epci"
            legend="Intercommunalité"
            selected={state.epci}
            options={facetOptions(result?.facets.epci, (c) => epcis[c] ?? c, 8)}
            counted={result?.totalIsExact}
          />
        </SearchForm>
        <SearchResults
          result={result}
          pageSize={PAGE_SIZE}
          pageHref={(p) => link({ page: p })}
          unavailable="La recherche est momentanément indisponible. Réessayez dans quelques minutes, ou consultez la liste des défis ouverts."
          count={`${countLabel(result ?? NO_RESULT, "défi ouvert", "défis ouverts")}${state.q ? ` pour « ${state.q} »` : ""}`}
          empty={
            <p>
              Aucun défi ne correspond. Essayez moins de filtres, un autre mot, ou <Link href="/opportunites/defis">tous les défis</Link>.
            </p>
          }
        >
          {(result?.hits ?? []).map((hit) => {
            const card = cards.get(hit.id);
            if (!card) return null;
            return (
              <li key={hit.id} className="card result">
                <h3>
                  <Link href={`/defis/${hit.id}`} dangerouslySetInnerHTML={{ __html: hit.titleHighlight }} />
                </h3>
                <p className="muted">
                  {card.companyName} · {MATURITY_LABELS[card.maturity]} · {REWARD_LABELS[card.reward]}, {BUDGET_BAND_LABELS[card.budgetBand]}
                  {hit.distanceKm !== null ? ` · à ${formatDistance(hit.distanceKm)}` : ""}
                </p>
                {hit.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
                <p>
                  Candidatures jusqu&apos;au <strong>{formatDate(card.deadline)}</strong>
                </p>
                <ul className="badge-list">
                  {card.confidential ? <li className="badge badge--warn">Confidentiel</li> : null}
                  {card.openToYoung ? <li className="badge badge--ok">Ouvert aux jeunes entreprises</li> : null}
                </ul>
              </li>
            );
          })}
        </SearchResults>
      </div>
    </div>
  );
}
