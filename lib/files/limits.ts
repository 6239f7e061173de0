/**
 * Size limits of uploaded files, and how the forms say them. Plain constants with no server dependency, so
 * client forms import them too: the hint a user reads and the rule the server applies are the same number.
 */

/** Attachments of needs and answers (PDF, Office, OpenDocument), per file. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Logos and offer photos, per file. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** A purchase-plan import (CSV or XLSX). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Attachments on one need. */
export const MAX_NEED_ATTACHMENTS = 5;

/** "10 Mo", "5 Mo", "1,5 Mo": a limit as the forms write it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}
