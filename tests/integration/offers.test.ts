/** Offers and company profiles against a real PostgreSQL: lifecycle, moderation e-mails, authorization, transactions. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, like, sql } from "drizzle-orm";
import { auditLog, companies, companyActivities, companyReferences, companyServiceAreas, emails, files, memberships } from "@/db/schema";
import { loadCompanyProfile } from "@/db/queries/company-profile";
import { listCompanyOffers, listOffersAwaitingModeration, listPublishedOffersOfCompany, loadOffer } from "@/db/queries/offers";
import { updateCompanyProfile } from "@/lib/companies/profile";
import { canDownloadFile } from "@/lib/files/download-access";
import { offerViewer } from "@/lib/offers/access";
import { approveOffer, rejectOffer, requestOfferChanges } from "@/lib/offers/moderation";
import { archiveOffer, createOffer, deleteOffer, submitOffer, updateOffer } from "@/lib/offers/service";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { offerInput, pngUpload, profileInput } from "../factories/offers";
import { db, resetDatabase } from "./db";

let storageDir: string;
beforeAll(() => {
  storageDir = mkdtempSync(path.join(tmpdir(), "cc-offers-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

const count = async (table: "offers" | "offer_activities" | "offer_areas" | "files" | "emails") =>
  (await db().execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n;
const offerAudit = async (offerId: string) =>
  await db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, "offer"), eq(auditLog.objectId, offerId)))
    .orderBy(auditLog.id);

describe("offer lifecycle", () => {
  it("goes draft → submitted → changes requested → edited → resubmitted → published, with audit rows and e-mails", async () => {
    const supplier = await companyWithTeam(db());
    const staff = await staffActor(db());
    const offer = await createOffer(db(), supplier.member, supplier.companyId, offerInput(), [pngUpload()]);
    expect(offer.status).toBe("draft");
    expect(offer.createdBy).toBe(supplier.member.userId);

    await submitOffer(db(), supplier.member, offer.id);
    expect((await listOffersAwaitingModeration(db())).map((o) => [o.id, o.companyName])).toEqual([[offer.id, expect.stringContaining("Garnier")]]);
    await expect(updateOffer(db(), supplier.member, offer.id, offerInput())).rejects.toBeInstanceOf(ConflictError);

    await expect(requestOfferChanges(db(), staff, offer.id, "  Non.  ")).rejects.toMatchObject({
      fieldErrors: { reason: expect.stringMatching(/10 caractères/) },
    });
    const sentBack = await requestOfferChanges(db(), staff, offer.id, "Précisez les horaires d'intervention, merci.");
    expect(sentBack.status).toBe("changes_requested");
    expect(sentBack.moderationNote).toBe("Précisez les horaires d'intervention, merci.");
    expect(sentBack.changesRequestedAt).toBeInstanceOf(Date);
    const [changesMail] = await db().select().from(emails).where(eq(emails.template, "offer.changes_requested"));
    expect(changesMail.toUserId).toBe(supplier.member.userId);
    expect(changesMail.subject).toContain("Nettoyage de bureaux");
    expect(changesMail.textBody).toContain("Précisez les horaires d'intervention, merci.");
    expect(changesMail.textBody).toContain(`/offres/${offer.id}/modifier`);

    const [firstPhoto] = (await loadOffer(db(), offer.id))!.photos;
    await updateOffer(
      db(),
      supplier.member,
      offer.id,
      offerInput({ description: "Entretien de bureaux du lundi au vendredi, de 6 h à 9 h ou de 18 h à 21 h.", nafCodes: ["81.21Z", "81.22Z"] }),
      [pngUpload("vitrerie.png")],
      [firstPhoto.id],
    );
    const edited = await loadOffer(db(), offer.id);
    expect(edited!.photos.map((p) => p.filename)).toEqual(["vitrerie.png"]);
    expect(edited!.activities.map((a) => a.code)).toEqual(["81.21Z", "81.22Z"]);
    expect(edited!.offer.moderationNote).toBe("Précisez les horaires d'intervention, merci."); // kept for the next review

    await submitOffer(db(), supplier.member, offer.id);
    const published = await approveOffer(db(), staff, offer.id);
    expect(published.status).toBe("published");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.moderationNote).toBeNull();

    const shown = await listPublishedOffersOfCompany(db(), supplier.companyId);
    expect(shown.map((o) => o.id)).toEqual([offer.id]);
    expect(shown[0].photoIds).toHaveLength(1);
    expect(shown[0].activities.map((a) => a.code)).toEqual(["81.21Z", "81.22Z"]);
    expect(await listOffersAwaitingModeration(db())).toEqual([]);
    expect((await listCompanyOffers(db(), supplier.companyId)).counts).toEqual({ published: 1 });

    expect((await offerAudit(offer.id)).map((a) => a.action)).toEqual([
      "offer.create",
      "offer.submit",
      "offer.request_changes",
      "offer.update",
      "offer.submit",
      "offer.approve",
    ]);
    const approveRow = (await offerAudit(offer.id)).at(-1)!;
    expect(approveRow.before).toEqual({ status: "submitted", moderationNote: "Précisez les horaires d'intervention, merci." });
    expect(approveRow.after).toEqual({ status: "published", moderationNote: null });
    const mails = await db().select().from(emails).where(eq(emails.toUserId, supplier.member.userId)).orderBy(emails.createdAt);
    expect(mails.map((m) => m.template)).toEqual(["offer.changes_requested", "offer.published"]);

    await archiveOffer(db(), supplier.admin, offer.id);
    expect(await listPublishedOffersOfCompany(db(), supplier.companyId)).toEqual([]);
  });

  it("writes to the company's admins when the author has left, and records a rejection's reason", async () => {
    const supplier = await companyWithTeam(db());
    const staff = await staffActor(db());
    const offer = await createOffer(db(), supplier.member, supplier.companyId, offerInput());
    await submitOffer(db(), supplier.member, offer.id);
    await db().delete(memberships).where(eq(memberships.userId, supplier.member.userId));
    const rejected = await rejectOffer(db(), staff, offer.id, "Cette offre relève de la publicité, pas d'un service.");
    expect(rejected.status).toBe("rejected");
    expect(rejected.rejectedAt).toBeInstanceOf(Date);
    const mails = await db().select().from(emails);
    expect(mails.map((m) => [m.template, m.toUserId])).toEqual([["offer.rejected", supplier.admin.userId]]);
  });

  it("deletes drafts only, with their photos", async () => {
    const supplier = await companyWithTeam(db());
    const staff = await staffActor(db());
    const draft = await createOffer(db(), supplier.admin, supplier.companyId, offerInput(), [pngUpload()]);
    const other = await createOffer(db(), supplier.admin, supplier.companyId, offerInput());
    await submitOffer(db(), supplier.admin, other.id);
    await approveOffer(db(), staff, other.id);
    await expect(deleteOffer(db(), supplier.admin, other.id)).rejects.toBeInstanceOf(ConflictError);
    await deleteOffer(db(), supplier.member, draft.id);
    expect(await count("offers")).toBe(1);
    expect(await count("files")).toBe(0);
    expect((await offerAudit(draft.id)).map((a) => a.action)).toEqual(["offer.create", "offer.delete"]);
  });
});

describe("offer authorization", () => {
  it("keeps another company out of a draft: no edit, no submit, no delete, not visible", async () => {
    const supplier = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const offer = await createOffer(db(), supplier.member, supplier.companyId, offerInput(), [pngUpload()]);
    await expect(updateOffer(db(), other.admin, offer.id, offerInput({ title: "Offre détournée" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitOffer(db(), other.admin, offer.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteOffer(db(), other.member, offer.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOffer(db(), other.admin, supplier.companyId, offerInput())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOffer(db(), null, supplier.companyId, offerInput())).rejects.toBeInstanceOf(UnauthenticatedError);
    const loaded = (await loadOffer(db(), offer.id))!;
    const facts = { companyId: offer.companyId, status: loaded.offer.status, companyPublic: loaded.companyPublic };
    expect(offerViewer(other.admin, facts)).toBeNull();
    expect(offerViewer(null, facts)).toBeNull();
    expect(offerViewer(supplier.member, facts)).toBe("owner");
    const [photo] = await db().select().from(files).where(eq(files.objectId, offer.id));
    expect(await canDownloadFile(db(), other.admin, photo)).toBe(false);
    expect(await canDownloadFile(db(), null, photo)).toBe(false);
    expect(await canDownloadFile(db(), supplier.member, photo)).toBe(true);
    expect(await canDownloadFile(db(), await staffActor(db()), photo)).toBe(false); // a draft stays inside its company
    expect((await loadOffer(db(), offer.id))!.offer.title).toBe("Nettoyage de bureaux et de locaux professionnels");
  });

  it("shows a published offer and its photos to anyone, unless the company is suspended", async () => {
    const supplier = await companyWithTeam(db());
    const staff = await staffActor(db());
    const offer = await createOffer(db(), supplier.member, supplier.companyId, offerInput(), [pngUpload()]);
    await submitOffer(db(), supplier.member, offer.id);
    await approveOffer(db(), staff, offer.id);
    const [photo] = await db().select().from(files).where(eq(files.objectId, offer.id));
    expect(await canDownloadFile(db(), null, photo)).toBe(true);
    expect(offerViewer(null, { companyId: offer.companyId, status: "published", companyPublic: (await loadOffer(db(), offer.id))!.companyPublic })).toBe(
      "public",
    );
    await db().update(companies).set({ suspendedAt: new Date() }).where(eq(companies.id, supplier.companyId));
    expect(await canDownloadFile(db(), null, photo)).toBe(false);
    expect((await loadOffer(db(), offer.id))!.companyPublic).toBe(false);
  });

  it("lets only staff moderate", async () => {
    const supplier = await companyWithTeam(db());
    const offer = await createOffer(db(), supplier.admin, supplier.companyId, offerInput());
    await submitOffer(db(), supplier.admin, offer.id);
    await expect(approveOffer(db(), supplier.admin, offer.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rejectOffer(db(), supplier.member, offer.id, "Je refuse ma propre offre.")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requestOfferChanges(db(), null, offer.id, "Précisez vos tarifs.")).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await loadOffer(db(), offer.id))!.offer.status).toBe("submitted");
    expect(await count("emails")).toBe(0);
  });
});

describe("offer input checks", () => {
  it("refuses an unknown NAF code or area with the field's key, and writes nothing", async () => {
    const supplier = await companyWithTeam(db());
    await expect(createOffer(db(), supplier.admin, supplier.companyId, offerInput({ nafCodes: ["99.99Z"] }), [pngUpload()])).rejects.toMatchObject({
      fieldErrors: { nafCodes: expect.stringMatching(/Code NAF inconnu.*99\.99Z/) },
    });
    await expect(createOffer(db(), supplier.admin, supplier.companyId, offerInput({ areaKind: "areas", areaAreas: ["commune:99999"] }))).rejects.toMatchObject({
      fieldErrors: { areaAreas: expect.stringMatching(/Zone inconnue/) },
    });
    await expect(
      createOffer(
        db(),
        supplier.admin,
        supplier.companyId,
        offerInput(),
        [1, 2, 3, 4, 5].map((i) => pngUpload(`p${i}.png`)),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await count("offers")).toBe(0);
    expect(await count("offer_activities")).toBe(0);
    expect(await count("files")).toBe(0);
    expect(await db().select().from(auditLog).where(like(auditLog.action, "offer.%"))).toEqual([]);
  });

  it("counts the photos kept when adding new ones (four at most)", async () => {
    const supplier = await companyWithTeam(db());
    const offer = await createOffer(
      db(),
      supplier.admin,
      supplier.companyId,
      offerInput(),
      [1, 2, 3].map((i) => pngUpload(`p${i}.png`)),
    );
    await expect(updateOffer(db(), supplier.admin, offer.id, offerInput(), [pngUpload("p4.png"), pngUpload("p5.png")])).rejects.toMatchObject({
      fieldErrors: { photos: expect.stringMatching(/4 photos au plus \(3 déjà jointes\)/) },
    });
    expect(await count("files")).toBe(3);
  });
});

describe("company profile", () => {
  it("replaces activities, areas and references together, audited; a failure changes nothing", async () => {
    const supplier = await companyWithTeam(db());
    await updateCompanyProfile(db(), supplier.admin, supplier.companyId, profileInput(), pngUpload("logo.png"));
    let profile = (await loadCompanyProfile(db(), supplier.companyId))!;
    expect(profile.contactPhone).toBe("04 42 00 00 00");
    expect(profile.website).toBe("https://menuiserie-exemple.fr");
    expect(profile.certifications).toEqual(["Qualibat", "RGE"]);
    expect(profile.activities.map((a) => a.code)).toEqual(["16.23Z", "43.32B"]);
    expect(profile.areas.map((a) => `${a.kind}:${a.code}`).sort()).toEqual(["commune:13005", "epci:200054807"]);
    expect(profile.references.map((r) => [r.clientName, r.year])).toEqual([
      ["Ville d'Aubagne", 2024],
      ["Groupe Méridien Énergie", 2021],
    ]);
    const firstLogo = profile.logoFileId;
    expect(firstLogo).toBeTruthy();

    // A second save replaces the lists (nothing appended) and the logo.
    await updateCompanyProfile(
      db(),
      supplier.admin,
      supplier.companyId,
      profileInput({
        secondaryNafCodes: ["43.32A", "16.23Z"],
        serviceAreaKind: "radius",
        serviceAreaRadiusKm: "40",
        refClient: ["CHI des Calanques"],
        refYear: ["2025"],
        refDescription: [""],
      }),
      pngUpload("logo-2026.png"),
    );
    profile = (await loadCompanyProfile(db(), supplier.companyId))!;
    expect(profile.activities.map((a) => a.code)).toEqual(["16.23Z"]); // the main NAF code is not repeated
    expect(await db().select().from(companyServiceAreas).where(eq(companyServiceAreas.companyId, supplier.companyId))).toEqual([]);
    expect(profile.serviceRadiusKm).toBe(40);
    expect(profile.references.map((r) => r.clientName)).toEqual(["CHI des Calanques"]);
    expect(profile.logoFileId).not.toBe(firstLogo);
    expect((await db().select().from(files).where(eq(files.companyId, supplier.companyId))).map((f) => f.filename)).toEqual(["logo-2026.png"]);

    const audits = await db().select().from(auditLog).where(eq(auditLog.action, "company.update_profile")).orderBy(auditLog.id);
    expect(audits).toHaveLength(2);
    expect(audits[1].before).toMatchObject({ serviceAreaKind: "areas", serviceRadiusKm: null, secondaryNafCodes: ["16.23Z", "43.32B"] });
    expect(audits[1].after).toMatchObject({
      serviceAreaKind: "radius",
      serviceRadiusKm: 40,
      secondaryNafCodes: ["16.23Z"],
      references: ["CHI des Calanques (2025)"],
    });
    expect(audits[1].before).not.toHaveProperty("description"); // unchanged fields are left out

    // An unknown NAF code: a ValidationError on the field, and nothing changes (not even the logo).
    await expect(
      updateCompanyProfile(
        db(),
        supplier.admin,
        supplier.companyId,
        profileInput({ description: "Autre texte", secondaryNafCodes: ["99.99Z"] }),
        pngUpload("logo-3.png"),
      ),
    ).rejects.toMatchObject({ fieldErrors: { secondaryNafCodes: expect.stringMatching(/99\.99Z/) } });
    const after = (await loadCompanyProfile(db(), supplier.companyId))!;
    expect(after.description).toBe(profile.description);
    expect(after.logoFileId).toBe(profile.logoFileId);
    expect(await db().select().from(companyActivities).where(eq(companyActivities.companyId, supplier.companyId))).toHaveLength(1);
    expect(await db().select().from(companyReferences).where(eq(companyReferences.companyId, supplier.companyId))).toHaveLength(1);
    expect(await db().select().from(files).where(eq(files.companyId, supplier.companyId))).toHaveLength(1);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "company.update_profile"))).toHaveLength(2);
  });

  it("is edited by the company's admin only", async () => {
    const supplier = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const staff = await staffActor(db());
    for (const actor of [supplier.member, other.admin, staff]) {
      await expect(updateCompanyProfile(db(), actor, supplier.companyId, profileInput())).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateCompanyProfile(db(), null, supplier.companyId, profileInput())).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await loadCompanyProfile(db(), supplier.companyId))!.description).toBeNull();
  });

  it("serves the logo publicly only while the company is publicly visible", async () => {
    const supplier = await companyWithTeam(db(), { verified: false });
    await updateCompanyProfile(db(), supplier.admin, supplier.companyId, profileInput(), pngUpload("logo.png"));
    const [logo] = await db().select().from(files).where(eq(files.companyId, supplier.companyId));
    expect(await canDownloadFile(db(), null, logo)).toBe(false);
    expect(await canDownloadFile(db(), supplier.member, logo)).toBe(true);
    await db().update(companies).set({ verificationStatus: "verified", verifiedAt: new Date() }).where(eq(companies.id, supplier.companyId));
    expect(await canDownloadFile(db(), null, logo)).toBe(true);
    expect((await loadCompanyProfile(db(), supplier.companyId))!.publiclyVisible).toBe(true);
  });
});
