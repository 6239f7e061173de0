/**
 * The Content-Disposition header of a download, safe for any file name (RFC 6266 / 8187), by the
 * content-disposition package: the exact UTF-8 name in filename*, and in filename an ASCII fallback with
 * accents dropped (« été » → « ete », where the package alone would write « ?t? »).
 */
import { create } from "content-disposition";

export function contentDisposition(kind: "inline" | "attachment", filename: string): string {
  const fallback = filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_");
  return create(filename, { type: kind, fallback });
}
