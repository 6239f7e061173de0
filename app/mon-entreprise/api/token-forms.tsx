"use client";
/** The token form (the secret is shown once, after creation) and the revoke button. */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { Field, FieldError, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function CreateTokenForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const secret = state.ok ? valueOf(state, "secret") : undefined;
  const scopeError = state.fieldErrors?.scope;
  return (
    <>
      {secret ? (
        <div className="alert alert--ok" role="status" data-testid="new-token">
          <p>
            <strong>{state.message}</strong> Copiez-le maintenant : il ne sera plus jamais affiché.
          </p>
          <label htmlFor="new-token-secret">Votre jeton</label>
          <input id="new-token-secret" readOnly value={secret} style={{ width: "100%", fontFamily: "monospace" }} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <form action={formAction} className="form" noValidate key={secret ?? "form"}>
        {secret ? null : <FormAlert state={state} />}
        <Field
          name="name"
          label="Nom du jeton"
          hint="Pour le reconnaître, par exemple « Logiciel achats »."
          required
          maxLength={80}
          state={secret ? initialFormState : state}
        />
        <fieldset className="field" aria-describedby={scopeError ? "f-scope-error" : undefined}>
          <legend>Droits</legend>
          <label>
            <input type="radio" name="scope" value="read" defaultChecked /> Lecture : consulter les besoins, les réponses et l&apos;annuaire
          </label>
          <label>
            <input type="radio" name="scope" value="write" /> Lecture et écriture : aussi déposer des besoins en brouillon
          </label>
          <FieldError id="f-scope-error" error={scopeError} />
        </fieldset>
        <div className="actions">
          <SubmitButton pendingLabel="Création…">Créer le jeton</SubmitButton>
        </div>
      </form>
    </>
  );
}

export function RevokeButton({ action, tokenId, name }: { action: Action; tokenId: string; name: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      style={{ display: "inline-flex", gap: "0.5rem", alignItems: "center" }}
      onSubmit={(e) => {
        if (!window.confirm(`Révoquer le jeton « ${name} » ? Les programmes qui l'utilisent n'auront plus accès.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      {state.message && !state.ok ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
      <button type="submit" className="button button--small button--secondary">
        Révoquer « {name} »
      </button>
    </form>
  );
}
