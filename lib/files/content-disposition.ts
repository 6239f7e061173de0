/**
 * The Content-Disposition header of a download, safe for any file name (RFC 6266 / 5987): an ASCII
 * fallback in filename, the exact UTF-8 name in filename*.
 */
export function contentDisposition(kind: "inline" | "attachment", filename: string): string {
  const ascii = filename.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
