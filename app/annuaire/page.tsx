import type { Metadata } from "next";
import Link from "next/link";
import { readDb } from "@/lib/ops/read-db";
import { communeCentre, companyCards, epciNames } from "@/lib/search-ui/reads";
import { formatSiret } from "@/lib/companies/siret";
import { headcountLabel } from "@/lib/companies/headcount-bands";
import { sectionLabel } from "@/lib/naf/sections";
import { countLabel, NO_RESULT } from "@/lib/search-ui/count";
import { directoryQuery, PAGE_SIZE } from "@/lib/search-ui/queries";
import { fromSearchParams, toQueryString, ZDirectoryState } from "@/lib/search-ui/url-state";
import { searchOrNull } from "@/lib/search-ui/run";
import { FacetGroup, facetOptions } from "@/app/_components/search/facet-group";
import { SearchForm } from "@/app/_components/search/search-form";
import { SearchResults } from "@/app/_components/search/search-results";
import { SearchBox } from "@/app/_components/search/search-box";
import { countOf, formatDistance } from "@/lib/format";

export const metadata: Metadata = { title: "Annuaire des entreprises signataires" };
const SORTS = [
  ["relevance", "Pertinence"],
  ["distance", "Distance (choisissez une commune)"],
] as const;

/** Public: anonymous visitors search the signatories, as on Le Marché de l'inclusion. */
export default async function DirectoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = ZDirectoryState.parse(fromSearchParams(await searchParams));
  const db = await readDb(); // the replica when there is one
  const centre = await communeCentre(db, state.commune);
  const result = await searchOrNull(directoryQuery(state, centre));
  const [cards, epcis] = await Promise.all([companyCards(db, result?.hits.map((h) => h.id) ?? []), epciNames(db, Object.keys(result?.facets.epci ?? {}))]);
  const link = (over: Partial<typeof state>) => `/annuaire${toQueryString({ ...state, ...over })}`;
  return (
    <div className="page">
      <div className="page-header">
        <h1>Annuaire des entreprises signataires</h1>
        <p>Les TPE, PME et grands comptes du territoire engagés dans la charte, vérifiés par la CCI. Cherchez par métier, nom, SIRET ou SIREN.</p>
      </div>
      <div className="search-layout">
        <SearchForm
          id="directory-filters"
          action="/annuaire"
          ariaLabel="Rechercher une entreprise"
          sort={state.sort}
          sortOptions={SORTS}
          query={<SearchBox index="companies" defaultValue={state.q} label="Rechercher" placeholder="Métier, nom, SIRET…" />}
          centre={centre}
          commune={state.commune}
          radius={state.radius}
        >
          <FacetGroup
            name="section"
            legend="Famille d'activité"
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
          <FacetGroup
            name="headcount"
            legend="Effectif"
            selected={state.headcount}
            options={facetOptions(result?.facets.headcount, headcountLabel, 16)}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="cert"
            legend="Labels et certifications"
            selected={state.cert}
            options={facetOptions(result?.facets.certifications, (v) => v, 10)}
            counted={result?.totalIsExact}
          />
        </SearchForm>
        <SearchResults
          result={result}
          pageSize={PAGE_SIZE}
          pageHref={(p) => link({ page: p })}
          unavailable="La recherche est momentanément indisponible. Réessayez dans quelques minutes."
          count={`${countLabel(result ?? NO_RESULT, "entreprise", "entreprises")}${state.q ? ` pour « ${state.q} »` : ""}`}
          empty={
            <p>
              Aucune entreprise ne correspond. Essayez un autre métier, moins de filtres, ou <Link href="/annuaire">tout l&apos;annuaire</Link>.
            </p>
          }
        >
          {(result?.hits ?? []).map((hit) => {
            const card = cards.get(hit.id);
            if (!card) return null;
            return (
              <li key={hit.id} className="card result">
                <h3>
                  <Link href={`/entreprises/${hit.id}`} dangerouslySetInnerHTML={{ __html: hit.titleHighlight }} />
                </h3>
                <p className="muted">
                  {card.nafCode} {card.nafLabel} · {card.communeName}
                  {card.postalCode ? ` (${card.postalCode})` : ""}
                  {hit.distanceKm !== null ? ` · à ${formatDistance(hit.distanceKm)}` : ""} · {headcountLabel(card.headcountBand)}
                </p>
                {hit.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
                <p>
                  {card.isLargeBuyer ? <span className="badge badge--accent">Donneur d&apos;ordre</span> : null}{" "}
                  {card.offers > 0 ? <span className="badge">{countOf(card.offers, "offre", "offres")}</span> : null}{" "}
                  {card.certifications.slice(0, 3).map((c: string) => (
                    <span key={c} className="badge badge--ok">
                      {c}
                    </span>
                  ))}{" "}
                  <span className="muted">SIRET {formatSiret(card.siret)}</span>
                </p>
              </li>
            );
          })}
        </SearchResults>
      </div>
    </div>
  );
}
