import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/_components/data-table";
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
        <p>
          La même règle pour toutes les entreprises : chaque classement enregistre la version utilisée et peut être expliqué et refait.
          <Link href="/methode-de-classement"> Méthode de classement publique</Link>
        </p>
      </div>
      <section className="card" aria-labelledby="current-title">
        <h2 id="current-title">Version en vigueur : n° {current.version}</h2>
        <DataTable
          caption="Poids de la version en vigueur"
          rows={[current]}
          rowKey={(c) => c.version}
          columns={[
            ...MATCH_PARTS.map((k) => ({ key: k, header: PART_LABELS[k], cell: (c: typeof current) => pct(c.weights[k]) })),
            { key: "threshold", header: "Seuil d'alerte", cell: (c) => pct(c.alertThreshold) },
            { key: "half", header: "Demi-note", cell: (c) => `${c.distanceHalfKm} km` },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="new-title" style={{ marginTop: "1rem" }}>
        <h2 id="new-title">Publier une nouvelle version</h2>
        <p>Elle s&apos;appliquera aux prochains classements ; les classements déjà enregistrés gardent leur version.</p>
        <WeightsForm current={current} />
      </section>
      <section className="card" aria-labelledby="history-title" style={{ marginTop: "1rem" }}>
        <h2 id="history-title">Historique des versions</h2>
        <DataTable
          caption="Versions des pondérations, de la plus récente à la plus ancienne"
          rows={history}
          rowKey={(h) => h.version}
          columns={[
            { key: "version", header: "Version", cell: (h) => `n° ${h.version}` },
            { key: "at", header: "Publiée le", cell: (h) => formatDateTime(h.createdAt) },
            { key: "by", header: "Par", cell: (h) => h.createdBy ?? "Installation" },
            { key: "weights", header: "Poids", cell: (h) => MATCH_PARTS.map((k) => `${PART_LABELS[k]} ${pct(Number(h.weights[k] ?? 0))}`).join(" · ") },
            { key: "threshold", header: "Seuil", cell: (h) => pct(h.alertThreshold) },
            { key: "half", header: "Demi-note", cell: (h) => `${h.distanceHalfKm} km` },
            { key: "note", header: "Motif", cell: (h) => h.note ?? "—" },
          ]}
        />
      </section>
    </div>
  );
}
