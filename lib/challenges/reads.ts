/**
 * Reads behind the challenge pages. Every read starts from what the actor may see (./access.ts): the full
 * text and attachments are left out before the NDA; applications come only to the poster and staff, and an
 * applicant reads its own application alone. A suspended company's challenges leave the list and are
 * « introuvables » for others (its own members and staff still read them), as its needs.
 */
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { isActive } from "@/db/queries/companies";
import { challengeApplications, challengeQuestions, challenges, companies, files } from "@/db/schema";
import { activeCompany, can, type Actor } from "../auth/actor";
import { parisDay } from "../dates";
import { NotFoundError } from "../errors";
import { displayName } from "../events/company-name";
import { authorized, challengeViewer, mayReadFullText, type ChallengeViewer } from "./access";
import { hasAcceptedNda } from "./applications";
import { pitchPlaces } from "./pitch";
import { youngSince } from "./young";

/** Open challenges of companies that are not suspended, the nearest deadline first; `youngOnly` keeps those open to young companies. */
export async function openChallenges(db: DbOrTx, opts: { youngOnly?: boolean } = {}, now = new Date()) {
  return db
    .select({
      id: challenges.id,
      title: challenges.title,
      summary: challenges.summary,
      companyName: displayName(),
      deadline: challenges.deadline,
      maturity: challenges.maturity,
      reward: challenges.reward,
      budgetBand: challenges.budgetBand,
      confidential: challenges.confidential,
      openToYoung: challenges.openToYoung,
    })
    .from(challenges)
    .innerJoin(companies, eq(companies.id, challenges.companyId))
    .where(and(eq(challenges.status, "published"), gt(challenges.deadline, now), isActive(), opts.youngOnly ? eq(challenges.openToYoung, true) : undefined))
    .orderBy(asc(challenges.deadline), asc(challenges.id))
    .limit(100);
}

/** Whether the company counts as young today (SIRENE creation date under 3 years). */
export async function isCompanyYoung(db: DbOrTx, companyId: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ young: sql<boolean>`${companies.foundedOn} > ${youngSince(parisDay(now))}::date` })
    .from(companies)
    .where(eq(companies.id, companyId));
  return Boolean(row?.young);
}

const FULL_TEXT = ["problem", "context", "expectedSolution", "ndaText"] as const;

/** A challenge with its company's name and standing: what challengeViewer decides from. */
async function challengeWithCompany(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ c: challenges, companyName: displayName(), companySuspended: sql<boolean>`${companies.suspendedAt} is not null` })
    .from(challenges)
    .innerJoin(companies, eq(companies.id, challenges.companyId))
    .where(eq(challenges.id, id));
  return row ? { ...row, facts: { ...row.c, companySuspended: row.companySuspended } } : null;
}

/** A challenge as the actor may see it: the full text only when allowed, the NDA text when it is to be accepted. */
export async function challengePage(db: DbOrTx, actor: Actor | null, id: string) {
  const row = await challengeWithCompany(db, id);
  const viewer = row ? challengeViewer(actor, row.facts) : null;
  if (!row || !viewer) throw new NotFoundError("Défi introuvable.");
  const company = activeCompany(actor);
  const ndaAccepted = company !== null && viewer === "company" && row.c.confidential && (await hasAcceptedNda(db, id, company.companyId));
  const fullText = mayReadFullText(viewer, row.c.confidential, ndaAccepted);
  const challenge = { ...row.c };
  if (!fullText) for (const k of FULL_TEXT) if (k !== "ndaText") (challenge as Record<string, unknown>)[k] = null;
  const attachments = fullText
    ? await db
        .select({ id: files.id, filename: files.filename, sizeBytes: files.sizeBytes })
        .from(files)
        .where(and(eq(files.objectType, "challenge"), eq(files.objectId, id)))
        .orderBy(asc(files.createdAt))
    : [];
  const own = viewer === "company" && company ? await ownApplication(db, actor, id, company.companyId) : null;
  return { challenge, companyName: row.companyName, viewer: viewer as ChallengeViewer, fullText, ndaAccepted, attachments, own };
}

/** The actor's company's own application to a challenge, with its deck, the poster's questions and where it pitches. */
export async function ownApplication(db: DbOrTx, actor: Actor | null, challengeId: string, companyId: string) {
  if (!can(actor, "challenge:apply", { companyId })) return null;
  const [app] = await db
    .select()
    .from(challengeApplications)
    .where(and(eq(challengeApplications.challengeId, challengeId), eq(challengeApplications.companyId, companyId)));
  if (!app) return null;
  const [deck, questions, places] = [await decksOf(db, [app.id]), await questionsOf(db, [app.id]), await pitchPlaces(db, [app.pitchSessionId])];
  return { ...app, deck: deck.get(app.id) ?? null, questions, pitchPlace: app.pitchSessionId ? (places.get(app.pitchSessionId) ?? null) : null };
}

async function decksOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return new Map<string, { id: string; filename: string }>();
  const rows = await db
    .select({ id: files.id, filename: files.filename, objectId: files.objectId })
    .from(files)
    .where(and(eq(files.objectType, "challenge_application"), inArray(files.objectId, applicationIds)));
  return new Map(rows.map((r) => [r.objectId ?? "", { id: r.id, filename: r.filename }]));
}

const questionsOf = (db: DbOrTx, applicationIds: string[]) =>
  applicationIds.length
    ? db.select().from(challengeQuestions).where(inArray(challengeQuestions.applicationId, applicationIds)).orderBy(asc(challengeQuestions.createdAt))
    : Promise.resolve([]);

/** Every application of a challenge, for its company and staff only; others find no such page. */
export async function challengeApplicationsFor(db: DbOrTx, actor: Actor | null, challengeId: string, now = new Date()) {
  const row = await challengeWithCompany(db, challengeId);
  if (!row) throw new NotFoundError("Défi introuvable.");
  const c = row.c;
  const viewer = challengeViewer(actor, row.facts);
  if (viewer !== "owner" && viewer !== "staff") throw new NotFoundError("Défi introuvable.");
  authorized(actor, "challenge:view-applications", { companyId: c.companyId });
  const apps = await db
    .select({
      a: challengeApplications,
      companyName: displayName(),
      young: sql<boolean>`coalesce(${companies.foundedOn} > ${youngSince(parisDay(now))}::date, false)`,
    })
    .from(challengeApplications)
    .innerJoin(companies, eq(companies.id, challengeApplications.companyId))
    .where(eq(challengeApplications.challengeId, challengeId))
    .orderBy(asc(challengeApplications.createdAt));
  const ids = apps.map((r) => r.a.id);
  const [decks, questions, places] = [
    await decksOf(db, ids),
    await questionsOf(db, ids),
    await pitchPlaces(
      db,
      apps.map((r) => r.a.pitchSessionId),
    ),
  ];
  return {
    challenge: c,
    viewer,
    applications: apps.map((r) => ({
      ...r.a,
      companyName: r.companyName,
      young: r.young,
      deck: decks.get(r.a.id) ?? null,
      questions: questions.filter((q) => q.applicationId === r.a.id),
      pitchPlace: r.a.pitchSessionId ? (places.get(r.a.pitchSessionId) ?? null) : null,
    })),
  };
}

/** « Mes défis »: the company's challenges, any status, with their count of applications. */
export async function companyChallenges(db: DbOrTx, actor: Actor | null, companyId: string) {
  authorized(actor, "challenge:post", { companyId });
  return db
    .select({
      id: challenges.id,
      title: challenges.title,
      status: challenges.status,
      deadline: challenges.deadline,
      // Qualified by hand: inside a subquery drizzle would print the outer column unqualified (a.id).
      applications: sql<number>`(select count(*)::int from challenge_applications a where a.challenge_id = "challenges"."id")`,
    })
    .from(challenges)
    .where(eq(challenges.companyId, companyId))
    .orderBy(desc(challenges.createdAt))
    .limit(100);
}

/** « Mes candidatures »: the company's applications with each challenge's title. */
export async function companyApplications(db: DbOrTx, actor: Actor | null, companyId: string) {
  authorized(actor, "challenge:apply", { companyId });
  return db
    .select({
      id: challengeApplications.id,
      challengeId: challenges.id,
      title: challenges.title,
      status: challengeApplications.status,
      pitchAt: challengeApplications.pitchAt,
    })
    .from(challengeApplications)
    .innerJoin(challenges, eq(challenges.id, challengeApplications.challengeId))
    .where(eq(challengeApplications.companyId, companyId))
    .orderBy(desc(challengeApplications.createdAt))
    .limit(100);
}

/** The CCI's queue: challenges submitted for publication, oldest first. */
export async function challengesAwaitingModeration(db: DbOrTx, actor: Actor | null) {
  authorized(actor, "moderation:decide");
  return db
    .select({
      id: challenges.id,
      title: challenges.title,
      summary: challenges.summary,
      companyName: displayName(),
      submittedAt: challenges.submittedAt,
      deadline: challenges.deadline,
      confidential: challenges.confidential,
    })
    .from(challenges)
    .innerJoin(companies, eq(companies.id, challenges.companyId))
    .where(eq(challenges.status, "submitted"))
    .orderBy(asc(challenges.submittedAt))
    .limit(200);
}

/** Whether the actor may download a file of a challenge or an application (lib/files/download-access.ts). */
export async function canDownloadChallengeFile(
  db: DbOrTx,
  actor: Actor | null,
  file: { companyId: string; objectType: string; objectId: string | null },
): Promise<boolean> {
  if (!file.objectId) return false;
  if (file.objectType === "challenge") {
    const row = await challengeWithCompany(db, file.objectId);
    if (!row || row.c.companyId !== file.companyId) return false;
    const { c } = row;
    const viewer = challengeViewer(actor, row.facts);
    const company = activeCompany(actor);
    const nda = viewer === "company" && c.confidential && company !== null && (await hasAcceptedNda(db, file.objectId, company.companyId));
    return mayReadFullText(viewer, c.confidential, nda);
  }
  const [a] = await db
    .select({ companyId: challengeApplications.companyId, challengeCompanyId: challenges.companyId, status: challenges.status })
    .from(challengeApplications)
    .innerJoin(challenges, eq(challenges.id, challengeApplications.challengeId))
    .where(eq(challengeApplications.id, file.objectId));
  if (!a || a.companyId !== file.companyId) return false;
  // The applicant itself, the challenge's company, and staff: never another applicant.
  return can(actor, "challenge:apply", { companyId: a.companyId }) || can(actor, "challenge:view-applications", { companyId: a.challengeCompanyId });
}
