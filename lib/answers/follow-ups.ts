/**
 * "Avez-vous conclu ?": FOLLOW_UP_DAYS (default 14) days after the expected start of an awarded need (or
 * after the award when no start date was given), a daily task asks both sides, once (one follow_ups
 * row per need × company). Each side answers on /besoins/[id]/suivi: yes with the amount, not yet, or no
 * with a reason. The buyer may also rate each awarded supplier (1–5 and a comment), which only staff and
 * that supplier see.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "../validation/zod";
import type { Db } from "@/db/client";
import { awards, followUps, supplierRatings } from "@/db/schema";
import { adminsOf } from "@/db/queries/answers";
import { needRecipients } from "@/db/queries/needs";
import { type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { isMemberOf } from "./access";
import type { FollowUpInput, RatingInput } from "./decision-schema";
import { MAILS, notify } from "./emails";
import { lockNeed } from "./guards";
import { present } from "../invariant";

export function followUpDays(): number {
  const n = Number(process.env.FOLLOW_UP_DAYS ?? "14");
  return Number.isInteger(n) && n >= 0 ? n : 14;
}

type DueRow = { need_id: string; company_id: string; side: "buyer" | "supplier"; title: string; created_by: string | null; contact_user_id: string | null };

/** Creates the due follow-ups and queues their e-mails in one transaction; returns how many were asked. */
export async function sendDueFollowUps(db: Db, now = new Date(), days = followUpDays()): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<DueRow>(sql`
      with due as (
        select n.id as need_id, n.title, n.company_id as buyer_id, n.created_by, n.contact_user_id from needs n
        where n.status = 'awarded'
          and coalesce(n.expected_start_date, (n.awarded_at at time zone 'Europe/Paris')::date) + ${days}::int
              <= (${now.toISOString()}::timestamptz at time zone 'Europe/Paris')::date
          and not exists (select 1 from follow_ups f where f.need_id = n.id and f.company_id = n.company_id)
      ), sides as (
        select need_id, buyer_id as company_id, 'buyer' as side from due
        union
        select d.need_id, w.supplier_company_id, 'supplier' from due d join awards w on w.need_id = d.need_id and w.cancelled_at is null
      ), inserted as (
        insert into follow_ups (need_id, company_id, side, asked_at)
        select need_id, company_id, side, ${now.toISOString()}::timestamptz from sides
        on conflict (need_id, company_id) do nothing
        returning need_id, company_id, side
      )
      select i.need_id, i.company_id, i.side, d.title, d.created_by, d.contact_user_id from inserted i join due d on d.need_id = i.need_id`);
    for (const r of rows) {
      const admins = await adminsOf(tx, [r.company_id]);
      const people = r.side === "buyer" ? [...(await needRecipients(tx, { createdBy: r.created_by, contactUserId: r.contact_user_id })), ...admins] : admins;
      await notify(tx, people, MAILS.followUp({ needId: r.need_id, needTitle: r.title, side: r.side }));
    }
    return rows.length;
  });
}

export const followUpAwardsTask = defineTask(z.object({}).passthrough(), async (_payload, helpers) => {
  const n = await withDb(helpers, (db) => sendDueFollowUps(db));
  if (n > 0) helpers.logger.info(`asked ${n} follow-up(s)`);
});

/** One side answers its follow-up (it may answer again, e.g. "pas encore" then "oui"). */
export async function recordFollowUp(db: Db, actor: Actor | null, input: FollowUpInput, now = new Date()) {
  if (!actor) throw new UnauthenticatedError();
  const companyIds = actor.memberships.map((m) => m.companyId);
  return db.transaction(async (tx) => {
    const [row] = companyIds.length
      ? await tx
          .select()
          .from(followUps)
          .where(and(eq(followUps.needId, input.needId), inArray(followUps.companyId, companyIds)))
          .for("update")
      : [];
    if (!row) throw new NotFoundError("Aucun suivi n'est demandé à votre entreprise pour ce besoin.");
    const [after] = await tx
      .update(followUps)
      .set({
        outcome: input.outcome,
        respondedAt: now,
        amountEur: input.outcome === "yes" ? present(input.amountEur, "the amount of a « yes » follow-up") : null,
        reason: input.outcome === "no" ? present(input.reason, "the reason of a « no » follow-up") : (input.reason ?? null),
      })
      .where(eq(followUps.id, row.id))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "follow_up.answer",
      objectType: "need",
      objectId: input.needId,
      companyId: row.companyId,
      before: { outcome: row.outcome },
      after: { outcome: after.outcome, amountEur: after.amountEur },
    });
    return after;
  });
}

/** The buyer rates a supplier it awarded on this need (one rating per need × supplier, editable). */
export async function rateSupplier(db: Db, actor: Actor | null, input: RatingInput) {
  if (!actor) throw new UnauthenticatedError();
  return db.transaction(async (tx) => {
    const need = await lockNeed(tx, input.needId, "share");
    if (!isMemberOf(actor, need.companyId)) throw new NotFoundError("Besoin introuvable.");
    if (need.status !== "awarded") throw new ConflictError("On ne note un fournisseur qu'une fois le besoin attribué.");
    const [award] = await tx
      .select({ id: awards.id })
      .from(awards)
      .where(and(eq(awards.needId, need.id), eq(awards.supplierCompanyId, input.supplierCompanyId), isNull(awards.cancelledAt)));
    if (!award) throw new ValidationError({ supplierCompanyId: "Vous ne pouvez noter qu'un fournisseur retenu sur ce besoin." });
    const values = { rating: input.rating, comment: input.comment ?? null, ratedBy: actor.userId };
    const [row] = await tx
      .insert(supplierRatings)
      .values({ ...values, needId: need.id, supplierCompanyId: input.supplierCompanyId, buyerCompanyId: need.companyId })
      .onConflictDoUpdate({ target: [supplierRatings.needId, supplierRatings.supplierCompanyId], set: values })
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "supplier.rate",
      objectType: "need",
      objectId: need.id,
      companyId: need.companyId,
      after: { supplierCompanyId: input.supplierCompanyId, rating: input.rating },
    });
    return row;
  });
}

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    follow_up_awards: PayloadOf<typeof followUpAwardsTask>;
  }
}
