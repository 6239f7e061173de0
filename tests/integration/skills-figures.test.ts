/**
 * The two innovation axes in the CCI's territory statistics: challenges (published, applications, young
 * applicants, PoCs and contracts with amounts) and skills sponsorship (missions validated, days given, valued
 * amount, companies helped), counted in the period; staff only.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { applyToChallenge, decideApplication, recordOutcome } from "@/lib/challenges/applications";
import { publicChallengeFigures, territoryChallengeFigures } from "@/lib/challenges/figures";
import { loadBarometer } from "@/lib/dashboards/service";
import { ZOutcomeInput } from "@/lib/challenges/schemas";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { publicSkillsFigures, territorySkillsFigures } from "@/lib/skills/figures";
import { ZSkillOfferInput, ZSkillRequestInput } from "@/lib/skills/schemas";
import { createSkillOffer, createSkillRequest, decideMission, logMissionWeek, proposeMission } from "@/lib/skills/service";
import { companyWithTeam } from "../factories/actors";
import { applicant, applicationInput, publishedChallenge } from "./challenges-fixtures";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

const month = new Date().toISOString().slice(0, 7);
const THIS_MONTH = { from: month, to: month };
const LAST_YEAR = { from: `${Number(month.slice(0, 4)) - 1}-01`, to: `${Number(month.slice(0, 4)) - 1}-12` };
/** The first Monday of the current month (UTC), where the mission starts and its first week is logged. */
function firstMonday(): string {
  const d = new Date(`${month}-01T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}

describe("territory statistics of the innovation axes", () => {
  it("count the challenges' applications and outcomes, and the missions' days and valued amount, in the period; staff only", async () => {
    const { staff, group, challenge } = await publishedChallenge();
    const young = await applicant("Jeune Pousse SAS");
    const old = await applicant("Vieille Maison SA", "1990-05-01");
    const app = await applyToChallenge(db(), young.admin, challenge.id, young.companyId, applicationInput(), null);
    await applyToChallenge(db(), old.admin, challenge.id, old.companyId, applicationInput(), null);
    await decideApplication(db(), group.admin, app.id, "shortlist");
    await decideApplication(db(), group.admin, app.id, "select");
    await recordOutcome(db(), group.admin, challenge.id, ZOutcomeInput.parse({ outcome: "poc_signed", pocAmountEur: "25 000" }));

    const sme = await companyWithTeam(db());
    const monday = firstMonday();
    const offer = await createSkillOffer(
      db(),
      group.admin,
      group.companyId,
      ZSkillOfferInput.parse({
        skill: "Actuariat et modélisation des risques",
        profession: "Actuaire",
        seniority: "senior",
        description: "Tarification et modèles de risques.",
        daysPerWeek: "2",
        durationWeeks: "26",
        availableFrom: monday,
        workMode: "hybrid",
        communeCode: "13005",
        dailyCostEur: "650",
      }),
    );
    const request = await createSkillRequest(
      db(),
      sme.admin,
      sme.companyId,
      ZSkillRequestInput.parse({
        skill: "Actuaire",
        purpose: "Structurer la tarification de nos contrats et modéliser nos risques avant une levée de fonds.",
        daysPerWeek: "2",
        durationWeeks: "24",
        startFrom: monday,
        workMode: "on_site",
        communeCode: "13005",
      }),
    );
    const mission = await proposeMission(db(), sme.admin, offer.id, request.id);
    await decideMission(db(), staff, mission.id, "validate", null);
    await logMissionWeek(db(), group.member, mission.id, monday, 1.5);

    expect(await territoryChallengeFigures(db(), staff, THIS_MONTH)).toEqual({
      published: 1,
      applications: 2,
      youngApplicants: 1,
      pocs: 1,
      pocAmount: 25_000,
      contracts: 0,
      contractAmount: 0,
    });
    expect(await territorySkillsFigures(db(), staff, THIS_MONTH)).toEqual({ validated: 1, days: 1.5, valuedAmount: 975, companiesHelped: 1, sponsors: 1 });
    // Another period counts nothing.
    expect((await territoryChallengeFigures(db(), staff, LAST_YEAR)).published).toBe(0);
    expect(await territorySkillsFigures(db(), staff, LAST_YEAR)).toEqual({ validated: 0, days: 0, valuedAmount: 0, companiesHelped: 0, sponsors: 0 });
    // The public barometer: nothing from a single company (statistical secret); with a threshold of 1, the same figures.
    expect(await publicChallengeFigures(db(), THIS_MONTH)).toEqual({ published: null, applications: null, wonAmount: null });
    expect(await publicSkillsFigures(db(), THIS_MONTH)).toEqual({ missions: null, days: null, valuedAmount: null, companiesHelped: null });
    expect(await publicChallengeFigures(db(), THIS_MONTH, 1)).toEqual({ published: 1, applications: 2, wonAmount: 25_000 });
    expect(await publicSkillsFigures(db(), THIS_MONTH, 1)).toEqual({ missions: 1, days: 1.5, valuedAmount: 975, companiesHelped: 1 });
    // Two applicants: their count is public from a threshold of 2, the winner's amount (one winner) is not.
    expect(await publicChallengeFigures(db(), THIS_MONTH, 2)).toEqual({ published: null, applications: 2, wonAmount: null });
    const barometer = await loadBarometer(db());
    expect(barometer).toMatchObject({ challenges: { published: null, wonAmount: null }, skills: { valuedAmount: null } });
    // Companies do not read the territory's figures.
    await expect(territorySkillsFigures(db(), group.admin, THIS_MONTH)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(territoryChallengeFigures(db(), sme.member, THIS_MONTH)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(territoryChallengeFigures(db(), null, THIS_MONTH)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
