"use client";
/** The company profile form: presentation, contact, activities, certifications, service area, references. */
import { useActionState } from "react";
import { formatMegabytes, MAX_IMAGE_BYTES } from "@/lib/files/limits";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { HEADCOUNT_BANDS } from "@/lib/companies/headcount-bands";
import { MAX_CERTIFICATIONS, MAX_SECONDARY_ACTIVITIES } from "@/lib/companies/profile-schema";
import { asList } from "@/lib/validation/as-list";
import { AreaField } from "@/app/_components/area-field";
import { TextArea } from "@/app/_components/choice-fields";
import { Field, FieldError, FormAlert, SubmitButton, useStateKey, valueOf } from "@/app/_components/form-parts";
import { chosenFromValues } from "@/app/_components/multi-picker";
import { NafMultiPicker } from "@/app/_components/reference-pickers";
import type { PickerOption } from "@/app/_components/use-suggestions";
import { ReferencesFieldset, type ReferenceRow } from "./references-fieldset";

export interface ProfileFormDefaults {
  description: string;
  website: string;
  headcountBand: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  secondaryNafCodes: PickerOption[];
  certifications: string[];
  serviceArea: { kind: "radius" | "territory" | "areas"; radiusKm: number | null; areas: PickerOption[] };
  references: ReferenceRow[];
  logoFileId: string | null;
}

interface Props {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  defaults: ProfileFormDefaults;
  mainActivity: string;
  communeName: string;
  territoryName: string;
}

/** The reference rows as typed, after an error (three parallel lists). */
function rowsFromValues(values: Record<string, string | string[]>): ReferenceRow[] {
  const [c, y, d] = [asList(values.refClient), asList(values.refYear), asList(values.refDescription)];
  return Array.from({ length: Math.max(c.length, y.length, d.length) }, (_, i) => ({ clientName: c[i] ?? "", year: y[i] ?? "", description: d[i] ?? "" }));
}

export function ProfileForm({ action, defaults, mainActivity, communeName, territoryName }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const key = useStateKey(state);
  const err = state.fieldErrors ?? {};
  // A list's item errors come keyed "<name>.<index>": the picker shows the first one.
  const listError = (name: string) => err[name] ?? Object.entries(err).find(([k]) => k.startsWith(`${name}.`))?.[1];
  // After an error, what was typed wins over the stored profile.
  const v = (name: string, fallback: string) => (state.values ? (valueOf(state, name) ?? "") : fallback);

  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <fieldset>
        <legend>Présentation</legend>
        <TextArea
          name="description"
          label="Présentation de l'entreprise"
          error={err.description}
          defaultValue={v("description", defaults.description)}
          hint="Votre métier, vos clients, vos atouts : c'est ce que les acheteurs lisent en premier. 3 000 caractères au plus."
        />
        <Field
          name="website"
          label="Site internet"
          hint="Par exemple : www.entreprise.fr"
          inputMode="url"
          autoComplete="url"
          state={state}
          defaultValue={v("website", defaults.website)}
        />
        <div className="field">
          <label htmlFor="f-headcountBand">
            Effectif salarié <span aria-hidden="true">*</span>
          </label>
          <select
            id="f-headcountBand"
            name="headcountBand"
            required
            defaultValue={v("headcountBand", defaults.headcountBand)}
            aria-invalid={err.headcountBand ? true : undefined}
            aria-describedby={err.headcountBand ? "f-headcountBand-error" : undefined}
          >
            {HEADCOUNT_BANDS.map((b) => (
              <option key={b.code} value={b.code}>
                {b.label}
              </option>
            ))}
          </select>
          <FieldError id="f-headcountBand-error" error={err.headcountBand} />
        </div>
        <div className="field">
          <label htmlFor="f-logo">Logo</label>
          <span id="f-logo-hint" className="hint">
            PNG, JPEG ou WebP, {formatMegabytes(MAX_IMAGE_BYTES)} au plus. Le contenu du fichier est vérifié.
          </span>
          {defaults.logoFileId ? (
            <div className="logo-current">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our authorized file route */}
              <img src={`/api/files/${defaults.logoFileId}`} alt="Logo actuel" className="company-logo" />
              <label className="checkbox">
                <input type="checkbox" name="removeLogo" defaultChecked={valueOf(state, "removeLogo") === "on"} /> <span>Retirer le logo</span>
              </label>
            </div>
          ) : null}
          <input
            id="f-logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby={err.logo ? "f-logo-hint f-logo-error" : "f-logo-hint"}
            aria-invalid={err.logo ? true : undefined}
          />
          <FieldError id="f-logo-error" error={err.logo} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Contact commercial</legend>
        <p className="hint">Affiché aux membres connectés de la plateforme, pas aux visiteurs anonymes.</p>
        <Field name="contactName" label="Nom du contact" autoComplete="name" state={state} defaultValue={v("contactName", defaults.contactName)} />
        <div className="two-cols">
          <Field name="contactEmail" label="E-mail" type="email" autoComplete="email" state={state} defaultValue={v("contactEmail", defaults.contactEmail)} />
          <Field
            name="contactPhone"
            label="Téléphone"
            type="tel"
            autoComplete="tel"
            hint="Par exemple : 04 91 00 00 00"
            state={state}
            defaultValue={v("contactPhone", defaults.contactPhone)}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Activités et savoir-faire</legend>
        <p className="hint">Activité principale (SIRENE) : {mainActivity}</p>
        <NafMultiPicker
          key={`naf-${key}`}
          name="secondaryNafCodes"
          label="Activités secondaires (codes NAF)"
          max={MAX_SECONDARY_ACTIVITIES}
          error={listError("secondaryNafCodes")}
          hint={`Jusqu'à ${MAX_SECONDARY_ACTIVITIES} activités que vous exercez aussi : elles élargissent les besoins qui vous sont proposés.`}
          defaults={state.values ? chosenFromValues(state.values, "secondaryNafCodes") : defaults.secondaryNafCodes}
        />
        <TextArea
          name="certifications"
          label="Certifications et labels"
          rows={4}
          error={err.certifications}
          hint={`Une par ligne, ou séparées par des virgules (ISO 9001, Qualibat, RGE, ESUS…). ${MAX_CERTIFICATIONS} au plus, 80 caractères chacune.`}
          defaultValue={state.values ? asList(state.values.certifications).join("\n") : defaults.certifications.join("\n")}
        />
      </fieldset>

      <fieldset>
        <legend>Zone d&apos;intervention</legend>
        <AreaField
          key={`area-${key}`}
          prefix="serviceArea"
          legend="Où intervenez-vous ?"
          radiusLabel={`Dans un rayon autour de ${communeName}`}
          territoryName={territoryName}
          state={state}
          defaults={defaults.serviceArea}
        />
      </fieldset>

      <ReferencesFieldset key={`refs-${key}`} errors={err} defaults={state.values ? rowsFromValues(state.values) : defaults.references} />

      <div className="actions">
        <SubmitButton pendingLabel="Enregistrement…">Enregistrer la fiche</SubmitButton>
      </div>
    </form>
  );
}
