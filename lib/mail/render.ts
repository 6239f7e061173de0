/**
 * The platform's one e-mail layout: a French HTML part (inline styles, since mail clients drop <style>)
 * and a plain-text part with the same words. All content is escaped here; templates pass plain text.
 */
export const PLATFORM_NAME = "Circuit Court";

export interface EmailContent {
  /** The preview line mail clients show after the subject (hidden in the body). */
  preheader?: string;
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footerNote?: string;
  unsubscribeUrl?: string;
}

/** Absolute link to a page of the app (e-mails are read outside it). */
export function absoluteUrl(pathOrUrl: string): string {
  const url = new URL(pathOrUrl, process.env.APP_URL || "http://localhost:3000");
  // Links come from our own code, but a javascript: URL in an e-mail must never get through.
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`Lien refusé dans un e-mail : ${url.protocol}`);
  return url.toString();
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
const paragraphHtml = (p: string) => escapeHtml(p).replace(/\r?\n/g, "<br>");

const FONT = "font-family:Arial,Helvetica,sans-serif;color:#14213d;";

/** The HTML and text parts, and the absolute unsubscribe link (for the List-Unsubscribe header) if any. */
export function renderEmail(content: EmailContent): { html: string; text: string; unsubscribeUrl: string | null } {
  const action = content.action ? { label: content.action.label, url: absoluteUrl(content.action.url) } : null;
  const unsubscribe = content.unsubscribeUrl ? absoluteUrl(content.unsubscribeUrl) : null;

  const html = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
</head>
<body style="margin:0;padding:0;background:#f6f7f9;">
${content.preheader ? `<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(content.preheader)}</div>\n` : ""}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f7f9;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #d6dbe3;border-radius:8px;">
<tr><td style="padding:20px 28px;border-bottom:3px solid #0b5563;${FONT}font-size:18px;font-weight:bold;color:#0b5563;">${PLATFORM_NAME}</td></tr>
<tr><td style="padding:24px 28px;${FONT}font-size:16px;line-height:1.5;">
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;">${escapeHtml(content.title)}</h1>
${content.paragraphs.map((p) => `<p style="margin:0 0 14px;">${paragraphHtml(p)}</p>`).join("\n")}
${action ? `<p style="margin:24px 0;"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;background:#0b5563;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">${escapeHtml(action.label)}</a></p>\n<p style="margin:0;font-size:13px;color:#4a5568;">Si le bouton ne fonctionne pas, copiez ce lien : ${escapeHtml(action.url)}</p>` : ""}
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #d6dbe3;${FONT}font-size:12px;line-height:1.5;color:#4a5568;">
${content.footerNote ? `<p style="margin:0 0 8px;">${paragraphHtml(content.footerNote)}</p>\n` : ""}<p style="margin:0;">${PLATFORM_NAME} — la place de marché des achats locaux entre entreprises du territoire.</p>
${unsubscribe ? `<p style="margin:8px 0 0;"><a href="${escapeHtml(unsubscribe)}" style="color:#4a5568;">Se désabonner</a></p>\n` : ""}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  const text = [
    content.title,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label} : ${action.url}`, ""] : []),
    "--",
    ...(content.footerNote ? [content.footerNote] : []),
    `${PLATFORM_NAME} — la place de marché des achats locaux entre entreprises du territoire.`,
    ...(unsubscribe ? [`Se désabonner : ${unsubscribe}`] : []),
    "",
  ].join("\n");

  return { html, text, unsubscribeUrl: unsubscribe };
}
