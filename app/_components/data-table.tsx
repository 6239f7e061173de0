/**
 * One table markup for the pages' data tables: a scrollable region reachable by keyboard, a caption (hidden
 * unless told), a header row of column headings, one row per item, and a French sentence instead of an
 * empty table. A server component: columns render with plain functions.
 */
import type { ReactNode } from "react";

export interface Column<T> {
  /** Stable key of the column (its heading when that is a string). */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell names its row (a `<th scope="row">`), e.g. a time slot. */
  rowHeader?: boolean;
}

interface Props<T> {
  /** What the table holds, read by screen readers before the rows. */
  caption: string;
  captionVisible?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Shown instead of the table when there are no rows, e.g. « Aucun jeton pour l'instant. ». */
  empty?: ReactNode;
  /** The scrollable region's name; by default the caption. */
  label?: string;
  className?: string;
  /** A test id on each row (e2e journeys find rows by it). */
  rowTestId?: string;
}

export function DataTable<T>({ caption, captionVisible, columns, rows, rowKey, empty, label, className, rowTestId }: Props<T>) {
  if (rows.length === 0 && empty !== undefined) return <p className="muted">{empty}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${label ?? caption} (défilement horizontal possible)`}>
      <table className={className}>
        <caption className={captionVisible ? undefined : "visually-hidden"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
