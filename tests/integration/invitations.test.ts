/** Invitations per need × supplier: one row per pair, e-mails through the outbox, only the buyer invites. */
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { emails, needInvitations } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { invitationsOfNeed, inviteSuppliers, markInvitationOpened } from "@/lib/matching/invitations";
import { approveNeed } from "@/lib/needs/moderation";
import { createNeed, submitNeed } from "@/lib/needs/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { needInput } from "../factories/needs";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

describe("invitations", () => {
  it("invites verified suppliers once each, e-mails their admins, and tracks opening", async () => {
    const buyer = await companyWithTeam(db());
    const [s1, s2, pending] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db(), { verified: false })];
    const draft = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId));
    await expect(inviteSuppliers(db(), buyer.member, draft.id, [s1.companyId])).rejects.toBeInstanceOf(ConflictError);
    await submitNeed(db(), buyer.admin, draft.id);
    await approveNeed(db(), await staffActor(db()), draft.id);

    const r = await inviteSuppliers(db(), buyer.member, draft.id, [s1.companyId, s2.companyId, pending.companyId, buyer.companyId]);
    expect(r).toEqual({ invited: 2, alreadyInvited: 0, refused: 2 });
    expect((await inviteSuppliers(db(), buyer.admin, draft.id, [s1.companyId])).alreadyInvited).toBe(1);
    expect(await db().select().from(needInvitations).where(eq(needInvitations.needId, draft.id))).toHaveLength(2);
    expect(await db().select().from(emails).where(eq(emails.template, "invitation.sent"))).toHaveLength(2);

    await markInvitationOpened(db(), draft.id, s1.companyId);
    const tracked = await invitationsOfNeed(db(), draft.id);
    expect(tracked.find((t) => t.companyId === s1.companyId)?.status).toBe("opened");
    expect(tracked.find((t) => t.companyId === s2.companyId)?.status).toBe("sent");
  });

  it("refuses another company and an empty choice", async () => {
    const buyer = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const need = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId));
    await submitNeed(db(), buyer.admin, need.id);
    await approveNeed(db(), await staffActor(db()), need.id);
    await expect(inviteSuppliers(db(), other.admin, need.id, [other.companyId])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteSuppliers(db(), buyer.admin, need.id, [])).rejects.toBeInstanceOf(ValidationError);
  });
});
