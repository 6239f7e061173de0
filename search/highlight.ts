/**
 * Highlights come back from engines as text with <mark> tags inserted: everything else must be escaped
 * before it reaches the page, so a "<script>" typed in a need's title stays text. The output only ever
 * holds escaped text and balanced, non-nested <mark>…</mark> pairs.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Control characters are never shown: they would be invisible at best, and \u0001/\u0002 are our sentinels.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const escape = (s: string) => s.replace(CONTROLS, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Escaped text with marks around `open`…`close` spans; unbalanced ones are dropped, a last open one closed. */
function balancedMarks(parts: string[], isOpen: (p: string) => boolean, isClose: (p: string) => boolean): string {
  let out = "";
  let open = false;
  for (const part of parts) {
    if (isOpen(part)) {
      if (!open) {
        out += "<mark>";
        open = true;
      }
    } else if (isClose(part)) {
      if (open) {
        out += "</mark>";
        open = false;
      }
    } else {
      out += escape(part);
    }
  }
  return open ? `${out}</mark>` : out;
}

/** Escapes HTML except the exact tags <mark> and </mark>. */
export function escapeExceptMarks(s: string): string {
  return balancedMarks(
    s.split(/(<mark>|<\/mark>)/),
    (p) => p === "<mark>",
    (p) => p === "</mark>",
  );
}

/** Same, for text where the engine marked matches with control characters \u0001 … \u0002 (PostgreSQL's ts_headline). */
export function marksFromSentinels(s: string): string {
  return balancedMarks(
    s.split(/([\u0001\u0002])/),
    (p) => p === "\u0001",
    (p) => p === "\u0002",
  );
}

/**
 * SQL for a text column with the sentinels (and every other control character) removed, to run BEFORE
 * ts_headline: a \u0001 typed in a title must not come back as a <mark> the engine did not put.
 */
export const withoutSentinelsSql = (column: string) => `regexp_replace(${column}, '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]', '', 'g')`;
