/**
 * Alerts of a new skills post, through the alerts' one fan-out (lib/alerts/fan-out.ts: preferences, daily
 * cap, digest, unsubscribe). The other side is told: a new expert offer reaches the companies whose open
 * request it fits, a new request the companies whose open offer fits it — the pairs ranked by ./ranking.ts,
 * the same relevance model as the « rapprochements » page, at or above the platform's alert threshold.
 * Each company is told once, about its own post that fits best.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, skillOffers, skillRequests, type SkillOfferRow as Offer, type SkillRequestRow as Request } from "@/db/schema";
import { ALERT_SETTINGS_NOTE, fanOutAlerts, type AlertCandidate, type AlertOpportunity } from "../alerts/fan-out";
import { formatDate } from "../format";
import { currentWeights } from "../matching/weights-store";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { z } from "../validation/zod";
import { SENIORITY_LABELS, WORK_MODE_LABELS } from "./labels";
import { openOffersRows, openRequestsRows, rankPairs } from "./ranking";

type Pair = Awaited<ReturnType<typeof rankPairs>>[number];

/** A company told about a new post, with its own post the new one fits best. */
export interface SkillCandidate extends AlertCandidate {
  ownPostId: string;
  ownSkill: string;
}

/** The best pair per company on the other side, at or above the threshold; `side` names whose company is told. Pure. */
export function skillAlertCandidates(pairs: Pair[], side: "request" | "offer", threshold: number): SkillCandidate[] {
  const best = new Map<string, SkillCandidate>();
  for (const p of pairs) {
    if (p.score < threshold) continue;
    const own = side === "request" ? p.request : p.offer;
    const seen = best.get(own.companyId);
    if (seen && seen.score >= p.score) continue;
    best.set(own.companyId, {
      companyId: own.companyId,
      score: p.score,
      ownPostId: own.id,
      ownSkill: own.skill,
      reasons: [`votre annonce et la sienne se correspondent à ${Math.round(p.score * 100)} % selon la méthode de classement de la plateforme`],
    });
  }
  return [...best.values()];
}

const rhythm = (days: number, weeks: number) => `${days} ${days > 1 ? "jours" : "jour"} par semaine pendant ${weeks} ${weeks > 1 ? "semaines" : "semaine"}`;
const VALIDATION = "La CCI valide chaque mission avant qu'elle ne commence.";

function offerOpportunity(o: Offer, sponsor: string): AlertOpportunity<SkillCandidate> {
  return {
    kind: "skill_offer",
    id: o.id,
    template: "alert.skills",
    wording: (c) => ({
      subject: `Mécénat de compétences : un expert pour votre demande « ${c.ownSkill} »`,
      preheader: `${sponsor} prête le temps d'un expert à une TPE ou PME du territoire`,
      lead: `${sponsor} propose en mécénat de compétences un expert qui correspond à votre demande « ${c.ownSkill} » : ${o.skill}, ${o.profession.toLowerCase()} (${SENIORITY_LABELS[o.seniority].toLowerCase()}), ${rhythm(o.daysPerWeek, o.durationWeeks)} à partir du ${formatDate(o.availableFrom)}, ${WORK_MODE_LABELS[o.workMode].toLowerCase()}. ${VALIDATION}`,
      action: { label: "Voir les experts pour ma demande", url: `/mecenat/rapprochements?demande=${c.ownPostId}` },
      footerNote: `Vous recevez cet e-mail parce que votre entreprise a publié une demande de mécénat de compétences. ${ALERT_SETTINGS_NOTE}`,
    }),
  };
}

function requestOpportunity(r: Request, requester: string): AlertOpportunity<SkillCandidate> {
  return {
    kind: "skill_request",
    id: r.id,
    template: "alert.skills",
    wording: (c) => ({
      subject: `Mécénat de compétences : ${requester} cherche « ${r.skill} »`,
      preheader: `Votre expert « ${c.ownSkill} » peut l'aider`,
      lead: `${requester} cherche une compétence que votre expert « ${c.ownSkill} » peut apporter : « ${r.skill} », ${rhythm(r.daysPerWeek, r.durationWeeks)} à partir du ${formatDate(r.startFrom)}. Son objectif : « ${r.purpose} ». ${VALIDATION}`,
      action: { label: "Voir les demandes pour mon expert", url: `/mecenat/rapprochements?offre=${c.ownPostId}` },
      footerNote: `Vous recevez cet e-mail parce que votre entreprise propose un expert en mécénat de compétences. ${ALERT_SETTINGS_NOTE}`,
    }),
  };
}

/** The posting company's name, or null while it is suspended (its posts are out of sight). */
const nameOf = async (db: DbOrTx, companyId: string) => {
  const [c] = await db
    .select({ tradeName: companies.tradeName, legalName: companies.legalName, suspendedAt: companies.suspendedAt })
    .from(companies)
    .where(eq(companies.id, companyId));
  return c && !c.suspendedAt ? (c.tradeName ?? c.legalName) : null;
};

/** The other side's companies a new post fits, and what they read; null once the post is no longer open or its company is suspended. */
async function alertsOf(db: DbOrTx, kind: "offer" | "request", id: string, threshold: number) {
  if (kind === "offer") {
    const [offer] = await db.select().from(skillOffers).where(eq(skillOffers.id, id));
    const sponsor = offer?.status === "open" ? await nameOf(db, offer.companyId) : null;
    if (!offer || sponsor === null) return null;
    const pairs = await rankPairs(db, await openRequestsRows(db), [offer]);
    return { candidates: skillAlertCandidates(pairs, "request", threshold), opportunity: offerOpportunity(offer, sponsor) };
  }
  const [request] = await db.select().from(skillRequests).where(eq(skillRequests.id, id));
  const requester = request?.status === "open" ? await nameOf(db, request.companyId) : null;
  if (!request || requester === null) return null;
  const pairs = await rankPairs(db, [request], await openOffersRows(db));
  return { candidates: skillAlertCandidates(pairs, "offer", threshold), opportunity: requestOpportunity(request, requester) };
}

/** Ranks the other side's open posts against a new one and alerts their companies. */
export const alertSkillPostPublishedTask = defineTask(z.object({ kind: z.enum(["offer", "request"]), id: z.uuid() }), async ({ kind, id }, helpers) => {
  await withDb(helpers, async (db) => {
    // A task's db is one client: one query at a time.
    const found = await alertsOf(db, kind, id, (await currentWeights(db)).alertThreshold);
    if (!found) return;
    const result = await db.transaction((tx) => fanOutAlerts(tx, found.opportunity, found.candidates));
    helpers.logger.info(`skill ${kind} ${id}: ${result.queued} alerts, ${result.digest} in digests, ${result.capped} capped`);
  });
});

// Registers this task (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists it for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    alert_skill_post_published: PayloadOf<typeof alertSkillPostPublishedTask>;
  }
}
