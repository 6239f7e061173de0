"use client";
/**
 * Client references as rows of three inputs (refClient, refYear, refDescription): the n-th value of each
 * field is row n, errors come back keyed "references.<n>.<field>". Rows can be added and removed.
 */
import { useRef, useState } from "react";
import { MAX_REFERENCES } from "@/lib/companies/profile-schema";
import { FieldError } from "@/app/_components/form-parts";

export interface ReferenceRow {
  clientName: string;
  year: string;
  description: string;
}

interface Props {
  defaults: ReferenceRow[];
  errors: Record<string, string>;
}

const EMPTY: ReferenceRow = { clientName: "", year: "", description: "" };

export function ReferencesFieldset({ defaults, errors }: Props) {
  const nextKey = useRef(0);
  const withKey = (row: ReferenceRow) => ({ ...row, key: nextKey.current++ });
  const [rows, setRows] = useState(() => (defaults.length ? defaults : [EMPTY]).map(withKey));
  const full = rows.length >= MAX_REFERENCES;

  return (
    <fieldset aria-describedby={errors.references ? "f-references-error" : undefined}>
      <legend>Références clients</legend>
      <p className="hint">Jusqu&apos;à {MAX_REFERENCES} réalisations, avec l&apos;accord de vos clients. Une ligne laissée vide est ignorée.</p>
      <FieldError id="f-references-error" error={errors.references} />
      <ol className="reference-rows">
        {rows.map((row, i) => {
          const err = (field: string) => errors[`references.${i}.${field}`];
          const input = (field: string) => ({
            id: `f-ref-${row.key}-${field}`,
            "aria-invalid": err(field) ? true : undefined,
            "aria-describedby": err(field) ? `f-ref-${row.key}-${field}-error` : undefined,
          });
          return (
            <li key={row.key} className="reference-row">
              <div className="reference-row__fields">
                <div className="field">
                  <label htmlFor={`f-ref-${row.key}-clientName`}>Client (référence {i + 1})</label>
                  <input type="text" name="refClient" defaultValue={row.clientName} maxLength={150} {...input("clientName")} />
                  <FieldError id={`f-ref-${row.key}-clientName-error`} error={err("clientName")} />
                </div>
                <div className="field field--short">
                  <label htmlFor={`f-ref-${row.key}-year`}>Année</label>
                  <input type="number" name="refYear" defaultValue={row.year} min={1980} inputMode="numeric" {...input("year")} />
                  <FieldError id={`f-ref-${row.key}-year-error`} error={err("year")} />
                </div>
              </div>
              <div className="field">
                <label htmlFor={`f-ref-${row.key}-description`}>Prestation réalisée</label>
                <textarea name="refDescription" rows={2} defaultValue={row.description} maxLength={500} {...input("description")} />
                <FieldError id={`f-ref-${row.key}-description-error`} error={err("description")} />
              </div>
              <button type="button" className="button button--link" onClick={() => setRows((prev) => prev.filter((r) => r.key !== row.key))}>
                Retirer la référence {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className="button button--secondary button--small" disabled={full} onClick={() => setRows((prev) => [...prev, withKey(EMPTY)])}>
          Ajouter une référence
        </button>
      </div>
    </fieldset>
  );
}
