/** A row of headline figures; a card with `href` links to the needs behind its figure (drill-down). */
import Link from "next/link";

export interface Kpi {
  id: string;
  value: string;
  label: string;
  href?: string;
}

export function KpiCards({ cards, testIdPrefix }: { cards: Kpi[]; testIdPrefix: string }) {
  return (
    <div className="grid grid--4 kpis">
      {cards.map((c) => {
        const body = (
          <>
            <span className="stat">{c.value}</span>
            <span className="stat-label">{c.label}</span>
          </>
        );
        const testId = `${testIdPrefix}-${c.id}`;
        return c.href ? (
          <Link key={c.id} href={c.href} className="card kpi" data-testid={testId}>
            {body}
          </Link>
        ) : (
          <div key={c.id} className="card kpi" data-testid={testId}>
            {body}
          </div>
        );
      })}
    </div>
  );
}
