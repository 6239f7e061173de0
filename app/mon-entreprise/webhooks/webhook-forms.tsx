"use client";
/** The endpoint form (the secret is shown once, after creation) and the small forms of the list and the log. */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { Field, FieldError, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export interface EventChoice {
  value: string;
  label: string;
}

export function CreateWebhookForm({ action, events, defaultMinScore }: { action: Action; events: EventChoice[]; defaultMinScore: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const secret = state.ok ? valueOf(state, "secret") : undefined;
  const shown = secret ? initialFormState : state;
  const eventsError = shown.fieldErrors?.events;
  const checked = shown.values?.events;
  const isChecked = (v: string) => (checked === undefined ? true : Array.isArray(checked) ? checked.includes(v) : checked === v);
  return (
    <>
      {secret ? (
        <div className="alert alert--ok" role="status" data-testid="new-webhook-secret">
          <p>
            <strong>{state.message}</strong> Voici son secret de signature : copiez-le maintenant, il ne sera plus jamais affiché.
          </p>
          <label htmlFor="new-webhook-secret">Secret de signature</label>
          <input id="new-webhook-secret" readOnly value={secret} style={{ width: "100%", fontFamily: "monospace" }} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <form action={formAction} className="form" noValidate key={secret ?? "form"}>
        {secret ? null : <FormAlert state={state} />}
        <Field
          name="url"
          label="Adresse de réception"
          type="url"
          hint="Une adresse https:// de votre serveur, qui recevra les événements en POST (JSON)."
          required
          maxLength={2000}
          state={shown}
        />
        <Field name="description" label="Description (facultative)" hint="Pour vous y retrouver, par exemple « ERP achats »." maxLength={200} state={shown} />
        <fieldset className="field" aria-describedby={eventsError ? "f-events-error" : undefined} aria-invalid={eventsError ? true : undefined}>
          <legend>Événements envoyés</legend>
          {events.map((e) => (
            <label key={e.value} className="checkbox">
              <input type="checkbox" name="events" value={e.value} defaultChecked={isChecked(e.value)} /> {e.label} <code>{e.value}</code>
            </label>
          ))}
          <FieldError id="f-events-error" error={eventsError} />
        </fieldset>
        <Field
          name="minScorePercent"
          label="Seuil de correspondance (%)"
          inputMode="numeric"
          required
          hint="Pour les besoins publiés : seuls ceux qui correspondent à votre entreprise au moins à ce niveau sont envoyés (0 à 100)."
          defaultValue={valueOf(shown, "minScorePercent") ?? String(defaultMinScore)}
          state={shown}
        />
        <div className="actions">
          <SubmitButton pendingLabel="Création…">Créer le point de réception</SubmitButton>
        </div>
      </form>
    </>
  );
}

/** A one-button form posting hidden fields; refusals appear next to the button. */
export function SmallActionButton({
  action,
  fields,
  label,
  accessibleLabel,
  confirm,
  secondary = true,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  confirm?: string;
  secondary?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      style={{ display: "inline-flex", gap: "0.5rem", alignItems: "center" }}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message && !state.ok ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
      {state.message && state.ok ? (
        <span className="muted" role="status">
          {state.message}
        </span>
      ) : null}
      <button type="submit" className={`button button--small${secondary ? " button--secondary" : ""}`} aria-label={accessibleLabel}>
        {label}
      </button>
    </form>
  );
}
