/**
 * Applicants' and poster's operations on applications: accept the NDA, apply with a structured pitch and
 * a deck (PDF), shortlist / select / decline, offer a pitch slot, ask and answer questions, record what the
 * selection led to (PoC, contract). Each authorizes from the resource and writes its audit row and e-mails
 * in the same transaction.
 */
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { challengeApplications, challengeNdaAcceptances, challengeQuestions, challenges, companies } from "@/db/schema";
import { companyStanding } from "@/db/queries/companies";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import type { CheckedUpload } from "../files/check-upload";
import { storeFile } from "../files/store-file";
import { formatDateTime } from "../format";
import { authorized } from "./access";
import { CHALLENGE_EMAILS, emailCompany } from "./emails";
import { checkPitchSession } from "./pitch";
import type { ApplicationInput, OutcomeInput } from "./schemas";
import { lockChallenge, queueChallengeIndexing } from "./service";
import { applyApplicationDecision, applyChallengeEvent, type ApplicationDecision } from "./state-machine";

/** An open challenge another company may apply to: published, before its deadline, not its own, of a company not suspended. */
async function openForCompany(tx: Tx | Db, challengeId: string, companyId: string, now: Date) {
  const [row] = await tx
    .select({ c: challenges, suspendedAt: companies.suspendedAt })
    .from(challenges)
    .innerJoin(companies, eq(companies.id, challenges.companyId))
    .where(eq(challenges.id, challengeId));
  const c = row?.c;
  // A suspended company's challenge is out of sight (lib/challenges/access.ts): « introuvable », as a draft.
  if (!c || c.status !== "published" || row.suspendedAt) throw new NotFoundError("Défi introuvable ou fermé aux candidatures.");
  if (c.companyId === companyId) throw new ConflictError("Votre entreprise porte ce défi : elle ne peut pas y candidater.");
  if (c.deadline <= now) throw new ConflictError("La date limite des candidatures est passée.");
  const standing = await companyStanding(tx, companyId);
  if (!standing.verified || standing.suspended) throw new ForbiddenError("Votre entreprise doit être vérifiée par la CCI pour candidater.");
  return c;
}

export async function hasAcceptedNda(db: Db | Tx, challengeId: string, companyId: string): Promise<boolean> {
  const [row] = await db
    .select({ at: challengeNdaAcceptances.acceptedAt })
    .from(challengeNdaAcceptances)
    .where(and(eq(challengeNdaAcceptances.challengeId, challengeId), eq(challengeNdaAcceptances.companyId, companyId)));
  return Boolean(row);
}

/** The company accepts the challenge's NDA (once; accepting again changes nothing). */
export async function acceptNda(db: Db, actor: Actor | null, challengeId: string, companyId: string, now = new Date()) {
  const applicant = authorized(actor, "challenge:apply", { companyId });
  return db.transaction(async (tx) => {
    const c = await openForCompany(tx, challengeId, companyId, now);
    if (!c.confidential) throw new ConflictError("Ce défi n'est pas confidentiel : aucun accord à accepter.");
    const inserted = await tx
      .insert(challengeNdaAcceptances)
      .values({ challengeId, companyId, userId: applicant.userId, acceptedAt: now })
      .onConflictDoNothing()
      .returning();
    if (inserted.length) {
      await recordAudit(tx, {
        actorUserId: applicant.userId,
        action: "challenge.accept_nda",
        objectType: "challenge",
        objectId: challengeId,
        companyId,
        after: { companyId },
      });
    }
  });
}

export async function applyToChallenge(
  db: Db,
  actor: Actor | null,
  challengeId: string,
  companyId: string,
  input: ApplicationInput,
  deck: CheckedUpload | null,
  now = new Date(),
) {
  const applicant = authorized(actor, "challenge:apply", { companyId });
  if (deck && deck.mimeType !== "application/pdf") throw new ValidationError({ deck: "Le dossier de présentation doit être un PDF." });
  return db.transaction(async (tx) => {
    const c = await openForCompany(tx, challengeId, companyId, now);
    if (c.confidential && !(await hasAcceptedNda(tx, challengeId, companyId))) {
      throw new ConflictError("Acceptez d'abord l'accord de confidentialité du défi.");
    }
    const [row] = await tx
      .insert(challengeApplications)
      .values({
        challengeId,
        companyId,
        createdBy: applicant.userId,
        solution: input.solution,
        trl: input.trl,
        team: input.team,
        references: input.references ?? "",
        videoUrl: input.videoUrl ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError("Votre entreprise a déjà candidaté à ce défi.");
    if (deck) await storeFile(tx, { companyId, objectType: "challenge_application", objectId: row.id, uploadedBy: applicant.userId }, deck);
    await recordAudit(tx, {
      actorUserId: applicant.userId,
      action: "challenge.apply",
      objectType: "challenge_application",
      objectId: row.id,
      companyId,
      after: { challengeId, trl: row.trl },
    });
    const [who] = await tx.select({ name: companies.tradeName, legal: companies.legalName }).from(companies).where(eq(companies.id, companyId));
    await emailCompany(
      tx,
      c.companyId,
      c.createdBy,
      "challenge.application_received",
      CHALLENGE_EMAILS.applicationReceived(c.title, who?.name ?? who?.legal ?? "Une entreprise", c.id),
    );
    return row;
  });
}

/** An application with its challenge, locked, after checking the actor is the challenge's poster. */
async function posterApplication(tx: Tx, actor: Actor | null, applicationId: string) {
  const [app] = await tx.select().from(challengeApplications).where(eq(challengeApplications.id, applicationId)).for("update");
  if (!app) throw new NotFoundError("Candidature introuvable.");
  const challenge = await lockChallenge(tx, app.challengeId);
  // Not the poster: the application does not exist for you (an applicant cannot probe another's).
  if (!actor || !actor.memberships.some((m) => m.companyId === challenge.companyId)) throw new NotFoundError("Candidature introuvable.");
  const poster = authorized(actor, "challenge:post", { companyId: challenge.companyId });
  return { app, challenge, poster };
}

export async function decideApplication(db: Db, actor: Actor | null, applicationId: string, decision: ApplicationDecision, now = new Date()) {
  return db.transaction(async (tx) => {
    const { app, challenge, poster } = await posterApplication(tx, actor, applicationId);
    if (!["published", "closed"].includes(challenge.status)) throw new ConflictError("Ce défi n'accepte plus de décision sur les candidatures.");
    const status = applyApplicationDecision(app.status, decision);
    const [after] = await tx.update(challengeApplications).set({ status, decidedAt: now }).where(eq(challengeApplications.id, applicationId)).returning();
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: `challenge_application.${decision}`,
      objectType: "challenge_application",
      objectId: applicationId,
      companyId: challenge.companyId,
      before: { status: app.status },
      after: { status },
    });
    await emailCompany(
      tx,
      app.companyId,
      app.createdBy,
      `challenge.application_${status}`,
      CHALLENGE_EMAILS.applicationDecided(challenge.title, status as "shortlisted" | "selected" | "declined", challenge.id),
    );
    return after;
  });
}

/**
 * One pitch slot per shortlisted applicant: a time the poster offers, free or within a session of a published
 * business-meetings event (`sessionId`, ./pitch.ts checks it). A new slot replaces the previous one.
 */
export async function setPitchSlot(db: Db, actor: Actor | null, applicationId: string, at: Date, sessionId: string | null = null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { app, challenge, poster } = await posterApplication(tx, actor, applicationId);
    if (app.status !== "shortlisted") throw new ConflictError("Proposez un créneau de pitch à une candidature présélectionnée.");
    const place = sessionId ? await checkPitchSession(tx, sessionId, at, now) : null;
    const [after] = await tx
      .update(challengeApplications)
      .set({ pitchAt: at, pitchSessionId: sessionId })
      .where(eq(challengeApplications.id, applicationId))
      .returning();
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: "challenge_application.pitch",
      objectType: "challenge_application",
      objectId: applicationId,
      companyId: challenge.companyId,
      before: { pitchAt: app.pitchAt, pitchSessionId: app.pitchSessionId },
      after: { pitchAt: at, pitchSessionId: sessionId },
    });
    await emailCompany(tx, app.companyId, app.createdBy, "challenge.pitch", CHALLENGE_EMAILS.pitch(challenge.title, formatDateTime(at), challenge.id, place));
    return after;
  });
}

export async function askQuestion(db: Db, actor: Actor | null, applicationId: string, question: string) {
  return db.transaction(async (tx) => {
    const { app, challenge, poster } = await posterApplication(tx, actor, applicationId);
    if (app.status === "withdrawn" || app.status === "declined") throw new ConflictError("Cette candidature est close : plus de questions.");
    const [row] = await tx.insert(challengeQuestions).values({ applicationId, askedBy: poster.userId, question }).returning();
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: "challenge_application.ask",
      objectType: "challenge_application",
      objectId: applicationId,
      companyId: challenge.companyId,
      after: { questionId: row.id },
    });
    await emailCompany(tx, app.companyId, app.createdBy, "challenge.question", CHALLENGE_EMAILS.question(challenge.title, challenge.id));
    return row;
  });
}

/** The applicant answers a question on its own application. */
export async function answerQuestion(db: Db, actor: Actor | null, questionId: string, answer: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [q] = await tx
      .select({ q: challengeQuestions, app: challengeApplications })
      .from(challengeQuestions)
      .innerJoin(challengeApplications, eq(challengeApplications.id, challengeQuestions.applicationId))
      .where(eq(challengeQuestions.id, questionId))
      .for("update", { of: challengeQuestions });
    if (!q || !actor?.memberships.some((m) => m.companyId === q.app.companyId)) throw new NotFoundError("Question introuvable.");
    const applicant = authorized(actor, "challenge:apply", { companyId: q.app.companyId });
    if (q.q.answeredAt) throw new ConflictError("Cette question a déjà une réponse.");
    const [after] = await tx
      .update(challengeQuestions)
      .set({ answer, answeredBy: applicant.userId, answeredAt: now })
      .where(eq(challengeQuestions.id, questionId))
      .returning();
    await recordAudit(tx, {
      actorUserId: applicant.userId,
      action: "challenge_application.answer",
      objectType: "challenge_application",
      objectId: q.app.id,
      companyId: q.app.companyId,
      after: { questionId },
    });
    return after;
  });
}

/**
 * What the selection led to. With a selected application the challenge is awarded (closed first when still
 * open, as the needs' machine wants); « none » declares it without a winner. A PoC can later become a contract.
 */
export async function recordOutcome(db: Db, actor: Actor | null, challengeId: string, input: OutcomeInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const before = await lockChallenge(tx, challengeId);
    const poster = authorized(actor, "challenge:post", { companyId: before.companyId });
    const [selected] = await tx
      .select({ id: challengeApplications.id })
      .from(challengeApplications)
      .where(and(eq(challengeApplications.challengeId, challengeId), eq(challengeApplications.status, "selected")))
      .limit(1);
    let status = before.status;
    const change: Record<string, unknown> = {};
    if (status === "published") {
      Object.assign(change, applyChallengeEvent(status, "close", "company", now));
      status = "closed";
    }
    if (input.outcome === "none") {
      if (selected) throw new ConflictError("Une candidature est retenue : enregistrez la preuve de concept ou le contrat signé.");
      Object.assign(change, applyChallengeEvent(status, "declare_unsuccessful", "company", now));
    } else {
      if (!selected) throw new ConflictError("Retenez d'abord une candidature présélectionnée.");
      // First record (closed → awarded); a PoC followed by a contract is recorded again on the awarded challenge.
      if (status !== "awarded") Object.assign(change, applyChallengeEvent(status, "award", "company", now));
    }
    const [after] = await tx
      .update(challenges)
      .set({
        ...change,
        outcome: input.outcome,
        outcomeNote: input.outcomeNote ?? before.outcomeNote,
        pocAmountEur: input.pocAmountEur ?? before.pocAmountEur,
        contractAmountEur: input.contractAmountEur ?? before.contractAmountEur,
      })
      .where(eq(challenges.id, challengeId))
      .returning();
    await queueChallengeIndexing(tx, after); // a closed challenge leaves the search
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: "challenge.outcome",
      objectType: "challenge",
      objectId: challengeId,
      companyId: before.companyId,
      before: { status: before.status, outcome: before.outcome },
      after: { status: after.status, outcome: after.outcome, pocAmountEur: after.pocAmountEur, contractAmountEur: after.contractAmountEur },
    });
    return after;
  });
}
