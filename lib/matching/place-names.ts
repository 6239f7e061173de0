/**
 * Place names say where the work is done, not what it is: « notre site de Rousset », « gare de Vitrolles », « au Palais
 * du Pharo à Marseille ». In a profile they are rare words (high idf), so a need's commune names brought the suppliers
 * that list that commune among their places of work above those that do the trade. Distance and the perimeter already
 * read the need's place: its names leave the text query. A name is only taken where it is written as one: capitalised,
 * not the first word of a sentence (« Fontaines à eau… » stays a fountain), the longest commune name that fits.
 */
import type { Place } from "./geo";
import { fold } from "./vocabulary";

export interface PlaceNames {
  /** Folded first word → the folded names (as word lists) that start with it, longest first. */
  byFirstWord: Map<string, string[][]>;
}

const cache = new WeakMap<readonly Place[], PlaceNames>();

export function placeNamesOf(communes: readonly Place[]): PlaceNames {
  let names = cache.get(communes);
  if (names) return names;
  const byFirstWord = new Map<string, string[][]>();
  for (const c of communes) {
    const words = fold(c.name).split(" ").filter(Boolean);
    if (!words.length) continue;
    const list = byFirstWord.get(words[0]) ?? [];
    if (!list.some((w) => w.join(" ") === words.join(" "))) list.push(words);
    byFirstWord.set(words[0], list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  names = { byFirstWord };
  cache.set(communes, names);
  return names;
}

/** `text` with the commune names it writes as names blanked out. */
export function withoutPlaceNames(text: string, names: PlaceNames | undefined): string {
  if (!names || !text) return text;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], folded: fold(m[0]), start: m.index, end: m.index + m[0].length }));
  const blank: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\p{Lu}/u.test(t.word)) continue;
    // The first word of the text or of a sentence is capitalised anyway.
    const before = text.slice(0, t.start).trimEnd();
    if (before === "" || /[.!?:;•–—]$/u.test(before)) continue;
    for (const name of names.byFirstWord.get(t.folded) ?? []) {
      if (name.every((w, k) => tokens[i + k]?.folded === w)) {
        blank.push([t.start, tokens[i + name.length - 1].end]);
        i += name.length - 1;
        break;
      }
    }
  }
  let out = text;
  for (const [s, e] of blank.reverse()) out = `${out.slice(0, s)} ${out.slice(e)}`;
  return out;
}
