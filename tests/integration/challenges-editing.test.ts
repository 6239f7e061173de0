/**
 * Editing a challenge the CCI sent back (« modifications demandées ») and submitting it again, through the
 * real services: only the poster's company edits, only while it is a draft or sent back; bad input is
 * refused field by field in French and changes nothing.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, challenges, files } from "@/db/schema";
import { challengeFormDefaults } from "@/lib/challenges/form-defaults";
import { challengeInputSchema } from "@/lib/challenges/schemas";
import { createChallenge, decideChallenge, submitChallenge, updateChallenge } from "@/lib/challenges/service";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";
import { challengeInput } from "./challenges-fixtures";

beforeEach(resetDatabase);

const PDF = (name: string) => ({ filename: name, mimeType: "application/pdf", sizeBytes: 9, bytes: Buffer.from("%PDF-1.4\n") });
const rowOf = async (id: string) => (await db().select().from(challenges).where(eq(challenges.id, id)))[0];

/** A group's challenge, submitted and sent back by the CCI for changes, with one attachment. */
async function sentBack() {
  const staff = await staffActor(db());
  const group = await companyWithTeam(db());
  const draft = await createChallenge(db(), group.admin, group.companyId, challengeInput(), [PDF("cahier-des-charges.pdf")]);
  await submitChallenge(db(), group.admin, draft.id);
  const back = await decideChallenge(db(), staff, draft.id, "request_changes", "Précisez le budget et rendez le défi confidentiel.");
  expect(back.status).toBe("changes_requested");
  return { staff, group, challenge: back };
}

describe("editing a challenge sent back for changes, then submitting it again", () => {
  it("a member of the poster's company edits it (the status stays « modifications demandées »), resubmits it, and staff publish it", async () => {
    const { staff, group, challenge } = await sentBack();
    const [attachment] = await db()
      .select()
      .from(files)
      .where(and(eq(files.objectType, "challenge"), eq(files.objectId, challenge.id)));
    // The edit form starts from the challenge's current values.
    expect(challengeFormDefaults(challenge)).toMatchObject({ title: challenge.title, budgetBand: "10k_50k", confidential: "", openToYoung: "on" });
    const edited = await updateChallenge(
      db(),
      group.member,
      challenge.id,
      challengeInput({
        title: "Réduire de moitié l'eau des lignes de lavage",
        budgetBand: "50k_150k",
        confidential: "on",
        ndaText: "Le candidat s'engage à ne divulguer aucune information du défi à des tiers pendant trois ans.",
      }),
      [PDF("plan-usine.pdf")],
      [attachment.id],
    );
    expect([edited.status, edited.title, edited.budgetBand, edited.confidential]).toEqual([
      "changes_requested",
      "Réduire de moitié l'eau des lignes de lavage",
      "50k_150k",
      true,
    ]);
    const kept = await db()
      .select({ filename: files.filename })
      .from(files)
      .where(and(eq(files.objectType, "challenge"), eq(files.objectId, challenge.id)));
    expect(kept.map((f) => f.filename)).toEqual(["plan-usine.pdf"]);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, challenge.id), eq(auditLog.action, "challenge.update")));
    expect(audit.actorUserId).toBe(group.member.userId);
    expect(audit.after).toMatchObject({ budgetBand: "50k_150k", status: "changes_requested" });

    const resubmitted = await submitChallenge(db(), group.member, challenge.id);
    expect(resubmitted.status).toBe("submitted");
    // Once resubmitted, it waits for the CCI again: no more edits.
    await expect(updateChallenge(db(), group.admin, challenge.id, challengeInput())).rejects.toBeInstanceOf(ConflictError);
    expect((await decideChallenge(db(), staff, challenge.id, "approve", null)).status).toBe("published");
  });

  it("only the poster's company edits: another company, staff and a visitor find nothing, and nothing changes", async () => {
    const { staff, challenge } = await sentBack();
    const other = await companyWithTeam(db());
    const changed = challengeInput({ title: "Un titre que personne d'autre ne doit écrire" });
    await expect(updateChallenge(db(), other.admin, challenge.id, changed)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateChallenge(db(), staff, challenge.id, changed)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateChallenge(db(), null, challenge.id, changed)).rejects.toBeInstanceOf(UnauthenticatedError);
    // Nor may another company submit it in the poster's place.
    await expect(submitChallenge(db(), other.admin, challenge.id)).rejects.toThrow();
    const row = await rowOf(challenge.id);
    expect([row.title, row.status, row.updatedAt]).toEqual([challenge.title, "changes_requested", challenge.updatedAt]);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.objectId, challenge.id), eq(auditLog.action, "challenge.update"))),
    ).toHaveLength(0);
  });

  it("only in a draft or sent back: a submitted or published challenge is not editable", async () => {
    const staff = await staffActor(db());
    const group = await companyWithTeam(db());
    const draft = await createChallenge(db(), group.admin, group.companyId, challengeInput());
    expect((await updateChallenge(db(), group.admin, draft.id, challengeInput({ title: "Un brouillon retouché avant envoi" }))).title).toBe(
      "Un brouillon retouché avant envoi",
    );
    await submitChallenge(db(), group.admin, draft.id);
    await expect(updateChallenge(db(), group.admin, draft.id, challengeInput({ title: "Pendant la relecture" }))).rejects.toThrow(/plus modifiable/);
    await decideChallenge(db(), staff, draft.id, "approve", null);
    await expect(updateChallenge(db(), group.admin, draft.id, challengeInput({ title: "Après publication" }))).rejects.toBeInstanceOf(ConflictError);
    expect((await rowOf(draft.id)).title).toBe("Un brouillon retouché avant envoi");
  });

  it("bad input gives French errors on each field and changes nothing", async () => {
    const { group, challenge } = await sentBack();
    const errorsOf = (over: Record<string, string>) => {
      const parsed = challengeInputSchema().safeParse({ ...challengeFormDefaults(challenge), ...over });
      return parsed.success ? {} : fieldErrorsOf(parsed.error);
    };
    const errors = errorsOf({ title: "Eau", deadline: "2020-01-01", maturity: "licorne" });
    expect(Object.keys(errors).sort()).toEqual(["deadline", "maturity", "title"]);
    expect(errors.title).toMatch(/titre/i);
    expect(errors.deadline).toMatch(/date limite/i);
    expect(errors.maturity).toBe("Choisissez la maturité recherchée.");
    // Made confidential without the agreement's text: the error is on that field.
    expect(errorsOf({ confidential: "on", ndaText: "Trop court." })).toEqual({ ndaText: expect.stringMatching(/accord de confidentialité/) });
    // Too many attachments: refused on the attachments field, and the valid changes sent with them are not kept.
    const tooMany = Array.from({ length: 5 }, (_, i) => PDF(`annexe-${i}.pdf`));
    const refused = await updateChallenge(
      db(),
      group.admin,
      challenge.id,
      challengeInput({ title: "Un nouveau titre refusé avec les fichiers" }),
      tooMany,
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors.attachments).toMatch(/pièces jointes au plus/);
    const row = await rowOf(challenge.id);
    expect([row.title, row.status]).toEqual([challenge.title, "changes_requested"]);
    expect(
      await db()
        .select()
        .from(files)
        .where(and(eq(files.objectType, "challenge"), eq(files.objectId, challenge.id))),
    ).toHaveLength(1);
  });
});
