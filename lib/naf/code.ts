/** How a NAF rév. 2 sous-classe is written: "43.32A". Files and other programs also write "4332A" or "43.32a". */
export const NAF_SUBCLASS = /^\d{2}\.\d{2}[A-Z]$/;

/** "43.32A", "4332A", " 43.32a " → "43.32A"; null when it does not look like a sous-classe. */
export function normalizeNaf(input: string): string | null {
  const m = /^(\d{2})\.?(\d{2})([A-Za-z])$/.exec(input.trim());
  return m ? `${m[1]}.${m[2]}${m[3].toUpperCase()}` : null;
}
