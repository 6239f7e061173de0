/**
 * Upload checks by content: the type is read from the file's bytes (magic numbers), never trusted from
 * its name or the browser. A renamed .exe is refused, and so is a file whose extension lies.
 */
import { fileTypeFromBuffer } from "file-type";
import { formatMegabytes as mb, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from "./limits";

export { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from "./limits";

export type UploadKind = "document" | "image";

interface Allowed {
  mime: string;
  ext: string[];
  label: string;
}

const DOCUMENTS: Allowed[] = [
  { mime: "application/pdf", ext: ["pdf"], label: "PDF" },
  { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: ["docx"], label: "Word" },
  { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: ["xlsx"], label: "Excel" },
  { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", ext: ["pptx"], label: "PowerPoint" },
  { mime: "application/vnd.oasis.opendocument.text", ext: ["odt"], label: "OpenDocument texte" },
  { mime: "application/vnd.oasis.opendocument.spreadsheet", ext: ["ods"], label: "OpenDocument tableur" },
  // Legacy .doc/.xls/.ppt share one container format (CFB).
  { mime: "application/x-cfb", ext: ["doc", "xls", "ppt"], label: "Office 97-2003" },
];
const IMAGES: Allowed[] = [
  { mime: "image/png", ext: ["png"], label: "PNG" },
  { mime: "image/jpeg", ext: ["jpg", "jpeg"], label: "JPEG" },
  { mime: "image/webp", ext: ["webp"], label: "WebP" },
];

/** One size rule per kind, the one the forms announce (lib/files/limits.ts). */
export const UPLOAD_LIMITS = {
  document: { maxBytes: MAX_DOCUMENT_BYTES, allowed: DOCUMENTS, hint: `PDF, Word, Excel, PowerPoint ou OpenDocument, ${mb(MAX_DOCUMENT_BYTES)} au plus` },
  image: { maxBytes: MAX_IMAGE_BYTES, allowed: IMAGES, hint: `PNG, JPEG ou WebP, ${mb(MAX_IMAGE_BYTES)} au plus` },
} as const;

/** The refusal of an oversized file, named, before its bytes are even read. */
export function tooLargeMessage(name: string, sizeBytes: number, kind: UploadKind): string | null {
  const max = UPLOAD_LIMITS[kind].maxBytes;
  if (sizeBytes <= max) return null;
  // Rounded up so a file just over the limit never reads as "10 Mo : 10 Mo au plus".
  const shown = `${(Math.ceil((sizeBytes / 1024 / 1024) * 10) / 10).toLocaleString("fr-FR")} Mo`;
  return `« ${cleanFilename(name)} » pèse ${shown} : ${mb(max)} au plus par fichier.`;
}

export interface CheckedUpload {
  filename: string;
  mimeType: string;
  sizeBytes: number;
  bytes: Buffer;
}

/** A safe display name: no path, no control characters, at most 150 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "fichier";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "_").trim();
  return (cleaned || "fichier").slice(-150);
}

/** Returns the checked upload, or a French message saying why it is refused. */
export async function checkUpload(name: string, bytes: Buffer, kind: UploadKind): Promise<CheckedUpload | { error: string }> {
  const filename = cleanFilename(name);
  const limits = UPLOAD_LIMITS[kind];
  if (bytes.length === 0) return { error: `« ${filename} » est vide.` };
  const tooLarge = tooLargeMessage(filename, bytes.length, kind);
  if (tooLarge) return { error: tooLarge };
  // A malformed container can make the detector throw: that is a refusal, not a server error.
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined);
  const allowed = detected && limits.allowed.find((a) => a.mime === detected.mime);
  if (!allowed) {
    return { error: `« ${filename} » n'est pas un type de fichier accepté (${limits.hint}). Son contenu a été vérifié, pas seulement son nom.` };
  }
  const ext = filename.includes(".") ? (filename.split(".").pop() ?? "").toLowerCase() : "";
  if (!allowed.ext.includes(ext)) {
    return {
      error: `« ${filename} » porte l'extension « .${ext || "?"} » mais son contenu est un fichier ${allowed.label} : renommez-le ou choisissez le bon fichier.`,
    };
  }
  return { filename, mimeType: detected.mime, sizeBytes: bytes.length, bytes };
}
