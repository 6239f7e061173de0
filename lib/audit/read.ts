/**
 * The audit log as a reader sees it. Entries about private objects (needs, offers, answers, questions)
 * carry snapshots of their content in before/after: those are shown only to readers allowed to see the
 * object now, by the same rules as its pages (lib/needs/access.ts, lib/offers/access.ts,
 * lib/answers/access.ts). Otherwise, e.g. a draft, or a draft since deleted, the entry stays (who did
 * what, when) and its content is masked.
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { publiclyVisible } from "@/db/queries/company-profile";
import { companyStanding } from "@/db/queries/companies";
import { answerPartners, answers, companies, needs, offers, questions } from "@/db/schema";
import { activeCompany, authorize, type Actor } from "../auth/actor";
import { answerViewer, questionView } from "../answers/access";
import { needViewer, type NeedAccessFacts } from "../needs/access";
import { offerViewer } from "../offers/access";

type AuditRows = Awaited<ReturnType<typeof listAudit>>;
export type AuditEntryView = AuditRows[number] & { masked: boolean };

/** Object types whose audit snapshots hold content private to some readers. */
export const PRIVATE_OBJECT_TYPES = ["need", "offer", "answer", "question"] as const;
type PrivateType = (typeof PRIVATE_OBJECT_TYPES)[number];
const isPrivate = (t: string): t is PrivateType => (PRIVATE_OBJECT_TYPES as readonly string[]).includes(t);

const idsOf = (rows: AuditRows, type: PrivateType) =>
  [...new Set(rows.filter((r) => r.objectType === type).map((r) => r.objectId))]
    // Object ids of these types are UUIDs; anything else cannot name a row (and would break the uuid[] cast).
    .filter((id) => /^[0-9a-f-]{36}$/i.test(id));

export async function readAuditLog(db: DbOrTx, actor: Actor | null, opts: Parameters<typeof listAudit>[1]): Promise<AuditEntryView[]> {
  authorize(actor, "audit:view");
  const rows = await listAudit(db, opts);
  const visible = await visibleObjects(db, actor, rows);
  return rows.map((r) =>
    isPrivate(r.objectType) && !visible.has(`${r.objectType}:${r.objectId}`)
      ? { ...r, before: null, after: null, objectTitle: null, masked: true }
      : { ...r, masked: false },
  );
}

/** "type:id" of the private objects the reader may see (objects gone, e.g. deleted drafts, are not). */
async function visibleObjects(db: DbOrTx, actor: Actor | null, rows: AuditRows): Promise<Set<string>> {
  const visible = new Set<string>();
  const company = activeCompany(actor);
  const standing = company ? await companyStanding(db, company.companyId) : { verified: false, suspended: true };
  const verified = standing.verified && !standing.suspended;

  const questionIds = idsOf(rows, "question");
  const questionRows =
    questionIds.length === 0
      ? []
      : await db
          .select({
            id: questions.id,
            needId: questions.needId,
            companyId: questions.companyId,
            question: questions.question,
            answer: questions.answer,
            published: questions.published,
          })
          .from(questions)
          .where(inArray(questions.id, questionIds));

  const needIds = [...new Set([...idsOf(rows, "need"), ...questionRows.map((q) => q.needId)])];
  const needFacts = new Map<string, NeedAccessFacts>();
  if (needIds.length) {
    const found = await db
      .select({
        id: needs.id,
        companyId: needs.companyId,
        status: needs.status,
        visibility: needs.visibility,
        companySuspended: sql<boolean>`${companies.suspendedAt} is not null`,
      })
      .from(needs)
      .innerJoin(companies, eq(companies.id, needs.companyId))
      .where(inArray(needs.id, needIds));
    for (const n of found) needFacts.set(n.id, n);
  }
  const needSeenAs = (id: string) => {
    const facts = needFacts.get(id);
    return facts ? needViewer(actor, facts, verified) : null;
  };
  for (const id of idsOf(rows, "need")) if (needSeenAs(id)) visible.add(`need:${id}`);
  for (const q of questionRows) {
    const viewer = needSeenAs(q.needId);
    if (viewer && questionView(viewer, company?.companyId ?? null, { ...q, companyName: "" })) visible.add(`question:${q.id}`);
  }

  const offerIds = idsOf(rows, "offer");
  if (offerIds.length) {
    const found = await db
      .select({
        id: offers.id,
        companyId: offers.companyId,
        status: offers.status,
        companyPublic: sql<boolean>`${publiclyVisible()}`,
      })
      .from(offers)
      .innerJoin(companies, eq(companies.id, offers.companyId))
      .where(inArray(offers.id, offerIds));
    for (const o of found) if (offerViewer(actor, o)) visible.add(`offer:${o.id}`);
  }

  const answerIds = idsOf(rows, "answer");
  if (answerIds.length) {
    const found = await db
      .select({
        id: answers.id,
        answerCompanyId: answers.companyId,
        status: answers.status,
        needCompanyId: needs.companyId,
      })
      .from(answers)
      .innerJoin(needs, eq(needs.id, answers.needId))
      .where(inArray(answers.id, answerIds));
    const partners = await db
      .select({ answerId: answerPartners.answerId, companyId: answerPartners.companyId })
      .from(answerPartners)
      .where(and(inArray(answerPartners.answerId, answerIds), ne(answerPartners.status, "declined")));
    for (const a of found) {
      const partnerCompanyIds = partners.filter((p) => p.answerId === a.id).map((p) => p.companyId);
      if (answerViewer(actor, { ...a, partnerCompanyIds })) visible.add(`answer:${a.id}`);
    }
  }
  return visible;
}
