/**
 * Challenges and skills posts through the real services, the outbox and the PostgreSQL engine: each
 * change of status queues index_documents in its transaction, and once the queue has run a published
 * challenge or an open post is found with its facets, and a closed, cancelled, paired or withdrawn one is gone,
 * as is everything of a suspended company until it is reinstated. The
 * NDA-protected text of a confidential challenge and the person behind an expert offer are never findable.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import pg from "pg";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, skillMissions, skillOffers, skillRequests, users } from "@/db/schema";
import { recordOutcome } from "@/lib/challenges/applications";
import { cancelChallenge, createChallenge, decideChallenge, submitChallenge } from "@/lib/challenges/service";
import { runQueuedJobsOnce } from "@/lib/outbox/worker";
import { setSuspended } from "@/lib/companies/staff-decisions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createSkillOffer, createSkillRequest, decideMission, proposeMission, withdrawSkillPost } from "@/lib/skills/service";
import { challengeDocuments } from "@/search/documents-axes";
import { PostgresSearchEngine } from "@/search/engines/postgres/engine";
import type { SearchQuery } from "@/search/engine";
import { setSearchEngineForTests } from "@/search/index";
import { companyWithTeam, staffActor } from "../factories/actors";
import { challengeInput, CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";
import { db, resetDatabase } from "./db";
import { offerInput, requestInput } from "./skills-fixtures";

// The queue also runs the posts' alert jobs, whose e-mails carry signed links.
process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
const url = () => inject("databaseUrl");
let pool: pg.Pool;
let engine: PostgresSearchEngine;

beforeAll(() => {
  pool = new pg.Pool({ connectionString: url(), max: 4 });
  engine = new PostgresSearchEngine(pool);
  setSearchEngineForTests(engine);
});
afterAll(async () => {
  setSearchEngineForTests(undefined);
  await pool.end();
});
beforeEach(async () => {
  await resetDatabase();
  await engine.clear("challenges");
  await engine.clear("skills");
});

const runQueue = () => runQueuedJobsOnce(url());
const found = async (q: Partial<SearchQuery> & Pick<SearchQuery, "index">) => (await engine.search({ text: "", ...q })).hits.map((h) => h.id);
const foundIn = async (index: "challenges" | "skills", text = "") => (await found({ index, text })).sort();
const indexJobs = async (id: string) =>
  (
    await db().execute<{ key: string; run_at: Date }>(
      sql`select key, run_at from graphile_worker.jobs where task_identifier = 'index_documents' and key like ${`%${id}%`} order by key`,
    )
  ).rows;

describe("challenges in search", () => {
  it("a submitted challenge is not found; once approved it is, with its facets, and it is rebuilt again at its deadline", async () => {
    const staff = await staffActor(db());
    const group = await companyWithTeam(db());
    const draft = await createChallenge(db(), group.admin, group.companyId, challengeInput());
    await submitChallenge(db(), group.admin, draft.id);
    await runQueue();
    expect(await found({ index: "challenges", text: "lavage" })).toEqual([]);

    const published = await decideChallenge(db(), staff, draft.id, "approve", null);
    const jobs = await indexJobs(draft.id);
    expect(jobs.map((j) => j.key)).toEqual([`index:challenges:${draft.id}`, `index:challenges:${draft.id}:at`]);
    expect(new Date(jobs[1].run_at).getTime()).toBe(published.deadline.getTime());

    await runQueue();
    const r = await engine.search({ index: "challenges", text: "lavage", facets: ["maturity", "reward", "openToYoung", "confidential", "commune"] });
    expect(r.hits.map((h) => h.id)).toEqual([draft.id]);
    expect(r.facets).toMatchObject({ maturity: { prototype: 1 }, reward: { paid_poc: 1 }, openToYoung: { true: 1 }, confidential: { false: 1 } });
    // Not confidential: its full text (the expected solution) is searchable too.
    expect(await found({ index: "challenges", text: "boucle fermée" })).toEqual([draft.id]);
    expect(await found({ index: "challenges", text: "", filters: { equals: { maturity: ["idea"] } } })).toEqual([]);
    // Past its deadline, the document is gone when the job at the deadline rebuilds it.
    expect(await challengeDocuments(db(), [draft.id], new Date(published.deadline.getTime() + 1000))).toEqual([]);
  });

  it("a cancelled challenge leaves the search", async () => {
    const { group, challenge } = await publishedChallenge();
    await runQueue();
    expect(await found({ index: "challenges", text: "eau" })).toEqual([challenge.id]);
    await cancelChallenge(db(), group.admin, challenge.id, "Projet abandonné par la direction.");
    await runQueue();
    expect(await found({ index: "challenges", text: "eau" })).toEqual([]);
  });

  it("a challenge closed by its outcome leaves the search", async () => {
    const { group, challenge } = await publishedChallenge();
    await runQueue();
    expect(await found({ index: "challenges" })).toEqual([challenge.id]);
    await recordOutcome(db(), group.admin, challenge.id, { outcome: "none", outcomeNote: undefined });
    await runQueue();
    expect(await found({ index: "challenges" })).toEqual([]);
  });

  it("a confidential challenge is found by its title and summary, never by its NDA-protected text", async () => {
    const { challenge } = await publishedChallenge({ ...CONFIDENTIAL, expectedSolution: "Osmose inverse brevetée par Hydrolys." });
    await runQueue();
    expect(await found({ index: "challenges", text: "consommation d'eau" })).toEqual([challenge.id]);
    for (const secret of ["SECRET", "usine B", "osmose", "Hydrolys", "divulguer"]) {
      expect(await found({ index: "challenges", text: secret })).toEqual([]);
    }
    const stored = await db().execute<{ body: string; keywords: string }>(
      sql`select body, keywords from search.documents where index_name = 'challenges' and doc_id = ${challenge.id}`,
    );
    expect(JSON.stringify(stored.rows)).not.toMatch(/SECRET|Hydrolys|divulguer/);
  });
});

describe("skills posts in search", () => {
  it("an offer and a request are found with their facets, never by the person behind the offer; a validated pairing takes both out", async () => {
    const staff = await staffActor(db());
    const group = await companyWithTeam(db());
    const sme = await companyWithTeam(db());
    await db().update(users).set({ firstName: "Bérénice", lastName: "Zanetti" }).where(eq(users.id, group.admin.userId));
    const offer = await createSkillOffer(
      db(),
      group.admin,
      group.companyId,
      offerInput({ description: "Bérénice Zanetti, notre actuaire, accompagne les mutuelles." }),
    );
    const request = await createSkillRequest(db(), sme.member, sme.companyId, requestInput());
    await runQueue();

    const r = await engine.search({ index: "skills", text: "actuaire", facets: ["direction", "seniority", "workMode"] });
    expect(r.hits.map((h) => h.id).sort()).toEqual([offer.id, request.id].sort());
    expect(r.facets).toMatchObject({ direction: { offer: 1, request: 1 }, seniority: { senior: 1 }, workMode: { hybrid: 1, on_site: 1 } });
    expect(await found({ index: "skills", filters: { equals: { direction: ["request"] } } })).toEqual([request.id]);
    expect(await found({ index: "skills", text: "prévoyance" })).toEqual([request.id]);
    for (const person of ["Bérénice", "Zanetti", "650"]) expect(await found({ index: "skills", text: person })).toEqual([]);

    const mission = await proposeMission(db(), sme.admin, offer.id, request.id);
    await decideMission(db(), staff, mission.id, "validate", null);
    await runQueue();
    expect(await found({ index: "skills" })).toEqual([]);
  });
});

describe("withdrawing a skills post", () => {
  it("its company withdraws it: it leaves the search, its pending pairing is cancelled, the change is audited", async () => {
    const [group, sme] = [await companyWithTeam(db()), await companyWithTeam(db())];
    const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
    const request = await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
    const mission = await proposeMission(db(), sme.admin, offer.id, request.id);
    await runQueue();
    expect(await foundIn("skills", "actuaire")).toEqual([offer.id, request.id].sort());

    await withdrawSkillPost(db(), group.member, "offer", offer.id);
    await runQueue();
    expect(await foundIn("skills", "actuaire")).toEqual([request.id]);
    expect((await db().select().from(skillOffers).where(eq(skillOffers.id, offer.id)))[0].status).toBe("withdrawn");
    expect((await db().select().from(skillMissions).where(eq(skillMissions.id, mission.id)))[0].status).toBe("cancelled");
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "skill_offer.withdraw"), eq(auditLog.objectId, offer.id)));
    expect(audit.actorUserId).toBe(group.member.userId);
    await expect(withdrawSkillPost(db(), group.admin, "offer", offer.id)).rejects.toBeInstanceOf(ConflictError);

    await withdrawSkillPost(db(), sme.admin, "request", request.id);
    await runQueue();
    expect(await foundIn("skills")).toEqual([]);
  });

  it("another company finds no such post, staff may not withdraw it for its company, and a post taken by a mission stays", async () => {
    const [group, sme, other] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db())];
    const staff = await staffActor(db());
    const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
    const request = await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
    await expect(withdrawSkillPost(db(), other.admin, "offer", offer.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawSkillPost(db(), sme.admin, "offer", offer.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawSkillPost(db(), staff, "request", request.id)).rejects.toBeInstanceOf(ForbiddenError);
    await runQueue();
    expect(await foundIn("skills", "actuaire")).toEqual([offer.id, request.id].sort());

    await decideMission(db(), staff, (await proposeMission(db(), sme.admin, offer.id, request.id)).id, "validate", null);
    await expect(withdrawSkillPost(db(), sme.admin, "request", request.id)).rejects.toBeInstanceOf(ConflictError);
    expect((await db().select().from(skillRequests).where(eq(skillRequests.id, request.id)))[0].status).toBe("paired");
  });
});

describe("suspending a company", () => {
  it("takes its published challenges and open skills posts out of the search, and reinstating brings them back", async () => {
    const { group, staff, challenge } = await publishedChallenge();
    const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
    const sme = await companyWithTeam(db());
    const request = await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
    await runQueue();
    expect(await foundIn("challenges", "eau")).toEqual([challenge.id]);
    expect(await foundIn("skills", "actuaire")).toEqual([offer.id, request.id].sort());

    await setSuspended(db(), staff, group.companyId, true, "Manquements répétés à la charte.");
    await runQueue();
    expect(await foundIn("challenges", "eau")).toEqual([]);
    // Another company's post stays.
    expect(await foundIn("skills", "actuaire")).toEqual([request.id]);

    await setSuspended(db(), staff, group.companyId, false);
    await runQueue();
    expect(await foundIn("challenges", "eau")).toEqual([challenge.id]);
    expect(await foundIn("skills", "actuaire")).toEqual([offer.id, request.id].sort());
  });
});
