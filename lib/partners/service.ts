/**
 * Partner organisations: CCI staff create a partner and name its staff; the partner keeps its member
 * list by SIRET (a file import with a preview: on the platform / known from SIRENE / closed / unknown /
 * invalid), or a company declares its membership and the partner confirms it. Writes go in one
 * transaction with their audit row.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { companies, partnerMembers, partnerStaff, partners, users } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { requirePartnerAccess } from "./access";
import type { PartnerInput } from "./schemas";
import type { SiretList } from "./siret-list";

export async function createPartner(db: Db, actor: Actor | null, input: PartnerInput) {
  authorize(actor, "partner:manage");
  return db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(sql`lower(${partners.name}) = lower(${input.name})`);
    if (clash) throw new ValidationError({ name: "Un réseau partenaire porte déjà ce nom." });
    const [partner] = await tx
      .insert(partners)
      .values({ ...input, createdBy: actor?.userId ?? null })
      .returning();
    await recordAudit(tx, { actorUserId: actor?.userId ?? null, action: "partner.create", objectType: "partner", objectId: partner.id, after: input });
    return partner;
  });
}

/** Names an existing account staff of the partner (the person signs up first, or is invited to, with the same address). */
export async function addPartnerStaff(db: Db, actor: Actor | null, partnerId: string, email: string) {
  authorize(actor, "partner:manage");
  return db.transaction(async (tx) => {
    const [partner] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId));
    if (!partner) throw new NotFoundError("Réseau partenaire introuvable.");
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase()));
    if (!user) throw new ValidationError({ email: "Aucun compte avec cette adresse : la personne doit d'abord créer son compte." });
    const added = await tx.insert(partnerStaff).values({ partnerId, userId: user.id }).onConflictDoNothing().returning();
    if (added.length === 0) throw new ConflictError("Cette personne fait déjà partie de l'équipe du réseau.");
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "partner.add_staff",
      objectType: "partner",
      objectId: partnerId,
      after: { userId: user.id },
    });
    return user.id;
  });
}

export type MemberFate = "on_platform" | "sirene" | "closed" | "unknown" | "already";

export const MEMBER_FATE_LABELS: Record<MemberFate, string> = {
  on_platform: "Inscrite sur la plateforme",
  sirene: "Connue du répertoire SIRENE, pas encore inscrite (à inviter)",
  closed: "Établissement fermé : ne sera pas importé",
  unknown: "Inconnue du répertoire chargé",
  already: "Déjà adhérente",
};

/** What an import of the list (lib/partners/siret-list.ts) would do, SIRET by SIRET, without writing. */
export async function previewMemberImport(db: DbOrTx, actor: Actor | null, partnerId: string, list: SiretList) {
  await requirePartnerAccess(db, actor, partnerId);
  // Written out in full: drizzle leaves a single table's columns unqualified, which the subquery would read as its own.
  const known = list.sirets.length
    ? await db
        .select({
          siret: companies.siret,
          name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
          state: companies.administrativeState,
          joined: sql<boolean>`exists (select 1 from memberships m where m.company_id = "companies"."id")`,
        })
        .from(companies)
        .where(inArray(companies.siret, list.sirets))
    : [];
  const already = list.sirets.length
    ? await db
        .select({ siret: partnerMembers.siret })
        .from(partnerMembers)
        .where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "confirmed"), inArray(partnerMembers.siret, list.sirets)))
    : [];
  const bySiret = new Map(known.map((k) => [k.siret, k]));
  const alreadySet = new Set(already.map((a) => a.siret));
  const rows = list.sirets.map((siret) => {
    const company = bySiret.get(siret);
    const fate: MemberFate = alreadySet.has(siret)
      ? "already"
      : !company
        ? "unknown"
        : company.state === "F"
          ? "closed"
          : company.joined
            ? "on_platform"
            : "sirene";
    return { siret, name: company?.name ?? null, fate };
  });
  const counts = Object.fromEntries((Object.keys(MEMBER_FATE_LABELS) as MemberFate[]).map((f) => [f, rows.filter((r) => r.fate === f).length])) as Record<
    MemberFate,
    number
  >;
  return { rows, counts, invalid: list.invalid, duplicates: list.duplicates };
}

/** Imports the list's members as confirmed (closed establishments left out); re-importing is harmless. */
export async function importMembers(db: Db, actor: Actor | null, partnerId: string, list: SiretList, now = new Date()) {
  const preview = await previewMemberImport(db, actor, partnerId, list);
  const toAdd = preview.rows.filter((r) => r.fate !== "closed" && r.fate !== "already").map((r) => r.siret);
  await db.transaction(async (tx) => {
    for (let i = 0; i < toAdd.length; i += 1000) {
      await tx
        .insert(partnerMembers)
        .values(toAdd.slice(i, i + 1000).map((siret) => ({ partnerId, siret, status: "confirmed" as const, confirmedAt: now })))
        .onConflictDoUpdate({ target: [partnerMembers.partnerId, partnerMembers.siret], set: { status: "confirmed", confirmedAt: now } });
    }
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "partner.import_members",
      objectType: "partner",
      objectId: partnerId,
      after: { imported: toAdd.length, closed: preview.counts.closed, invalid: preview.invalid.length },
    });
  });
  return { imported: toAdd.length, preview };
}

/** A company's admin says it belongs to the partner's network; the partner confirms it later. */
export async function declareMembership(db: Db, actor: Actor | null, companyId: string, partnerId: string) {
  authorize(actor, "company:edit-profile", { companyId });
  return db.transaction(async (tx) => {
    const [company] = await tx.select({ siret: companies.siret }).from(companies).where(eq(companies.id, companyId));
    const [partner] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId));
    if (!company || !partner) throw new NotFoundError("Réseau partenaire introuvable.");
    const [row] = await tx
      .insert(partnerMembers)
      .values({ partnerId, siret: company.siret, status: "declared", declaredBy: actor?.userId ?? null })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError("Votre entreprise figure déjà parmi les adhérents de ce réseau (ou sa déclaration attend sa confirmation).");
    await recordAudit(tx, { actorUserId: actor?.userId ?? null, action: "partner.declare_member", objectType: "partner", objectId: partnerId, companyId });
    return row;
  });
}

/** The partner confirms a company's declaration. */
export async function confirmMember(db: Db, actor: Actor | null, partnerId: string, memberId: string, now = new Date()) {
  await requirePartnerAccess(db, actor, partnerId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(partnerMembers)
      .set({ status: "confirmed", confirmedAt: now })
      .where(and(eq(partnerMembers.id, memberId), eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "declared")))
      .returning();
    if (!row) throw new NotFoundError("Déclaration introuvable ou déjà confirmée.");
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "partner.confirm_member",
      objectType: "partner",
      objectId: partnerId,
      after: { siret: row.siret },
    });
    return row;
  });
}

/** The member list: each SIRET with the company when the platform knows it, declarations first. */
export async function partnerMemberList(db: DbOrTx, actor: Actor | null, partnerId: string) {
  await requirePartnerAccess(db, actor, partnerId);
  return db
    .select({
      id: partnerMembers.id,
      siret: partnerMembers.siret,
      status: partnerMembers.status,
      confirmedAt: partnerMembers.confirmedAt,
      companyId: companies.id,
      name: sql<string | null>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      onPlatform: sql<boolean>`exists (select 1 from memberships m where m.company_id = "companies"."id")`,
    })
    .from(partnerMembers)
    .leftJoin(companies, eq(companies.siret, partnerMembers.siret))
    .where(eq(partnerMembers.partnerId, partnerId))
    .orderBy(sql`${partnerMembers.status} desc`, partnerMembers.siret)
    .limit(5000);
}
