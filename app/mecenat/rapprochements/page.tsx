import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requireActor } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/errors";
import { POST_STATUS_LABELS } from "@/lib/skills/labels";
import { pairingsFor, skillPostFor } from "@/lib/skills/reads";
import { z } from "@/lib/validation/zod";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { proposeAction, withdrawPostAction } from "../actions";

export const metadata: Metadata = { title: "Rapprochements — Mécénat de compétences" };

const ZParams = z.object({
  offre: z.uuid().optional().catch(undefined),
  demande: z.uuid().optional().catch(undefined),
  fait: z.string().optional().catch(undefined),
});

export default async function PairingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { offre, demande, fait } = ZParams.parse(await searchParams);
  const actor = await requireActor();
  if (!offre && !demande) notFound();
  const kind = offre ? "offer" : "request";
  const id = (offre ?? demande) as string;
  let post, pairs;
  try {
    post = await skillPostFor(getDb(), actor, kind, id);
    // A withdrawn or taken post is paired with nothing more.
    pairs = post.status === "open" ? await pairingsFor(getDb(), actor, kind, id) : [];
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <div className="page">
      <div className="page-header">
        <h1>{kind === "request" ? "Experts proposés pour votre demande" : "Demandes qui correspondent à votre expert"}</h1>
        <p>
          Classés par le modèle de pertinence de la plateforme (<Link href="/methode-de-classement">méthode de classement</Link>), avec ses raisons. La CCI
          valide chaque mise en relation proposée.
        </p>
      </div>
      {fait === "retiree" ? (
        <div className="alert alert--ok" role="status">
          Votre annonce est retirée : elle n&apos;apparaît plus dans le mécénat de compétences ni dans la recherche.
        </div>
      ) : null}
      <p>
        {kind === "request" ? "Votre demande" : "Votre expert"} : <strong>{post.skill}</strong> ({POST_STATUS_LABELS[post.status]})
      </p>
      {post.mayWithdraw ? (
        <ActionForm action={withdrawPostAction} submitLabel="Retirer l'annonce" secondary accessibleSuffix={post.skill}>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
        </ActionForm>
      ) : null}
      {post.status !== "open" ? null : pairs.length === 0 ? (
        <p className="muted">Aucun rapprochement pour l&apos;instant : vous serez visible des prochaines annonces.</p>
      ) : (
        <ol className="results">
          {pairs.map((p) => (
            <li key={`${p.offerId}-${p.requestId}`} className="card" data-testid="pairing">
              <h2>
                {p.skill} <span className="score-badge">{Math.round(p.score * 100)}&nbsp;%</span>
              </h2>
              <p className="muted">
                {p.companyName} · {p.other}
              </p>
              <ul>
                {p.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <ActionForm action={proposeAction} submitLabel="Proposer cette mission" accessibleSuffix={`${p.skill}, ${p.companyName}`}>
                <input type="hidden" name="offerId" value={p.offerId} />
                <input type="hidden" name="requestId" value={p.requestId} />
              </ActionForm>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link href="/mecenat">Retour au mécénat de compétences</Link>
      </p>
    </div>
  );
}
