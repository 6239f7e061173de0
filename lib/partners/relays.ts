/**
 * Relays: partner staff forward a published need to chosen members with a personal note. Each member's
 * admins get one e-mail (through the outbox) with a link that records the opening and the one-click
 * « Pas intéressé » of the alerts — unless the platform or another partner already told them about this
 * need (one `need_alerts` row per need and person, the alerts' own rule), their preferences are « off »,
 * or their daily cap is reached. Tracking: forwarded → opened → answered → awarded.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { companies, memberships, needAlerts, needMatches, needs, partnerMembers, partnerRelays, partners, users } from "@/db/schema";
import { can, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { makeToken, readToken } from "../alerts/tokens";
import { preferencesOf } from "../alerts/preferences";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { formatDate } from "../format";
import { queueEmail } from "../mail/queue-email";
import { absoluteUrl, renderEmail } from "../mail/render";
import { requirePartnerAccess } from "./access";

export type RelayOutcome = "sent" | "already_told" | "capped" | "opted_out";
export type RelayStage = "forwarded" | "opened" | "answered" | "awarded";

export const RELAY_STAGE_LABELS: Record<RelayStage, string> = {
  forwarded: "Transmis",
  opened: "Ouvert",
  answered: "A répondu",
  awarded: "Retenu",
};

export async function forwardNeed(
  db: Db,
  actor: Actor | null,
  partnerId: string,
  needId: string,
  input: { companyIds: string[]; note?: string },
  now = new Date(),
) {
  const { partner } = await requirePartnerAccess(db, actor, partnerId);
  if (input.companyIds.length === 0) throw new ValidationError({ companyIds: "Choisissez au moins un adhérent." });
  return db.transaction(async (tx) => {
    const [need] = await tx
      .select({
        id: needs.id,
        title: needs.title,
        deadline: needs.responseDeadline,
        buyer: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      })
      .from(needs)
      .innerJoin(companies, eq(companies.id, needs.companyId))
      .where(
        and(
          eq(needs.id, needId),
          eq(needs.status, "published"),
          eq(needs.visibility, "all_signatories"),
          sql`${needs.responseDeadline} > ${now}`,
          sql`${companies.suspendedAt} is null`,
        ),
      );
    if (!need) throw new NotFoundError("Besoin introuvable ou fermé aux réponses.");
    const members = await tx
      .select({ id: companies.id })
      .from(companies)
      .innerJoin(
        partnerMembers,
        and(eq(partnerMembers.siret, companies.siret), eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "confirmed")),
      )
      .where(and(inArray(companies.id, input.companyIds), sql`${companies.suspendedAt} is null`));
    if (members.length !== new Set(input.companyIds).size)
      throw new ValidationError({ companyIds: "Seuls vos adhérents confirmés peuvent recevoir ce besoin." });

    const results: { companyId: string; outcomes: RelayOutcome[] }[] = [];
    for (const { id: companyId } of members) {
      const [relay] = await tx
        .insert(partnerRelays)
        .values({ partnerId, needId, companyId, forwardedBy: actor?.userId ?? null, note: input.note ?? null, forwardedAt: now })
        .onConflictDoNothing()
        .returning();
      if (!relay) throw new ConflictError("Ce besoin a déjà été transmis à l'un de ces adhérents.");
      const admins = await tx
        .select({ id: users.id, email: users.email, firstName: users.firstName })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.companyId, companyId), eq(memberships.role, "admin")));
      const [match] = await tx
        .select({ score: needMatches.score })
        .from(needMatches)
        .where(and(eq(needMatches.needId, needId), eq(needMatches.companyId, companyId)));
      const outcomes: RelayOutcome[] = [];
      for (const admin of admins) {
        const outcome = await tellAdmin(tx, {
          need,
          partnerName: partner.name,
          note: input.note,
          relayId: relay.id,
          companyId,
          admin,
          score: match?.score ?? 0,
          now,
        });
        outcomes.push(outcome);
      }
      const sent = outcomes.filter((o) => o === "sent").length;
      if (sent) await tx.update(partnerRelays).set({ emailsSent: sent }).where(eq(partnerRelays.id, relay.id));
      results.push({ companyId, outcomes });
    }
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "partner.relay",
      objectType: "need",
      objectId: needId,
      after: { partnerId, companies: results.map((r) => r.companyId), emails: results.flatMap((r) => r.outcomes).filter((o) => o === "sent").length },
    });
    return results;
  });
}

interface TellInput {
  need: { id: string; title: string; deadline: Date; buyer: string };
  partnerName: string;
  note?: string;
  relayId: string;
  companyId: string;
  admin: { id: string; email: string; firstName: string };
  score: number;
  now: Date;
}

/** One admin of a member: told once per need whoever tells (platform or partner), within their preferences and cap. */
async function tellAdmin(tx: DbOrTx, t: TellInput): Promise<RelayOutcome> {
  const prefs = await preferencesOf(tx, t.admin.id);
  if (prefs.mode === "off") return "opted_out";
  const [{ today }] = await tx
    .select({ today: sql<number>`count(*)::int` })
    .from(needAlerts)
    .where(
      and(
        eq(needAlerts.userId, t.admin.id),
        sql`${needAlerts.createdAt} >= date_trunc('day', ${t.now}::timestamptz at time zone 'Europe/Paris') at time zone 'Europe/Paris'`,
      ),
    );
  const capped = today >= prefs.dailyCap;
  const [alert] = await tx
    .insert(needAlerts)
    .values({
      needId: t.need.id,
      companyId: t.companyId,
      userId: t.admin.id,
      score: t.score,
      status: capped ? "capped" : "sent",
      sentAt: capped ? null : t.now,
      createdAt: t.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!alert) return "already_told";
  if (capped) return "capped";
  const subject = `${t.partnerName} vous transmet un besoin : ${t.need.title}`;
  const { html, text, unsubscribeUrl } = renderEmail({
    preheader: `${t.need.buyer} cherche un fournisseur ; ${t.partnerName} a pensé à vous`,
    title: subject,
    paragraphs: [
      `Bonjour ${t.admin.firstName},`,
      `${t.partnerName}, dont votre entreprise est adhérente, vous transmet le besoin « ${t.need.title} » de ${t.need.buyer}. Réponses jusqu'au ${formatDate(t.need.deadline)}.`,
      ...(t.note ? [`Son message : « ${t.note} »`] : []),
      `Pas intéressé ? Dites-le en un clic, sans vous connecter : ${absoluteUrl(`/alertes/pas-interesse?jeton=${makeToken("decline", alert.id)}`)}`,
    ],
    action: { label: "Voir le besoin", url: `/relais/ouvrir?jeton=${makeToken("relay-open", t.relayId)}` },
    footerNote:
      "Vous recevez cet e-mail parce qu'un réseau dont votre entreprise est adhérente vous a transmis ce besoin. Réglez la fréquence dans « Préférences de notification ».",
    unsubscribeUrl: `/alertes/desabonnement?jeton=${makeToken("unsubscribe", t.admin.id)}`,
  });
  await queueEmail(tx, { to: t.admin.email, toUserId: t.admin.id, template: "partner.relay", subject, text, html, unsubscribeUrl });
  return "sent";
}

/** The e-mail's link: records the first opening (no sign-in) and says which need to show; null for a forged link. */
export async function openRelay(db: DbOrTx, token: string, now = new Date()): Promise<string | null> {
  const relayId = readToken("relay-open", token);
  if (!relayId) return null;
  const [relay] = await db
    .update(partnerRelays)
    .set({ openedAt: sql`coalesce(${partnerRelays.openedAt}, ${now})` })
    .where(eq(partnerRelays.id, relayId))
    .returning({ needId: partnerRelays.needId });
  return relay?.needId ?? null;
}

const answeredStatuses = sql`('submitted', 'shortlisted', 'awarded', 'not_retained')`;

/** Every relay of the partner with its stage, newest first. */
export async function relayTracking(db: DbOrTx, actor: Actor | null, partnerId: string) {
  await requirePartnerAccess(db, actor, partnerId);
  const { rows } = await db.execute<{
    id: string;
    need_id: string;
    title: string;
    company_id: string;
    name: string;
    forwarded_at: Date;
    opened_at: Date | null;
    answer_status: string | null;
  }>(sql`
    select r.id, r.need_id, n.title, r.company_id, coalesce(c.trade_name, c.legal_name) as name, r.forwarded_at, r.opened_at, a.status as answer_status
    from partner_relays r
    join needs n on n.id = r.need_id
    join companies c on c.id = r.company_id
    left join answers a on a.need_id = r.need_id and a.company_id = r.company_id
    where r.partner_id = ${partnerId}
    order by r.forwarded_at desc, name
    limit 500`);
  return rows.map((r) => {
    const stage: RelayStage =
      r.answer_status === "awarded"
        ? "awarded"
        : r.answer_status && ["submitted", "shortlisted", "not_retained"].includes(r.answer_status)
          ? "answered"
          : r.opened_at
            ? "opened"
            : "forwarded";
    return { id: r.id, needId: r.need_id, needTitle: r.title, companyId: r.company_id, companyName: r.name, forwardedAt: new Date(r.forwarded_at), stage };
  });
}

/**
 * « Recommandé par … » for the buyer (and staff): the partners that relayed the need to each company that
 * answered it. Anyone else learns nothing.
 */
export async function recommendationsForNeed(db: DbOrTx, actor: Actor | null, needId: string): Promise<Map<string, string[]>> {
  const [need] = await db.select({ companyId: needs.companyId }).from(needs).where(eq(needs.id, needId));
  if (!need || !can(actor, "need:view-matches", { companyId: need.companyId })) return new Map();
  const { rows } = await db.execute<{ company_id: string; names: string[] }>(sql`
    select r.company_id, array_agg(p.name order by p.name) as names
    from partner_relays r
    join ${partners} p on p.id = r.partner_id
    join answers a on a.need_id = r.need_id and a.company_id = r.company_id and a.status in ${answeredStatuses}
    where r.need_id = ${needId}
    group by r.company_id`);
  return new Map(rows.map((r) => [r.company_id, r.names]));
}

const namesList = new Intl.ListFormat("fr-FR", { style: "long", type: "conjunction" });

/** « Recommandé par Cress Sud », « Recommandé par Cress Sud, CPME 13 et UPE 13 » (French list rules). */
export const recommendationLabel = (names: string[]) => `Recommandé par ${namesList.format(names)}`;

/** openRelay on the application's database, for the link's route handler (app/ imports no db/). */
export async function openRelayLink(token: string): Promise<string | null> {
  const { getDb } = await import("@/db/client");
  return openRelay(getDb(), token);
}
