"use client";
/**
 * A perimeter / service area: a radius around a commune, the whole territory, or a list of communes
 * and EPCIs. Posts `<prefix>Kind`, `<prefix>RadiusKm` and `<prefix>Areas` (see lib/geo/area-schema.ts).
 */
import { useState } from "react";
import type { FormState } from "@/lib/actions/client-state";
import { chosenFromValues } from "./multi-picker";
import { AreaMultiPicker } from "./reference-pickers";
import { valueOf } from "./form-parts";
import type { PickerOption } from "./use-suggestions";

interface Props {
  prefix: string;
  legend: string;
  radiusLabel: string;
  territoryName: string;
  state: FormState;
  defaults?: { kind: "radius" | "territory" | "areas"; radiusKm?: number | null; areas?: PickerOption[] };
}

export function AreaField({ prefix, legend, radiusLabel, territoryName, state, defaults }: Props) {
  const fromState = state.values ? valueOf(state, `${prefix}Kind`) : undefined;
  const [kind, setKind] = useState<string>(fromState ?? defaults?.kind ?? "radius");
  const err = state.fieldErrors ?? {};
  const radius = state.values ? valueOf(state, `${prefix}RadiusKm`) : defaults?.radiusKm?.toString();
  const areas = state.values ? chosenFromValues(state.values, `${prefix}Areas`) : (defaults?.areas ?? []);
  const options = [
    { value: "radius", label: radiusLabel },
    { value: "territory", label: `Tout le territoire (${territoryName})` },
    { value: "areas", label: "Une liste de communes ou d'intercommunalités" },
  ] as const;
  return (
    <fieldset className="subfieldset">
      <legend>{legend}</legend>
      <div role="radiogroup" aria-label={legend} className="radios">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="radio" name={`${prefix}Kind`} value={o.value} checked={kind === o.value} onChange={() => setKind(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {err[`${prefix}Kind`] ? <p className="field-error">{err[`${prefix}Kind`]}</p> : null}
      {kind === "radius" ? (
        <div className="field field--short">
          <label htmlFor={`f-${prefix}RadiusKm`}>Rayon (km)</label>
          <input
            id={`f-${prefix}RadiusKm`}
            name={`${prefix}RadiusKm`}
            type="number"
            min={1}
            max={300}
            inputMode="numeric"
            defaultValue={radius ?? "30"}
            aria-invalid={err[`${prefix}RadiusKm`] ? true : undefined}
            aria-describedby={err[`${prefix}RadiusKm`] ? `f-${prefix}RadiusKm-error` : undefined}
          />
          {err[`${prefix}RadiusKm`] ? (
            <p id={`f-${prefix}RadiusKm-error`} className="field-error">
              {err[`${prefix}RadiusKm`]}
            </p>
          ) : null}
        </div>
      ) : null}
      {kind === "areas" ? (
        <AreaMultiPicker name={`${prefix}Areas`} label="Communes et intercommunalités" error={err[`${prefix}Areas`]} defaults={areas} />
      ) : null}
    </fieldset>
  );
}
