import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { weightsHistory } from "@/lib/matching/reads";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { PART_LABELS } from "@/lib/matching/labels";
import { currentWeights } from "@/lib/matching/service";
import { MATCH_PARTS } from "@/lib/matching/types";
import { WeightsForm } from "./weights-form";

export const metadata: Metadata = { title: "Pondérations du classement — Back-office CCI" };

const pct = (x: number) => `${(x * 100).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} %`;

/** Staff: the weights ranking uses, their history, and publishing a new version (never editing an old one). */
export default async function WeightsPage() {
  await requirePermission("matching:configure");
  const db = getDb();
  const current = await currentWeights(db);
  const history = await weightsHistory(db);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Pondérations du classement</h1>
        <p>La même règle pour toutes les entreprises : chaque classement enregistre la version utilisée et peut être expliqué et refait.
          <Link href="/methode-de-classement"> Méthode de classement publique</Link></p>
      </div>
      <section className="card" aria-labelledby="current-title">
        <h2 id="current-title">Version en vigueur : n° {current.version}</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
          <table>
            <caption className="visually-hidden">Poids de la version en vigueur</caption>
            <thead><tr>{MATCH_PARTS.map((k) => <th key={k} scope="col">{PART_LABELS[k]}</th>)}<th scope="col">Seuil d&apos;alerte</th><th scope="col">Demi-note</th></tr></thead>
            <tbody><tr>{MATCH_PARTS.map((k) => <td key={k}>{pct(current.weights[k])}</td>)}<td>{pct(current.alertThreshold)}</td><td>{current.distanceHalfKm} km</td></tr></tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="new-title" style={{ marginTop: "1rem" }}>
        <h2 id="new-title">Publier une nouvelle version</h2>
        <p>Elle s&apos;appliquera aux prochains classements ; les classements déjà enregistrés gardent leur version.</p>
        <WeightsForm current={current} />
      </section>
      <section className="card" aria-labelledby="history-title" style={{ marginTop: "1rem" }}>
        <h2 id="history-title">Historique des versions</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
          <table>
            <caption className="visually-hidden">Versions des pondérations, de la plus récente à la plus ancienne</caption>
            <thead><tr><th scope="col">Version</th><th scope="col">Publiée le</th><th scope="col">Par</th><th scope="col">Poids</th><th scope="col">Seuil</th><th scope="col">Demi-note</th><th scope="col">Motif</th></tr></thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.version}>
                  <td>n° {h.version}</td>
                  <td>{formatDateTime(h.createdAt)}</td>
                  <td>{h.createdBy ?? "Installation"}</td>
                  <td>{MATCH_PARTS.map((k) => `${PART_LABELS[k]} ${pct(Number(h.weights[k] ?? 0))}`).join(" · ")}</td>
                  <td>{pct(h.alertThreshold)}</td>
                  <td>{h.distanceHalfKm} km</td>
                  <td>{h.note ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
