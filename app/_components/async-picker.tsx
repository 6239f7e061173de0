"use client";
/**
 * A searchable picker (React Aria ComboBox) whose options come from a JSON route as the user types.
 * It posts the chosen key under `name`, and its visible label under `_label_<name>` so a form that
 * comes back with errors shows the choice again.
 */
import { useState } from "react";
import { ComboBox } from "react-aria-components";
import { PickerField, SuggestionList } from "./picker-parts";
import { useSuggestions, type PickerOption } from "./use-suggestions";

export type { PickerOption };

interface Props {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  endpoint: string;
  toOption: (item: never) => PickerOption;
  defaultKey?: string;
  defaultLabel?: string;
  placeholder?: string;
}

export function AsyncPicker({ name, label, hint, error, required, endpoint, toOption, defaultKey, defaultLabel, placeholder }: Props) {
  const [inputValue, setInputValue] = useState(defaultLabel ?? "");
  const [selected, setSelected] = useState<{ key: string; label: string } | null>(defaultKey ? { key: defaultKey, label: defaultLabel ?? defaultKey } : null);
  const paused = Boolean(selected && inputValue === selected.label);
  const { items: found, loading } = useSuggestions(endpoint, inputValue, toOption, paused);
  const items = found.length > 0 || !selected ? found : [{ id: selected.key, label: selected.label }];

  const id = `f-${name}`;
  return (
    <div className="field">
      <ComboBox
        id={id}
        className="combobox"
        items={items}
        inputValue={inputValue}
        onInputChange={(value) => {
          setInputValue(value);
          if (selected && value !== selected.label) setSelected(null);
        }}
        selectedKey={selected?.key ?? null}
        onSelectionChange={(key) => {
          const option = items.find((i) => i.id === key);
          if (option) {
            setSelected({ key: option.id, label: option.label });
            setInputValue(option.label);
          }
        }}
        menuTrigger="input"
        allowsEmptyCollection
        isRequired={required}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
      >
        <PickerField id={id} label={label} hint={hint} error={error} required={required} placeholder={placeholder} />
        <SuggestionList loading={loading} typed={inputValue} />
      </ComboBox>
      <input type="hidden" name={name} value={selected?.key ?? ""} />
      <input type="hidden" name={`_label_${name}`} value={selected?.label ?? ""} />
    </div>
  );
}
