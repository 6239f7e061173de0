/** zod configured with French messages (for the generic ones; schemas give their own where it matters). */
import { z } from "zod";
import { cleanText, hasNul, INVALID_CHARACTER } from "./text";

z.config(z.locales.fr());

export { z };

/** Field path → first French message, for field-level errors next to inputs. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
    // An item of a list ("nafCodes.0") is also reported on the list, where the form shows it.
    const parent = issue.path.slice(0, -1);
    if (typeof issue.path.at(-1) === "number" && parent.length) out[parent.join(".")] ??= issue.message;
  }
  return out;
}

/** FormData → plain object of strings (checkboxes: "on"); repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  // No prototype: fields named "constructor" or "__proto__" are plain fields, not inherited members.
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next.js internals
    if (typeof value !== "string") continue;
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export { INVALID_CHARACTER } from "./text";

/**
 * The base of every text field a form sends: refuses NUL with a field error, strips other control
 * characters (see ./text.ts). Still a ZodString, so `.trim().min().max()` chain after it.
 */
export const zString = (params?: Parameters<typeof z.string>[0], opts: { multiline?: boolean } = {}) =>
  z
    .string(params)
    .refine((s) => !hasNul(s), { message: INVALID_CHARACTER, abort: true })
    .overwrite((s) => cleanText(s, opts));

/** Required text with its French messages. */
export const zText = (label: string, min: number, max: number, opts: { multiline?: boolean } = {}) =>
  zString({ error: `${label} est obligatoire.` }, opts)
    .trim()
    .min(1, `${label} est obligatoire.`)
    .min(min, `${label} doit comporter au moins ${min} caractères.`)
    .max(max, `${label} doit comporter au plus ${max} caractères.`);

/** Optional text: blank becomes undefined. */
export const zOptionalText = (max: number, opts: { multiline?: boolean } = {}) =>
  zString(undefined, opts)
    .trim()
    .max(max, `${max} caractères au plus.`)
    .optional()
    .transform((v) => v || undefined);
