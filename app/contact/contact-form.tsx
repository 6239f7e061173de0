"use client";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { CONTACT_TOPICS } from "@/lib/contact/message-topics";
import { Field, FieldError, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";
import { sendContactAction } from "./actions";

export function ContactForm({ name, email }: { name?: string; email?: string }) {
  const [state, action] = useActionState(sendContactAction, initialFormState);
  const err = state.fieldErrors ?? {};
  if (state.ok) return <FormAlert state={state} />;
  return (
    <form action={action} className="form" noValidate>
      <FormAlert state={state} />
      <Field name="name" label="Votre nom" state={state} required autoComplete="name" defaultValue={valueOf(state, "name") ?? name} />
      <Field
        name="email"
        label="Votre adresse e-mail"
        hint="Pour vous répondre ; elle n'est utilisée à aucune autre fin."
        type="email"
        state={state}
        required
        autoComplete="email"
        defaultValue={valueOf(state, "email") ?? email}
      />
      <div className="field">
        <label htmlFor="f-topic">
          Objet<span aria-hidden="true"> *</span>
        </label>
        <select
          id="f-topic"
          name="topic"
          required
          defaultValue={valueOf(state, "topic") ?? "question"}
          aria-invalid={err.topic ? true : undefined}
          aria-describedby={err.topic ? "f-topic-error" : undefined}
        >
          {Object.entries(CONTACT_TOPICS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id="f-topic-error" error={err.topic} />
      </div>
      <div className="field">
        <label htmlFor="f-message">
          Votre message<span aria-hidden="true"> *</span>
        </label>
        <textarea
          id="f-message"
          name="message"
          rows={8}
          required
          maxLength={5000}
          defaultValue={valueOf(state, "message")}
          aria-invalid={err.message ? true : undefined}
          aria-describedby={err.message ? "f-message-error" : undefined}
        />
        <FieldError id="f-message-error" error={err.message} />
      </div>
      <div className="actions">
        <SubmitButton pendingLabel="Envoi…">Envoyer le message</SubmitButton>
      </div>
    </form>
  );
}
