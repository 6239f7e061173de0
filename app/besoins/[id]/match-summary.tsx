/**
 * On the need page: the first suggested local suppliers. Staff see it before approving, with a warning
 * when fewer than 3 local suppliers match (the need may reach nobody); the buyer gets a link to the list.
 */
import Link from "next/link";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { suggestedSuppliers } from "@/lib/matching/service";
import type { NeedStatus } from "@/lib/needs/state-machine";
import { reasonsLine, ScoreBadge } from "@/app/_components/match-parts";
import { countOf } from "@/lib/format";

export const MIN_LOCAL_SUPPLIERS = 3;

export async function MatchSummary({
  actor,
  need,
  forStaff,
}: {
  actor: Actor;
  need: { id: string; companyId: string; status: NeedStatus };
  forStaff: boolean;
}) {
  const needId = need.id;
  const { run } = await suggestedSuppliers(getDb(), actor, need, { limit: 50 });
  const local = run.matches.filter((m) => m.signatory && m.parts.some((p) => p.key === "locality" && p.value === 1));
  return (
    <section className="card" aria-labelledby="match-summary-title" style={{ marginTop: "1rem" }}>
      <h2 id="match-summary-title">Fournisseurs locaux suggérés</h2>
      {forStaff && local.length < MIN_LOCAL_SUPPLIERS ? (
        <div className="alert alert--error" role="alert" data-testid="few-suppliers">
          Attention : seulement {countOf(local.length, "fournisseur local signataire correspond", "fournisseurs locaux signataires correspondent")} à ce besoin.
          Suggérez à l&apos;acheteur d&apos;élargir le périmètre ou les activités, ou sollicitez le réseau.
        </div>
      ) : null}
      {run.matches.length === 0 ? (
        <p>Aucun fournisseur ne correspond pour l&apos;instant.</p>
      ) : (
        <ol>
          {run.matches.slice(0, 5).map((m) => (
            <li key={m.companyId}>
              <ScoreBadge score={m.score} /> <strong>{m.name}</strong> <span className="muted">— {reasonsLine(m.parts)}</span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link href={`/besoins/${needId}/fournisseurs`}>
          Voir les {run.matches.length} fournisseurs suggérés, avec le détail du score{forStaff ? "" : ", et les inviter"}
        </Link>
      </p>
    </section>
  );
}
