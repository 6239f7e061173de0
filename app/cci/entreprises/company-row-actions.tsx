"use client";
/** Per-company staff buttons; each posts to a server action that re-checks the staff role. */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { setLargeBuyerAction, setSuspendedAction, verifyCompanyAction } from "../actions";
import { FieldError } from "@/app/_components/form-parts";

export function CompanyRowActions({
  companyId,
  name,
  isLargeBuyer,
  verified,
  suspended,
  returnTo,
}: {
  companyId: string;
  name: string;
  isLargeBuyer: boolean;
  verified: boolean;
  suspended: boolean;
  returnTo: string;
}) {
  const [suspendState, suspend] = useActionState(setSuspendedAction, initialFormState);
  const [flagState, flag] = useActionState(setLargeBuyerAction, initialFormState);
  const [verifyState, verify] = useActionState(verifyCompanyAction, initialFormState);
  // On success the action redirects; only errors come back here.
  const message = verifyState.message ?? flagState.message ?? (suspendState.fieldErrors?.reason ? undefined : suspendState.message);
  return (
    <div>
      <div className="actions" style={{ marginTop: 0 }}>
        {!verified ? (
          <form action={verify}>
            <input type="hidden" name="companyId" value={companyId} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className="button button--small">
              Vérifier<span className="visually-hidden"> {name}</span>
            </button>
          </form>
        ) : null}
        <form action={flag}>
          <input type="hidden" name="companyId" value={companyId} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <input type="hidden" name="value" value={isLargeBuyer ? "false" : "true"} />
          <button type="submit" className="button button--secondary button--small">
            {isLargeBuyer ? "Retirer donneur d'ordre" : "Désigner donneur d'ordre"}
            <span className="visually-hidden"> : {name}</span>
          </button>
        </form>
      </div>
      {message ? (
        <p role="alert" className="field-error">
          {message}
        </p>
      ) : null}
      {suspended ? (
        <form action={suspend}>
          <input type="hidden" name="companyId" value={companyId} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <input type="hidden" name="value" value="false" />
          <button type="submit" className="button button--secondary button--small">
            Réactiver<span className="visually-hidden"> {name}</span>
          </button>
        </form>
      ) : (
        <details>
          <summary>
            Suspendre<span className="visually-hidden"> {name}</span>
          </summary>
          <form action={suspend} className="decision-form">
            <input type="hidden" name="companyId" value={companyId} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <input type="hidden" name="value" value="true" />
            <div className="field">
              <label htmlFor={`suspend-${companyId}`}>Motif (envoyé à l&apos;entreprise)</label>
              <textarea
                id={`suspend-${companyId}`}
                name="reason"
                rows={2}
                aria-invalid={suspendState.fieldErrors?.reason ? true : undefined}
                aria-describedby={suspendState.fieldErrors?.reason ? `suspend-${companyId}-error` : undefined}
              />
              <FieldError id={`suspend-${companyId}-error`} error={suspendState.fieldErrors?.reason} />
            </div>
            <div>
              <button type="submit" className="button button--small button--danger button--secondary">
                Suspendre l&apos;entreprise
              </button>
            </div>
          </form>
        </details>
      )}
    </div>
  );
}
