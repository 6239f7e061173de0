/** zod configured with French messages (for the generic ones; schemas give their own where it matters). */
import { z } from "zod";

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
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next.js internals
    if (typeof value !== "string") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
