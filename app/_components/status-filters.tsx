/** Links that filter a list by status, each with its count; the current one is marked for screen readers. */
import Link from "next/link";

export function StatusFilters<S extends string>({
  basePath,
  allLabel,
  statuses,
  labels,
  counts,
  current,
}: {
  basePath: string;
  allLabel: string;
  statuses: readonly S[];
  labels: Record<S, string>;
  counts: Partial<Record<S, number>>;
  current?: S;
}) {
  const total = Object.values(counts).reduce<number>((a, b) => a + ((b as number | undefined) ?? 0), 0);
  return (
    <nav aria-label="Filtrer par statut" className="status-filters">
      <ul>
        <li>
          <Link href={basePath} aria-current={!current ? "page" : undefined}>
            {allLabel} <span className="count">{total}</span>
          </Link>
        </li>
        {statuses
          .filter((s) => counts[s])
          .map((s) => (
            <li key={s}>
              <Link href={`${basePath}?statut=${s}`} aria-current={current === s ? "page" : undefined}>
                {labels[s]} <span className="count">{counts[s]}</span>
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
