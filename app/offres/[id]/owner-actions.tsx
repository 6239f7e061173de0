"use client";
/** What the company can do with its offer, by state: submit, edit, delete a draft, archive a published one. */
import Link from "next/link";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { isDeletable, isEditable, type OfferStatus } from "@/lib/offers/state-machine";
import { FormAlert } from "@/app/_components/form-parts";
import { archiveOfferAction, deleteOfferAction, submitOfferAction } from "../actions";

export function OwnerActions({ offerId, status }: { offerId: string; status: OfferStatus }) {
  const [submitState, submit] = useActionState(submitOfferAction, initialFormState);
  const [archiveState, archive] = useActionState(archiveOfferAction, initialFormState);
  const [deleteState, remove] = useActionState(deleteOfferAction, initialFormState);
  const editable = isEditable(status);
  return (
    <section className="card" aria-labelledby="owner-actions-title">
      <h2 id="owner-actions-title">Actions</h2>
      <FormAlert state={submitState} />
      <FormAlert state={archiveState} />
      <FormAlert state={deleteState} />
      <div className="actions" style={{ marginTop: 0 }}>
        {editable ? (
          <>
            <form action={submit}>
              <input type="hidden" name="offerId" value={offerId} />
              <button type="submit" className="button">
                Envoyer à la CCI pour validation
              </button>
            </form>
            <Link href={`/offres/${offerId}/modifier`} className="button button--secondary">
              Modifier
            </Link>
          </>
        ) : null}
        {status === "published" ? (
          <form
            action={archive}
            onSubmit={(e) => {
              if (!confirm("Archiver cette offre ? Elle disparaîtra de votre fiche publique.")) e.preventDefault();
            }}
          >
            <input type="hidden" name="offerId" value={offerId} />
            <button type="submit" className="button button--secondary">
              Archiver l&apos;offre
            </button>
          </form>
        ) : null}
        {isDeletable(status) ? (
          <form
            action={remove}
            onSubmit={(e) => {
              if (!confirm("Supprimer définitivement ce brouillon ?")) e.preventDefault();
            }}
          >
            <input type="hidden" name="offerId" value={offerId} />
            <button type="submit" className="button button--secondary button--danger">
              Supprimer le brouillon
            </button>
          </form>
        ) : null}
      </div>
      {status === "submitted" ? <p className="muted">L&apos;offre est en cours de validation par la CCI : vous serez prévenu par e-mail.</p> : null}
    </section>
  );
}
