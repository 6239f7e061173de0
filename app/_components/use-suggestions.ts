"use client";
/**
 * Suggestions from a JSON route as the user types: React Aria's useAsyncList holds the items and the loading
 * state and aborts a stale request; we add the pause before asking (150 ms, so a word typed fast is one
 * request, not one per key: the suggestion routes are rate-limited per address) and the 2-character minimum.
 */
import { useEffect, useRef } from "react";
import { useAsyncList } from "react-aria-components";

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

const DEBOUNCE_MS = 150;
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export function useSuggestions(endpoint: string, query: string, toOption: (item: never) => PickerOption, paused = false) {
  const list = useAsyncList<PickerOption, string>({
    async load({ signal, filterText }) {
      const q = (filterText ?? "").trim();
      // Nothing to ask yet (the list says « Tapez au moins 2 caractères »); an offline request keeps what is shown.
      if (q.length < 2) return { items: [] };
      await pause(DEBOUNCE_MS, signal);
      const res = await fetch(`${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}`, { signal });
      const body = (await res.json()) as { items: never[] };
      return { items: body.items.map(toOption) };
    },
  });
  // setFilterText is a new function at each render: the effect follows the typed text, not it (else every
  // render would start a load, and every load a render).
  const { filterText, setFilterText } = list;
  const load = useRef(setFilterText);
  load.current = setFilterText;
  useEffect(() => {
    if (!paused && query !== filterText) load.current(query);
  }, [query, paused, filterText]);
  return { items: list.items, loading: list.isLoading };
}
