/** RGPD access and portability: « Mes données » exports one user's own data, and nothing of others'. */
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { saveAnswer } from "@/lib/answers/service";
import { recordAudit } from "@/lib/audit/record";
import { exportFilename, exportPersonalData } from "@/lib/rgpd/export";
import { NotFoundError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

describe("personal data export", () => {
  it("holds the account without its password hash, the member's companies with their needs and answers, e-mails received and own journal entries", async () => {
    const buyer = await companyWithTeam(db());
    const supplier = await companyWithTeam(db());
    const other = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));
    await saveAnswer(db(), supplier.member, need.id, answerInput());
    await saveAnswer(db(), other.member, need.id, answerInput({ message: "Réponse d'un concurrent qui ne doit pas fuiter dans l'export." }));
    await recordAudit(db(), { actorUserId: other.admin.userId, action: "company.update", objectType: "company", objectId: other.companyId });

    const data = await exportPersonalData(db(), supplier.member.userId, new Date("2026-12-05T10:00:00Z"));
    const [row] = await db().select().from(users).where(eq(users.id, supplier.member.userId));
    expect(data.compte).toMatchObject({ id: row.id, email: row.email, firstName: row.firstName, lastName: row.lastName });
    const text = JSON.stringify(data);
    expect(text).not.toContain("passwordHash");

    expect(data.entreprises).toHaveLength(1);
    expect(data.entreprises[0]).toMatchObject({ role: "member", fiche: { id: supplier.companyId } });
    expect(data.entreprises[0].reponses.map((a) => a.needId)).toEqual([need.id]);
    // A competitor's answer, another company's journal: not this user's data.
    expect(text).not.toContain("concurrent qui ne doit pas fuiter");
    expect(text).not.toContain(other.companyId);
    expect(data.journalDeMesActions.map((j) => j.action)).toContain("answer.submit");
    expect(data.journalDeMesActions.every((j) => j.action !== "company.update")).toBe(true);

    // The buyer's export holds the answer e-mail it received.
    const buyerData = await exportPersonalData(db(), buyer.admin.userId);
    expect(buyerData.emailsRecus.map((e) => e.template)).toContain("answer.submitted");
    expect(buyerData.entreprises[0].besoins.map((n) => n.id)).toEqual([need.id]);
    expect(exportFilename(new Date("2026-12-05T10:00:00Z"))).toBe("circuit-court-mes-donnees-2026-12-05.json");
  });

  it("refuses an unknown account", async () => {
    await expect(exportPersonalData(db(), "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});
