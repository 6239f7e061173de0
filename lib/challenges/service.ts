/**
 * The poster's side of a challenge: create, edit (draft or sent back), submit to the CCI, cancel; and the
 * CCI's moderation decision, on the same state machine as needs. Each change commits with its audit row and
 * its e-mails (outbox) in one transaction.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { challenges, files, type ChallengeRow } from "@/db/schema";
import { can, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import type { CheckedUpload } from "../files/check-upload";
import { MAX_NEED_ATTACHMENTS } from "../files/limits";
import { storeFile } from "../files/store-file";
import { enqueueJob } from "../outbox/enqueue";
import { queueIndexing } from "@/search/indexer";
import { authorized } from "./access";
import { CHALLENGE_EMAILS, emailCompany } from "./emails";
import type { ChallengeInput } from "./schemas";
import { applyChallengeEvent, isChallengeEditable } from "./state-machine";

/** Attachments on one challenge: the needs' limit. */
export const MAX_CHALLENGE_ATTACHMENTS = MAX_NEED_ATTACHMENTS;

export async function lockChallenge(tx: Tx, id: string): Promise<ChallengeRow> {
  const [row] = await tx.select().from(challenges).where(eq(challenges.id, id)).for("update");
  if (!row) throw new NotFoundError("Défi introuvable.");
  return row;
}

/**
 * After a change of status, in its transaction: search rebuilds the challenge's document (indexed while
 * published, removed otherwise), and a published one is rebuilt again at its deadline, when it leaves.
 */
export async function queueChallengeIndexing(tx: Tx, c: Pick<ChallengeRow, "id" | "status" | "deadline">) {
  await queueIndexing(tx, "challenges", [c.id]);
  if (c.status === "published") await queueIndexing(tx, "challenges", [c.id], { at: c.deadline });
}

const columnsOf = (input: ChallengeInput) => ({
  title: input.title,
  summary: input.summary,
  problem: input.problem,
  context: input.context,
  expectedSolution: input.expectedSolution,
  maturity: input.maturity,
  reward: input.reward,
  budgetBand: input.budgetBand,
  deadline: input.deadlineAt,
  confidential: input.confidential,
  ndaText: input.ndaText,
  openToYoung: input.openToYoung,
});

const snapshot = (c: ChallengeRow) => ({
  status: c.status,
  title: c.title,
  maturity: c.maturity,
  reward: c.reward,
  budgetBand: c.budgetBand,
  deadline: c.deadline,
  confidential: c.confidential,
});

async function attach(tx: Tx, challengeId: string, companyId: string, userId: string, uploads: CheckedUpload[]) {
  const kept = await tx
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.objectType, "challenge"), eq(files.objectId, challengeId)));
  if (kept.length + uploads.length > MAX_CHALLENGE_ATTACHMENTS) {
    throw new ValidationError({ attachments: `${MAX_CHALLENGE_ATTACHMENTS} pièces jointes au plus (${kept.length} déjà jointes).` });
  }
  for (const upload of uploads) await storeFile(tx, { companyId, objectType: "challenge", objectId: challengeId, uploadedBy: userId }, upload);
}

export async function createChallenge(db: Db, actor: Actor | null, companyId: string, input: ChallengeInput, uploads: CheckedUpload[] = []) {
  const poster = authorized(actor, "challenge:post", { companyId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(challenges)
      .values({ ...columnsOf(input), companyId, createdBy: poster.userId })
      .returning();
    await attach(tx, row.id, companyId, poster.userId, uploads);
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: "challenge.create",
      objectType: "challenge",
      objectId: row.id,
      companyId,
      after: snapshot(row),
    });
    return row;
  });
}

/**
 * The poster's company edits its challenge while it is a draft or sent back by the CCI (« modifications
 * demandées »), then submits it again. Anyone else finds no such challenge: a draft's existence does not leak,
 * and staff moderate, they do not rewrite.
 */
export async function updateChallenge(
  db: Db,
  actor: Actor | null,
  id: string,
  input: ChallengeInput,
  uploads: CheckedUpload[] = [],
  removeFileIds: string[] = [],
) {
  if (!actor) throw new UnauthenticatedError();
  return db.transaction(async (tx) => {
    const before = await lockChallenge(tx, id);
    if (!can(actor, "challenge:post", { companyId: before.companyId })) throw new NotFoundError("Défi introuvable.");
    const poster = authorized(actor, "challenge:post", { companyId: before.companyId });
    if (!isChallengeEditable(before.status)) throw new ConflictError("Ce défi n'est plus modifiable : il a été soumis à la CCI ou publié.");
    if (removeFileIds.length) await tx.delete(files).where(and(eq(files.objectType, "challenge"), eq(files.objectId, id), inArray(files.id, removeFileIds)));
    await attach(tx, id, before.companyId, poster.userId, uploads);
    const [after] = await tx.update(challenges).set(columnsOf(input)).where(eq(challenges.id, id)).returning();
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: "challenge.update",
      objectType: "challenge",
      objectId: id,
      companyId: before.companyId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

export async function submitChallenge(db: Db, actor: Actor | null, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const before = await lockChallenge(tx, id);
    const poster = authorized(actor, "challenge:post", { companyId: before.companyId });
    if (before.deadline <= now) throw new ValidationError({ deadline: "La date limite est passée : modifiez-la avant de soumettre." });
    const [after] = await tx
      .update(challenges)
      .set(applyChallengeEvent(before.status, "submit", "company", now))
      .where(eq(challenges.id, id))
      .returning();
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: "challenge.submit",
      objectType: "challenge",
      objectId: id,
      companyId: before.companyId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

export async function cancelChallenge(db: Db, actor: Actor | null, id: string, reason: string, now = new Date()) {
  if (reason.trim().length < 5) throw new ValidationError({ reason: "Indiquez la raison de l'annulation (5 caractères au moins)." });
  return db.transaction(async (tx) => {
    const before = await lockChallenge(tx, id);
    const poster = authorized(actor, "challenge:post", { companyId: before.companyId });
    const [after] = await tx
      .update(challenges)
      .set({ ...applyChallengeEvent(before.status, "cancel", "company", now), outcomeNote: reason.trim() })
      .where(eq(challenges.id, id))
      .returning();
    await queueChallengeIndexing(tx, after);
    await recordAudit(tx, {
      actorUserId: poster.userId,
      action: "challenge.cancel",
      objectType: "challenge",
      objectId: id,
      companyId: before.companyId,
      before: { status: before.status },
      after: { status: after.status, reason: reason.trim() },
    });
    return after;
  });
}

export type ModerationDecision = "approve" | "request_changes" | "reject";

/** The CCI's decision on a submitted challenge; the poster is told by e-mail, with the reason. */
export async function decideChallenge(db: Db, actor: Actor | null, id: string, decision: ModerationDecision, reason: string | null, now = new Date()) {
  const staff = authorized(actor, "moderation:decide");
  const note = reason?.trim() || null;
  if (decision !== "approve" && (!note || note.length < 10)) {
    throw new ValidationError({ reason: "Expliquez votre décision au porteur du défi (10 caractères au moins) : il verra ce message." });
  }
  return db.transaction(async (tx) => {
    const before = await lockChallenge(tx, id);
    if (decision === "approve" && before.deadline <= now) {
      throw new ValidationError({ reason: "La date limite est déjà passée : demandez une modification au porteur du défi." });
    }
    const change = applyChallengeEvent(before.status, decision, "staff", now);
    const [after] = await tx
      .update(challenges)
      .set({ ...change, moderationNote: decision === "approve" ? null : note })
      .where(eq(challenges.id, id))
      .returning();
    await queueChallengeIndexing(tx, after);
    // The companies it fits are told once it is public (./alerts.ts), whatever the retries.
    if (after.status === "published") await enqueueJob(tx, "alert_challenge_published", { challengeId: id }, { jobKey: `alert-challenge:${id}` });
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: `challenge.${decision}`,
      objectType: "challenge",
      objectId: id,
      companyId: before.companyId,
      before: { status: before.status, moderationNote: before.moderationNote },
      after: { status: after.status, moderationNote: after.moderationNote },
    });
    await emailCompany(
      tx,
      before.companyId,
      before.createdBy,
      `challenge.${decision}`,
      CHALLENGE_EMAILS.decided(before.title, decision, decision === "approve" ? null : note, id),
    );
    return after;
  });
}
