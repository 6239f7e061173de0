/**
 * Skills sponsorship writes: a company offers an expert or requests a skill; either side proposes a pairing
 * (scored and explained by ./pairing.ts, stored with the mission); the CCI validates or refuses it; the
 * sponsor logs the days given week by week; both sides review the mission at mid-term and at the end.
 * Each change commits with its audit row and its e-mails (outbox) in one transaction.
 */
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { companyStanding } from "@/db/queries/companies";
import { skillMissionReviews, skillMissions, skillMissionWeeks, skillOffers, skillRequests } from "@/db/schema";
import { can, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { emailCompany } from "../challenges/emails";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import { enqueueJob } from "../outbox/enqueue";
import { queueIndexing } from "@/search/indexer";
import { authorized, missionSide } from "./access";
import { rankPair } from "./ranking";
import type { SkillOfferInput, SkillRequestInput } from "./schemas";

export async function createSkillOffer(db: Db, actor: Actor | null, companyId: string, input: SkillOfferInput) {
  const who = authorized(actor, "skills:post", { companyId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(skillOffers)
      .values({ ...input, description: input.description ?? "", companyId, createdBy: who.userId })
      .returning();
    await queueIndexing(tx, "skills", [row.id]);
    await enqueueJob(tx, "alert_skill_post_published", { kind: "offer", id: row.id }, { jobKey: `alert-skill:${row.id}` });
    await recordAudit(tx, {
      actorUserId: who.userId,
      action: "skill_offer.create",
      objectType: "skill_offer",
      objectId: row.id,
      companyId,
      after: { skill: row.skill, profession: row.profession, durationWeeks: row.durationWeeks },
    });
    return row;
  });
}

export async function createSkillRequest(db: Db, actor: Actor | null, companyId: string, input: SkillRequestInput) {
  const who = authorized(actor, "skills:post", { companyId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(skillRequests)
      .values({ ...input, companyId, createdBy: who.userId })
      .returning();
    await queueIndexing(tx, "skills", [row.id]);
    await enqueueJob(tx, "alert_skill_post_published", { kind: "request", id: row.id }, { jobKey: `alert-skill:${row.id}` });
    await recordAudit(tx, {
      actorUserId: who.userId,
      action: "skill_request.create",
      objectType: "skill_request",
      objectId: row.id,
      companyId,
      after: { skill: row.skill, durationWeeks: row.durationWeeks },
    });
    return row;
  });
}

const POST_NOT_FOUND = { offer: "Offre d'expertise introuvable.", request: "Demande introuvable." } as const;

/**
 * The post's company withdraws an open offer or request: it leaves the listings and, through the queue, the
 * search index; the pairings proposed on it and still awaiting the CCI are cancelled with it. A post taken
 * by a mission stays. Staff read posts but do not withdraw them for a company; anyone else finds none.
 */
export async function withdrawSkillPost(db: Db, actor: Actor | null, kind: "offer" | "request", id: string) {
  if (!actor) throw new UnauthenticatedError();
  const table = kind === "offer" ? skillOffers : skillRequests;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ companyId: table.companyId, status: table.status }).from(table).where(eq(table.id, id)).for("update");
    if (!before) throw new NotFoundError(POST_NOT_FOUND[kind]);
    if (!can(actor, "skills:post", { companyId: before.companyId })) {
      if (can(actor, "skills:validate")) throw new ForbiddenError("Seule l'entreprise qui a publié l'annonce peut la retirer.");
      throw new NotFoundError(POST_NOT_FOUND[kind]);
    }
    const who = authorized(actor, "skills:post", { companyId: before.companyId });
    if (before.status === "paired") throw new ConflictError("Une mission a été validée sur cette annonce : elle ne peut plus être retirée.");
    if (before.status === "withdrawn") throw new ConflictError("Cette annonce est déjà retirée.");
    await tx.update(table).set({ status: "withdrawn" }).where(eq(table.id, id));
    const cancelled = await tx
      .update(skillMissions)
      .set({ status: "cancelled" })
      .where(and(eq(kind === "offer" ? skillMissions.offerId : skillMissions.requestId, id), eq(skillMissions.status, "proposed")))
      .returning({ id: skillMissions.id });
    await queueIndexing(tx, "skills", [id]);
    await recordAudit(tx, {
      actorUserId: who.userId,
      action: `skill_${kind}.withdraw`,
      objectType: `skill_${kind}`,
      objectId: id,
      companyId: before.companyId,
      before: { status: before.status },
      after: { status: "withdrawn", cancelledMissions: cancelled.map((m) => m.id) },
    });
  });
}

async function lockPair(tx: Tx, offerId: string, requestId: string) {
  const [offer] = await tx.select().from(skillOffers).where(eq(skillOffers.id, offerId)).for("update");
  const [request] = await tx.select().from(skillRequests).where(eq(skillRequests.id, requestId)).for("update");
  if (!offer) throw new NotFoundError("Offre d'expertise introuvable.");
  if (!request) throw new NotFoundError("Demande introuvable.");
  return { offer, request };
}

/** Either side proposes a pairing of two open posts from different companies; the CCI then decides. */
export async function proposeMission(db: Db, actor: Actor | null, offerId: string, requestId: string) {
  return db.transaction(async (tx) => {
    const { offer, request } = await lockPair(tx, offerId, requestId);
    const side = missionSide(actor, offer.companyId, request.companyId);
    // Staff read every post but never act for a company; anyone else finds nothing.
    if (side === "staff") throw new ForbiddenError("La CCI valide les missions : elle ne les propose pas au nom d'une entreprise.");
    if (side !== "sponsor" && side !== "beneficiary") throw new NotFoundError("Offre d'expertise introuvable.");
    const who = authorized(actor, "skills:post", { companyId: side === "sponsor" ? offer.companyId : request.companyId });
    if (offer.companyId === request.companyId) throw new ConflictError("Une entreprise ne se prête pas ses propres experts.");
    const other = side === "sponsor" ? request : offer;
    // The other side's post is out of sight while its company is suspended (lib/skills/reads.ts).
    if ((await companyStanding(tx, other.companyId)).suspended) throw new NotFoundError(side === "sponsor" ? POST_NOT_FOUND.request : POST_NOT_FOUND.offer);
    if (offer.status !== "open" || request.status !== "open") throw new ConflictError("L'offre ou la demande n'est plus ouverte.");
    const pair = await rankPair(tx, offer, request);
    if ("excluded" in pair) throw new ConflictError(`Cette mise en relation ne convient pas : ${pair.excluded}.`);
    const [mission] = await tx
      .insert(skillMissions)
      .values({ offerId, requestId, score: pair.score, reasons: pair.reasons, proposedBy: who.userId })
      .onConflictDoNothing()
      .returning();
    if (!mission) throw new ConflictError("Cette mise en relation est déjà proposée.");
    await recordAudit(tx, {
      actorUserId: who.userId,
      action: "skill_mission.propose",
      objectType: "skill_mission",
      objectId: mission.id,
      companyId: side === "sponsor" ? offer.companyId : request.companyId,
      after: { offerId, requestId, score: pair.score },
    });
    await emailCompany(tx, other.companyId, other.createdBy, "skills.proposed", {
      title: `Mécénat de compétences : une mission vous est proposée (${offer.skill})`,
      paragraphs: ["Une mise en relation a été proposée pour une mission de mécénat de compétences. La CCI la valide avant qu'elle ne commence."],
      action: { label: "Voir la mission", url: `/mecenat/missions/${mission.id}` },
    });
    return mission;
  });
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The CCI validates (the mission gets its dates and valuation; both posts are taken) or refuses a proposed pairing. */
export async function decideMission(db: Db, actor: Actor | null, missionId: string, decision: "validate" | "refuse", note: string | null, now = new Date()) {
  const staff = authorized(actor, "skills:validate");
  const reason = note?.trim() || null;
  if (decision === "refuse" && (!reason || reason.length < 10))
    throw new ValidationError({ reason: "Expliquez le refus aux deux entreprises (10 caractères au moins)." });
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(skillMissions).where(eq(skillMissions.id, missionId)).for("update");
    if (!before) throw new NotFoundError("Mission introuvable.");
    if (before.status !== "proposed") throw new ConflictError("Cette mise en relation a déjà été décidée.");
    const { offer, request } = await lockPair(tx, before.offerId, before.requestId);
    let change: Partial<typeof skillMissions.$inferInsert> = { status: "refused", decidedBy: staff.userId, decidedAt: now, decisionNote: reason };
    if (decision === "validate") {
      if (offer.status !== "open" || request.status !== "open") throw new ConflictError("L'offre ou la demande est déjà prise par une autre mission.");
      const startsOn = offer.availableFrom > request.startFrom ? offer.availableFrom : request.startFrom;
      const weeks = Math.min(offer.durationWeeks, request.durationWeeks);
      change = { ...change, status: "validated", startsOn, endsOn: addDays(startsOn, weeks * 7 - 1), dailyCostEur: offer.dailyCostEur };
      await tx.update(skillOffers).set({ status: "paired" }).where(eq(skillOffers.id, offer.id));
      await tx.update(skillRequests).set({ status: "paired" }).where(eq(skillRequests.id, request.id));
      await queueIndexing(tx, "skills", [offer.id, request.id]); // taken posts leave the search
    }
    const [after] = await tx.update(skillMissions).set(change).where(eq(skillMissions.id, missionId)).returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: `skill_mission.${decision}`,
      objectType: "skill_mission",
      objectId: missionId,
      before: { status: before.status },
      after: { status: after.status, startsOn: after.startsOn, endsOn: after.endsOn, note: reason },
    });
    for (const post of [offer, request]) {
      await emailCompany(tx, post.companyId, post.createdBy, `skills.${decision}`, {
        title: decision === "validate" ? `Mission de mécénat validée : ${offer.skill}` : `Mission de mécénat non retenue : ${offer.skill}`,
        paragraphs: [
          decision === "validate"
            ? "La CCI a validé la mission. Retrouvez ses dates et la convention à signer sur la page de la mission."
            : `La CCI n'a pas validé cette mise en relation : « ${reason} »`,
        ],
        action: { label: "Voir la mission", url: `/mecenat/missions/${missionId}` },
      });
    }
    return after;
  });
}

async function missionForSide(tx: Tx, actor: Actor | null, missionId: string) {
  const [row] = await tx
    .select({ m: skillMissions, offer: skillOffers, request: skillRequests })
    .from(skillMissions)
    .innerJoin(skillOffers, eq(skillOffers.id, skillMissions.offerId))
    .innerJoin(skillRequests, eq(skillRequests.id, skillMissions.requestId))
    .where(eq(skillMissions.id, missionId))
    .for("update", { of: skillMissions });
  const side = row ? missionSide(actor, row.offer.companyId, row.request.companyId) : null;
  if (!row || !side) throw new NotFoundError("Mission introuvable.");
  return { ...row, side };
}

/** The sponsor logs the days given in one week (again for the same week replaces it); the mission becomes active. */
export async function logMissionWeek(db: Db, actor: Actor | null, missionId: string, weekStart: string, days: number) {
  return db.transaction(async (tx) => {
    const { m, offer, side } = await missionForSide(tx, actor, missionId);
    if (side !== "sponsor") throw new NotFoundError("Mission introuvable.");
    const who = authorized(actor, "skills:post", { companyId: offer.companyId });
    if (m.status !== "validated" && m.status !== "active") throw new ConflictError("Le temps se déclare sur une mission validée et en cours.");
    if (m.startsOn && weekStart < addDays(m.startsOn, -6)) throw new ValidationError({ weekStart: "Cette semaine précède le début de la mission." });
    await tx
      .insert(skillMissionWeeks)
      .values({ missionId, weekStart, days, loggedBy: who.userId })
      .onConflictDoUpdate({ target: [skillMissionWeeks.missionId, skillMissionWeeks.weekStart], set: { days, loggedBy: who.userId, loggedAt: new Date() } });
    if (m.status === "validated") await tx.update(skillMissions).set({ status: "active" }).where(eq(skillMissions.id, missionId));
    await recordAudit(tx, {
      actorUserId: who.userId,
      action: "skill_mission.log_week",
      objectType: "skill_mission",
      objectId: missionId,
      companyId: offer.companyId,
      after: { weekStart, days },
    });
  });
}

/** Each side reviews the mission at mid-term and at the end; both final reviews complete it. */
export async function reviewMission(db: Db, actor: Actor | null, missionId: string, input: { stage: "mid" | "final"; rating: number; comment?: string }) {
  return db.transaction(async (tx) => {
    const { m, offer, request, side } = await missionForSide(tx, actor, missionId);
    if (side === "staff") throw new NotFoundError("Mission introuvable.");
    const who = authorized(actor, "skills:post", { companyId: side === "sponsor" ? offer.companyId : request.companyId });
    if (m.status !== "active") throw new ConflictError("Le bilan se fait sur une mission en cours (temps déclaré).");
    const inserted = await tx
      .insert(skillMissionReviews)
      .values({ missionId, stage: input.stage, side, rating: input.rating, comment: input.comment ?? "", authorId: who.userId })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length) throw new ConflictError("Ce bilan est déjà donné.");
    const finals = await tx
      .select({ side: skillMissionReviews.side })
      .from(skillMissionReviews)
      .where(and(eq(skillMissionReviews.missionId, missionId), eq(skillMissionReviews.stage, "final")));
    if (finals.length === 2) await tx.update(skillMissions).set({ status: "completed" }).where(eq(skillMissions.id, missionId));
    await recordAudit(tx, {
      actorUserId: who.userId,
      action: "skill_mission.review",
      objectType: "skill_mission",
      objectId: missionId,
      companyId: side === "sponsor" ? offer.companyId : request.companyId,
      after: { stage: input.stage, side, rating: input.rating },
    });
  });
}
