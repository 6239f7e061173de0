/** The contact form's service: the message is kept (audit journal) and e-mailed to staff through the outbox, in one transaction. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, emails } from "@/db/schema";
import { sendContactMessage, ZContactInput } from "@/lib/contact/message";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);
afterEach(() => {
  delete process.env.CONTACT_INBOX;
});

const input = () =>
  ZContactInput.parse({
    name: "Camille Roux",
    email: "Camille.Roux@exemple.fr",
    topic: "donnees",
    message: "Bonjour, je souhaite savoir quelles données vous conservez sur moi.",
  });

describe("contact messages", () => {
  it("stores the message and queues one e-mail per staff member (and CONTACT_INBOX), each with its send job, to nobody else", async () => {
    const [a, b] = [await staffActor(db()), await staffActor(db())];
    const company = await companyWithTeam(db());
    process.env.CONTACT_INBOX = "contact@cci-exemple.fr";
    const { id, recipients } = await sendContactMessage(db(), input(), company.member.userId);
    expect(recipients).toBe(3);

    const [stored] = await db().select().from(auditLog).where(eq(auditLog.objectId, id));
    expect(stored).toMatchObject({ action: "contact.message", objectType: "contact_message", actorUserId: company.member.userId });
    expect(stored.after).toMatchObject({ email: "camille.roux@exemple.fr", topic: "donnees" });

    const sent = await db().select().from(emails).where(eq(emails.template, "contact.message"));
    expect(new Set(sent.map((m) => m.toUserId))).toEqual(new Set([a.userId, b.userId, null]));
    expect(sent.map((m) => m.toAddress)).toContain("contact@cci-exemple.fr");
    expect(sent[0].textBody).toContain("quelles données vous conservez");
    expect(sent[0].subject).toContain("Mes données personnelles");
    const { rows } = await db().execute<{ key: string }>(sql`select key from graphile_worker.jobs where task_identifier = 'send_email'`);
    for (const m of sent) expect(rows.map((r) => r.key)).toContain(`email:${m.id}`);
  });

  it("refuses an incomplete message with French field errors", () => {
    const r = ZContactInput.safeParse({ name: "", email: "pas-une-adresse", topic: "inconnu", message: "court" });
    expect(r.success).toBe(false);
    const fields = new Set(r.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["name", "email", "topic", "message"]));
  });
});
