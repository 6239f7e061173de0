"use client";
/** Fetches suggestions from a JSON route as the user types (debounced, aborting stale requests). */
import { useEffect, useRef, useState } from "react";

export interface PickerOption { id: string; label: string; detail?: string }

export function useSuggestions(endpoint: string, query: string, toOption: (item: never) => PickerOption, paused = false) {
  const [items, setItems] = useState<PickerOption[]>([]);
  const [loading, setLoading] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (paused || q.length < 2) return;
    const timer = setTimeout(async () => {
      abort.current?.abort();
      abort.current = new AbortController();
      setLoading(true);
      try {
        const res = await fetch(`${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}`, { signal: abort.current.signal });
        const body = (await res.json()) as { items: never[] };
        setItems(body.items.map(toOption));
      } catch {
        /* aborted or offline: keep the previous list */
      } finally {
        setLoading(false);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [endpoint, query, toOption, paused]);
  return { items, setItems, loading };
}
