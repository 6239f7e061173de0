/**
 * Reads behind the skills pages. Open posts are listed for signed-in companies without the daily cost (the
 * sponsor's business) and without any person; pairings are ranked for the post's own company; a mission is
 * read by its two companies and staff only. A suspended company's posts are listed to no one else (as its
 * needs): they leave the lists and the pairings other companies read, and come back when it is reinstated.
 */
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { isActive } from "@/db/queries/companies";
import { communes, companies, skillMissionReviews, skillMissions, skillMissionWeeks, skillOffers, skillRequests } from "@/db/schema";
import { can, type Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { authorized, missionSide, valuedAmount } from "./access";
import { openOffersRows, openRequestsRows, rankPairs } from "./ranking";

const companyName = sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`;

/** Open expert offers, newest first: skill, profession, seniority, rhythm, place; no cost, no person. */
export async function openOffers(db: DbOrTx, actor: Actor | null) {
  authorized(actor, "account:view-own");
  return db
    .select({
      id: skillOffers.id,
      skill: skillOffers.skill,
      profession: skillOffers.profession,
      seniority: skillOffers.seniority,
      daysPerWeek: skillOffers.daysPerWeek,
      durationWeeks: skillOffers.durationWeeks,
      availableFrom: skillOffers.availableFrom,
      workMode: skillOffers.workMode,
      commune: communes.name,
      companyName,
      companyId: skillOffers.companyId,
    })
    .from(skillOffers)
    .innerJoin(companies, eq(companies.id, skillOffers.companyId))
    .innerJoin(communes, eq(communes.inseeCode, skillOffers.communeCode))
    .where(and(eq(skillOffers.status, "open"), isActive()))
    .orderBy(desc(skillOffers.createdAt))
    .limit(100);
}

export async function openRequests(db: DbOrTx, actor: Actor | null) {
  authorized(actor, "account:view-own");
  return db
    .select({
      id: skillRequests.id,
      skill: skillRequests.skill,
      purpose: skillRequests.purpose,
      daysPerWeek: skillRequests.daysPerWeek,
      durationWeeks: skillRequests.durationWeeks,
      startFrom: skillRequests.startFrom,
      workMode: skillRequests.workMode,
      commune: communes.name,
      companyName,
      companyId: skillRequests.companyId,
    })
    .from(skillRequests)
    .innerJoin(companies, eq(companies.id, skillRequests.companyId))
    .innerJoin(communes, eq(communes.inseeCode, skillRequests.communeCode))
    .where(and(eq(skillRequests.status, "open"), isActive()))
    .orderBy(desc(skillRequests.createdAt))
    .limit(100);
}

/** The company's own offers (with their cost), requests and missions. */
export async function companySkills(db: DbOrTx, actor: Actor | null, companyId: string) {
  authorized(actor, "skills:post", { companyId });
  const offers = await db.select().from(skillOffers).where(eq(skillOffers.companyId, companyId)).orderBy(desc(skillOffers.createdAt));
  const requests = await db.select().from(skillRequests).where(eq(skillRequests.companyId, companyId)).orderBy(desc(skillRequests.createdAt));
  const missions = await db
    .select({ id: skillMissions.id, status: skillMissions.status, skill: skillOffers.skill })
    .from(skillMissions)
    .innerJoin(skillOffers, eq(skillOffers.id, skillMissions.offerId))
    .innerJoin(skillRequests, eq(skillRequests.id, skillMissions.requestId))
    .where(or(eq(skillOffers.companyId, companyId), eq(skillRequests.companyId, companyId)))
    .orderBy(desc(skillMissions.createdAt));
  return { offers, requests, missions };
}

export interface Pairing {
  offerId: string;
  requestId: string;
  skill: string;
  other: string;
  companyName: string;
  score: number;
  reasons: string[];
}

async function names(db: DbOrTx, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: companies.id, name: companyName }).from(companies).where(inArray(companies.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The post a « rapprochements » page is about, for its company or staff: its skill, its status, and whether the viewer may withdraw it. */
export async function skillPostFor(db: DbOrTx, actor: Actor | null, kind: "offer" | "request", id: string) {
  const table = kind === "offer" ? skillOffers : skillRequests;
  const [post] = await db.select({ companyId: table.companyId, skill: table.skill, status: table.status }).from(table).where(eq(table.id, id));
  if (!post || !missionSide(actor, post.companyId, post.companyId))
    throw new NotFoundError(kind === "offer" ? "Offre d'expertise introuvable." : "Demande introuvable.");
  return { skill: post.skill, status: post.status, mayWithdraw: post.status === "open" && can(actor, "skills:post", { companyId: post.companyId }) };
}

/** Both directions: for a request, the open offers ranked; for an offer, the open requests ranked — for the post's company or staff. */
export async function pairingsFor(db: DbOrTx, actor: Actor | null, kind: "offer" | "request", id: string): Promise<Pairing[]> {
  const table = kind === "offer" ? skillOffers : skillRequests;
  const [post] = await db.select({ companyId: table.companyId }).from(table).where(eq(table.id, id));
  if (!post) throw new NotFoundError(kind === "offer" ? "Offre d'expertise introuvable." : "Demande introuvable.");
  const own = missionSide(actor, post.companyId, post.companyId);
  if (!own) throw new NotFoundError(kind === "offer" ? "Offre d'expertise introuvable." : "Demande introuvable.");
  const ranked =
    kind === "request"
      ? await rankPairs(db, await db.select().from(skillRequests).where(eq(skillRequests.id, id)), await openOffersRows(db))
      : await rankPairs(db, await openRequestsRows(db), await db.select().from(skillOffers).where(eq(skillOffers.id, id)));
  const byCompany = await names(
    db,
    ranked.map((p) => (kind === "request" ? p.offer.companyId : p.request.companyId)),
  );
  return ranked.slice(0, 20).map((p) => ({
    offerId: p.offer.id,
    requestId: p.request.id,
    score: p.score,
    reasons: p.reasons,
    skill: kind === "request" ? `${p.offer.skill} — ${p.offer.profession}` : p.request.skill,
    other: kind === "request" ? p.offer.profession : p.request.purpose,
    companyName: byCompany.get(kind === "request" ? p.offer.companyId : p.request.companyId) ?? "",
  }));
}

/** The CCI's queue of proposed pairings, oldest first, with their score and reasons. */
export async function missionsAwaitingValidation(db: DbOrTx, actor: Actor | null) {
  authorized(actor, "skills:validate");
  const sponsor = sql<string>`(select coalesce(c.trade_name, c.legal_name) from companies c where c.id = "skill_offers"."company_id")`;
  const beneficiary = sql<string>`(select coalesce(c.trade_name, c.legal_name) from companies c where c.id = "skill_requests"."company_id")`;
  return db
    .select({
      id: skillMissions.id,
      score: skillMissions.score,
      reasons: skillMissions.reasons,
      createdAt: skillMissions.createdAt,
      offerSkill: skillOffers.skill,
      profession: skillOffers.profession,
      requestSkill: skillRequests.skill,
      purpose: skillRequests.purpose,
      sponsor,
      beneficiary,
    })
    .from(skillMissions)
    .innerJoin(skillOffers, eq(skillOffers.id, skillMissions.offerId))
    .innerJoin(skillRequests, eq(skillRequests.id, skillMissions.requestId))
    .where(eq(skillMissions.status, "proposed"))
    .orderBy(asc(skillMissions.createdAt))
    .limit(200);
}

/** A mission for one of its two companies or staff: terms, weeks, reviews; the valued amount for the sponsor and staff. */
export async function missionPage(db: DbOrTx, actor: Actor | null, missionId: string) {
  const [row] = await db
    .select({ m: skillMissions, offer: skillOffers, request: skillRequests })
    .from(skillMissions)
    .innerJoin(skillOffers, eq(skillOffers.id, skillMissions.offerId))
    .innerJoin(skillRequests, eq(skillRequests.id, skillMissions.requestId))
    .where(eq(skillMissions.id, missionId));
  const side = row ? missionSide(actor, row.offer.companyId, row.request.companyId) : null;
  if (!row || !side) throw new NotFoundError("Mission introuvable.");
  const byCompany = await names(db, [row.offer.companyId, row.request.companyId]);
  const weeks = await db.select().from(skillMissionWeeks).where(eq(skillMissionWeeks.missionId, missionId)).orderBy(asc(skillMissionWeeks.weekStart));
  const reviews = await db
    .select()
    .from(skillMissionReviews)
    .where(and(eq(skillMissionReviews.missionId, missionId)));
  const days = weeks.reduce((s, w) => s + Number(w.days), 0);
  const { dailyCostEur: _cost, ...offer } = row.offer;
  return {
    mission: row.m,
    side,
    offer: side === "beneficiary" ? offer : row.offer,
    request: row.request,
    sponsorName: byCompany.get(row.offer.companyId) ?? "",
    beneficiaryName: byCompany.get(row.request.companyId) ?? "",
    weeks,
    reviews,
    days,
    valuedAmountEur: side === "beneficiary" ? null : valuedAmount(days, row.m.dailyCostEur),
  };
}
