import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, formatNumber } from "@/lib/format";
import { MAX_SIRENE_UPLOAD_BYTES, readImportStatus, recentImports, type SireneImportState } from "@/lib/sirene/status";
import { z } from "@/lib/validation/zod";
import { SireneImport } from "./sirene-import";

export const metadata: Metadata = { title: "Import SIRENE — Back-office CCI" };

const ZParams = z.object({ import: z.uuid().optional().catch(undefined) });

const STATE_BADGES: Record<SireneImportState, { label: string; className: string }> = {
  queued: { label: "En attente", className: "badge" },
  running: { label: "En cours", className: "badge badge--warn" },
  done: { label: "Terminé", className: "badge badge--ok" },
  failed: { label: "Échec", className: "badge badge--danger" },
  interrupted: { label: "Interrompu", className: "badge badge--danger" },
};

export default async function SireneImportPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("staff:access");
  const params = ZParams.parse(await searchParams);
  const db = getDb();
  const [recent, current] = await Promise.all([recentImports(db), params.import ? readImportStatus(db, params.import) : null]);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Import SIRENE</h1>
        <p>
          Importez les établissements du territoire depuis un extrait de la base SIRENE de l&apos;INSEE. Ils entrent comme entreprises{" "}
          <strong>non signataires</strong> (sans compte, sans signature de la charte) jusqu&apos;à ce qu&apos;elles rejoignent la plateforme. Une entreprise
          déjà inscrite garde ce qu&apos;elle a déclaré : seuls son état administratif, sa tranche d&apos;effectifs, sa date de création et sa date de mise à
          jour SIRENE sont rafraîchis.
        </p>
      </div>
      <div className="card import-help">
        <h2>Le fichier attendu</h2>
        <p>Un CSV au format StockEtablissement ; les colonnes sont reconnues par leur nom SIRENE, les autres sont ignorées.</p>
        <ul>
          <li>
            Obligatoires : <code>siret</code>, <code>activitePrincipaleEtablissement</code>, <code>codeCommuneEtablissement</code>,{" "}
            <code>etatAdministratifEtablissement</code> et un nom : <code>denominationUniteLegale</code>, <code>denominationUsuelleEtablissement</code> ou{" "}
            <code>enseigne1Etablissement</code> (à 3).
          </li>
          <li>
            Facultatives : <code>siren</code>, <code>trancheEffectifsEtablissement</code>, <code>dateDernierTraitementEtablissement</code>,{" "}
            <code>dateCreationEtablissement</code> et <code>dateCreationUniteLegale</code> (la date de création de l&apos;unité légale l&apos;emporte quand le
            fichier l&apos;a : elle décide du badge « jeune entreprise »).
          </li>
        </ul>
        <p>
          Les lignes au SIRET invalide, au code NAF ou à la commune inconnus sont rejetées et listées ; les autres sont importées. Réimporter le même fichier ne
          crée aucun doublon.
        </p>
      </div>
      <SireneImport key={current ? `${current.id}:${current.status}` : "new"} initial={current} maxBytes={MAX_SIRENE_UPLOAD_BYTES} />

      <h2>Derniers imports</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
        <table>
          <caption className="visually-hidden">Derniers imports SIRENE</caption>
          <thead>
            <tr>
              <th scope="col">Déposé le</th>
              <th scope="col">Fichier</th>
              <th scope="col">Par</th>
              <th scope="col">Statut</th>
              <th scope="col">Lignes lues</th>
              <th scope="col">Créées</th>
              <th scope="col">Mises à jour</th>
              <th scope="col">Rejetées</th>
            </tr>
          </thead>
          <tbody>
            {recent.length === 0 ? (
              <tr>
                <td colSpan={8}>Aucun import pour le moment.</td>
              </tr>
            ) : null}
            {recent.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.queuedAt)}</td>
                <td>
                  <Link href={`/cci/sirene?import=${r.id}`}>{r.fileName}</Link>
                </td>
                <td>{r.startedBy}</td>
                <td>
                  <span className={STATE_BADGES[r.status].className}>{STATE_BADGES[r.status].label}</span>
                </td>
                <td>{formatNumber(r.read)}</td>
                <td>{formatNumber(r.imported)}</td>
                <td>{formatNumber(r.updated)}</td>
                <td>{formatNumber(r.rejectedCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
