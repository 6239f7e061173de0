/**
 * Relays: partner staff forward a published need to chosen confirmed members with a note; each member's
 * admin gets one e-mail through the outbox (link that records the opening, one-click « Pas intéressé »),
 * unless the platform already told them, their preferences are off or their daily cap is reached; the
 * relay moves forwarded → opened → answered → awarded; the buyer sees « recommandé par … ». Only the
 * partner's staff forward, only to its members.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, companies, emails, needAlerts, notificationPreferences } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { makeToken } from "@/lib/alerts/tokens";
import { declineFromAlert } from "@/lib/alerts/decline";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { addPartnerStaff, createPartner, importMembers } from "@/lib/partners/service";
import { forwardNeed, openRelay, recommendationLabel, recommendationsForNeed, relayTracking } from "@/lib/partners/relays";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { submittedAnswer } from "../factories/awards";
import { db, resetDatabase } from "./db";
import { memberList } from "../factories/partners";

type Team = Awaited<ReturnType<typeof companyWithTeam>>;
let staff: Actor;
let partnerStaff: Actor;
let outsider: Actor;
let partnerId: string;
let buyer: Team, memberA: Team, memberB: Team, memberC: Team, nonMember: Team;
let needId: string;

const siretOf = async (companyId: string) => (await db().select({ siret: companies.siret }).from(companies).where(eq(companies.id, companyId)))[0].siret;
const relayEmails = () => db().select().from(emails).where(eq(emails.template, "partner.relay"));

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
  await resetDatabase();
  staff = await staffActor(db());
  [buyer, memberA, memberB, memberC, nonMember] = [
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
  ];
  partnerStaff = (await companyWithTeam(db())).member;
  outsider = (await companyWithTeam(db())).admin;
  partnerId = (await createPartner(db(), staff, { name: "Cress Sud", kind: "cress", sectors: [], communes: [] })).id;
  await addPartnerStaff(db(), staff, partnerId, partnerStaff.email);
  await importMembers(
    db(),
    partnerStaff,
    partnerId,
    memberList([await siretOf(memberA.companyId), await siretOf(memberB.companyId), await siretOf(memberC.companyId)].join("\n")),
  );
  needId = (await publishedNeed(db(), buyer.admin, buyer.companyId, staff, { title: "Mutuelle d'entreprise pour 40 salariés" })).id;
});

describe("relays", () => {
  it("only the partner's staff forward, only to its confirmed members, only open needs", async () => {
    await expect(forwardNeed(db(), outsider, partnerId, needId, { companyIds: [memberA.companyId] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(forwardNeed(db(), partnerStaff, partnerId, needId, { companyIds: [nonMember.companyId] })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      forwardNeed(db(), partnerStaff, partnerId, "6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21", { companyIds: [memberA.companyId] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await relayEmails()).toHaveLength(0);
  });

  it("e-mails each member's admin once, with the note and the links, within preferences, caps and earlier alerts", async () => {
    // B's admin was already alerted by the platform; C's admin turned opportunity e-mails off.
    await db()
      .insert(needAlerts)
      .values({ needId, companyId: memberB.companyId, userId: memberB.admin.userId, score: 0.8, status: "sent", sentAt: new Date() });
    await db().insert(notificationPreferences).values({ userId: memberC.admin.userId, mode: "off" });
    const results = await forwardNeed(db(), partnerStaff, partnerId, needId, {
      companyIds: [memberA.companyId, memberB.companyId, memberC.companyId],
      note: "Nos mutuelles adhérentes sont bien placées pour ce marché.",
    });
    expect(Object.fromEntries(results.map((r) => [r.companyId, r.outcomes]))).toEqual({
      [memberA.companyId]: ["sent"],
      [memberB.companyId]: ["already_told"],
      [memberC.companyId]: ["opted_out"],
    });
    const sent = await relayEmails();
    expect(sent.map((e) => e.toAddress)).toEqual([memberA.admin.email]);
    expect(sent[0].subject).toBe("Cress Sud vous transmet un besoin : Mutuelle d'entreprise pour 40 salariés");
    expect(sent[0].textBody).toContain("« Nos mutuelles adhérentes sont bien placées pour ce marché. »");
    expect(sent[0].textBody).toMatch(/\/relais\/ouvrir\?jeton=relay-open\./);
    expect(sent[0].textBody).toMatch(/\/alertes\/pas-interesse\?jeton=decline\./);
    await expect(forwardNeed(db(), partnerStaff, partnerId, needId, { companyIds: [memberA.companyId] })).rejects.toBeInstanceOf(ConflictError);
  });

  it("« Pas intéressé » from the relay e-mail works like the alerts' one", async () => {
    const [alert] = await db()
      .select()
      .from(needAlerts)
      .where(and(eq(needAlerts.needId, needId), eq(needAlerts.userId, memberA.admin.userId)));
    expect(await declineFromAlert(db(), makeToken("decline", alert.id), "capacity")).toBe("recorded");
  });

  it("is tracked forwarded → opened → answered → awarded, and the buyer sees « recommandé par … »", async () => {
    const stageOf = async (companyId: string) => (await relayTracking(db(), partnerStaff, partnerId)).find((r) => r.companyId === companyId)?.stage;
    expect(await stageOf(memberA.companyId)).toBe("forwarded");
    const [tracked] = (await relayTracking(db(), partnerStaff, partnerId)).filter((r) => r.companyId === memberA.companyId);
    expect(await openRelay(db(), makeToken("relay-open", tracked.id))).toBe(needId);
    expect(await openRelay(db(), `relay-open.${tracked.id}.forged`)).toBeNull();
    expect(await stageOf(memberA.companyId)).toBe("opened");
    const answerId = await submittedAnswer(db(), needId, memberA.companyId);
    expect(await stageOf(memberA.companyId)).toBe("answered");
    expect((await recommendationsForNeed(db(), buyer.member, needId)).get(memberA.companyId)).toEqual(["Cress Sud"]);
    expect(recommendationLabel(["Cress Sud"])).toBe("Recommandé par Cress Sud");
    expect((await recommendationsForNeed(db(), outsider, needId)).size).toBe(0);
    await db().update(answers).set({ status: "awarded" }).where(eq(answers.id, answerId));
    expect(await stageOf(memberA.companyId)).toBe("awarded");
    await expect(relayTracking(db(), outsider, partnerId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a capped admin gets no e-mail, and the relay still counts", async () => {
    const other = (await publishedNeed(db(), buyer.admin, buyer.companyId, staff, { title: "Assurance flotte de véhicules utilitaires" })).id;
    await db().insert(notificationPreferences).values({ userId: memberB.admin.userId, mode: "immediate", dailyCap: 1 });
    const before = (await relayEmails()).length;
    const [result] = await forwardNeed(db(), partnerStaff, partnerId, other, { companyIds: [memberB.companyId] });
    expect(result.outcomes).toEqual(["capped"]);
    expect((await relayEmails()).length).toBe(before);
    expect((await relayTracking(db(), partnerStaff, partnerId)).filter((r) => r.needId === other)).toHaveLength(1);
  });
});
