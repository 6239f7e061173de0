/**
 * Decisions CCI staff take on a company: verify it (or ask for changes, or reject), flag it as a large
 * buyer, suspend or reinstate it. Each one is audited with before/after, and the company's admins are
 * told by e-mail through the outbox, in the same transaction.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { challenges, companies, needs, skillOffers, skillRequests } from "@/db/schema";
import { companyAdmins } from "@/db/queries/companies";
import type { CompanyRow as Company } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";
import { queueIndexing } from "@/search/indexer";

async function lockCompany(tx: Tx, companyId: string) {
  const [company] = await tx.select().from(companies).where(eq(companies.id, companyId)).for("update");
  if (!company) throw new NotFoundError("Entreprise introuvable.");
  return company;
}

/**
 * The company's document and those of its published needs and challenges and open skills posts: they carry
 * its name, and leave the search while it is suspended (search/documents*.ts).
 */
async function reindexCompany(tx: Tx, companyId: string) {
  await queueIndexing(tx, "companies", [companyId]);
  const published = await tx
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.companyId, companyId), inArray(needs.status, ["published"])));
  await queueIndexing(
    tx,
    "needs",
    published.map((n) => n.id),
  );
  const open = await tx
    .select({ id: challenges.id })
    .from(challenges)
    .where(and(eq(challenges.companyId, companyId), eq(challenges.status, "published")));
  await queueIndexing(
    tx,
    "challenges",
    open.map((c) => c.id),
  );
  const offers = await tx
    .select({ id: skillOffers.id })
    .from(skillOffers)
    .where(and(eq(skillOffers.companyId, companyId), eq(skillOffers.status, "open")));
  const requests = await tx
    .select({ id: skillRequests.id })
    .from(skillRequests)
    .where(and(eq(skillRequests.companyId, companyId), eq(skillRequests.status, "open")));
  await queueIndexing(
    tx,
    "skills",
    [...offers, ...requests].map((p) => p.id),
  );
}

async function tellAdmins(tx: Tx, company: Company, template: string, subject: string, paragraphs: string[], link = "/espace") {
  for (const admin of await companyAdmins(tx, company.id)) {
    const { html, text } = renderEmail({
      title: subject,
      paragraphs: [`Bonjour ${admin.firstName},`, ...paragraphs],
      action: { label: "Ouvrir Circuit Court", url: link },
    });
    await queueEmail(tx, { to: admin.email, toUserId: admin.id, template, subject, text, html });
  }
}

function requireReason(reason: string | null | undefined): string {
  const r = reason?.trim() ?? "";
  if (r.length < 10) throw new ValidationError({ reason: "Expliquez votre décision à l'entreprise (10 caractères au moins) : elle verra ce message." });
  return r;
}

export async function setLargeBuyer(db: Db, actor: Actor | null, companyId: string, isLargeBuyer: boolean) {
  authorize(actor, "company:flag-large-buyer", { companyId });
  return db.transaction(async (tx) => {
    const before = await lockCompany(tx, companyId);
    if (before.isLargeBuyer === isLargeBuyer) return before;
    const [after] = await tx.update(companies).set({ isLargeBuyer }).where(eq(companies.id, companyId)).returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: isLargeBuyer ? "company.flag_large_buyer" : "company.unflag_large_buyer",
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { isLargeBuyer: before.isLargeBuyer },
      after: { isLargeBuyer: after.isLargeBuyer },
    });
    await reindexCompany(tx, companyId);
    return after;
  });
}

export type VerificationDecision = "verify" | "request_changes" | "reject";

const VERIFICATION: Record<VerificationDecision, { status: Company["verificationStatus"]; action: string; subject: string; lead: string }> = {
  verify: {
    status: "verified",
    action: "company.verify",
    subject: "Votre entreprise est vérifiée",
    lead: "L'équipe de la CCI a vérifié votre entreprise : vos besoins et vos offres peuvent être publiés, et les besoins des donneurs d'ordre vous sont ouverts.",
  },
  request_changes: {
    status: "changes_requested",
    action: "company.request_changes",
    subject: "Informations à compléter sur votre entreprise",
    lead: "L'équipe de la CCI a besoin de précisions avant de vérifier votre entreprise :",
  },
  reject: {
    status: "rejected",
    action: "company.reject",
    subject: "Votre inscription n'a pas été validée",
    lead: "L'équipe de la CCI n'a pas validé l'inscription de votre entreprise, pour la raison suivante :",
  },
};

export async function decideCompanyVerification(db: Db, actor: Actor | null, companyId: string, decision: VerificationDecision, reason?: string | null) {
  authorize(actor, "company:verify", { companyId });
  const note = decision === "verify" ? null : requireReason(reason);
  const d = VERIFICATION[decision];
  return db.transaction(async (tx) => {
    const before = await lockCompany(tx, companyId);
    if (before.verificationStatus === d.status) return before;
    if (before.verificationStatus === "verified" && decision !== "verify")
      throw new ConflictError("Cette entreprise est déjà vérifiée : suspendez-la si nécessaire.");
    const [after] = await tx
      .update(companies)
      .set({
        verificationStatus: d.status,
        verificationNote: note,
        verifiedAt: decision === "verify" ? new Date() : before.verifiedAt,
      })
      .where(eq(companies.id, companyId))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: d.action,
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { verificationStatus: before.verificationStatus, verificationNote: before.verificationNote },
      after: { verificationStatus: after.verificationStatus, verificationNote: after.verificationNote },
    });
    await reindexCompany(tx, companyId);
    await tellAdmins(
      tx,
      after,
      `company.${decision}`,
      d.subject,
      note ? [d.lead, `« ${note} »`] : [d.lead],
      decision === "verify" ? "/espace" : "/mon-entreprise",
    );
    return after;
  });
}

export const verifyCompany = (db: Db, actor: Actor | null, companyId: string) => decideCompanyVerification(db, actor, companyId, "verify");

/** A suspended company's content disappears from public pages and supplier lists at once. */
export async function setSuspended(db: Db, actor: Actor | null, companyId: string, suspended: boolean, reason?: string | null) {
  authorize(actor, "company:suspend", { companyId });
  const note = suspended ? requireReason(reason) : null;
  return db.transaction(async (tx) => {
    const before = await lockCompany(tx, companyId);
    if (Boolean(before.suspendedAt) === suspended) return before;
    const [after] = await tx
      .update(companies)
      .set({ suspendedAt: suspended ? new Date() : null, suspensionReason: note })
      .where(eq(companies.id, companyId))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: suspended ? "company.suspend" : "company.reinstate",
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { suspendedAt: before.suspendedAt, suspensionReason: before.suspensionReason },
      after: { suspendedAt: after.suspendedAt, suspensionReason: after.suspensionReason },
    });
    await reindexCompany(tx, companyId);
    await tellAdmins(
      tx,
      after,
      suspended ? "company.suspended" : "company.reinstated",
      suspended ? "Votre entreprise est suspendue sur Circuit Court" : "Votre entreprise est de nouveau active sur Circuit Court",
      suspended
        ? ["L'équipe de la CCI a suspendu votre entreprise : ses besoins et ses offres ne sont plus visibles. Motif :", `« ${note} »`]
        : ["Vos besoins et vos offres publiés sont de nouveau visibles."],
    );
    return after;
  });
}
