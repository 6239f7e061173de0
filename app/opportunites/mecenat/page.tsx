import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getDb } from "@/lib/db";
import { requireActor } from "@/lib/auth/guard";
import { formatDate, formatDistance } from "@/lib/format";
import { sectionLabel } from "@/lib/naf/sections";
import { countLabel, NO_RESULT } from "@/lib/search-ui/count";
import { PAGE_SIZE, skillSearchQuery } from "@/lib/search-ui/queries";
import { communeCentre, epciNames, skillPostCards } from "@/lib/search-ui/reads";
import { fromSearchParams, toQueryString, ZSkillSearchState } from "@/lib/search-ui/url-state";
import { maySearchSkills } from "@/lib/skills/access";
import { SENIORITY_LABELS, WORK_MODE_LABELS } from "@/lib/skills/labels";
import { searchOrNull } from "@/lib/search-ui/run";
import { FacetGroup, facetOptions } from "@/app/_components/search/facet-group";
import { SearchForm } from "@/app/_components/search/search-form";
import { SearchResults } from "@/app/_components/search/search-results";
import { SearchBox } from "@/app/_components/search/search-box";
import { SearchTabs } from "../_components/search-tabs";

export const metadata: Metadata = { title: "Rechercher en mécénat de compétences" };
const SORTS = [
  ["relevance", "Pertinence"],
  ["start", "Début le plus proche"],
  ["distance", "Distance (choisissez une commune)"],
] as const;
const DIRECTION_LABELS: Record<string, string> = { offer: "Experts proposés", request: "Compétences demandées" };
const label = (labels: Record<string, string>) => (v: string) => labels[v] ?? v;
const weeks = (n: number) => `${n} ${n > 1 ? "semaines" : "semaine"}`;

/** Signed in, as /mecenat: experts are shown by their trade, never by name, and without their cost. */
export default async function SkillSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!maySearchSkills(actor)) forbidden();
  const db = getDb();
  const state = ZSkillSearchState.parse(fromSearchParams(await searchParams));
  const centre = await communeCentre(db, state.commune);
  const result = await searchOrNull(skillSearchQuery(state, centre));
  const [cards, epcis] = await Promise.all([skillPostCards(db, result?.hits.map((h) => h.id) ?? []), epciNames(db, Object.keys(result?.facets.epci ?? {}))]);
  const link = (over: Partial<typeof state>) => `/opportunites/mecenat${toQueryString({ ...state, ...over })}`;
  return (
    <div className="page">
      <div className="page-header">
        <h1>Mécénat de compétences</h1>
        <p>
          Les experts que les grandes entreprises prêtent pour une mission courte, et les compétences que les TPE et PME recherchent. Les experts sont présentés
          par leur métier, jamais par leur nom.
        </p>
      </div>
      <SearchTabs current="/opportunites/mecenat" />
      <div className="search-layout">
        <SearchForm
          id="skill-filters"
          action="/opportunites/mecenat"
          ariaLabel="Rechercher une compétence"
          sort={state.sort}
          sortOptions={SORTS}
          query={<SearchBox index="skills" defaultValue={state.q} label="Rechercher" placeholder="Actuaire, contrôle de gestion, RH…" />}
          centre={centre}
          commune={state.commune}
          radius={state.radius}
        >
          <FacetGroup
            name="sens"
            legend="Offres ou demandes"
            selected={state.sens}
            options={facetOptions(result?.facets.direction, label(DIRECTION_LABELS))}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="mode"
            legend="Sur site ou à distance"
            selected={state.mode}
            options={facetOptions(result?.facets.workMode, label(WORK_MODE_LABELS))}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="seniority"
            legend="Séniorité de l'expert"
            selected={state.seniority}
            options={facetOptions(result?.facets.seniority, label(SENIORITY_LABELS))}
            counted={result?.totalIsExact}
          />
          <FacetGroup
            name="section"
            legend="Secteur de l'entreprise"
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
          unavailable="La recherche est momentanément indisponible. Réessayez dans quelques minutes, ou consultez la page du mécénat de compétences."
          count={`${countLabel(result ?? NO_RESULT, "annonce ouverte", "annonces ouvertes")}${state.q ? ` pour « ${state.q} »` : ""}`}
          empty={
            <p>
              Aucune annonce ne correspond. Essayez moins de filtres, un autre mot, ou <Link href="/opportunites/mecenat">toutes les annonces</Link>.
            </p>
          }
        >
          {(result?.hits ?? []).map((hit) => {
            const card = cards.get(hit.id);
            if (!card) return null;
            const offer = card.direction === "offer";
            return (
              <li key={hit.id} className="card result">
                <h3>
                  <Link href={`/mecenat#${offer ? "offre" : "demande"}-${hit.id}`} dangerouslySetInnerHTML={{ __html: hit.titleHighlight }} />
                </h3>
                <p className="muted">
                  {offer && card.profession ? `${card.profession}${card.seniority ? `, ${SENIORITY_LABELS[card.seniority].toLowerCase()}` : ""} · ` : ""}
                  {card.companyName}
                  {" · "}
                  {WORK_MODE_LABELS[card.workMode]}, {card.communeName}
                  {hit.distanceKm !== null ? ` · à ${formatDistance(hit.distanceKm)}` : ""}
                </p>
                {!offer && hit.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
                <ul className="badge-list">
                  <li className={offer ? "badge badge--accent" : "badge badge--ok"}>{offer ? "Expert proposé" : "Compétence demandée"}</li>
                </ul>
                <p>
                  {card.daysPerWeek} j/semaine pendant {weeks(card.durationWeeks)}, {offer ? "disponible" : "à partir"} du{" "}
                  <strong>{formatDate(card.startsOn)}</strong>
                </p>
              </li>
            );
          })}
        </SearchResults>
      </div>
    </div>
  );
}
