/**
 * Buyer-side operations on needs. Each one authorizes from the need's company, checks the state machine,
 * and writes the change with its audit row in one transaction.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { files, needActivities, needAreas, needs } from "@/db/schema";
import type { NeedRow } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import type { CheckedUpload } from "../files/check-upload";
import { storeFile } from "../files/store-file";
import { isMemberOf, referenceErrors } from "../references/check";
import { endOfDayParis, parisDay } from "../dates";
import type { NeedInput } from "./need-schema";
import { queueIndexing } from "@/search/indexer";
import { lockNeed } from "./lock";
import { applyNeedEvent, isEditable, type NeedStatus } from "./state-machine";

import { MAX_NEED_ATTACHMENTS } from "@/lib/files/limits";

export { MAX_NEED_ATTACHMENTS };

/** Reference checks that need the database: NAF codes, commune, perimeter areas, contact person. */
async function checkReferences(tx: Db | Tx, companyId: string, input: NeedInput) {
  const errors = await referenceErrors(
    tx,
    { nafCodes: input.nafCodes, communeCode: input.communeCode, areas: input.perimeterAreas },
    { naf: "nafCodes", commune: "communeCode", areas: "perimeterAreas" },
  );
  if (!(await isMemberOf(tx, input.contactUserId, companyId))) errors.contactUserId = "La personne à contacter doit faire partie de votre entreprise.";
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

function columnsOf(input: NeedInput) {
  return {
    title: input.title,
    description: input.description,
    kind: input.kind,
    communeCode: input.communeCode,
    perimeterKind: input.perimeterKind,
    perimeterRadiusKm: input.perimeterKind === "radius" ? (input.perimeterRadiusKm ?? null) : null,
    budgetMinEur: input.budgetMinEur ?? null,
    budgetMaxEur: input.budgetMaxEur ?? null,
    quantities: input.quantities ?? null,
    responseDeadline: input.responseDeadlineAt,
    expectedStartDate: input.expectedStartDate ?? null,
    csrCriteria: input.csrCriteria,
    csrNotes: input.csrNotes ?? null,
    visibility: input.visibility,
    contactUserId: input.contactUserId,
  };
}

async function writeChildren(tx: Tx, needId: string, input: NeedInput) {
  await tx.delete(needActivities).where(eq(needActivities.needId, needId));
  await tx.delete(needAreas).where(eq(needAreas.needId, needId));
  await tx.insert(needActivities).values(input.nafCodes.map((nafCode) => ({ needId, nafCode })));
  if (input.perimeterKind === "areas" && input.perimeterAreas.length) {
    await tx.insert(needAreas).values(input.perimeterAreas.map((a) => ({ needId, kind: a.kind, code: a.code })));
  }
}

const snapshot = (n: NeedRow) => ({
  status: n.status,
  title: n.title,
  kind: n.kind,
  communeCode: n.communeCode,
  responseDeadline: n.responseDeadline,
  budgetMinEur: n.budgetMinEur,
  budgetMaxEur: n.budgetMaxEur,
  visibility: n.visibility,
});

export async function createNeed(
  db: Db,
  actor: Actor | null,
  companyId: string,
  input: NeedInput,
  uploads: CheckedUpload[] = [],
  opts: { importBatchId?: string; tx?: Tx; /** the caller already checked them in bulk (purchase-plan import) */ referencesChecked?: boolean } = {},
) {
  authorize(actor, "need:create", { companyId });
  if (uploads.length > MAX_NEED_ATTACHMENTS) throw new ValidationError({ attachments: `${MAX_NEED_ATTACHMENTS} pièces jointes au plus.` });
  const run = async (tx: Tx) => {
    if (!opts.referencesChecked) await checkReferences(tx, companyId, input);
    const [need] = await tx
      .insert(needs)
      .values({ ...columnsOf(input), companyId, createdBy: actor.userId, importBatchId: opts.importBatchId })
      .returning();
    await writeChildren(tx, need.id, input);
    for (const upload of uploads) await storeFile(tx, { companyId, objectType: "need", objectId: need.id, uploadedBy: actor.userId }, upload);
    await recordAudit(tx, { actorUserId: actor.userId, action: "need.create", objectType: "need", objectId: need.id, companyId, after: snapshot(need) });
    return need;
  };
  return opts.tx ? run(opts.tx) : db.transaction(run);
}

export async function updateNeed(db: Db, actor: Actor | null, needId: string, input: NeedInput, uploads: CheckedUpload[] = [], removeFileIds: string[] = []) {
  return db.transaction(async (tx) => {
    const before = await lockNeed(tx, needId);
    authorize(actor, "need:edit", { companyId: before.companyId });
    if (!isEditable(before.status)) throw new ConflictError("Ce besoin n'est plus modifiable : il a été soumis à la CCI ou publié.");
    await checkReferences(tx, before.companyId, input);
    if (removeFileIds.length) {
      await tx.delete(files).where(and(eq(files.objectType, "need"), eq(files.objectId, needId), inArray(files.id, removeFileIds)));
    }
    const kept = await tx
      .select({ id: files.id })
      .from(files)
      .where(and(eq(files.objectType, "need"), eq(files.objectId, needId)));
    if (kept.length + uploads.length > MAX_NEED_ATTACHMENTS) {
      throw new ValidationError({ attachments: `${MAX_NEED_ATTACHMENTS} pièces jointes au plus (${kept.length} déjà jointes).` });
    }
    const [after] = await tx.update(needs).set(columnsOf(input)).where(eq(needs.id, needId)).returning();
    await writeChildren(tx, needId, input);
    for (const upload of uploads) await storeFile(tx, { companyId: before.companyId, objectType: "need", objectId: needId, uploadedBy: actor.userId }, upload);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.update",
      objectType: "need",
      objectId: needId,
      companyId: before.companyId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

/** Sends a draft (or a need sent back for changes) to CCI moderation. */
export async function submitNeed(db: Db, actor: Actor | null, needId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const before = await lockNeed(tx, needId);
    authorize(actor, "need:submit", { companyId: before.companyId });
    if (before.responseDeadline <= now) {
      throw new ValidationError({ responseDeadline: "La date limite de réponse est passée : modifiez-la avant de soumettre." });
    }
    const change = applyNeedEvent(before.status, "submit", "company", now);
    const [after] = await tx.update(needs).set(change).where(eq(needs.id, needId)).returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.submit",
      objectType: "need",
      objectId: needId,
      companyId: before.companyId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

/** Only a need that was never published can be deleted (drafts, needs sent back for changes). */
export async function deleteNeed(db: Db, actor: Actor | null, needId: string) {
  return db.transaction(async (tx) => {
    const before = await lockNeed(tx, needId);
    authorize(actor, "need:delete", { companyId: before.companyId });
    if (!isEditable(before.status)) throw new ConflictError("Seul un brouillon peut être supprimé. Un besoin publié peut être annulé.");
    await tx.delete(files).where(and(eq(files.objectType, "need"), eq(files.objectId, needId)));
    await tx.delete(needs).where(eq(needs.id, needId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.delete",
      objectType: "need",
      objectId: needId,
      companyId: before.companyId,
      before: snapshot(before),
    });
  });
}

/** A new draft copied from a need (any state); a past deadline moves to two weeks from now. */
export async function duplicateNeed(db: Db, actor: Actor | null, needId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(needs).where(eq(needs.id, needId));
    if (!source) throw new NotFoundError("Besoin introuvable.");
    authorize(actor, "need:create", { companyId: source.companyId });
    const deadline = source.responseDeadline > now ? source.responseDeadline : endOfDayParis(parisDay(new Date(now.getTime() + 14 * 86_400_000)));
    const {
      companyId,
      contactUserId,
      description,
      kind,
      communeCode,
      perimeterKind,
      perimeterRadiusKm,
      budgetMinEur,
      budgetMaxEur,
      quantities,
      expectedStartDate,
      csrCriteria,
      csrNotes,
      visibility,
    } = source;
    const [copy] = await tx
      .insert(needs)
      .values({
        companyId,
        contactUserId,
        description,
        kind,
        communeCode,
        perimeterKind,
        perimeterRadiusKm,
        budgetMinEur,
        budgetMaxEur,
        quantities,
        expectedStartDate,
        csrCriteria,
        csrNotes,
        visibility,
        title: `${source.title} (copie)`.slice(0, 150),
        responseDeadline: deadline,
        status: "draft",
        createdBy: actor.userId,
        duplicatedFromId: source.id,
      })
      .returning();
    const acts = await tx.select().from(needActivities).where(eq(needActivities.needId, needId));
    const areas = await tx.select().from(needAreas).where(eq(needAreas.needId, needId));
    if (acts.length) await tx.insert(needActivities).values(acts.map((a) => ({ ...a, needId: copy.id })));
    if (areas.length) await tx.insert(needAreas).values(areas.map((a) => ({ ...a, needId: copy.id })));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.duplicate",
      objectType: "need",
      objectId: copy.id,
      companyId: source.companyId,
      after: { duplicatedFrom: source.id },
    });
    return copy;
  });
}

/** The buyer cancels a published or closed need, with a reason suppliers will see. */
export async function cancelNeed(db: Db, actor: Actor | null, needId: string, reason: string, now = new Date()) {
  if (reason.trim().length < 5) throw new ValidationError({ reason: "Indiquez la raison de l'annulation (5 caractères au moins)." });
  return db.transaction(async (tx) => {
    const before = await lockNeed(tx, needId);
    authorize(actor, "need:cancel", { companyId: before.companyId });
    const change = applyNeedEvent(before.status, "cancel", "company", now);
    const [after] = await tx
      .update(needs)
      .set({ ...change, outcomeNote: reason.trim() })
      .where(eq(needs.id, needId))
      .returning();
    await queueIndexing(tx, "needs", [needId]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.cancel",
      objectType: "need",
      objectId: needId,
      companyId: before.companyId,
      before: { status: before.status },
      after: { status: after.status, reason: reason.trim() },
    });
    return after;
  });
}

export type { NeedStatus };
