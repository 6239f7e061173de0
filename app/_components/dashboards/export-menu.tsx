/**
 * "Exporter": a disclosure with, per table, its columns to tick and two buttons (CSV, Excel). A plain GET
 * form to /exports/<table>: works without JavaScript, and the route checks who asks.
 */
import type { Period } from "@/lib/dashboards/period";
import type { AnyExportTable } from "@/lib/exports/types";

export function ExportMenu({ tables, period, companyId }: { tables: readonly AnyExportTable[]; period?: Period; companyId?: string }) {
  return (
    <details className="export-menu">
      <summary className="button button--secondary">Exporter</summary>
      <div className="export-menu__panel">
        <p className="muted">Fichiers CSV (séparateur « ; », pour Excel) ou Excel, {period ? "sur la période choisie" : "complets"}.</p>
        {tables.map((t) => (
          <form key={t.key} method="get" action={`/exports/${t.key}`} className="export-menu__table" aria-label={`Exporter : ${t.title}`}>
            {period ? (
              <>
                <input type="hidden" name="du" value={period.from} />
                <input type="hidden" name="au" value={period.to} />
              </>
            ) : null}
            {companyId ? <input type="hidden" name="entreprise" value={companyId} /> : null}
            <fieldset>
              <legend>{t.title}</legend>
              <details>
                <summary>Choisir les colonnes</summary>
                <ul className="export-menu__cols">
                  {t.columns.map((c) => (
                    <li key={c.key}>
                      <label className="checkbox">
                        <input type="checkbox" name="col" value={c.key} defaultChecked /> {c.header}
                      </label>
                    </li>
                  ))}
                </ul>
              </details>
              <div className="actions">
                <button type="submit" name="format" value="csv" className="button button--small">
                  CSV<span className="visually-hidden"> : {t.title}</span>
                </button>
                <button type="submit" name="format" value="xlsx" className="button button--small button--secondary">
                  Excel<span className="visually-hidden"> : {t.title}</span>
                </button>
              </div>
            </fieldset>
          </form>
        ))}
      </div>
    </details>
  );
}
