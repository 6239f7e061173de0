import type { Metadata } from "next";
import Link from "next/link";
import { requireCompanyMember } from "@/lib/auth/guard";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import { IMPORT_COLUMNS } from "@/lib/needs/import/columns";
import { MAX_IMPORT_ROWS } from "@/lib/needs/import/parse";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Importer un plan d'achats" };

export default async function ImportPlanPage() {
  const { company } = await requireCompanyMember("need:create");
  return (
    <div className="page">
      <div className="page-header">
        <p>
          <Link href="/besoins">← Mes besoins</Link>
        </p>
        <h1>Importer un plan d&apos;achats</h1>
        <p>
          Déposez votre plan d&apos;achats prévisionnel : une ligne par projet d&apos;achat. Chaque ligne devient un brouillon de {company.companyName} que vous
          relirez avant de l&apos;envoyer à la CCI. Rien n&apos;est créé avant votre confirmation.
        </p>
      </div>
      <div className="card import-help">
        <h2>Le fichier attendu</h2>
        <p>
          Un fichier CSV (séparateur « ; » ou « , ») ou Excel (.xlsx, première feuille), {MAX_IMPORT_ROWS.toLocaleString("fr-FR")} lignes et{" "}
          {formatMegabytes(MAX_IMPORT_BYTES)} au plus. La première ligne contient les en-têtes ; les colonnes inconnues sont ignorées.
        </p>
        <p>
          Colonnes obligatoires :{" "}
          {IMPORT_COLUMNS.filter((c) => c.required)
            .map((c) => c.label)
            .join(", ")}
          . Facultatives :{" "}
          {IMPORT_COLUMNS.filter((c) => !c.required)
            .map((c) => c.label)
            .join(", ")}
          .
        </p>
        <p>
          <a href="/besoins/import/modele" download className="button button--secondary">
            Télécharger le modèle Excel
          </a>{" "}
          <span className="muted">avec une ligne d&apos;exemple et une feuille « Aide » qui décrit chaque colonne.</span>
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
