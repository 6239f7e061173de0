/**
 * A chart as an accessible figure: a title, a sentence that says what it shows, the picture (hidden from
 * screen readers, which get the title and sentence), and the same data as a table one click away.
 */
import type { ReactNode } from "react";

export interface DataTable {
  columns: string[];
  rows: (string | ReactNode)[][];
}

export function ChartFigure({ id, title, summary, table, children }: { id: string; title: string; summary: string; table: DataTable; children: ReactNode }) {
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-title`} className="chart__title">
        {title}
      </h3>
      <p id={`${id}-summary`} className="chart__summary">
        {summary}
      </p>
      <div className="chart__canvas" aria-hidden="true">
        {children}
      </div>
      <details className="chart__data">
        <summary>Voir les données</summary>
        <DataTableView caption={title} table={table} />
      </details>
    </figure>
  );
}

export function DataTableView({ caption, table, captionVisible = false }: { caption: string; table: DataTable; captionVisible?: boolean }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
      <table className="data-table">
        <caption className={captionVisible ? "table-caption" : "visually-hidden"}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c} scope="col" className={i ? "num" : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length}>Aucune donnée sur la période.</td>
            </tr>
          ) : null}
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className="num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
