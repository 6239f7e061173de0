import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { challengesAwaitingModeration } from "@/lib/challenges/reads";
import { countOf, formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { DecisionForm } from "../moderation/decision-form";
import { decideChallengeAction } from "@/app/defis/actions";

export const metadata: Metadata = { title: "Défis à valider — Back-office CCI" };

const DONE = { approve: "Défi publié.", request_changes: "Défi renvoyé à son auteur avec votre demande de modifications.", reject: "Défi refusé." } as const;
const ZParams = z.object({ fait: z.enum(["approve", "request_changes", "reject"]).optional().catch(undefined) });

export default async function ChallengeModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("moderation:decide");
  const { fait } = ZParams.parse(await searchParams);
  const queue = await challengesAwaitingModeration(getDb(), actor);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Défis d&apos;innovation à valider</h1>
        <p>{countOf(queue.length, "défi", "défis")} en attente, les plus anciens d&apos;abord. L&apos;auteur est prévenu par e-mail de votre décision.</p>
      </div>
      {fait ? <div className="alert alert--ok" role="status" data-testid="decision">{DONE[fait]} L&apos;auteur est prévenu par e-mail.</div> : null}
      {queue.length === 0 ? <p className="muted">Aucun défi en attente.</p> : (
        <ul className="queue">
          {queue.map((c) => (
            <li key={c.id} className="card">
              <h2><Link href={`/defis/${c.id}`}>{c.title}</Link></h2>
              <p className="muted">{c.companyName} · envoyé le {c.submittedAt ? formatDate(c.submittedAt) : "—"} · candidatures jusqu&apos;au {formatDate(c.deadline)}{c.confidential ? " · confidentiel" : ""}</p>
              <p>{c.summary}</p>
              <DecisionForm action={decideChallengeAction} objectId={c.id} objectLabel={c.title} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
