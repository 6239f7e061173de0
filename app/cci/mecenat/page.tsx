import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { countOf, formatDate } from "@/lib/format";
import { missionsAwaitingValidation } from "@/lib/skills/reads";
import { z } from "@/lib/validation/zod";
import { DecisionForm } from "../moderation/decision-form";
import { decideMissionAction } from "@/app/mecenat/actions";

export const metadata: Metadata = { title: "Missions de mécénat à valider — Back-office CCI" };

const DONE = {
  validee: "Mission validée : les deux entreprises sont prévenues et peuvent télécharger la convention.",
  refusee: "Mise en relation refusée : les deux entreprises sont prévenues.",
} as const;
const ZParams = z.object({ fait: z.enum(["validee", "refusee"]).optional().catch(undefined) });

export default async function SkillsValidationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("skills:validate");
  const { fait } = ZParams.parse(await searchParams);
  const queue = await missionsAwaitingValidation(getDb(), actor);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Missions de mécénat à valider</h1>
        <p>
          {countOf(queue.length, "mise en relation proposée", "mises en relation proposées")}, les plus anciennes d&apos;abord. La CCI ne favorise aucune
          entreprise : le score et ses raisons viennent du modèle de la plateforme.
        </p>
      </div>
      {fait ? (
        <div className="alert alert--ok" role="status" data-testid="decision">
          {DONE[fait]}
        </div>
      ) : null}
      {queue.length === 0 ? (
        <p className="muted">Aucune mission en attente.</p>
      ) : (
        <ul className="queue">
          {queue.map((m) => (
            <li key={m.id} className="card">
              <h2>
                <Link href={`/mecenat/missions/${m.id}`}>
                  {m.offerSkill} → {m.requestSkill}
                </Link>
              </h2>
              <p className="muted">
                {m.sponsor} (mécène, {m.profession}) → {m.beneficiary} · proposée le {formatDate(m.createdAt)} · score {Math.round(Number(m.score ?? 0) * 100)}
                &nbsp;%
              </p>
              <p>{m.purpose}</p>
              {m.reasons.length ? (
                <ul>
                  {m.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : null}
              <DecisionForm action={decideMissionAction} objectId={m.id} objectLabel={`${m.offerSkill}, ${m.beneficiary}`} approveLabel="Valider" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
