/**
 * The audit log does not leak private content: entries about a draft need or offer (or one since
 * deleted) keep who did what and when, but their before/after are masked for a reader who may not see
 * the object; once the need is submitted, staff (its moderators) read them.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { readAuditLog } from "@/lib/audit/read";
import { createNeed, deleteNeed, submitNeed } from "@/lib/needs/service";
import { createOffer } from "@/lib/offers/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { needInput } from "../factories/needs";
import { offerInput } from "../factories/offers";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

describe("audit log redaction", () => {
  it("masks the content of drafts for staff, and shows it once the need is submitted", async () => {
    const buyer = await companyWithTeam(db());
    const staff = await staffActor(db());
    const secret = "Rénovation confidentielle du siège";
    const need = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId, { title: secret }));
    const gone = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId, { title: "Brouillon abandonné" }));
    await deleteNeed(db(), buyer.admin, gone.id);
    const offer = await createOffer(db(), buyer.admin, buyer.companyId, offerInput({ title: "Offre encore en brouillon" }));

    const entries = await readAuditLog(db(), staff, { companyId: buyer.companyId });
    const about = (id: string) => entries.filter((e) => e.objectId === id);
    for (const e of [...about(need.id), ...about(gone.id), ...about(offer.id)]) {
      expect(e).toMatchObject({ masked: true, before: null, after: null });
    }
    expect(
      about(gone.id)
        .map((e) => e.action)
        .sort(),
    ).toEqual(["need.create", "need.delete"]);
    expect(JSON.stringify(entries)).not.toContain(secret);
    // Entries about the company itself are not private.
    expect(entries.find((e) => e.action === "account.sign_up")).toMatchObject({ masked: false });

    await submitNeed(db(), buyer.admin, need.id);
    const after = await readAuditLog(db(), staff, { objectType: "need", objectId: need.id });
    expect(after.every((e) => !e.masked)).toBe(true);
    expect(JSON.stringify(after)).toContain(secret);
    // The journal names the need its entries are about, once the reader may see it.
    expect(after.every((e) => e.objectTitle === secret)).toBe(true);
  });

  it("is for staff only", async () => {
    const buyer = await companyWithTeam(db());
    await expect(readAuditLog(db(), buyer.admin, {})).rejects.toThrow();
    await expect(readAuditLog(db(), null, {})).rejects.toThrow();
  });
});
