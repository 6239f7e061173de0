"use client";
/** Per-company staff buttons; each posts to a server action that re-checks the staff role. */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { setLargeBuyerAction, verifyCompanyAction } from "../actions";

export function CompanyRowActions({ companyId, name, isLargeBuyer, verified, returnTo }: { companyId: string; name: string; isLargeBuyer: boolean; verified: boolean; returnTo: string }) {
  const [flagState, flag] = useActionState(setLargeBuyerAction, initialFormState);
  const [verifyState, verify] = useActionState(verifyCompanyAction, initialFormState);
  // On success the action redirects; only errors come back here.
  const message = verifyState.message ?? flagState.message;
  return (
    <div>
      <div className="actions" style={{ marginTop: 0 }}>
        {!verified ? (
          <form action={verify}>
            <input type="hidden" name="companyId" value={companyId} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className="button button--small">Vérifier<span className="visually-hidden"> {name}</span></button>
          </form>
        ) : null}
        <form action={flag}>
          <input type="hidden" name="companyId" value={companyId} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <input type="hidden" name="value" value={isLargeBuyer ? "false" : "true"} />
          <button type="submit" className="button button--secondary button--small">
            {isLargeBuyer ? "Retirer donneur d'ordre" : "Désigner donneur d'ordre"}<span className="visually-hidden"> : {name}</span>
          </button>
        </form>
      </div>
      {message ? <p role="alert" className="field-error">{message}</p> : null}
    </div>
  );
}
