/**
 * Upload checks by content: the type is read from the file's bytes (magic numbers), never trusted from
 * its name or the browser. A renamed .exe is refused, and so is a file whose extension lies.
 */
import { fileTypeFromBuffer } from "file-type";

export type UploadKind = "document" | "image";

interface Allowed { mime: string; ext: string[]; label: string }

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

export const UPLOAD_LIMITS = {
  document: { maxBytes: 10 * 1024 * 1024, allowed: DOCUMENTS, hint: "PDF, Word, Excel, PowerPoint ou OpenDocument, 10 Mo au plus" },
  image: { maxBytes: 5 * 1024 * 1024, allowed: IMAGES, hint: "PNG, JPEG ou WebP, 5 Mo au plus" },
} as const;

export interface CheckedUpload { filename: string; mimeType: string; sizeBytes: number; bytes: Buffer }

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
  if (bytes.length > limits.maxBytes) {
    return { error: `« ${filename} » dépasse ${Math.round(limits.maxBytes / 1024 / 1024)} Mo.` };
  }
  const detected = await fileTypeFromBuffer(bytes);
  const allowed = detected && limits.allowed.find((a) => a.mime === detected.mime);
  if (!allowed) {
    return { error: `« ${filename} » n'est pas un type de fichier accepté (${limits.hint}). Son contenu a été vérifié, pas seulement son nom.` };
  }
  const ext = filename.includes(".") ? filename.split(".").pop()!.toLowerCase() : "";
  if (!allowed.ext.includes(ext)) {
    return { error: `« ${filename} » porte l'extension « .${ext || "?"} » mais son contenu est un fichier ${allowed.label} : renommez-le ou choisissez le bon fichier.` };
  }
  return { filename, mimeType: detected.mime, sizeBytes: bytes.length, bytes };
}
