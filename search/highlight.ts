/**
 * Highlights come back from engines as text with <mark> tags inserted: everything else must be escaped
 * before it reaches the page, so a "<script>" typed in a need's title stays text.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Escapes HTML except the exact tags <mark> and </mark>. */
export function escapeExceptMarks(s: string): string {
  return s.split(/(<mark>|<\/mark>)/).map((part) => (part === "<mark>" || part === "</mark>" ? part : escape(part))).join("");
}

/** Same, for text where the engine marked matches with control characters \u0001 … \u0002 (PostgreSQL's ts_headline). */
export function marksFromSentinels(s: string): string {
  return escape(s).replace(/\u0001/g, "<mark>").replace(/\u0002/g, "</mark>");
}
