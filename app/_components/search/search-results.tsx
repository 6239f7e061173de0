/** The frame both search pages share: unavailable engine, count, empty state, the list, pagination. */
import type { ReactNode } from "react";
import type { SearchResult } from "@/search/engine";
import { Pagination } from "./pagination";

export function SearchResults({
  result,
  unavailable,
  count,
  empty,
  pageSize,
  pageHref,
  children,
}: {
  result: SearchResult | null;
  unavailable: string;
  count: string;
  empty: ReactNode;
  pageSize: number;
  pageHref: (page: number) => string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="results-title" className="search-results">
      <h2 id="results-title" className="visually-hidden">
        Résultats
      </h2>
      {!result ? (
        <div className="alert alert--error" role="alert">
          {unavailable}
        </div>
      ) : (
        <>
          <p role="status" className="results-count">
            {count}
          </p>
          {result.total === 0 ? <div className="card">{empty}</div> : <ol className="results">{children}</ol>}
          <Pagination page={result.page} total={result.total} totalIsExact={result.totalIsExact} pageSize={pageSize} href={pageHref} />
        </>
      )}
    </section>
  );
}
