/**
 * What a network's relays brought its members, for the network's staff only: the dashboard's figures (relays,
 * needs, members reached, openings, answers, awards in force, amounts, local share, by month), the CSV export
 * of the relays, and « Recommandé par … » on the buyer's comparison — only for members that answered, for the
 * buyer and staff only. Another network's staff, or anyone else, learns nothing.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, companies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { makeToken } from "@/lib/alerts/tokens";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { partnerFigures, partnerRelayRows, partnerRelaysCsv } from "@/lib/partners/dashboard";
import { forwardNeed, openRelay, recommendationLabel, recommendationsForNeed, relayTracking } from "@/lib/partners/relays";
import { addPartnerStaff, createPartner, importMembers } from "@/lib/partners/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { AUBAGNE, AVIGNON, awardOf, publishedNeed, submittedAnswer } from "../factories/awards";
import { db, resetDatabase } from "./db";
import { memberList } from "../factories/partners";

type Team = Awaited<ReturnType<typeof companyWithTeam>>;
let staff: Actor, cressStaff: Actor, otherStaff: Actor, outsider: Actor;
let cressId: string, otherId: string;
let buyer: Team, local: Team, far: Team, silent: Team, stranger: Team;
let need1: string, need2: string;

const siretOf = async (companyId: string) => (await db().select({ siret: companies.siret }).from(companies).where(eq(companies.id, companyId)))[0].siret;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
  await resetDatabase();
  staff = await staffActor(db());
  [buyer, local, far, silent, stranger] = [
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
    await companyWithTeam(db()),
  ];
  await db().update(companies).set({ communeCode: AUBAGNE, legalName: "Mutuelle Aubagnaise" }).where(eq(companies.id, local.companyId));
  await db().update(companies).set({ communeCode: AVIGNON, legalName: "Mutuelle du Vaucluse" }).where(eq(companies.id, far.companyId));
  cressStaff = (await companyWithTeam(db())).member;
  otherStaff = (await companyWithTeam(db())).member;
  outsider = (await companyWithTeam(db())).admin;
  cressId = (await createPartner(db(), staff, { name: "Cress Sud", kind: "cress", sectors: [], communes: [] })).id;
  otherId = (await createPartner(db(), staff, { name: "CPME 13", kind: "employers", sectors: [], communes: [] })).id;
  await addPartnerStaff(db(), staff, cressId, cressStaff.email);
  await addPartnerStaff(db(), staff, otherId, otherStaff.email);
  const members = [await siretOf(local.companyId), await siretOf(far.companyId), await siretOf(silent.companyId)].join("\n");
  await importMembers(db(), cressStaff, cressId, memberList(members));
  await importMembers(db(), otherStaff, otherId, memberList(await siretOf(local.companyId)));

  need1 = await publishedNeed(db(), buyer.companyId, { title: "Mutuelle d'entreprise pour 40 salariés" });
  need2 = await publishedNeed(db(), buyer.companyId, { title: "Prévoyance des cadres" });
  await forwardNeed(db(), cressStaff, cressId, need1, { companyIds: [local.companyId, far.companyId, silent.companyId] });
  await forwardNeed(db(), cressStaff, cressId, need2, { companyIds: [local.companyId] });
  await forwardNeed(db(), otherStaff, otherId, need1, { companyIds: [local.companyId] });

  // local opens and wins need1 (10 000 €); far answers and wins a second lot (5 000 €) and a cancelled one;
  // silent never answers; stranger (not relayed) answers and wins, which counts for no network.
  const [relay] = (await relayTracking(db(), cressStaff, cressId)).filter((r) => r.companyId === local.companyId && r.needId === need1);
  await openRelay(db(), makeToken("relay-open", relay.id));
  const localAnswer = await submittedAnswer(db(), need1, local.companyId);
  const farAnswer = await submittedAnswer(db(), need1, far.companyId);
  const strangerAnswer = await submittedAnswer(db(), need1, stranger.companyId);
  await db().update(answers).set({ status: "awarded" }).where(eq(answers.id, localAnswer));
  await db().update(answers).set({ status: "awarded" }).where(eq(answers.id, farAnswer));
  await awardOf(db(), { needId: need1, buyerId: buyer.companyId, supplierId: local.companyId, amountEur: 10_000, answerId: localAnswer });
  await awardOf(db(), { needId: need1, buyerId: buyer.companyId, supplierId: far.companyId, amountEur: 5_000, answerId: farAnswer });
  await awardOf(db(), { needId: need1, buyerId: buyer.companyId, supplierId: far.companyId, amountEur: 99_000, answerId: farAnswer, cancelledAt: new Date() });
  await awardOf(db(), { needId: need1, buyerId: buyer.companyId, supplierId: stranger.companyId, amountEur: 70_000, answerId: strangerAnswer });
});

describe("partner dashboard", () => {
  it("counts the network's relays, members reached, openings, answers, awards in force, amounts and the local share", async () => {
    const { totals, months } = await partnerFigures(db(), cressStaff, cressId);
    expect(totals).toEqual({ relays: 4, needs: 2, membersReached: 3, opened: 1, answered: 2, awarded: 2, amountEur: 15_000, localShare: 10_000 / 15_000 });
    expect(months).toEqual([{ month: expect.stringMatching(/^\d{4}-\d{2}$/), relays: 4, answered: 2, awarded: 2, amountEur: 15_000 }]);
    // The other network sees its own relay only, and CCI staff read any network's figures.
    expect((await partnerFigures(db(), otherStaff, otherId)).totals).toMatchObject({
      relays: 1,
      membersReached: 1,
      awarded: 1,
      amountEur: 10_000,
      localShare: 1,
    });
    expect((await partnerFigures(db(), staff, cressId)).totals.relays).toBe(4);
  });

  it("exports the relays as a CSV for Excel (BOM, « ; », decimal amounts, the stage in French)", async () => {
    const { filename, text } = await partnerRelaysCsv(db(), cressStaff, cressId);
    expect(filename).toBe("relais-cress-sud.csv");
    expect(text.startsWith("\uFEFFBesoin;Acheteur;Adhérent;SIRET de l'adhérent;Transmis le;Ouvert le;Étape;Montant attribué (€ HT)\r\n")).toBe(true);
    const lines = text.trim().split("\r\n").slice(1);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes("Mutuelle Aubagnaise") && l.startsWith("Mutuelle d'entreprise"))).toMatch(/;Retenu;10000$/);
    expect(lines.find((l) => l.includes("Mutuelle du Vaucluse"))).toMatch(/;;Retenu;5000$/);
    expect(lines.find((l) => l.startsWith("Prévoyance des cadres"))).toMatch(/;;Transmis;0$/);
    expect(text).not.toMatch(/@/); // companies only: no person's address
  });

  it("gives another network's staff, a company's admin and anonymous callers nothing", async () => {
    for (const read of [partnerFigures, partnerRelayRows, partnerRelaysCsv]) {
      await expect(read(db(), otherStaff, cressId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(read(db(), outsider, cressId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(read(db(), null, cressId)).rejects.toBeInstanceOf(UnauthenticatedError);
    }
  });
});

describe("« Recommandé par … » on the buyer's comparison", () => {
  it("names every network that relayed the need to a member that answered, and no one who did not answer", async () => {
    const recommended = await recommendationsForNeed(db(), buyer.member, need1);
    expect(Object.fromEntries(recommended)).toEqual({ [local.companyId]: ["CPME 13", "Cress Sud"], [far.companyId]: ["Cress Sud"] });
    expect(recommendationLabel(recommended.get(local.companyId) ?? [])).toBe("Recommandé par CPME 13 et Cress Sud");
    expect(recommendationLabel(["A", "B", "C"])).toBe("Recommandé par A, B et C");
    expect((await recommendationsForNeed(db(), staff, need1)).size).toBe(2);
  });

  it("is told to the buyer and staff only: suppliers, networks and strangers learn nothing", async () => {
    for (const actor of [local.admin, stranger.admin, cressStaff, outsider, null]) {
      expect((await recommendationsForNeed(db(), actor, need1)).size).toBe(0);
    }
  });
});
