"use client";
/** The parts both pickers share inside a React Aria ComboBox: label, input with its button, error, suggestion list. */
import type { Ref } from "react";
import { Button, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import type { PickerOption } from "./use-suggestions";

export function PickerField({
  id,
  label,
  hint,
  error,
  required,
  placeholder,
  inputRef,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <>
      <Label>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </Label>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      <div className="combobox__group">
        <Input ref={inputRef} placeholder={placeholder} />
        <Button className="combobox__button" aria-label={`Afficher les suggestions : ${label}`}>
          ▾
        </Button>
      </div>
      {error ? (
        <Text slot="errorMessage" className="field-error" id={`${id}-error`}>
          {error}
        </Text>
      ) : null}
    </>
  );
}

export function SuggestionList({ loading, typed, noResult = "Aucun résultat." }: { loading: boolean; typed: string; noResult?: string }) {
  return (
    <Popover className="combobox__popover" placement="bottom start">
      <ListBox
        className="combobox__list"
        renderEmptyState={() => (
          <div className="combobox__empty">{loading ? "Recherche…" : typed.trim().length < 2 ? "Tapez au moins 2 caractères." : noResult}</div>
        )}
      >
        {(item: PickerOption) => (
          <ListBoxItem id={item.id} textValue={item.label} className="combobox__item">
            {item.label}
            {item.detail ? <small>{item.detail}</small> : null}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  );
}
