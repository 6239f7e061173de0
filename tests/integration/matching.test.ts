/**
 * Matching against the real database: the SQL prefilter, scores and the tie rule, exclusions with reasons,
 * stored rankings with their weights version, publishing weights, and who may read a need's matches.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, companies, companyActivities, needInvitations, needMatches, needs, offerActivities, offers } from "@/db/schema";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import {
  computeAndStoreMatches, currentWeights, matchesForNeed, opportunitiesForSupplier, publishWeights, rankSuppliersForNeed,
} from "@/lib/matching/service";
import { createNeed } from "@/lib/needs/service";
import { SearchUnavailableError, type SearchEngine, type SearchResult } from "@/search/engine";
import { companyWithTeam, staffActor } from "../factories/actors";
import { needInput } from "../factories/needs";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

/** A signed-up, verified company moved to a given activity and commune. */
async function supplierAt(nafCode: string, communeCode: string, over: Partial<typeof companies.$inferInsert> = {}) {
  const team = await companyWithTeam(db());
  await db().update(companies).set({ nafCode, communeCode, ...over }).where(eq(companies.id, team.companyId));
  return team;
}

/** A need in Aubagne for joinery (43.32A) within 30 km, created by a buyer that is itself a joiner in Aubagne. */
async function aubagneNeed(over: Record<string, unknown> = {}) {
  const buyer = await companyWithTeam(db());
  const need = await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId, {
    title: "Remplacement des fenêtres de l'école Jean-Moulin", kind: "works", nafCodes: ["43.32A"], communeCode: "13005",
    perimeterKind: "radius", perimeterRadiusKm: "30", budgetMinEur: "20000", budgetMaxEur: "40000", ...over,
  }));
  return { buyer, need };
}

const V = { weights: { activity: 0.4, text: 0.1, distance: 0.2, locality: 0.1, size: 0.1, trust: 0.05, responsiveness: 0.05 }, alertThreshold: 0.6, distanceHalfKm: 20 };

describe("ranking suppliers for a need", () => {
  it("ranks an exact joiner 5 km away above a same-class one 20 km away, excludes the far one with its reason, never the buyer", async () => {
    const { buyer, need } = await aubagneNeed();
    const exact = await supplierAt("43.32A", "13070"); // La Penne-sur-Huveaune, ~4 km
    const sameClass = await supplierAt("43.32B", "13110"); // Trets, ~20 km
    const far = await supplierAt("43.32A", "13004", { serviceAreaKind: "territory" }); // Arles, ~75 km
    const unrelated = await supplierAt("56.10A", "13005"); // a restaurant in Aubagne: not a candidate

    const run = await rankSuppliersForNeed(db(), need.id, { search: null });
    const ids = run.matches.map((m) => m.companyId);
    expect(ids).toEqual([exact.companyId, sameClass.companyId]);
    expect(ids).not.toContain(buyer.companyId);
    expect(ids).not.toContain(unrelated.companyId);

    const [first, second] = run.matches;
    expect(first.distanceKm).toBeGreaterThan(3);
    expect(first.distanceKm).toBeLessThan(7);
    expect(second.distanceKm).toBeGreaterThan(15);
    expect(second.distanceKm).toBeLessThan(25);
    expect(first.parts.find((p) => p.key === "activity")).toMatchObject({ value: 1, sentence: "activité exacte 43.32A (Travaux de menuiserie bois et PVC)" });
    expect(second.parts.find((p) => p.key === "activity")).toMatchObject({ value: 0.75, sentence: "activité voisine (même classe 43.32)" });
    expect(first.signatory).toBe(true);
    expect(first.score).toBeGreaterThan(second.score);

    expect(run.excluded).toEqual([{ companyId: far.companyId, name: expect.any(String), reason: expect.stringMatching(/^hors de votre périmètre \(\d+ km pour 30 km\)$/) }]);
    expect(run.weightsVersion).toBe(1);
  });

  it("counts past invitations in responsiveness, with the newcomer prior", async () => {
    const { need } = await aubagneNeed();
    const { buyer: otherBuyer, need: past } = await aubagneNeed({ title: "Ancien besoin de menuiserie" });
    const s = await supplierAt("43.32A", "13070");
    await db().update(needs).set({ responseDeadline: new Date(Date.now() - 86_400_000) }).where(eq(needs.id, past.id));
    await db().insert(needInvitations).values({ needId: past.id, companyId: s.companyId, invitedBy: otherBuyer.admin.userId, status: "answered" });
    const run = await rankSuppliersForNeed(db(), need.id, { search: null });
    expect(run.matches.find((m) => m.companyId === s.companyId)!.parts.find((p) => p.key === "responsiveness"))
      .toMatchObject({ value: 0.6, sentence: "a répondu à 1 invitation sur 1" });
  });

  it("counts secondary activities and published offers, kept current when they or the company change", async () => {
    const { need } = await aubagneNeed();
    const secondary = await supplierAt("56.10A", "13070"); // a restaurant that also declares joinery
    const byOffer = await supplierAt("81.21Z", "13070"); // cleaning, with a published joinery offer
    await db().insert(companyActivities).values({ companyId: secondary.companyId, nafCode: "43.32A" });
    const [offer] = await db().insert(offers).values({ companyId: byOffer.companyId, title: "Pose de fenêtres", description: "Pose.", status: "published" }).returning();
    await db().insert(offerActivities).values({ offerId: offer.id, nafCode: "43.32B" });
    const ranked = async () => new Map((await rankSuppliersForNeed(db(), need.id, { search: null })).matches
      .map((m) => [m.companyId, m.parts.find((p) => p.key === "activity")!.sentence]));

    let run = await ranked();
    expect(run.get(secondary.companyId)).toBe("activité exacte 43.32A (Travaux de menuiserie bois et PVC)");
    expect(run.get(byOffer.companyId)).toBe("activité voisine (même classe 43.32)");

    // an archived offer, a suspended company, a company moved out of reach: no longer candidates
    await db().update(offers).set({ status: "archived" }).where(eq(offers.id, offer.id));
    await db().update(companies).set({ suspendedAt: new Date() }).where(eq(companies.id, secondary.companyId));
    run = await ranked();
    expect(run.has(byOffer.companyId)).toBe(false);
    expect(run.has(secondary.companyId)).toBe(false);
    await db().update(companies).set({ suspendedAt: null, communeCode: "29019" }).where(eq(companies.id, secondary.companyId)); // Brest
    expect((await ranked()).has(secondary.companyId)).toBe(false);
    await db().update(companies).set({ communeCode: "13070" }).where(eq(companies.id, secondary.companyId));
    await db().update(offers).set({ status: "published" }).where(eq(offers.id, offer.id));
    run = await ranked();
    expect(run.has(secondary.companyId)).toBe(true);
    expect(run.has(byOffer.companyId)).toBe(true);
    await db().delete(companyActivities).where(eq(companyActivities.companyId, secondary.companyId));
    await db().delete(offers).where(eq(offers.id, offer.id));
    run = await ranked();
    expect(run.has(secondary.companyId)).toBe(false);
    expect(run.has(byOffer.companyId)).toBe(false);
  });

  it("ranks a need described like the form (the CLI), with French errors on unknown codes", async () => {
    const s = await supplierAt("43.32A", "13070");
    const like = { title: "Fenêtres", nafCodes: ["43.32A"], communeCode: "13005", perimeterKind: "territory" as const, perimeterAreas: [] };
    const run = await rankSuppliersForNeed(db(), like, { search: null });
    expect(run.matches.map((m) => m.companyId)).toContain(s.companyId);
    await expect(rankSuppliersForNeed(db(), { ...like, nafCodes: ["99.99Z"] }, { search: null })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("text relevance from the search engine", () => {
  const engine = (search: SearchEngine["search"]) => ({ search } as unknown as SearchEngine);

  it("gives 1 − position / 200 to the engine's hits, and ranking goes on when the engine is down", async () => {
    const { need } = await aubagneNeed();
    const near = await supplierAt("43.32A", "13070");
    const found = await supplierAt("43.32B", "13110");
    const queries: string[] = [];
    const up = engine(async (q) => {
      queries.push(`${q.text}#${q.page}`);
      return { hits: q.page === 1 ? [{ id: near.companyId }, { id: found.companyId }] as SearchResult["hits"] : [], total: 2, totalIsExact: true, facets: {}, page: q.page ?? 1, pageSize: 100, tookMs: 0 };
    });
    const run = await rankSuppliersForNeed(db(), need.id, { search: up });
    const text = (id: string, r = run) => r.matches.find((m) => m.companyId === id)!.parts.find((p) => p.key === "text")!;
    expect(text(near.companyId)).toEqual({ key: "text", weight: 0.15, value: 1, sentence: "description proche de votre besoin" });
    expect(text(found.companyId).value).toBe(0.995);
    // the title and each activity label, two pages of 100 each
    expect(queries.sort()).toEqual(["Remplacement des fenêtres de l'école Jean-Moulin#1", "Remplacement des fenêtres de l'école Jean-Moulin#2", "Travaux de menuiserie bois et PVC#1", "Travaux de menuiserie bois et PVC#2"]);

    const down = engine(async () => { throw new SearchUnavailableError("postgres"); });
    const degraded = await rankSuppliersForNeed(db(), need.id, { search: down });
    expect(degraded.matches.map((m) => m.companyId)).toEqual([near.companyId, found.companyId]);
    expect(text(near.companyId, degraded)).toMatchObject({ value: 0, sentence: "" });
  });
});

describe("stored rankings", () => {
  it("replaces the need's rows and stores the weights version used", async () => {
    const { need } = await aubagneNeed();
    const s1 = await supplierAt("43.32A", "13070");
    await supplierAt("43.32B", "13110");
    await computeAndStoreMatches(db(), need.id, { search: null });
    const staff = await staffActor(db());
    const v2 = await publishWeights(db(), staff, V);
    const run = await computeAndStoreMatches(db(), need.id, { search: null, limit: 1 });
    const rows = await db().select().from(needMatches).where(eq(needMatches.needId, need.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ companyId: s1.companyId, rank: 1, weightsVersion: v2.version, score: run.matches[0].score });
    expect((rows[0].parts as { key: string; weight: number }[]).find((p) => p.key === "activity")?.weight).toBe(0.4);
  });

  it("lists a supplier's opportunities on open needs only", async () => {
    const { need } = await aubagneNeed();
    const s = await supplierAt("43.32A", "13070");
    await computeAndStoreMatches(db(), need.id, { search: null });
    expect(await opportunitiesForSupplier(db(), s.companyId, 10)).toEqual([]); // a draft is not open
    await db().update(needs).set({ status: "published", publishedAt: new Date() }).where(eq(needs.id, need.id));
    const [o] = await opportunitiesForSupplier(db(), s.companyId, 10);
    expect(o).toMatchObject({ needId: need.id, rank: 1, communeName: "Aubagne" });
    expect(o.parts).toHaveLength(7);
  });
});

describe("weights versions", () => {
  it("requires staff, checks the rules, bumps the version and audits it", async () => {
    const team = await companyWithTeam(db());
    const staff = await staffActor(db());
    await expect(publishWeights(db(), team.admin, V)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishWeights(db(), null, V)).rejects.toBeInstanceOf(UnauthenticatedError);
    const bad = publishWeights(db(), staff, { ...V, weights: { ...V.weights, activity: 0.5 } });
    await expect(bad).rejects.toMatchObject({ fieldErrors: { weights: "La somme des poids doit valoir 1 (elle vaut 1,1)." } });
    expect((await currentWeights(db())).version).toBe(1);

    const v2 = await publishWeights(db(), staff, { ...V, note: "Plus de poids à l'activité" });
    expect(v2).toEqual({ version: 2, ...V });
    expect(await currentWeights(db())).toEqual(v2);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.action, "matching.weights"), eq(auditLog.objectId, "2")));
    expect(audit.actorUserId).toBe(staff.userId);
  });
});

describe("who may read a need's matches (the API's authorize call)", () => {
  it("the need's company and staff; others are refused, anonymous visitors asked to sign in", async () => {
    const { buyer, need } = await aubagneNeed();
    await supplierAt("43.32A", "13070");
    const other = await supplierAt("56.10A", "13005"); // not a candidate: only reads
    const staff = await staffActor(db());

    const own = await matchesForNeed(db(), buyer.member, need.id, { search: null });
    expect(own.matches).toHaveLength(1);
    expect(own.matches[0]).toMatchObject({ rank: 1, commune: "La Penne-sur-Huveaune" });
    expect(Object.keys(own.matches[0]).sort()).toEqual(["commune", "companyId", "distanceKm", "name", "parts", "rank", "score", "siret"]);
    await expect(matchesForNeed(db(), null, need.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(matchesForNeed(db(), other.admin, need.id)).rejects.toBeInstanceOf(ForbiddenError);
    // a draft stays private to its company, even for staff
    await expect(matchesForNeed(db(), staff, need.id)).rejects.toBeInstanceOf(ForbiddenError);
    await db().update(needs).set({ status: "submitted" }).where(eq(needs.id, need.id));
    expect((await matchesForNeed(db(), staff, need.id, { search: null })).weightsVersion).toBe(1);
  });
});
