"use client";
/** What the buyer can do with its need, by state: submit, edit, duplicate, delete, cancel. */
import Link from "next/link";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import type { NeedStatus } from "@/lib/needs/state-machine";
import { FieldError, FormAlert } from "@/app/_components/form-parts";
import { cancelNeedAction, deleteNeedAction, duplicateNeedAction, submitNeedAction } from "../actions";

export function OwnerActions({ needId, status }: { needId: string; status: NeedStatus }) {
  const [submitState, submit] = useActionState(submitNeedAction, initialFormState);
  const [deleteState, remove] = useActionState(deleteNeedAction, initialFormState);
  const [dupState, duplicate] = useActionState(duplicateNeedAction, initialFormState);
  const [cancelState, cancel] = useActionState(cancelNeedAction, initialFormState);
  const editable = status === "draft" || status === "changes_requested";
  const cancellable = status === "published" || status === "closed";
  return (
    <section className="card" aria-labelledby="owner-actions-title">
      <h2 id="owner-actions-title">Actions</h2>
      <FormAlert state={submitState} />
      {submitState.fieldErrors?.responseDeadline ? (
        <p className="field-error" role="alert">
          {submitState.fieldErrors.responseDeadline}
        </p>
      ) : null}
      <FormAlert state={deleteState} />
      <FormAlert state={dupState} />
      <div className="actions" style={{ marginTop: 0 }}>
        {editable ? (
          <>
            <form action={submit}>
              <input type="hidden" name="needId" value={needId} />
              <button type="submit" className="button">
                Envoyer à la CCI pour validation
              </button>
            </form>
            <Link href={`/besoins/${needId}/modifier`} className="button button--secondary">
              Modifier
            </Link>
          </>
        ) : null}
        <form action={duplicate}>
          <input type="hidden" name="needId" value={needId} />
          <button type="submit" className="button button--secondary">
            Dupliquer
          </button>
        </form>
        {editable ? (
          <form
            action={remove}
            onSubmit={(e) => {
              if (!confirm("Supprimer définitivement ce brouillon ?")) e.preventDefault();
            }}
          >
            <input type="hidden" name="needId" value={needId} />
            <button type="submit" className="button button--secondary button--danger">
              Supprimer le brouillon
            </button>
          </form>
        ) : null}
      </div>
      {cancellable ? (
        <form action={cancel} className="form" style={{ marginTop: "1rem" }}>
          <input type="hidden" name="needId" value={needId} />
          <FormAlert state={cancelState} />
          <div className="field">
            <label htmlFor="cancel-reason">Annuler ce besoin : raison communiquée aux fournisseurs</label>
            <textarea
              id="cancel-reason"
              name="reason"
              rows={2}
              aria-invalid={cancelState.fieldErrors?.reason ? true : undefined}
              aria-describedby={cancelState.fieldErrors?.reason ? "cancel-reason-error" : undefined}
            />
            <FieldError id="cancel-reason-error" error={cancelState.fieldErrors?.reason} />
          </div>
          <div>
            <button type="submit" className="button button--secondary button--danger">
              Annuler le besoin
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
