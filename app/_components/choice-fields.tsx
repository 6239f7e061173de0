"use client";
/** Accessible choice fields: a textarea, a radio group and a checkbox group, each with its French error. */
import { FieldError } from "./form-parts";

export function TextArea({
  name,
  label,
  hint,
  error,
  required,
  defaultValue,
  rows = 6,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string;
  rows?: number;
}) {
  const id = `f-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

export function RadioGroup({ name, legend, options, value, error }: { name: string; legend: string; options: Option[]; value?: string; error?: string }) {
  return (
    <fieldset className="subfieldset" aria-describedby={error ? `f-${name}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="radios">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="radio" name={name} value={o.value} defaultChecked={value === o.value} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`f-${name}-error`} error={error} />
    </fieldset>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  values = [],
  error,
}: {
  name: string;
  legend: string;
  options: Option[];
  values?: string[];
  error?: string;
}) {
  return (
    <fieldset className="subfieldset" aria-describedby={error ? `f-${name}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="radios">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" name={name} value={o.value} defaultChecked={values.includes(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`f-${name}-error`} error={error} />
    </fieldset>
  );
}
