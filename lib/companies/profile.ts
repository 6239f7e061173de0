/**
 * The company admin edits the company's profile ("fiche"): the scalar fields, the secondary activities,
 * the service area, the client references and the logo change together in one transaction, audited.
 */
import { queueIndexing } from "@/search/indexer";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { companies, companyActivities, companyReferences, companyServiceAreas, files } from "@/db/schema";
import type { CompanyRow } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { NotFoundError, ValidationError } from "../errors";
import type { CheckedUpload } from "../files/check-upload";
import { storeFile } from "../files/store-file";
import { referenceErrors } from "../references/check";
import { getStorage } from "../storage/disk-storage";
import type { ProfileInput } from "./profile-schema";

const AUDITED = [
  "description",
  "website",
  "contactName",
  "contactEmail",
  "contactPhone",
  "headcountBand",
  "certifications",
  "serviceAreaKind",
  "serviceRadiusKm",
  "logoFileId",
] as const satisfies readonly (keyof CompanyRow)[];

/** Before/after of the fields that changed (JSON equality, so arrays compare by content). */
function changes<T extends Record<string, unknown>>(before: T, after: T, keys: readonly (keyof T)[]) {
  const changed = keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  return {
    before: Object.fromEntries(changed.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(changed.map((k) => [k, after[k] ?? null])),
  };
}

const areaKey = (a: { kind: string; code: string }) => `${a.kind}:${a.code}`;
const referenceKey = (r: { clientName: string; year: number }) => `${r.clientName} (${r.year})`;

export async function updateCompanyProfile(db: Db, actor: Actor | null, companyId: string, input: ProfileInput, logo?: CheckedUpload | null) {
  authorize(actor, "company:edit-profile", { companyId });
  const orphanKeys: string[] = [];
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(companies).where(eq(companies.id, companyId)).for("update");
    if (!before) throw new NotFoundError("Entreprise introuvable.");
    // The main activity comes from SIRENE: listing it again as secondary adds nothing.
    const secondary = input.secondaryNafCodes.filter((c) => c !== before.nafCode);
    const areas = input.serviceAreaKind === "areas" ? input.serviceAreaAreas : [];
    const errors = await referenceErrors(tx, { nafCodes: secondary, areas }, { naf: "secondaryNafCodes", commune: "communeCode", areas: "serviceAreaAreas" });
    if (Object.keys(errors).length) throw new ValidationError(errors);

    let logoFileId = before.logoFileId;
    if ((logo || input.removeLogo) && before.logoFileId) {
      const removed = await tx
        .delete(files)
        .where(and(eq(files.id, before.logoFileId), eq(files.companyId, companyId), eq(files.objectType, "company_logo")))
        .returning({ storageKey: files.storageKey });
      orphanKeys.push(...removed.map((r) => r.storageKey));
      logoFileId = null;
    }
    if (logo) {
      const stored = await storeFile(tx, { companyId, objectType: "company_logo", objectId: null, uploadedBy: actor.userId }, logo);
      logoFileId = stored.id;
    }

    const [after] = await tx
      .update(companies)
      .set({
        description: input.description ?? null,
        website: input.website ?? null,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        headcountBand: input.headcountBand,
        certifications: input.certifications,
        serviceAreaKind: input.serviceAreaKind,
        serviceRadiusKm: input.serviceAreaKind === "radius" ? (input.serviceAreaRadiusKm ?? null) : null,
        logoFileId,
      })
      .where(eq(companies.id, companyId))
      .returning();

    // One transaction, one connection: read one after another.
    const oldActivities = await tx.select({ code: companyActivities.nafCode }).from(companyActivities).where(eq(companyActivities.companyId, companyId));
    const oldAreas = await tx.select().from(companyServiceAreas).where(eq(companyServiceAreas.companyId, companyId));
    const oldReferences = await tx
      .select({ clientName: companyReferences.clientName, year: companyReferences.year })
      .from(companyReferences)
      .where(eq(companyReferences.companyId, companyId));
    await tx.delete(companyActivities).where(eq(companyActivities.companyId, companyId));
    await tx.delete(companyServiceAreas).where(eq(companyServiceAreas.companyId, companyId));
    await tx.delete(companyReferences).where(eq(companyReferences.companyId, companyId));
    if (secondary.length) await tx.insert(companyActivities).values(secondary.map((nafCode) => ({ companyId, nafCode })));
    if (areas.length) await tx.insert(companyServiceAreas).values(areas.map((a) => ({ companyId, kind: a.kind, code: a.code })));
    if (input.references.length) {
      // Spaced by a millisecond so the page lists them in the order the company gave.
      const base = Date.now();
      await tx.insert(companyReferences).values(input.references.map((r, i) => ({ companyId, ...r, createdAt: new Date(base + i) })));
    }

    const diff = changes(before, after, AUDITED);
    const lists = changes(
      { secondaryNafCodes: oldActivities.map((a) => a.code).sort(), serviceAreas: oldAreas.map(areaKey).sort(), references: oldReferences.map(referenceKey) },
      { secondaryNafCodes: [...secondary].sort(), serviceAreas: areas.map(areaKey).sort(), references: input.references.map(referenceKey) },
      ["secondaryNafCodes", "serviceAreas", "references"],
    );
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "company.update_profile",
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { ...diff.before, ...lists.before },
      after: { ...diff.after, ...lists.after },
    });
    await queueIndexing(tx, "companies", [companyId]);
    return after;
  });
  // After the commit: the replaced logo's bytes are no longer referenced (best effort; an orphan is harmless).
  await Promise.all(
    orphanKeys.map((key) =>
      getStorage()
        .delete(key)
        .catch(() => undefined),
    ),
  );
  return result;
}
