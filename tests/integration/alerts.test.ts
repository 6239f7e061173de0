/** Alerts without fatigue: preferences, daily cap, digest, one-click decline (once), unsubscribe, reminders. */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { emails, needAlerts, needInvitations, notificationPreferences } from "@/db/schema";
import { declineFromAlert } from "@/lib/alerts/decline";
import { sendDailyDigests } from "@/lib/alerts/digest";
import { fanOutNeedAlerts } from "@/lib/alerts/fan-out";
import { savePreferences, unsubscribe } from "@/lib/alerts/preferences";
import { remindInvitedSuppliers } from "@/lib/alerts/reminders";
import { makeToken } from "@/lib/alerts/tokens";
import { approveNeed } from "@/lib/needs/moderation";
import { createNeed, submitNeed } from "@/lib/needs/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { needInput } from "../factories/needs";
import { db, resetDatabase } from "./db";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
});
beforeEach(resetDatabase);

async function publishedNeed(title = "Nettoyage des bureaux") {
  const buyer = await companyWithTeam(db());
  const need = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId, { title }));
  await submitNeed(db(), buyer.admin, need.id);
  return approveNeed(db(), await staffActor(db()), need.id);
}
const info = (n: Awaited<ReturnType<typeof publishedNeed>>) => ({
  id: n.id,
  title: n.title,
  companyName: "Acheteur",
  communeName: "Rousset",
  responseDeadline: n.responseDeadline,
});
const fanOut = (n: Awaited<ReturnType<typeof publishedNeed>>, candidates: { companyId: string; score: number }[], threshold = 0.5) =>
  db().transaction((tx) =>
    fanOutNeedAlerts(
      tx,
      info(n),
      candidates.map((c) => ({ ...c, reasons: ["activité exacte 81.21Z"] })),
      threshold,
    ),
  );

describe("alert fan-out", () => {
  it("follows each user's preference and the threshold, once per need and user", async () => {
    const need = await publishedNeed();
    const [a, b, c, low] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db())];
    await savePreferences(db(), b.admin.userId, { mode: "daily", dailyCap: 5, minScore: null });
    await unsubscribe(db(), c.admin.userId);
    const r = await fanOut(need, [
      { companyId: a.companyId, score: 0.9 },
      { companyId: b.companyId, score: 0.8 },
      { companyId: c.companyId, score: 0.7 },
      { companyId: low.companyId, score: 0.3 },
    ]);
    // each company has an admin and a member: a (2 immediate), b (admin digest + member immediate), c (admin off + member immediate)
    expect(r).toEqual({ queued: 4, digest: 1, capped: 0, skipped: 1 });
    const mails = await db().select().from(emails).where(eq(emails.template, "alert.opportunity"));
    expect(mails).toHaveLength(4);
    expect(mails[0].textBody).toContain("Pourquoi vous : activité exacte 81.21Z");
    expect(mails[0].textBody).toMatch(/\/alertes\/pas-interesse\?jeton=decline\./);
    expect(mails[0].htmlBody).toContain("/alertes/desabonnement?jeton=unsubscribe.");
    // running again does not alert twice
    expect(await fanOut(need, [{ companyId: a.companyId, score: 0.9 }])).toEqual({ queued: 0, digest: 0, capped: 0, skipped: 0 });
  });

  it("caps alerts per user per day", async () => {
    const supplier = await companyWithTeam(db());
    await savePreferences(db(), supplier.admin.userId, { mode: "immediate", dailyCap: 2, minScore: null });
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const need = await publishedNeed(`Besoin ${i}`);
      await fanOut(need, [{ companyId: supplier.companyId, score: 0.9 }]);
      const [row] = await db()
        .select()
        .from(needAlerts)
        .where(and(eq(needAlerts.needId, need.id), eq(needAlerts.userId, supplier.admin.userId)));
      statuses.push(row.status);
    }
    expect(statuses).toEqual(["sent", "sent", "capped"]);
  });

  it("queues thousands of notifications in one transaction", async () => {
    const need = await publishedNeed();
    const { rows } = await db().execute<{ id: string }>(sql`
      with c as (insert into companies (siren, siret, legal_name, naf_code, commune_code, verification_status)
        select lpad(g::text, 9, '0'), lpad(g::text, 9, '0') || '00001', 'Fournisseur ' || g, '81.21Z', '13005', 'verified' from generate_series(1, 2000) g returning id),
      u as (insert into users (email, first_name, last_name, password_hash) select 'f' || g || '@exemple.fr', 'Prénom', 'Nom', 'x' from generate_series(1, 2000) g returning id),
      pairs as (select c.id as cid, u.id as uid from (select id, row_number() over () rn from c) c join (select id, row_number() over () rn from u) u using (rn))
      insert into memberships (user_id, company_id, role) select uid, cid, 'admin' from pairs returning company_id as id`);
    const started = performance.now();
    const r = await fanOut(
      need,
      rows.map((x) => ({ companyId: x.id, score: 0.8 })),
    );
    console.log(`fan-out: ${r.queued} alerts + e-mails + jobs queued in ${(performance.now() - started).toFixed(0)} ms`);
    expect(r.queued).toBe(2000);
    const [{ n }] = (await db().execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send_email'`)).rows;
    expect(n).toBeGreaterThanOrEqual(2000);
  });
});

describe("one-click decline and unsubscribe", () => {
  it("records the reason once, marks an invitation, and refuses forged links", async () => {
    const need = await publishedNeed();
    const supplier = await companyWithTeam(db());
    await db().insert(needInvitations).values({ needId: need.id, companyId: supplier.companyId });
    await fanOut(need, [{ companyId: supplier.companyId, score: 0.9 }]);
    const [alert] = await db().select().from(needAlerts).where(eq(needAlerts.userId, supplier.admin.userId));
    const token = makeToken("decline", alert.id);
    expect(await declineFromAlert(db(), token, "distance")).toBe("recorded");
    expect(await declineFromAlert(db(), token, "budget")).toBe("already");
    expect(await declineFromAlert(db(), token.replace(/.$/, "x"), "budget")).toBe("invalid");
    const [after] = await db().select().from(needAlerts).where(eq(needAlerts.id, alert.id));
    expect(after.declineReason).toBe("Trop loin de chez moi");
    const [inv] = await db().select().from(needInvitations).where(eq(needInvitations.needId, need.id));
    expect(inv.status).toBe("not_interested");
  });

  it("unsubscribed users get no more opportunity e-mails", async () => {
    const supplier = await companyWithTeam(db());
    await unsubscribe(db(), supplier.admin.userId);
    const [pref] = await db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, supplier.admin.userId));
    expect(pref.mode).toBe("off");
    expect(pref.unsubscribedAt).toBeInstanceOf(Date);
  });
});

describe("digest and reminders", () => {
  it("sends one digest per user with the day's open opportunities, once", async () => {
    const supplier = await companyWithTeam(db());
    await savePreferences(db(), supplier.admin.userId, { mode: "daily", dailyCap: 10, minScore: null });
    for (const t of ["Besoin A", "Besoin B"]) await fanOut(await publishedNeed(t), [{ companyId: supplier.companyId, score: 0.9 }]);
    // only the admin chose the digest (the member keeps immediate e-mails)
    expect(await sendDailyDigests(db())).toBe(1);
    const [digest] = await db().select().from(emails).where(eq(emails.template, "alert.digest"));
    expect(digest.toUserId).toBe(supplier.admin.userId);
    expect(digest.subject).toBe("2\u00a0nouvelles opportunités pour votre entreprise");
    expect(digest.textBody).toContain("Besoin A");
    expect(digest.textBody).toContain("Besoin B");
    expect(await sendDailyDigests(db())).toBe(0);
  });

  it("reminds invited suppliers three days before the deadline, once", async () => {
    const need = await publishedNeed();
    const supplier = await companyWithTeam(db());
    await db().insert(needInvitations).values({ needId: need.id, companyId: supplier.companyId });
    const threeDaysBefore = new Date(need.responseDeadline.getTime() - 2 * 86_400_000);
    expect(await remindInvitedSuppliers(db(), new Date(need.responseDeadline.getTime() - 10 * 86_400_000))).toBe(0);
    expect(await remindInvitedSuppliers(db(), threeDaysBefore)).toBe(1);
    expect(await remindInvitedSuppliers(db(), threeDaysBefore)).toBe(0);
    expect(await db().select().from(emails).where(eq(emails.template, "invitation.reminder"))).toHaveLength(1);
  });
});
