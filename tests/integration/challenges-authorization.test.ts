/**
 * Who may do what around a challenge, through the real services (roles × operations): the poster's company
 * alone runs its challenge and its applications, staff moderate and read, an applicant sees its own
 * application only — never another's pitch, deck or questions — and the NDA-protected text and attachments
 * are served to nobody outside the poster and staff before the NDA is accepted.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { files } from "@/db/schema";
import { acceptNda, answerQuestion, applyToChallenge, askQuestion, decideApplication, recordOutcome, setPitchSlot } from "@/lib/challenges/applications";
import { canDownloadChallengeFile, challengeApplicationsFor, challengePage, companyChallenges } from "@/lib/challenges/reads";
import { ZOutcomeInput } from "@/lib/challenges/schemas";
import { cancelChallenge, createChallenge, decideChallenge, submitChallenge } from "@/lib/challenges/service";
import { canDownloadFile } from "@/lib/files/download-access";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { applicant, applicationInput, challengeInput, CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";

beforeEach(resetDatabase);

const PDF = (name: string) => ({ filename: name, mimeType: "application/pdf", sizeBytes: 9, bytes: Buffer.from("%PDF-1.4\n") });

async function twoApplicants() {
  const setup = await publishedChallenge(CONFIDENTIAL);
  const a = await applicant("Candidate A");
  const b = await applicant("Candidate B");
  for (const t of [a, b]) await acceptNda(db(), t.admin, setup.challenge.id, t.companyId);
  const appA = await applyToChallenge(
    db(),
    a.admin,
    setup.challenge.id,
    a.companyId,
    applicationInput({ solution: "Pitch secret de la candidate A, à ne montrer à personne d'autre." }),
    PDF("deck-a.pdf"),
  );
  const appB = await applyToChallenge(db(), b.admin, setup.challenge.id, b.companyId, applicationInput(), PDF("deck-b.pdf"));
  const [deckA] = await db().select().from(files).where(eq(files.objectId, appA.id));
  return { ...setup, a, b, appA, appB, deckA };
}

describe("the poster's operations", () => {
  it("only the challenge's company decides, questions and records the outcome; staff and applicants cannot", async () => {
    const { group, staff, a, b, appA, challenge } = await twoApplicants();
    for (const who of [a.admin, b.member, null]) {
      await expect(decideApplication(db(), who, appA.id, "shortlist")).rejects.toBeInstanceOf(NotFoundError);
      await expect(askQuestion(db(), who, appA.id, "Une question indiscrète ?")).rejects.toBeInstanceOf(NotFoundError);
      await expect(setPitchSlot(db(), who, appA.id, new Date())).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(decideApplication(db(), staff, appA.id, "shortlist")).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordOutcome(db(), b.admin, challenge.id, ZOutcomeInput.parse({ outcome: "none" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordOutcome(db(), staff, challenge.id, ZOutcomeInput.parse({ outcome: "none" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelChallenge(db(), a.admin, challenge.id, "Pas le mien")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideApplication(db(), group.member, appA.id, "shortlist")).resolves.toMatchObject({ status: "shortlisted" });
  });

  it("posting for another company, moderating as a member and submitting another's draft are refused", async () => {
    const staff = await staffActor(db());
    const group = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    await expect(createChallenge(db(), other.admin, group.companyId, challengeInput())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createChallenge(db(), null, group.companyId, challengeInput())).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(createChallenge(db(), staff, group.companyId, challengeInput())).rejects.toBeInstanceOf(ForbiddenError);
    const draft = await createChallenge(db(), group.member, group.companyId, challengeInput());
    await expect(submitChallenge(db(), other.admin, draft.id)).rejects.toBeInstanceOf(ForbiddenError);
    await submitChallenge(db(), group.member, draft.id);
    await expect(decideChallenge(db(), group.admin, draft.id, "approve", null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(companyChallenges(db(), other.admin, group.companyId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await companyChallenges(db(), group.member, group.companyId)).map((c) => c.id)).toEqual([draft.id]);
  });
});

describe("what each one reads", () => {
  it("applications: the poster and staff read all; applicants, other companies and visitors find none", async () => {
    const { group, staff, a, b, challenge } = await twoApplicants();
    expect((await challengeApplicationsFor(db(), group.member, challenge.id)).applications).toHaveLength(2);
    expect((await challengeApplicationsFor(db(), staff, challenge.id)).applications).toHaveLength(2);
    const outsider = await companyWithTeam(db());
    for (const who of [a.admin, b.member, outsider.admin, null]) {
      await expect(challengeApplicationsFor(db(), who, challenge.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("an applicant reads its own pitch and questions, never another's, and cannot answer another's question", async () => {
    const { group, a, b, appA, challenge } = await twoApplicants();
    const q = await askQuestion(db(), group.admin, appA.id, "Quel est votre prix ?");
    const pageB = await challengePage(db(), b.member, challenge.id);
    expect(pageB.own?.companyId).toBe(b.companyId);
    expect(JSON.stringify(pageB)).not.toContain("Pitch secret de la candidate A");
    expect(JSON.stringify(pageB)).not.toContain("Quel est votre prix");
    await expect(answerQuestion(db(), b.admin, q.id, "Gratuit !")).rejects.toBeInstanceOf(NotFoundError);
    const pageA = await challengePage(db(), a.member, challenge.id);
    expect(pageA.own?.questions.map((x) => x.question)).toEqual(["Quel est votre prix ?"]);
  });

  it("a deck downloads for its applicant, the poster and staff only", async () => {
    const { group, staff, a, b, deckA } = await twoApplicants();
    const outsider = await companyWithTeam(db());
    const cases: [string, Parameters<typeof canDownloadFile>[1], boolean][] = [
      ["applicant", a.member, true],
      ["poster", group.member, true],
      ["staff", staff, true],
      ["other applicant", b.admin, false],
      ["other company", outsider.admin, false],
      ["visitor", null, false],
    ];
    for (const [, who, expected] of cases) expect(await canDownloadFile(db(), who, deckA)).toBe(expected);
  });

  it("before the NDA neither the page nor the attachment serves the confidential text", async () => {
    const staff = await staffActor(db());
    const group = await companyWithTeam(db());
    const draft = await createChallenge(db(), group.admin, group.companyId, challengeInput(CONFIDENTIAL), [PDF("cahier-des-charges.pdf")]);
    const [attachment] = await db().select().from(files).where(eq(files.objectId, draft.id));
    const reader = await applicant("Lectrice");
    // A draft: nobody but its company, not even staff.
    for (const who of [staff, reader.admin, null]) await expect(challengePage(db(), who, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await canDownloadChallengeFile(db(), staff, attachment)).toBe(false);
    await submitChallenge(db(), group.admin, draft.id);
    expect((await challengePage(db(), staff, draft.id)).challenge.problem).toContain("SECRET");
    await decideChallenge(db(), staff, draft.id, "approve", null);
    for (const who of [reader.admin, null]) {
      const page = await challengePage(db(), who, draft.id);
      expect(JSON.stringify(page)).not.toContain("SECRET");
      expect(page.attachments).toEqual([]);
      expect(await canDownloadFile(db(), who, attachment)).toBe(false);
    }
    await acceptNda(db(), reader.member, draft.id, reader.companyId);
    expect(await canDownloadFile(db(), reader.admin, attachment)).toBe(true);
    expect((await challengePage(db(), reader.admin, draft.id)).attachments).toHaveLength(1);
    // Visitors never: the NDA binds a company, not the public.
    expect(await canDownloadFile(db(), null, attachment)).toBe(false);
  });
});
