"use client";
/** The suggested suppliers with a checkbox each, "Inviter" per row and "Inviter la sélection". */
import { useActionState } from "react";
import Link from "next/link";
import { initialFormState } from "@/lib/actions/client-state";
import { formatDistance } from "@/lib/format";
import type { SupplierMatch } from "@/lib/matching/types";
import { FormAlert } from "@/app/_components/form-parts";
import { MatchParts, ScoreBadge } from "@/app/_components/match-parts";
import { inviteSuppliersAction } from "./actions";

const STATUS: Record<string, string> = {
  sent: "Invité",
  opened: "Invitation ouverte",
  interested: "Intéressé",
  not_interested: "Pas intéressé",
  answered: "A répondu",
};

export function InviteForm({
  needId,
  matches,
  invitations,
  canInvite,
}: {
  needId: string;
  matches: SupplierMatch[];
  invitations: Record<string, { status: string; declineReason: string | null }>;
  canInvite: boolean;
}) {
  const [state, action] = useActionState(inviteSuppliersAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="needId" value={needId} />
      <FormAlert state={state} />
      {state.fieldErrors?.companyIds ? (
        <p className="field-error" role="alert">
          {state.fieldErrors.companyIds}
        </p>
      ) : null}
      <ol className="results">
        {matches.map((m, i) => {
          const invitation = invitations[m.companyId];
          const label = `${m.name}`;
          return (
            <li key={m.companyId} className="card">
              <div className="match-row">
                <div>
                  {canInvite && m.signatory && !invitation ? (
                    <input type="checkbox" name="companyIds" value={m.companyId} id={`pick-${m.companyId}`} aria-label={`Sélectionner ${label}`} />
                  ) : null}
                </div>
                <div>
                  <h3 className="h3">
                    {i + 1}. {m.signatory ? <Link href={`/entreprises/${m.companyId}`}>{m.name}</Link> : m.name}
                  </h3>
                  <p className="muted">
                    {m.nafCode} · {m.communeName}
                    {m.distanceKm !== null ? ` · ${formatDistance(m.distanceKm)}` : ""}
                    {m.signatory ? "" : " · non signataire (importée de SIRENE)"}
                  </p>
                  <MatchParts parts={m.parts} />
                  {invitation ? (
                    <p>
                      <span className="badge">{STATUS[invitation.status] ?? invitation.status}</span>
                      {invitation.declineReason ? ` — ${invitation.declineReason}` : ""}
                    </p>
                  ) : null}
                </div>
                <div className="match-side">
                  <ScoreBadge score={m.score} />
                  {canInvite && m.signatory && !invitation ? (
                    <button type="submit" name="only" value={m.companyId} className="button button--small button--secondary">
                      Inviter<span className="visually-hidden"> {label}</span>
                    </button>
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {canInvite ? (
        <div className="actions">
          <button type="submit" className="button">
            Inviter la sélection
          </button>
        </div>
      ) : null}
    </form>
  );
}
