/**
 * Where e-mails go. SMTP_URL set → that SMTP server. Otherwise a local "file mailbox": each message is
 * written as an .eml file in MAILBOX_DIR (default .data/mailbox) that any mail client opens, so
 * development and demos never need a mail server. Only the outbox worker sends; the app queues.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

export const DEFAULT_FROM = "Circuit Court <ne-pas-repondre@circuit-court.fr>";

export interface OutgoingMail {
  /** The `emails` row id: names the .eml file and helps trace a message. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Sent as List-Unsubscribe (nodemailer's `list` header). */
  listUnsubscribe?: string;
}

export type Mailer = (mail: OutgoingMail) => Promise<{ messageId: string }>;

let override: Mailer | null = null;
let smtp: { url: string; transport: Transporter } | null = null;
let fileTransport: Transporter | null = null;

/** Lets tests swap the mailer (e.g. one that fails like an unreachable SMTP server); null restores it. */
export function setMailerForTests(mailer: Mailer | null) {
  override = mailer;
}

/** The mailer for the current environment; read at each call so env changes (tests) take effect. */
export function getMailer(): Mailer {
  if (override) return override;
  const url = process.env.SMTP_URL;
  return url ? (mail) => sendSmtp(url, mail) : sendToMailbox;
}

function message(mail: OutgoingMail) {
  return {
    from: process.env.MAIL_FROM || DEFAULT_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    list: mail.listUnsubscribe ? { unsubscribe: mail.listUnsubscribe } : undefined,
  };
}

async function sendSmtp(url: string, mail: OutgoingMail) {
  if (smtp?.url !== url) smtp = { url, transport: nodemailer.createTransport(url) };
  const info = await smtp.transport.sendMail(message(mail));
  return { messageId: info.messageId };
}

async function sendToMailbox(mail: OutgoingMail) {
  fileTransport ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await fileTransport.sendMail(message(mail));
  const dir = path.resolve(process.env.MAILBOX_DIR || ".data/mailbox");
  await mkdir(dir, { recursive: true });
  // ISO date first so files sort by time; ":" and "." replaced because some systems refuse them in names.
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  await writeFile(path.join(dir, `${stamp}-${mail.id}.eml`), info.message as Buffer);
  return { messageId: info.messageId };
}
