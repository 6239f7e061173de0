/**
 * Supplier-side operations on offers. Each one authorizes from the offer's company, checks the state
 * machine, and writes the change with its audit row in one transaction.
 */
import { queueIndexing } from "@/search/indexer";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { files, offerActivities, offerAreas, offers } from "@/db/schema";
import { offerPhotos } from "@/db/queries/offers";
import type { OfferRow } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import type { CheckedUpload } from "../files/check-upload";
import { storeFile } from "../files/store-file";
import { plural } from "../format";
import { referenceErrors } from "../references/check";
import { getStorage } from "../storage/disk-storage";
import { MAX_OFFER_PHOTOS, type OfferInput } from "./offer-schema";
import { applyOfferEvent, isDeletable, isEditable, OFFER_STATUS_LABELS } from "./state-machine";

async function lockOffer(tx: Tx, offerId: string) {
  const [offer] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
  if (!offer) throw new NotFoundError("Offre introuvable.");
  return offer;
}

async function checkReferences(tx: Tx, input: OfferInput) {
  const errors = await referenceErrors(
    tx,
    { nafCodes: input.nafCodes, areas: input.areaKind === "areas" ? input.areaAreas : [] },
    { naf: "nafCodes", commune: "areaKind", areas: "areaAreas" },
  );
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

function columnsOf(input: OfferInput) {
  return {
    title: input.title,
    description: input.description,
    priceIndication: input.priceIndication ?? null,
    areaKind: input.areaKind,
    areaRadiusKm: input.areaKind === "radius" ? (input.areaRadiusKm ?? null) : null,
  };
}

async function writeChildren(tx: Tx, offerId: string, input: OfferInput) {
  await tx.delete(offerActivities).where(eq(offerActivities.offerId, offerId));
  await tx.delete(offerAreas).where(eq(offerAreas.offerId, offerId));
  await tx.insert(offerActivities).values(input.nafCodes.map((nafCode) => ({ offerId, nafCode })));
  if (input.areaKind === "areas" && input.areaAreas.length) {
    await tx.insert(offerAreas).values(input.areaAreas.map((a) => ({ offerId, kind: a.kind, code: a.code })));
  }
}

const snapshot = (o: OfferRow) => ({
  status: o.status,
  title: o.title,
  priceIndication: o.priceIndication,
  areaKind: o.areaKind,
  areaRadiusKm: o.areaRadiusKm,
});

const tooManyPhotos = (already = 0) =>
  new ValidationError({ photos: `${MAX_OFFER_PHOTOS} photos au plus${already ? ` (${already} déjà ${plural(already, "jointe", "jointes")})` : ""}.` });

/** Deletes bytes no row points at any more, after the commit (best effort: an orphan is never served). */
async function dropBytes(keys: string[]) {
  await Promise.all(
    keys.map((key) =>
      getStorage()
        .delete(key)
        .catch(() => undefined),
    ),
  );
}

/** A new draft offer of the company, with up to four photos. */
export async function createOffer(db: Db, actor: Actor | null, companyId: string, input: OfferInput, photos: CheckedUpload[] = []) {
  authorize(actor, "offer:create", { companyId });
  if (photos.length > MAX_OFFER_PHOTOS) throw tooManyPhotos();
  return db.transaction(async (tx) => {
    await checkReferences(tx, input);
    const [offer] = await tx
      .insert(offers)
      .values({ ...columnsOf(input), companyId, createdBy: actor.userId })
      .returning();
    await writeChildren(tx, offer.id, input);
    for (const photo of photos) await storeFile(tx, { companyId, objectType: "offer", objectId: offer.id, uploadedBy: actor.userId }, photo);
    await recordAudit(tx, { actorUserId: actor.userId, action: "offer.create", objectType: "offer", objectId: offer.id, companyId, after: snapshot(offer) });
    return offer;
  });
}

/** Edits a draft or an offer sent back for changes; removes the photos named and adds the new ones. */
export async function updateOffer(
  db: Db,
  actor: Actor | null,
  offerId: string,
  input: OfferInput,
  photos: CheckedUpload[] = [],
  removePhotoIds: string[] = [],
) {
  const orphanKeys: string[] = [];
  const after = await db.transaction(async (tx) => {
    const before = await lockOffer(tx, offerId);
    authorize(actor, "offer:edit", { companyId: before.companyId });
    if (!isEditable(before.status)) {
      throw new ConflictError(`Cette offre n'est plus modifiable : elle est « ${OFFER_STATUS_LABELS[before.status]} ».`);
    }
    await checkReferences(tx, input);
    const removed = removePhotoIds.length
      ? await tx
          .delete(files)
          .where(and(offerPhotos(offerId), inArray(files.id, removePhotoIds)))
          .returning({ storageKey: files.storageKey })
      : [];
    orphanKeys.push(...removed.map((r) => r.storageKey));
    const kept = await tx.select({ id: files.id }).from(files).where(offerPhotos(offerId));
    if (kept.length + photos.length > MAX_OFFER_PHOTOS) throw tooManyPhotos(kept.length);
    const [updated] = await tx.update(offers).set(columnsOf(input)).where(eq(offers.id, offerId)).returning();
    await writeChildren(tx, offerId, input);
    for (const photo of photos) {
      await storeFile(tx, { companyId: before.companyId, objectType: "offer", objectId: offerId, uploadedBy: actor.userId }, photo);
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "offer.update",
      objectType: "offer",
      objectId: offerId,
      companyId: before.companyId,
      before: { ...snapshot(before), photos: kept.length + removed.length },
      after: { ...snapshot(updated), photos: kept.length + photos.length },
    });
    return updated;
  });
  await dropBytes(orphanKeys);
  return after;
}

/** A status change the company makes (submit to the CCI, archive), audited with before/after status. */
async function companyTransition(db: Db, actor: Actor | null, offerId: string, event: "submit" | "archive", now: Date) {
  return db.transaction(async (tx) => {
    const before = await lockOffer(tx, offerId);
    authorize(actor, event === "submit" ? "offer:submit" : "offer:edit", { companyId: before.companyId });
    const change = applyOfferEvent(before.status, event, "company", now);
    const [after] = await tx.update(offers).set(change).where(eq(offers.id, offerId)).returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `offer.${event}`,
      objectType: "offer",
      objectId: offerId,
      companyId: before.companyId,
      before: { status: before.status },
      after: { status: after.status },
    });
    if (event === "archive") await queueIndexing(tx, "companies", [before.companyId]);
    return after;
  });
}

/** Sends a draft (or an offer sent back for changes) to CCI moderation. */
export const submitOffer = (db: Db, actor: Actor | null, offerId: string, now = new Date()) => companyTransition(db, actor, offerId, "submit", now);

/** Takes a published offer off the company's public page. */
export const archiveOffer = (db: Db, actor: Actor | null, offerId: string, now = new Date()) => companyTransition(db, actor, offerId, "archive", now);

/** Deletes a draft with its photos; an offer the CCI has seen stays (archived or in its history). */
export async function deleteOffer(db: Db, actor: Actor | null, offerId: string) {
  const orphanKeys: string[] = [];
  await db.transaction(async (tx) => {
    const before = await lockOffer(tx, offerId);
    authorize(actor, "offer:edit", { companyId: before.companyId });
    if (!isDeletable(before.status)) throw new ConflictError("Seul un brouillon peut être supprimé. Une offre publiée peut être archivée.");
    const removed = await tx.delete(files).where(offerPhotos(offerId)).returning({ storageKey: files.storageKey });
    orphanKeys.push(...removed.map((r) => r.storageKey));
    await tx.delete(offers).where(eq(offers.id, offerId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "offer.delete",
      objectType: "offer",
      objectId: offerId,
      companyId: before.companyId,
      before: snapshot(before),
    });
  });
  await dropBytes(orphanKeys);
}
