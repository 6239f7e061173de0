import Link from "next/link";

export function Pagination({ page, total, pageSize, href }: { page: number; total: number; pageSize: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination des résultats">
      {page > 1 ? <Link href={href(page - 1)}>← Précédente</Link> : null}
      <span aria-current="page">Page {page} sur {pages}</span>
      {page < pages ? <Link href={href(page + 1)}>Suivante →</Link> : null}
    </nav>
  );
}
