/**
 * Suggestions as you type on every search page (lib/search-ui/suggestions.ts) through the PostgreSQL engine:
 * each index's titles with the link they open, and the same readers as the search page behind them. The doors'
 * refusals per role are in authorization-doors-axes.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import pg from "pg";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { runQueuedJobsOnce } from "@/lib/outbox/worker";
import { createSkillOffer, createSkillRequest } from "@/lib/skills/service";
import { suggest } from "@/lib/search-ui/suggestions";
import { PostgresSearchEngine } from "@/search/engines/postgres/engine";
import { setSearchEngineForTests } from "@/search/index";
import { companyWithTeam, loneUser } from "../factories/actors";
import { CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";
import { db, resetDatabase } from "./db";
import { offerInput, requestInput } from "./skills-fixtures";

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

describe("suggestions of the two axes' search pages", () => {
  it("a challenge's title opens its page; the NDA-protected text suggests nothing", async () => {
    const { challenge } = await publishedChallenge({ ...CONFIDENTIAL, title: "Recycler l'eau des lignes de lavage" });
    const reader = await companyWithTeam(db());
    await runQueuedJobsOnce(url());
    expect(await suggest(db(), reader.member, "challenges", "lavage")).toEqual([
      { id: challenge.id, label: "Recycler l'eau des lignes de lavage", href: `/defis/${challenge.id}` },
    ]);
    expect(await suggest(db(), reader.member, "challenges", "SECRET usine")).toEqual([]);
  });

  it("an expert offered opens at its place on /mecenat, a request at its own; refusals follow the search page's rule", async () => {
    const group = await companyWithTeam(db());
    const sme = await companyWithTeam(db());
    const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
    const request = await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
    await runQueuedJobsOnce(url());
    const hrefs = (await suggest(db(), sme.member, "skills", "actuaire")).map((s) => s.href).sort();
    expect(hrefs).toEqual([`/mecenat#demande-${request.id}`, `/mecenat#offre-${offer.id}`].sort());
    await expect(suggest(db(), null, "skills", "actuaire")).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(suggest(db(), await loneUser(db()), "challenges", "eau")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
