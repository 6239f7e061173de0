/**
 * The filter form every search page shares (GET, so a search is a link): the query box, the sort, the page's
 * own facets (children), the distance from a commune, « Rechercher » / « Tout effacer », and the auto-submit.
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { AutoSubmit } from "./auto-submit";
import { DistanceFilter } from "./distance-filter";

export interface SearchFormProps {
  id: string;
  action: string;
  ariaLabel: string;
  /** The query box: a SearchBox (suggestions as you type). */
  query: ReactNode;
  sort: string;
  sortOptions: ReadonlyArray<readonly [value: string, label: string]>;
  centre: { name: string; postalCode: string | null } | null;
  commune?: string;
  radius?: number;
  children: ReactNode;
}

export function SearchForm({ id, action, ariaLabel, query, sort, sortOptions, centre, commune, radius, children }: SearchFormProps) {
  return (
    <form id={id} method="get" action={action} className="search-filters" role="search" aria-label={ariaLabel}>
      {query}
      <div className="field">
        <label htmlFor="f-sort">Trier par</label>
        <select id="f-sort" name="sort" defaultValue={sort}>
          {sortOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {children}
      <DistanceFilter
        commune={commune}
        communeLabel={centre ? `${centre.name}${centre.postalCode ? ` (${centre.postalCode})` : ""}` : undefined}
        radius={radius}
      />
      <div className="actions" style={{ marginTop: 0 }}>
        <button type="submit" className="button">
          Rechercher
        </button>
        <Link href={action}>Tout effacer</Link>
      </div>
      <AutoSubmit formId={id} />
    </form>
  );
}
