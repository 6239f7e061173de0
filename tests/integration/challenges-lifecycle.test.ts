/**
 * A challenge's life through the real services: posted, moderated like a need, applied to (after the NDA
 * when confidential, with a PDF deck), questioned, shortlisted, selected, its outcome recorded; with the
 * audit rows and the e-mails of each step.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, challengeApplications, challenges, emails, files } from "@/db/schema";
import { acceptNda, answerQuestion, applyToChallenge, askQuestion, decideApplication, recordOutcome, setPitchSlot } from "@/lib/challenges/applications";
import { challengeApplicationsFor, challengePage, isCompanyYoung, openChallenges } from "@/lib/challenges/reads";
import { ZOutcomeInput } from "@/lib/challenges/schemas";
import { createChallenge, decideChallenge, submitChallenge } from "@/lib/challenges/service";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { applicant, applicationInput, challengeInput, CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";

beforeEach(resetDatabase);

const PDF = { filename: "pitch.pdf", mimeType: "application/pdf", sizeBytes: 9, bytes: Buffer.from("%PDF-1.4\n") };

describe("posting and moderation", () => {
  it("a draft is submitted, sent back for changes, resubmitted and published; each step is audited and the poster e-mailed", async () => {
    const staff = await staffActor(db());
    const group = await companyWithTeam(db());
    const draft = await createChallenge(db(), group.admin, group.companyId, challengeInput());
    expect(draft.status).toBe("draft");
    expect(await openChallenges(db())).toHaveLength(0);
    await submitChallenge(db(), group.admin, draft.id);
    await expect(decideChallenge(db(), staff, draft.id, "request_changes", "court")).rejects.toBeInstanceOf(ValidationError);
    const back = await decideChallenge(db(), staff, draft.id, "request_changes", "Précisez le budget de la preuve de concept.");
    expect(back.status).toBe("changes_requested");
    expect(back.moderationNote).toContain("budget");
    await submitChallenge(db(), group.admin, draft.id);
    const published = await decideChallenge(db(), staff, draft.id, "approve", null);
    expect(published.status).toBe("published");
    expect(published.publishedAt).toBeInstanceOf(Date);
    await expect(decideChallenge(db(), staff, draft.id, "approve", null)).rejects.toBeInstanceOf(ConflictError);
    expect((await openChallenges(db())).map((c) => c.id)).toEqual([draft.id]);
    const actions = (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, draft.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["challenge.create", "challenge.submit", "challenge.request_changes", "challenge.approve"]));
    const mails = await db().select({ template: emails.template, subject: emails.subject }).from(emails);
    expect(mails.map((m) => m.template)).toEqual(expect.arrayContaining(["challenge.request_changes", "challenge.approve"]));
  });

  it("a confidential challenge needs its NDA text", () => {
    expect(() => challengeInput({ confidential: "on", ndaText: "" })).toThrow(/accord de confidentialité/);
  });
});

describe("applying", () => {
  it("a confidential challenge hides its full text until the applicant's company accepts the NDA; then it applies with a deck", async () => {
    const { group, challenge } = await publishedChallenge(CONFIDENTIAL);
    const start = await applicant("Jeune Pousse SAS");
    const before = await challengePage(db(), start.member, challenge.id);
    expect(before.fullText).toBe(false);
    expect(before.challenge.problem).toBeNull();
    expect(before.challenge.ndaText).toContain("ne divulguer");
    expect(JSON.stringify(before)).not.toContain("SECRET");
    await expect(applyToChallenge(db(), start.admin, challenge.id, start.companyId, applicationInput(), PDF)).rejects.toBeInstanceOf(ConflictError);
    await acceptNda(db(), start.member, challenge.id, start.companyId);
    const after = await challengePage(db(), start.admin, challenge.id);
    expect(after.fullText).toBe(true);
    expect(after.challenge.problem).toContain("SECRET");
    const app = await applyToChallenge(db(), start.admin, challenge.id, start.companyId, applicationInput(), PDF);
    expect(app.status).toBe("submitted");
    const [deck] = await db()
      .select()
      .from(files)
      .where(and(eq(files.objectType, "challenge_application"), eq(files.objectId, app.id)));
    expect(deck.companyId).toBe(start.companyId);
    await expect(applyToChallenge(db(), start.admin, challenge.id, start.companyId, applicationInput(), null)).rejects.toBeInstanceOf(ConflictError);
    const received = await db().select().from(emails).where(eq(emails.template, "challenge.application_received"));
    expect(received.length).toBeGreaterThan(0);
    // The poster's own page shows everything, with no NDA.
    expect((await challengePage(db(), group.member, challenge.id)).challenge.problem).toContain("SECRET");
  });

  it("refuses a deck that is not a PDF, the poster's own company, an unverified company, and applications after the deadline", async () => {
    const { group, challenge } = await publishedChallenge();
    const start = await applicant("Start Lumière");
    await expect(
      applyToChallenge(db(), start.admin, challenge.id, start.companyId, applicationInput(), {
        ...PDF,
        mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(applyToChallenge(db(), group.admin, challenge.id, group.companyId, applicationInput(), null)).rejects.toBeInstanceOf(ConflictError);
    const unverified = await companyWithTeam(db(), { verified: false });
    await expect(applyToChallenge(db(), unverified.admin, challenge.id, unverified.companyId, applicationInput(), null)).rejects.toBeInstanceOf(ForbiddenError);
    const late = new Date(challenge.deadline.getTime() + 1000);
    await expect(applyToChallenge(db(), start.admin, challenge.id, start.companyId, applicationInput(), null, late)).rejects.toThrow(/date limite/);
  });
});

describe("the poster's decisions", () => {
  it("shortlists, questions, offers a pitch slot, selects and records a PoC then a contract", async () => {
    const { group, challenge } = await publishedChallenge();
    const a = await applicant("Jeune Pousse SAS");
    const b = await applicant("Vieille Maison SA", "1990-05-01");
    const appA = await applyToChallenge(db(), a.admin, challenge.id, a.companyId, applicationInput(), null);
    const appB = await applyToChallenge(db(), b.admin, challenge.id, b.companyId, applicationInput({ trl: "8" }), null);
    await expect(decideApplication(db(), group.admin, appA.id, "select")).rejects.toBeInstanceOf(ConflictError);
    await decideApplication(db(), group.admin, appA.id, "shortlist");
    await decideApplication(db(), group.member, appB.id, "decline");
    const q = await askQuestion(db(), group.admin, appA.id, "Quel débit votre module traite-t-il ?");
    await answerQuestion(db(), a.member, q.id, "Jusqu'à 12 m³ par heure.");
    await setPitchSlot(db(), group.admin, appA.id, new Date("2027-02-10T09:00:00Z"));
    await expect(recordOutcome(db(), group.admin, challenge.id, ZOutcomeInput.parse({ outcome: "poc_signed", pocAmountEur: "25 000" }))).rejects.toThrow(
      /Retenez/,
    );
    await decideApplication(db(), group.admin, appA.id, "select");
    const list = await challengeApplicationsFor(db(), group.member, challenge.id);
    expect(list.applications.map((x) => [x.companyName, x.status, x.young])).toEqual([
      ["Jeune Pousse SAS", "selected", true],
      ["Vieille Maison SA", "declined", false],
    ]);
    expect(list.applications[0].questions[0].answer).toBe("Jusqu'à 12 m³ par heure.");
    const poc = await recordOutcome(db(), group.admin, challenge.id, ZOutcomeInput.parse({ outcome: "poc_signed", pocAmountEur: "25 000" }));
    expect([poc.status, poc.outcome, poc.pocAmountEur]).toEqual(["awarded", "poc_signed", 25_000]);
    const contract = await recordOutcome(db(), group.admin, challenge.id, ZOutcomeInput.parse({ outcome: "contract_signed", contractAmountEur: "120000" }));
    expect([contract.status, contract.outcome, contract.pocAmountEur, contract.contractAmountEur]).toEqual(["awarded", "contract_signed", 25_000, 120_000]);
    const templates = (await db().select({ t: emails.template }).from(emails)).map((m) => m.t);
    expect(templates).toEqual(
      expect.arrayContaining([
        "challenge.application_shortlisted",
        "challenge.application_declined",
        "challenge.application_selected",
        "challenge.question",
        "challenge.pitch",
      ]),
    );
    const [stored] = await db().select().from(challengeApplications).where(eq(challengeApplications.id, appA.id));
    expect(stored.pitchAt?.toISOString()).toBe("2027-02-10T09:00:00.000Z");
    const [row] = await db().select().from(challenges).where(eq(challenges.id, challenge.id));
    expect(row.closedAt).toBeInstanceOf(Date);
  });

  it("a challenge without a winner is declared unsuccessful, not while one is selected", async () => {
    const { group, challenge } = await publishedChallenge();
    const done = await recordOutcome(db(), group.admin, challenge.id, ZOutcomeInput.parse({ outcome: "none", outcomeNote: "Aucune solution assez mûre." }));
    expect(done.status).toBe("unsuccessful");
  });

  it("young companies: the badge follows the SIRENE creation date, and the filter keeps challenges open to them", async () => {
    const young = await applicant("Jeune", new Date(Date.now() - 2 * 365 * 86_400_000).toISOString().slice(0, 10));
    const old = await applicant("Ancienne", "2010-01-01");
    const unknown = await applicant("Inconnue", null);
    expect([await isCompanyYoung(db(), young.companyId), await isCompanyYoung(db(), old.companyId), await isCompanyYoung(db(), unknown.companyId)]).toEqual([
      true,
      false,
      false,
    ]);
    const { challenge: open } = await publishedChallenge();
    const { challenge: closedToYoung } = await publishedChallenge({ openToYoung: "" });
    expect((await openChallenges(db())).map((c) => c.id).sort()).toEqual([open.id, closedToYoung.id].sort());
    expect((await openChallenges(db(), { youngOnly: true })).map((c) => c.id)).toEqual([open.id]);
  });
});
