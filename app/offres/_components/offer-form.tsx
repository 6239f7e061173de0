"use client";
/** The offer form (create and edit): French field errors, values kept after an error, photos to add or remove. */
import { useActionState } from "react";
import { formatMegabytes, MAX_IMAGE_BYTES } from "@/lib/files/limits";
import { plural } from "@/lib/format";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { MAX_OFFER_ACTIVITIES, MAX_OFFER_PHOTOS } from "@/lib/offers/offer-schema";
import { AreaField } from "@/app/_components/area-field";
import { TextArea } from "@/app/_components/choice-fields";
import { Field, FieldError, FormAlert, SubmitButton, useStateKey, valueOf } from "@/app/_components/form-parts";
import { chosenFromValues } from "@/app/_components/multi-picker";
import { NafMultiPicker } from "@/app/_components/reference-pickers";
import type { PickerOption } from "@/app/_components/use-suggestions";

export interface OfferFormDefaults {
  title?: string;
  description?: string;
  priceIndication?: string | null;
  nafCodes?: PickerOption[];
  area?: { kind: "radius" | "territory" | "areas"; radiusKm?: number | null; areas?: PickerOption[] };
}

interface Props {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  defaults: OfferFormDefaults;
  photos: { id: string; filename: string }[];
  /** The company's commune: a radius is counted from it. */
  communeName: string;
  territoryName: string;
  submitLabel: string;
}

export function OfferForm({ action, defaults, photos, communeName, territoryName, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const key = useStateKey(state);
  const err = state.fieldErrors ?? {};
  // A list's item errors come keyed "<name>.<index>": the picker shows the first one.
  const listError = (name: string) => err[name] ?? Object.entries(err).find(([k]) => k.startsWith(`${name}.`))?.[1];
  // After an error, what was typed wins over the stored offer.
  const v = (name: string, fallback?: string | null) => (state.values ? valueOf(state, name) : fallback) ?? "";
  const removed = new Set(state.values ? [state.values.removePhotoIds ?? []].flat() : []);
  const photoHint = `PNG, JPEG ou WebP, ${formatMegabytes(MAX_IMAGE_BYTES)} par photo, ${MAX_OFFER_PHOTOS} photos au plus${photos.length ? ` (${photos.length} déjà ${plural(photos.length, "jointe", "jointes")})` : ""}.`;

  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <fieldset>
        <legend>L&apos;offre</legend>
        <Field
          name="title"
          label="Titre de l'offre"
          hint="Par exemple : Nettoyage de bureaux et de locaux professionnels"
          required
          maxLength={120}
          state={state}
          defaultValue={v("title", defaults.title)}
        />
        <TextArea
          name="description"
          label="Description"
          required
          error={err.description}
          defaultValue={v("description", defaults.description)}
          hint="Ce que vous proposez, pour qui, vos atouts (délais, moyens, engagements). 20 à 3 000 caractères."
        />
        <NafMultiPicker
          key={`naf-${key}`}
          name="nafCodes"
          label="Activités concernées (codes NAF)"
          required
          max={MAX_OFFER_ACTIVITIES}
          error={listError("nafCodes")}
          hint={`De 1 à ${MAX_OFFER_ACTIVITIES} activités : elles servent à rapprocher votre offre des besoins des acheteurs.`}
          defaults={state.values ? chosenFromValues(state.values, "nafCodes") : defaults.nafCodes}
        />
        <Field
          name="priceIndication"
          label="Indication de prix"
          hint="Facultatif : « à partir de 45 € HT de l'heure », « sur devis »…"
          maxLength={120}
          state={state}
          defaultValue={v("priceIndication", defaults.priceIndication)}
        />
      </fieldset>

      <fieldset>
        <legend>Zone d&apos;intervention</legend>
        <AreaField
          key={`area-${key}`}
          prefix="area"
          legend="Où proposez-vous cette offre ?"
          radiusLabel={`Dans un rayon autour de ${communeName}`}
          territoryName={territoryName}
          state={state}
          defaults={defaults.area}
        />
      </fieldset>

      <fieldset>
        <legend>Photos</legend>
        {photos.length > 0 ? (
          <div className="field">
            <span className="label">Photos déjà jointes (cochez pour retirer)</span>
            <ul className="photo-grid photo-grid--small">
              {photos.map((p) => (
                <li key={p.id}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our authorized file route */}
                  <img src={`/api/files/${p.id}`} alt={p.filename} />
                  <label className="checkbox">
                    <input type="checkbox" name="removePhotoIds" value={p.id} defaultChecked={removed.has(p.id)} />
                    <span>
                      Retirer<span className="visually-hidden"> {p.filename}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="f-photos">Ajouter des photos</label>
          <span id="f-photos-hint" className="hint">
            {photoHint} Le contenu de chaque fichier est vérifié.
          </span>
          <input
            id="f-photos"
            name="photos"
            type="file"
            multiple
            accept="image/png,image/jpeg,image/webp"
            aria-describedby={err.photos ? "f-photos-hint f-photos-error" : "f-photos-hint"}
            aria-invalid={err.photos ? true : undefined}
          />
          <FieldError id="f-photos-error" error={err.photos} />
        </div>
      </fieldset>

      <div className="actions">
        <SubmitButton pendingLabel="Enregistrement…">{submitLabel}</SubmitButton>
        <span className="muted">L&apos;offre reste un brouillon tant que vous ne l&apos;envoyez pas à la CCI.</span>
      </div>
    </form>
  );
}
