/**
 * Alerts of a published innovation challenge, through the alerts' one fan-out (lib/alerts/fan-out.ts:
 * preferences, daily cap, digest, unsubscribe). Who it fits is the platform's relevance model: the challenge
 * is ranked as a need of the whole territory with no activity sought (its words find the profiles that
 * describe such work, and the « métier » part the trades whose companies do), and the charter's signatories
 * above the alert threshold are told. A challenge open to young companies also reaches the young ones
 * (lib/challenges/young.ts) whose profile shares its words, however thin their record still is.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { challenges, companies, type ChallengeRow as Challenge } from "@/db/schema";
import { ALERT_CANDIDATES, ALERT_SETTINGS_NOTE, fanOutAlerts, type AlertCandidate, type AlertOpportunity } from "../alerts/fan-out";
import { formatDate } from "../format";
import { rankSuppliersForNeed } from "../matching/service";
import type { NeedLike } from "../matching/need-like";
import type { SupplierMatch } from "../matching/types";
import { currentWeights } from "../matching/weights-store";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { z } from "../validation/zod";
import { REWARD_LABELS } from "./labels";
import { isYoungCompany } from "./young";

/**
 * What the ranking reads of a challenge: everyone's text (title, public summary), and the full text only when
 * it is not confidential — the NDA-protected words must not pick recipients nor appear in their e-mail.
 */
export function challengeAsNeed(
  c: Pick<Challenge, "id" | "companyId" | "title" | "summary" | "problem" | "expectedSolution" | "confidential">,
  communeCode: string,
): NeedLike {
  return {
    id: c.id,
    companyId: c.companyId,
    title: c.title,
    nafCodes: [],
    communeCode,
    perimeterKind: "territory",
    perimeterAreas: [],
    description: [c.summary, ...(c.confidential ? [] : [c.problem, c.expectedSolution])].join("\n"),
  };
}

const part = (m: Pick<SupplierMatch, "parts">, key: string) => m.parts.find((p) => p.key === key)?.value ?? 0;

/** Why the company is told, in the e-mail's words (the match's own sentences speak of a need and to a buyer). */
function reasonsOf(m: Pick<SupplierMatch, "parts">, young: boolean): string[] {
  return [
    ...(part(m, "text") > 0 ? ["votre fiche d'entreprise reprend les mots du défi"] : []),
    ...(part(m, "trade") >= 0.5 ? ["votre métier est de ceux qui répondent à ce genre de défi"] : []),
    ...(young ? ["votre entreprise a moins de 3 ans et ce défi est ouvert aux jeunes entreprises"] : []),
  ];
}

/**
 * The companies a challenge fits, from its ranking: signatories of the charter at or above the alert
 * threshold; when it is open to young companies, also the young ones whose profile shares its words. Pure.
 */
export function challengeAlertCandidates(
  matches: Pick<SupplierMatch, "companyId" | "score" | "parts" | "signatory">[],
  threshold: number,
  young: ReadonlySet<string>,
  openToYoung: boolean,
): AlertCandidate[] {
  return matches.flatMap((m) => {
    if (!m.signatory) return [];
    const isYoung = openToYoung && young.has(m.companyId);
    if (m.score < threshold && !(isYoung && part(m, "text") > 0)) return [];
    return [{ companyId: m.companyId, score: m.score, reasons: reasonsOf(m, isYoung) }];
  });
}

async function youngAmong(db: DbOrTx, companyIds: string[], today: string): Promise<Set<string>> {
  if (companyIds.length === 0) return new Set();
  const rows = await db
    .select({ id: companies.id, foundedOn: companies.foundedOn })
    .from(companies)
    .where(and(inArray(companies.id, companyIds), isNotNull(companies.foundedOn)));
  return new Set(rows.filter((r) => isYoungCompany(r.foundedOn, today)).map((r) => r.id));
}

const asSentence = (text: string) => (/[.!?…»]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function challengeOpportunity(c: Challenge, groupName: string): AlertOpportunity {
  return {
    kind: "challenge",
    id: c.id,
    template: "alert.challenge",
    wording: () => ({
      subject: `Défi d'innovation : ${c.title}`,
      preheader: `${groupName} cherche une solution auprès des start-up et PME du territoire`,
      lead: `${groupName} lance un défi d'innovation qui correspond à votre entreprise : « ${c.title} ». ${asSentence(c.summary)} À la clé : ${REWARD_LABELS[c.reward].toLowerCase()}. Candidatures jusqu'au ${formatDate(c.deadline)}.`,
      action: { label: "Voir le défi", url: `/defis/${c.id}` },
      footerNote: `Vous recevez cet e-mail parce que votre entreprise correspond à ce défi. ${ALERT_SETTINGS_NOTE}`,
    }),
  };
}

/** Ranks the territory's companies for a challenge just published and alerts those it fits; nothing once it has closed or its company is suspended. */
export const alertChallengePublishedTask = defineTask(z.object({ challengeId: z.uuid() }), async ({ challengeId }, helpers) => {
  await withDb(helpers, async (db) => {
    const now = new Date();
    const [row] = await db
      .select({
        c: challenges,
        communeCode: companies.communeCode,
        tradeName: companies.tradeName,
        legalName: companies.legalName,
        suspendedAt: companies.suspendedAt,
      })
      .from(challenges)
      .innerJoin(companies, eq(companies.id, challenges.companyId))
      .where(eq(challenges.id, challengeId));
    if (!row || row.c.status !== "published" || row.c.deadline <= now || row.suspendedAt) return;
    // A task's db is one client: one query at a time.
    const run = await rankSuppliersForNeed(db, challengeAsNeed(row.c, row.communeCode), { limit: ALERT_CANDIDATES });
    const weights = await currentWeights(db);
    const young = row.c.openToYoung
      ? await youngAmong(
          db,
          run.matches.map((m) => m.companyId),
          now.toISOString().slice(0, 10),
        )
      : new Set<string>();
    const candidates = challengeAlertCandidates(run.matches, weights.alertThreshold, young, row.c.openToYoung);
    const result = await db.transaction((tx) => fanOutAlerts(tx, challengeOpportunity(row.c, row.tradeName ?? row.legalName), candidates, now));
    helpers.logger.info(`challenge ${challengeId}: ${result.queued} alerts, ${result.digest} in digests, ${result.capped} capped`);
  });
});

// Registers this task (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists it for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    alert_challenge_published: PayloadOf<typeof alertChallengePublishedTask>;
  }
}
