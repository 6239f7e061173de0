/** The life of a need against a real PostgreSQL: drafts, moderation, e-mails, closing, transactions. */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, emails, needActivities, needs } from "@/db/schema";
import { cancelNeed, createNeed, deleteNeed, duplicateNeed, submitNeed, updateNeed } from "@/lib/needs/service";
import { approveNeed, rejectNeed, requestNeedChanges } from "@/lib/needs/moderation";
import { closeExpiredNeeds } from "@/lib/needs/closing";
import { needInputSchema } from "@/lib/needs/need-schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { companyWithTeam, staffActor } from "../factories/actors";
import { needFormValues, needInput } from "../factories/needs";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

const count = async (table: "needs" | "need_activities" | "files" | "audit_log" | "emails") =>
  (await db().execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n;

describe("need input", () => {
  it("refuses a past deadline, budget min > max and a missing activity, in French, per field", () => {
    const r = needInputSchema().safeParse(
      needFormValues("00000000-0000-4000-8000-000000000000", {
        responseDeadline: "2020-01-01",
        budgetMinEur: "20000",
        budgetMaxEur: "1000",
        nafCodes: [],
      }),
    );
    expect(r.success).toBe(false);
    const e = fieldErrorsOf(r.error!);
    expect(e.responseDeadline).toMatch(/postérieure à aujourd'hui/);
    expect(e.budgetMaxEur).toMatch(/supérieur ou égal au minimum/);
    expect(e.nafCodes).toMatch(/au moins une activité/);
  });
});

describe("need lifecycle", () => {
  it("goes draft → submitted → changes requested → resubmitted → published, with audit rows and e-mails", async () => {
    const buyer = await companyWithTeam(db());
    const staff = await staffActor(db());
    const need = await createNeed(db(), buyer.member, buyer.companyId, needInput(buyer.member.userId));
    expect(need.status).toBe("draft");
    expect(await db().select().from(needActivities).where(eq(needActivities.needId, need.id))).toHaveLength(1);

    await submitNeed(db(), buyer.member, need.id);
    await expect(updateNeed(db(), buyer.member, need.id, needInput(buyer.member.userId))).rejects.toBeInstanceOf(ConflictError);

    await expect(requestNeedChanges(db(), staff, need.id, "court")).rejects.toBeInstanceOf(ValidationError);
    const sentBack = await requestNeedChanges(db(), staff, need.id, "Précisez la surface à entretenir, merci.");
    expect(sentBack.status).toBe("changes_requested");
    expect(sentBack.moderationNote).toBe("Précisez la surface à entretenir, merci.");
    expect(sentBack.changesRequestedAt).toBeInstanceOf(Date);

    await updateNeed(
      db(),
      buyer.member,
      need.id,
      needInput(buyer.member.userId, { description: "Tonte et taille sur 2 hectares (surface précisée), une fois par mois." }),
    );
    await submitNeed(db(), buyer.member, need.id);
    const published = await approveNeed(db(), staff, need.id);
    expect(published.status).toBe("published");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.moderationNote).toBeNull();

    const actions = (await db().select().from(auditLog).where(eq(auditLog.objectId, need.id)).orderBy(auditLog.id)).map((a) => a.action);
    expect(actions).toEqual(["need.create", "need.submit", "need.request_changes", "need.update", "need.submit", "need.approve"]);
    const mails = await db().select().from(emails).where(eq(emails.toUserId, buyer.member.userId)).orderBy(emails.createdAt);
    expect(mails.map((m) => m.template)).toEqual(["need.changes_requested", "need.published"]);
    expect(mails[0].textBody).toContain("Précisez la surface");
    // publishing scheduled the closing job at the deadline
    const jobs = await db().execute<{ key: string; run_at: Date }>(sql`select key, run_at from graphile_worker.jobs where task_identifier = 'close_need'`);
    expect(jobs.rows[0].key).toBe(`close-need:${need.id}`);
    expect(new Date(jobs.rows[0].run_at).getTime()).toBe(published.responseDeadline.getTime());
  });

  it("rejects with a reason the buyer sees, and a rejected need cannot be approved", async () => {
    const buyer = await companyWithTeam(db());
    const staff = await staffActor(db());
    const need = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId));
    await submitNeed(db(), buyer.admin, need.id);
    const rejected = await rejectNeed(db(), staff, need.id, "Ce besoin relève d'un marché public déjà attribué.");
    expect(rejected.status).toBe("rejected");
    await expect(approveNeed(db(), staff, need.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("closes published needs past their deadline (the scheduled job), and only those", async () => {
    const buyer = await companyWithTeam(db());
    const staff = await staffActor(db());
    const soon = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId, { title: "Besoin bientôt clos" }));
    const later = await createNeed(
      db(),
      buyer.admin,
      buyer.companyId,
      needInput(buyer.admin.userId, { responseDeadline: needFormValues("x").responseDeadline }),
    );
    for (const n of [soon, later]) {
      await submitNeed(db(), buyer.admin, n.id);
      await approveNeed(db(), staff, n.id);
    }
    await db()
      .update(needs)
      .set({ responseDeadline: new Date(Date.now() - 60_000) })
      .where(eq(needs.id, soon.id));
    expect(await closeExpiredNeeds(db())).toBe(1);
    const [closed] = await db().select().from(needs).where(eq(needs.id, soon.id));
    expect(closed.status).toBe("closed");
    expect(closed.closedAt).toBeInstanceOf(Date);
    const [open] = await db().select().from(needs).where(eq(needs.id, later.id));
    expect(open.status).toBe("published");
    expect(await closeExpiredNeeds(db())).toBe(0);
  });

  it("duplicates into a fresh draft, deletes only drafts, cancels published needs with a reason", async () => {
    const buyer = await companyWithTeam(db());
    const staff = await staffActor(db());
    const need = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId));
    await submitNeed(db(), buyer.admin, need.id);
    await approveNeed(db(), staff, need.id);
    const copy = await duplicateNeed(db(), buyer.member, need.id);
    expect(copy).toMatchObject({ status: "draft", duplicatedFromId: need.id, title: `${need.title} (copie)` });
    expect(await db().select().from(needActivities).where(eq(needActivities.needId, copy.id))).toHaveLength(1);
    await expect(deleteNeed(db(), buyer.admin, need.id)).rejects.toBeInstanceOf(ConflictError);
    await deleteNeed(db(), buyer.admin, copy.id);
    expect(await db().select().from(needs).where(eq(needs.id, copy.id))).toHaveLength(0);
    await expect(cancelNeed(db(), buyer.admin, need.id, "")).rejects.toBeInstanceOf(ValidationError);
    expect((await cancelNeed(db(), buyer.admin, need.id, "Budget gelé pour 2027.")).status).toBe("cancelled");
  });
});

describe("bad input changes nothing", () => {
  it("an unknown NAF code, an unknown commune or a contact from another company write nothing", async () => {
    const buyer = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const before = { needs: await count("needs"), audit: await count("audit_log") };
    const e1 = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId, { nafCodes: ["99.99Z"], communeCode: "99999" })).catch(
      (e) => e,
    );
    expect(e1).toBeInstanceOf(ValidationError);
    expect(e1.fieldErrors.nafCodes).toMatch(/Code NAF inconnu : 99\.99Z/);
    expect(e1.fieldErrors.communeCode).toMatch(/Commune inconnue/);
    const e2 = await createNeed(db(), buyer.admin, buyer.companyId, needInput(other.admin.userId)).catch((e) => e);
    expect(e2.fieldErrors.contactUserId).toMatch(/faire partie de votre entreprise/);
    expect({ needs: await count("needs"), audit: await count("audit_log") }).toEqual(before);
  });

  it("a failure after the need row is written rolls everything back", async () => {
    const buyer = await companyWithTeam(db());
    await db().execute(sql`create or replace function fail_audit() returns trigger language plpgsql as $$ begin raise exception 'boom'; end $$`);
    await db().execute(sql`create trigger fail_audit before insert on audit_log for each row execute function fail_audit()`);
    try {
      await expect(createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId))).rejects.toThrow();
      expect(await count("needs")).toBe(0);
      expect(await count("need_activities")).toBe(0);
    } finally {
      await db().execute(sql`drop trigger fail_audit on audit_log`);
    }
  });
});

describe("moderation e-mails are durable", () => {
  it("a decision whose transaction fails queues no e-mail", async () => {
    const buyer = await companyWithTeam(db());
    const staff = await staffActor(db());
    const need = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId));
    await submitNeed(db(), buyer.admin, need.id);
    await db().execute(sql`create or replace function fail_audit() returns trigger language plpgsql as $$ begin raise exception 'boom'; end $$`);
    await db().execute(sql`create trigger fail_audit before insert on audit_log for each row execute function fail_audit()`);
    try {
      await expect(approveNeed(db(), staff, need.id)).rejects.toThrow();
    } finally {
      await db().execute(sql`drop trigger fail_audit on audit_log`);
    }
    expect(await count("emails")).toBe(0);
    const [n] = await db()
      .select()
      .from(needs)
      .where(and(eq(needs.id, need.id)));
    expect(n.status).toBe("submitted");
  });
});
