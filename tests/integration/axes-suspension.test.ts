/**
 * A suspended company's challenges and skills posts are out of sight, as its needs: they leave /defis and
 * /mecenat, its challenge is « introuvable » (page and files) for other companies and visitors, its posts
 * leave the pairings others read and cannot be proposed; the company itself and staff still read them.
 * Reinstated, everything comes back.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { acceptNda, applyToChallenge } from "@/lib/challenges/applications";
import { canDownloadChallengeFile, challengePage, companyChallenges, openChallenges } from "@/lib/challenges/reads";
import { setSuspended } from "@/lib/companies/staff-decisions";
import { NotFoundError } from "@/lib/errors";
import { companySkills, openOffers, openRequests, pairingsFor } from "@/lib/skills/reads";
import { createSkillOffer, createSkillRequest, proposeMission } from "@/lib/skills/service";
import { companyWithTeam } from "../factories/actors";
import { applicant, applicationInput, CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";
import { db, resetDatabase } from "./db";
import { offerInput, requestInput } from "./skills-fixtures";

beforeEach(resetDatabase);

/** A group with a published challenge and an expert offered; an SME requesting the skill; another company. */
async function setup() {
  const { staff, group, challenge } = await publishedChallenge();
  const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
  const ownRequest = await createSkillRequest(db(), group.member, group.companyId, requestInput({ skill: "Juriste en droit social" }));
  const sme = await applicant("Filtres du Garlaban");
  const request = await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
  return { staff, group, challenge, offer, ownRequest, sme, request };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("suspension of a company with challenges and skills posts", () => {
  it("takes its challenge and posts out of the lists and pages of others, keeps them for itself and staff, and brings them back when reinstated", async () => {
    const { staff, group, challenge, offer, ownRequest, sme, request } = await setup();
    const file = { companyId: group.companyId, objectType: "challenge", objectId: challenge.id };
    expect(ids(await openChallenges(db()))).toEqual([challenge.id]);
    expect(ids(await openOffers(db(), sme.member))).toEqual([offer.id]);
    expect(ids(await openRequests(db(), sme.member))).toEqual(ids([ownRequest, request]));
    expect((await pairingsFor(db(), sme.admin, "request", request.id)).map((p) => p.offerId)).toEqual([offer.id]);

    await setSuspended(db(), staff, group.companyId, true, "Manquements répétés à la charte.");

    // Others: no list, no page, no file, no pairing.
    expect(await openChallenges(db())).toEqual([]);
    expect(await openOffers(db(), sme.member)).toEqual([]);
    expect(ids(await openRequests(db(), sme.member))).toEqual([request.id]);
    await expect(challengePage(db(), sme.member, challenge.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(challengePage(db(), null, challenge.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await canDownloadChallengeFile(db(), sme.member, file)).toBe(false);
    expect(await pairingsFor(db(), sme.admin, "request", request.id)).toEqual([]);
    await expect(proposeMission(db(), sme.admin, offer.id, request.id)).rejects.toThrow(/Offre d'expertise introuvable/);
    await expect(applyToChallenge(db(), sme.admin, challenge.id, sme.companyId, applicationInput(), null)).rejects.toBeInstanceOf(NotFoundError);

    // The company itself and staff still read them.
    expect((await challengePage(db(), group.member, challenge.id)).viewer).toBe("owner");
    expect((await challengePage(db(), staff, challenge.id)).viewer).toBe("staff");
    expect(await canDownloadChallengeFile(db(), staff, file)).toBe(true);
    expect(ids(await companyChallenges(db(), group.member, group.companyId))).toEqual([challenge.id]);
    const own = await companySkills(db(), group.member, group.companyId);
    expect([ids(own.offers), ids(own.requests)]).toEqual([[offer.id], [ownRequest.id]]);

    await setSuspended(db(), staff, group.companyId, false);

    expect(ids(await openChallenges(db()))).toEqual([challenge.id]);
    expect(ids(await openOffers(db(), sme.member))).toEqual([offer.id]);
    expect(ids(await openRequests(db(), sme.member))).toEqual(ids([ownRequest, request]));
    expect((await challengePage(db(), sme.member, challenge.id)).viewer).toBe("company");
    expect(await canDownloadChallengeFile(db(), sme.member, file)).toBe(true);
    expect((await proposeMission(db(), sme.admin, offer.id, request.id)).status).toBe("proposed");
    expect((await applyToChallenge(db(), sme.admin, challenge.id, sme.companyId, applicationInput(), null)).status).toBe("submitted");
  });

  it("a confidential challenge's NDA cannot be accepted while its company is suspended", async () => {
    const { staff, group, challenge } = await publishedChallenge(CONFIDENTIAL);
    const other = await companyWithTeam(db());
    await setSuspended(db(), staff, group.companyId, true, "Manquements répétés à la charte.");
    await expect(acceptNda(db(), other.admin, challenge.id, other.companyId)).rejects.toBeInstanceOf(NotFoundError);
    await setSuspended(db(), staff, group.companyId, false);
    await acceptNda(db(), other.admin, challenge.id, other.companyId);
    expect((await challengePage(db(), other.member, challenge.id)).fullText).toBe(true);
  });
});
