/**
 * Skills sponsorship through the real services: a group offers an expert, an SME requests the skill, the
 * pairing is ranked both ways with the relevance model's reasons, proposed, validated by the CCI, its weeks
 * logged and its reviews given; and who may do what (roles × operations).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, skillMissions, skillOffers } from "@/db/schema";
import { missionPage, missionsAwaitingValidation, openOffers, pairingsFor } from "@/lib/skills/reads";
import { createSkillOffer, createSkillRequest, decideMission, logMissionWeek, proposeMission, reviewMission } from "@/lib/skills/service";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { offerInput, requestInput } from "./skills-fixtures";

beforeEach(resetDatabase);

async function setup() {
  const staff = await staffActor(db());
  const group = await companyWithTeam(db());
  const sme = await companyWithTeam(db());
  const other = await companyWithTeam(db());
  const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
  const unrelated = await createSkillOffer(
    db(),
    other.admin,
    other.companyId,
    offerInput({ skill: "Soudure TIG", profession: "Soudeur", description: "Soudure inox en atelier." }),
  );
  const request = await createSkillRequest(db(), sme.member, sme.companyId, requestInput());
  return { staff, group, sme, other, offer, unrelated, request };
}

describe("pairing", () => {
  it("ranks offers for a request and requests for an offer with the relevance model's reasons; an unrelated offer is not proposed", async () => {
    const { group, sme, offer, request } = await setup();
    const forRequest = await pairingsFor(db(), sme.admin, "request", request.id);
    expect(forRequest.map((p) => p.offerId)).toEqual([offer.id]);
    expect(forRequest[0].score).toBeGreaterThan(0);
    expect(forRequest[0].reasons.join(" ")).toMatch(/actuaire/i);
    const forOffer = await pairingsFor(db(), group.member, "offer", offer.id);
    expect(forOffer.map((p) => p.requestId)).toEqual([request.id]);
    expect(forOffer[0].score).toBe(forRequest[0].score);
  });

  it("the public list names no person and hides the daily cost", async () => {
    const { sme } = await setup();
    const list = await openOffers(db(), sme.member);
    expect(list).toHaveLength(2);
    expect(JSON.stringify(list)).not.toMatch(/650|dailyCost|Prénom/);
  });
});

describe("a mission's life", () => {
  it("proposed by the SME, validated by the CCI, logged week by week, reviewed by both sides, valued for the sponsor", async () => {
    const { staff, group, sme, offer, request } = await setup();
    const mission = await proposeMission(db(), sme.admin, offer.id, request.id);
    expect(mission.status).toBe("proposed");
    expect(mission.reasons.length).toBeGreaterThan(0);
    await expect(proposeMission(db(), group.admin, offer.id, request.id)).rejects.toBeInstanceOf(ConflictError);
    expect((await missionsAwaitingValidation(db(), staff)).map((m) => m.id)).toEqual([mission.id]);
    const validated = await decideMission(db(), staff, mission.id, "validate", null);
    expect([validated.status, validated.startsOn, validated.endsOn, validated.dailyCostEur]).toEqual(["validated", "2027-01-11", "2027-06-27", 650]);
    const [taken] = await db().select().from(skillOffers).where(eq(skillOffers.id, offer.id));
    expect(taken.status).toBe("paired");
    await expect(logMissionWeek(db(), sme.admin, mission.id, "2027-01-11", 2)).rejects.toBeInstanceOf(NotFoundError);
    await logMissionWeek(db(), group.member, mission.id, "2027-01-11", 2);
    await logMissionWeek(db(), group.member, mission.id, "2027-01-18", 1.5);
    await logMissionWeek(db(), group.member, mission.id, "2027-01-18", 2);
    await reviewMission(db(), sme.admin, mission.id, { stage: "mid", rating: 5, comment: "Très utile." });
    await reviewMission(db(), group.admin, mission.id, { stage: "final", rating: 4 });
    await expect(reviewMission(db(), group.admin, mission.id, { stage: "final", rating: 4 })).rejects.toBeInstanceOf(ConflictError);
    await reviewMission(db(), sme.member, mission.id, { stage: "final", rating: 5 });
    const sponsorView = await missionPage(db(), group.admin, mission.id);
    expect([sponsorView.mission.status, sponsorView.days, sponsorView.valuedAmountEur]).toEqual(["completed", 4, 2600]);
    const beneficiaryView = await missionPage(db(), sme.member, mission.id);
    expect(beneficiaryView.valuedAmountEur).toBeNull();
    expect(JSON.stringify(beneficiaryView.offer)).not.toContain("dailyCostEur");
    const actions = (await db().select({ a: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, mission.id))).map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(["skill_mission.propose", "skill_mission.validate", "skill_mission.log_week", "skill_mission.review"]));
  });

  it("a refusal needs a reason and leaves both posts open", async () => {
    const { staff, sme, offer, request } = await setup();
    const mission = await proposeMission(db(), sme.admin, offer.id, request.id);
    await expect(decideMission(db(), staff, mission.id, "refuse", "non")).rejects.toBeInstanceOf(ValidationError);
    const refused = await decideMission(db(), staff, mission.id, "refuse", "Le besoin relève d'une prestation payante.");
    expect(refused.status).toBe("refused");
    const [still] = await db().select().from(skillOffers).where(eq(skillOffers.id, offer.id));
    expect(still.status).toBe("open");
  });
});

describe("authorization (roles × operations)", () => {
  it("only the posts' companies propose, only staff validate, only the two companies and staff read a mission", async () => {
    const { staff, group, sme, other, offer, request } = await setup();
    // Propose: a third company cannot pair others' posts; anonymous and staff cannot either.
    await expect(proposeMission(db(), other.admin, offer.id, request.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeMission(db(), null, offer.id, request.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeMission(db(), staff, offer.id, request.id)).rejects.toBeInstanceOf(ForbiddenError);
    const mission = await proposeMission(db(), group.member, offer.id, request.id);
    // Validate: staff only.
    for (const who of [group.admin, sme.admin, other.admin])
      await expect(decideMission(db(), who, mission.id, "validate", null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideMission(db(), null, mission.id, "validate", null)).rejects.toBeInstanceOf(UnauthenticatedError);
    // Read: the two companies and staff; another company finds nothing.
    for (const who of [group.member, sme.member, staff]) expect((await missionPage(db(), who, mission.id)).mission.id).toBe(mission.id);
    await expect(missionPage(db(), other.member, mission.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(missionPage(db(), null, mission.id)).rejects.toBeInstanceOf(NotFoundError);
    // Pairings of a post: its company and staff only.
    await expect(pairingsFor(db(), other.admin, "request", request.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await pairingsFor(db(), staff, "request", request.id)).toHaveLength(1);
    // Posting for another company is refused.
    await expect(createSkillOffer(db(), sme.admin, group.companyId, offerInput())).rejects.toBeInstanceOf(ForbiddenError);
    const [row] = await db().select().from(skillMissions).where(eq(skillMissions.id, mission.id));
    expect(row.status).toBe("proposed");
  });
});

describe("demo data (db/seed/demo-innovation.ts)", () => {
  it("gives each new screen something to show: open challenges, an application from a young company, open posts, an active mission", async () => {
    const { seedInnovationDemo } = await import("@/db/seed/demo-innovation");
    const { openChallenges, challengeApplicationsFor, isCompanyYoung } = await import("@/lib/challenges/reads");
    const [group, sme, young] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db())];
    const party = (t: typeof group) => ({ companyId: t.companyId, userId: t.admin.userId });
    await db().transaction((tx) => seedInnovationDemo(tx, { group: party(group), sme: party(sme), young: party(young) }, new Date()));
    const open = await openChallenges(db());
    expect(open).toHaveLength(2);
    expect((await openChallenges(db(), { youngOnly: true })).length).toBe(1);
    expect(await isCompanyYoung(db(), young.companyId)).toBe(true);
    const withApplication = open.find((c) => c.openToYoung);
    expect((await challengeApplicationsFor(db(), group.member, withApplication?.id ?? "")).applications).toHaveLength(1);
    expect((await openOffers(db(), sme.member)).map((o) => o.skill)).toEqual(["Cybersécurité des systèmes industriels"]);
    const [mission] = await db().select().from(skillMissions);
    const page = await missionPage(db(), group.admin, mission.id);
    expect([page.mission.status, page.days, page.valuedAmountEur]).toEqual(["active", 4, 2600]);
  });
});
