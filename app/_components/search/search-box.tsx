"use client";
/**
 * The query box with suggestions as you type (React Aria ComboBox, free text allowed). Choosing a
 * suggestion opens it; Enter submits the search form with what was typed.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";
import type { SuggestionIndex } from "@/lib/search-ui/suggestions";
import { useSuggestions, type PickerOption } from "../use-suggestions";

interface Suggestion { id: string; label: string; href: string }
const toOption = (s: Suggestion): PickerOption & { href: string } => ({ id: s.id, label: s.label, href: s.href });

export function SearchBox({ index, defaultValue, label, placeholder }: { index: SuggestionIndex; defaultValue: string; label: string; placeholder: string }) {
  const router = useRouter();
  const [text, setText] = useState(defaultValue);
  const { items } = useSuggestions(`/api/search/suggest?index=${index}`, text, toOption as (i: never) => PickerOption);
  return (
    <ComboBox
      className="combobox search-box"
      allowsCustomValue
      inputValue={text}
      onInputChange={setText}
      items={items as (PickerOption & { href: string })[]}
      menuTrigger="input"
      onSelectionChange={(key) => {
        const hit = (items as (PickerOption & { href: string })[]).find((i) => i.id === key);
        if (hit) router.push(hit.href);
      }}
    >
      <Label>{label}</Label>
      <Input name="q" placeholder={placeholder} type="search" />
      <Popover className="combobox__popover" placement="bottom start">
        <ListBox className="combobox__list">
          {(item: PickerOption) => <ListBoxItem id={item.id} textValue={item.label} className="combobox__item">{item.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
