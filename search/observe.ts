/**
 * Lets operations time every search without search/ depending on them (lib/ops registers the observer):
 * getSearchEngine wraps its engine with observeSearches. One observer per process, kept on globalThis
 * because Next.js may load this module once per bundle.
 */
import type { SearchEngine } from "./engine";

export interface SearchTiming {
  engine: string;
  index: string;
  seconds: number;
  ok: boolean;
}
export type SearchObserver = (timing: SearchTiming) => void;

const globalForObserver = globalThis as unknown as { __ccSearchObserver?: SearchObserver };

export function setSearchObserver(observer: SearchObserver | undefined) {
  globalForObserver.__ccSearchObserver = observer;
}

/** The same engine, whose search() reports its duration and outcome to the observer (if any). */
export function observeSearches(engine: SearchEngine, engineName: string): SearchEngine {
  const search: SearchEngine["search"] = async (query) => {
    const start = performance.now();
    let ok = false;
    try {
      const result = await engine.search(query);
      ok = true;
      return result;
    } finally {
      globalForObserver.__ccSearchObserver?.({ engine: engineName, index: query.index, seconds: (performance.now() - start) / 1000, ok });
    }
  };
  return new Proxy(engine, {
    get(target, prop) {
      if (prop === "search") return search;
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
