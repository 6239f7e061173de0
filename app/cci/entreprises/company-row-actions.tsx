"use client";
/** Per-company staff buttons; each posts to a server action that re-checks the staff role. */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { setLargeBuyerAction, verifyCompanyAction } from "../actions";

export function CompanyRowActions({ companyId, name, isLargeBuyer, verified }: { companyId: string; name: string; isLargeBuyer: boolean; verified: boolean }) {
  const [flagState, flag] = useActionState(setLargeBuyerAction, initialFormState);
  const [verifyState, verify] = useActionState(verifyCompanyAction, initialFormState);
  const message = verifyState.message ?? flagState.message;
  return (
    <div>
      <div className="actions" style={{ marginTop: 0 }}>
        {!verified ? (
          <form action={verify}>
            <input type="hidden" name="companyId" value={companyId} />
            <button type="submit" className="button button--small">Vérifier<span className="visually-hidden"> {name}</span></button>
          </form>
        ) : null}
        <form action={flag}>
          <input type="hidden" name="companyId" value={companyId} />
          <input type="hidden" name="value" value={isLargeBuyer ? "false" : "true"} />
          <button type="submit" className="button button--secondary button--small">
            {isLargeBuyer ? "Retirer donneur d'ordre" : "Désigner donneur d'ordre"}<span className="visually-hidden"> : {name}</span>
          </button>
        </form>
      </div>
      {message ? <p role="status" className="muted">{message}</p> : null}
    </div>
  );
}
