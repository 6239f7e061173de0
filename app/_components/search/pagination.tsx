import Link from "next/link";

/** Past MAX_TOTAL_HITS (`totalIsExact` false) the engines serve no further pages: the last one says so. */
export function Pagination({
  page,
  total,
  totalIsExact,
  pageSize,
  href,
}: {
  page: number;
  total: number;
  totalIsExact: boolean;
  pageSize: number;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination des résultats">
      {page > 1 ? <Link href={href(page - 1)}>← Précédente</Link> : null}
      <span aria-current="page">
        Page {page} sur {pages}
        {totalIsExact ? "" : ` (les ${total.toLocaleString("fr-FR")} premiers résultats)`}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Suivante →</Link> : null}
    </nav>
  );
}
