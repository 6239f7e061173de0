/**
 * What a text field may hold. NUL is refused: no keyboard or paste produces it, PostgreSQL cannot store
 * it, and it only comes from binary or hostile input. Other C0/C1 control characters are stripped rather
 * than refused: text pasted from Word or a PDF carries invisible ones (vertical tab for a soft line break,
 * form feed between pages) that the person cannot see nor find, so an error about them would block them
 * over nothing. Multi-line text keeps its line breaks and tabs, with CRLF and CR folded to "\n" (browsers
 * send CRLF while the textarea's maxlength counts one character); single-line text gets a space instead.
 */
export const INVALID_CHARACTER = "Ce champ contient un caractère invalide.";

// C0 except \t \n \r, DEL and C1.
const CONTROLS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export const hasNul = (s: string) => s.includes("\u0000");

/** The text with control characters removed (NUL included: callers refuse it before, when it matters). */
export function cleanText(s: string, opts: { multiline?: boolean } = {}): string {
  const clean = s.replace(/\u0000/g, "").replace(CONTROLS, "");
  return opts.multiline ? clean.replace(/\r\n?/g, "\n") : clean.replace(/\r\n|[\r\n\t]/g, " ");
}
