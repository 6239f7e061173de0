"use client";
/**
 * Picks several items (NAF activities, communes/EPCIs) with a searchable combobox; chosen items are
 * listed with a "Retirer" button each. Posts one `name` value per item, plus `_label_<name>` values
 * ("id|label") so a form returned with errors shows the choices again.
 */
import { useEffect, useRef, useState } from "react";
import { ComboBox } from "react-aria-components";
import { asList } from "@/lib/validation/as-list";
import { PickerField, SuggestionList } from "./picker-parts";
import { useSuggestions, type PickerOption } from "./use-suggestions";

interface Props {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  endpoint: string;
  toOption: (item: never) => PickerOption;
  defaults?: PickerOption[];
  max?: number;
  placeholder?: string;
}

/** Rebuilds chosen items from a returned form state: ids under `name`, "id|label" under `_label_<name>`. */
export function chosenFromValues(values: Record<string, string | string[]> | undefined, name: string): PickerOption[] {
  const labels = new Map(asList(values?.[`_label_${name}`]).map((s) => [s.split("|")[0], s.split("|").slice(1).join("|")]));
  return asList(values?.[name]).map((id) => ({ id, label: labels.get(id) || id }));
}

export function MultiPicker({ name, label, hint, error, required, endpoint, toOption, defaults = [], max = 10, placeholder }: Props) {
  const [chosen, setChosen] = useState<PickerOption[]>(defaults);
  const [inputValue, setInputValue] = useState("");
  const { items, loading } = useSuggestions(endpoint, inputValue, toOption);
  // Remounting the combobox after each choice closes its popover; focus goes back to its input.
  const [version, setVersion] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (version > 0) inputRef.current?.focus();
  }, [version]);
  const available = items.filter((i) => !chosen.some((c) => c.id === i.id));
  const id = `f-${name}`;
  const full = chosen.length >= max;

  return (
    <div className="field">
      <ComboBox
        key={version}
        id={id}
        className="combobox"
        items={available}
        inputValue={inputValue}
        onInputChange={setInputValue}
        selectedKey={null}
        onSelectionChange={(key) => {
          // RAC also reports a null selection while typing: only a real choice adds an item.
          const option = available.find((i) => i.id === key);
          if (!option || full) return;
          setChosen((prev) => [...prev, option]);
          setInputValue(""); // and so the suggestions go
          setVersion((v) => v + 1);
        }}
        menuTrigger="input"
        allowsEmptyCollection
        isDisabled={full}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
      >
        <PickerField
          id={id}
          label={label}
          hint={hint}
          error={error}
          required={required}
          inputRef={inputRef}
          placeholder={full ? `${max} au plus` : placeholder}
        />
        <SuggestionList loading={loading} typed={inputValue} />
      </ComboBox>
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={`${label} : choix`}>
          {chosen.map((c) => (
            <li key={c.id} className="chip">
              <span>{c.label}</span>
              <button type="button" className="chip__remove" onClick={() => setChosen((prev) => prev.filter((p) => p.id !== c.id))}>
                Retirer<span className="visually-hidden"> {c.label}</span>
              </button>
              <input type="hidden" name={name} value={c.id} />
              <input type="hidden" name={`_label_${name}`} value={`${c.id}|${c.label}`} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Aucun choix pour l&apos;instant.</p>
      )}
    </div>
  );
}
