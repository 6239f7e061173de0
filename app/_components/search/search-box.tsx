"use client";
/**
 * The query box with suggestions as you type (React Aria ComboBox, free text allowed, the pickers' list).
 * Choosing a suggestion opens it; Enter submits the search form with what was typed.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ComboBox, Input, Label } from "react-aria-components";
import { SuggestionList } from "../picker-parts";
import type { SuggestionIndex } from "@/lib/search-ui/suggestions";
import { useSuggestions, type PickerOption } from "../use-suggestions";

interface Suggestion {
  id: string;
  label: string;
  href: string;
}
const toOption = (s: Suggestion): PickerOption & { href: string } => ({ id: s.id, label: s.label, href: s.href });

export function SearchBox({ index, defaultValue, label, placeholder }: { index: SuggestionIndex; defaultValue: string; label: string; placeholder: string }) {
  const router = useRouter();
  const [text, setText] = useState(defaultValue);
  const { items, loading } = useSuggestions(`/api/search/suggest?index=${index}`, text, toOption as (i: never) => PickerOption);
  return (
    <ComboBox
      className="combobox search-box"
      allowsCustomValue
      inputValue={text}
      onInputChange={setText}
      items={items as (PickerOption & { href: string })[]}
      menuTrigger="input"
      // Suggestions arrive after the keystroke: without this the list would never open for them.
      allowsEmptyCollection
      onSelectionChange={(key) => {
        const hit = (items as (PickerOption & { href: string })[]).find((i) => i.id === key);
        if (hit) router.push(hit.href);
      }}
    >
      <Label>{label}</Label>
      {/* The open list keeps Enter for itself: with no suggestion highlighted, Enter still runs the search. */}
      <Input
        name="q"
        placeholder={placeholder}
        type="search"
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.currentTarget.getAttribute("aria-activedescendant")) e.currentTarget.form?.requestSubmit();
        }}
      />
      <SuggestionList loading={loading} typed={text} noResult="Aucune suggestion : Entrée lance la recherche." />
    </ComboBox>
  );
}
