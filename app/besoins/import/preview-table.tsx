"use client";
/**
 * The checked rows: line number as the spreadsheet shows it, title, what each valid row was read as
 * (commune and how it was recognised, NAF activities, dates, budget) and each column's error in French.
 */
import { useState } from "react";
import { plural } from "@/lib/format";
import type { ImportPreviewView } from "@/lib/needs/import/service";

const fr = (n: number) => n.toLocaleString("fr-FR");

export function PreviewTable({ preview }: { preview: ImportPreviewView }) {
  // With hundreds of rows, the ones to fix are easier to find alone.
  const [onlyErrors, setOnlyErrors] = useState(preview.invalid > 0 && preview.total > 50);
  const rows = onlyErrors ? preview.rows.filter((r) => !r.ok) : preview.rows;
  return (
    <section aria-labelledby="preview-title" className="import-preview">
      <h2 id="preview-title" className="section-title">
        Résultat de la vérification
      </h2>
      <p>
        <strong>{fr(preview.valid)}</strong> {plural(preview.valid, "ligne prête", "lignes prêtes")} à devenir des brouillons,{" "}
        <strong>{fr(preview.invalid)}</strong> en erreur.
      </p>
      {preview.invalid > 0 ? (
        <label className="checkbox">
          <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />
          <span>Afficher seulement les lignes en erreur</span>
        </label>
      ) : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
        <table>
          <caption>
            {`« ${preview.fileName} » : ${fr(preview.total)} ${plural(preview.total, "ligne", "lignes")}, ${fr(preview.invalid)} en erreur`}
            {onlyErrors ? " (lignes en erreur seulement)" : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Titre</th>
              <th scope="col">Lieu</th>
              <th scope="col">Activités (NAF)</th>
              <th scope="col">Dates</th>
              <th scope="col">Budget (HT)</th>
              <th scope="col">Statut</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} data-testid={`import-row-${r.line}`}>
                <td>{r.line}</td>
                <td>{r.title || <span className="muted">(sans titre)</span>}</td>
                {r.resolved ? (
                  <>
                    <td data-testid="import-commune">
                      {r.resolved.commune}
                      <br />
                      <span className="muted">lu comme {r.resolved.communeVia}</span>
                    </td>
                    <td data-testid="import-naf">
                      <ul className="import-values">
                        {r.resolved.naf.map((n) => (
                          <li key={n}>{n}</li>
                        ))}
                      </ul>
                    </td>
                    <td data-testid="import-dates">
                      Réponses avant le {r.resolved.deadline}
                      {r.resolved.start ? (
                        <>
                          <br />
                          Démarrage le {r.resolved.start}
                        </>
                      ) : null}
                    </td>
                    <td data-testid="import-budget">{r.resolved.budget}</td>
                  </>
                ) : (
                  <td colSpan={4} className="muted">
                    Voir les corrections à faire
                  </td>
                )}
                <td>
                  {r.ok ? (
                    <span className="badge badge--ok">OK</span>
                  ) : (
                    <>
                      <span className="badge badge--danger">À corriger</span>
                      <ul className="import-errors">
                        {Object.entries(r.errors).map(([column, message]) => (
                          <li key={column}>
                            <span className="visually-hidden">Ligne {r.line} — </span>
                            <strong>{column}</strong> : {message}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
