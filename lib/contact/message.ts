/**
 * The public contact form (/contact): anyone, signed in or not, writes to the CCI team. The message is
 * kept in the audit journal (object type "contact_message", readable by staff in /cci/journal) and
 * e-mailed to every staff member — and to CONTACT_INBOX when set — through the outbox, in one
 * transaction. Sending is rate-limited per client address (lib/security/rate-limit.ts, policy
 * "contactIp") by the caller.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { zEmail } from "../accounts/fields";
import { recordAudit } from "../audit/record";
import { queueEmails, type QueuedEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";
import { z, zText } from "../validation/zod";
import { CONTACT_TOPICS, type ContactTopic } from "./message-topics";

export const ZContactInput = z
  .object({
    name: zText("Votre nom", 2, 120),
    email: zEmail(),
    topic: z.enum(Object.keys(CONTACT_TOPICS) as [ContactTopic, ...ContactTopic[]], { error: "Choisissez l'objet de votre message." }),
    message: zText("Le message", 10, 5000, { multiline: true }),
  })
  .strict();
export type ContactInput = z.output<typeof ZContactInput>;

/** Stores the message (audit journal) and queues one e-mail per staff recipient; returns the message id. */
export async function sendContactMessage(db: Db, input: ContactInput, senderUserId: string | null): Promise<{ id: string; recipients: number }> {
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const staff = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.platformRole, "staff"));
    const inbox = process.env.CONTACT_INBOX?.trim();
    const recipients: { id: string | null; email: string }[] = [...staff, ...(inbox ? [{ id: null, email: inbox }] : [])];
    await recordAudit(tx, {
      actorUserId: senderUserId,
      action: "contact.message",
      objectType: "contact_message",
      objectId: id,
      after: { name: input.name, email: input.email, topic: input.topic, message: input.message },
    });
    const subject = `Contact : ${CONTACT_TOPICS[input.topic]} — ${input.name}`;
    const { html, text } = renderEmail({
      title: subject,
      paragraphs: [
        `${input.name} (${input.email}) écrit à l'équipe de la CCI par le formulaire de contact${senderUserId ? ", connecté à son compte" : ""}.`,
        `Objet : ${CONTACT_TOPICS[input.topic]}`,
        input.message,
        `Répondez directement à ${input.email}. Le message est conservé dans le journal d'audit (référence ${id}).`,
      ],
    });
    const mails: QueuedEmail[] = recipients.map((r) => ({ to: r.email, toUserId: r.id, template: "contact.message", subject, text, html }));
    if (mails.length) await queueEmails(tx, mails);
    return { id, recipients: mails.length };
  });
}
