/**
 * Whether a file meant to be text (a CSV) is text, judged by its first bytes, never by its name: a ZIP, a
 * spreadsheet, a PDF or an executable renamed .csv is refused with a French message that says what it is.
 */
import { fileTypeFromBuffer } from "file-type";

/** file-type signatures of two or three letters a CSV's first line could start with ("BM…", "MZ…", "ID3…"). */
export const TEXT_LOOKALIKES = new Set(["bmp", "exe", "mp3"]);

/** What the user most likely sent instead of a CSV, and what to do about it. */
const KNOWN: Record<string, string> = {
  zip: "une archive ZIP : décompressez-la et envoyez le fichier CSV qu'elle contient",
  gz: "une archive compressée (gzip) : décompressez-la et envoyez le fichier CSV qu'elle contient",
  "7z": "une archive 7-Zip : décompressez-la et envoyez le fichier CSV qu'elle contient",
  rar: "une archive RAR : décompressez-la et envoyez le fichier CSV qu'elle contient",
  xlsx: "un classeur Excel : enregistrez-le au format « CSV UTF-8 »",
  cfb: "un fichier Office 97-2003 : enregistrez-le au format « CSV UTF-8 »",
  ods: "un classeur OpenDocument : enregistrez-le au format « CSV UTF-8 »",
  pdf: "un document PDF",
};

/**
 * Control bytes no CSV holds (tab, line feed and carriage return are text). A NUL byte is what UTF-16
 * text and most binary formats show first.
 */
const BINARY_BYTE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Returns null when `head` (the first kilobytes of the file) reads as text, or the French reason why the
 * file is not a CSV text file.
 */
export async function notTextReason(head: Buffer): Promise<string | null> {
  // Text, but not UTF-8 ("Unicode text" of some spreadsheet tools): its BOM also reads as an audio signature.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return "Ce fichier n'est pas un fichier CSV UTF-8 : il est encodé en UTF-16. Enregistrez-le au format « CSV UTF-8 ».";
  }
  // A malformed container can make the detector throw: it is then judged on its bytes alone.
  const detected = head.length ? await fileTypeFromBuffer(head).catch(() => undefined) : undefined;
  if (detected && !TEXT_LOOKALIKES.has(detected.ext)) {
    const what = KNOWN[detected.ext] ?? `un fichier ${detected.ext.toUpperCase()}`;
    return `Ce fichier n'est pas un fichier CSV (texte) : d'après son contenu, c'est ${what}.`;
  }
  if (BINARY_BYTE.test(head.toString("latin1"))) {
    return "Ce fichier n'est pas un fichier CSV (texte) : son contenu est binaire. Enregistrez le tableau au format « CSV UTF-8 ».";
  }
  return null;
}
