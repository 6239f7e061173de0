/**
 * Matching against the real database: the SQL prefilter, scores and the tie rule, exclusions with reasons,
 * stored rankings with their weights version, publishing weights, and who may read a need's matches.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, companies, companyActivities, needInvitations, needMatches, needs, offerActivities, offers } from "@/db/schema";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { computeAndStoreMatches, currentWeights, matchesForNeed, opportunitiesForSupplier, publishWeights, rankSuppliersForNeed } from "@/lib/matching/service";
import { MIGRATED_WEIGHTS } from "@/lib/matching/weights-store";
import { createNeed } from "@/lib/needs/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { needInput } from "../factories/needs";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

/** A signed-up, verified company moved to a given activity and commune. */
async function supplierAt(nafCode: string, communeCode: string, over: Partial<typeof companies.$inferInsert> = {}) {
  const team = await companyWithTeam(db());
  await db()
    .update(companies)
    .set({ nafCode, communeCode, ...over })
    .where(eq(companies.id, team.companyId));
  return team;
}

/** A need in Aubagne for joinery (43.32A) within 30 km, created by a buyer that is itself a joiner in Aubagne. */
async function aubagneNeed(over: Record<string, unknown> = {}) {
  const buyer = await companyWithTeam(db());
  const need = await createNeed(
    db(),
    buyer.admin,
    buyer.companyId,
    needInput(buyer.admin.userId, {
      title: "Remplacement des fenêtres de l'école Jean-Moulin",
      kind: "works",
      nafCodes: ["43.32A"],
      communeCode: "13005",
      perimeterKind: "radius",
      perimeterRadiusKm: "30",
      budgetMinEur: "20000",
      budgetMaxEur: "40000",
      ...over,
    }),
  );
  return { buyer, need };
}

/** The version in force after the migrations: the last they insert. */
const MIGRATED = MIGRATED_WEIGHTS[MIGRATED_WEIGHTS.length - 1].version;
const V = {
  weights: { activity: 0.4, trade: 0, text: 0.1, distance: 0.2, locality: 0.1, size: 0.1, trust: 0.05, responsiveness: 0.05 },
  alertThreshold: 0.6,
  distanceHalfKm: 20,
};

describe("ranking suppliers for a need", () => {
  it("ranks an exact joiner 5 km away above a same-class one 20 km away, excludes the far one with its reason, never the buyer", async () => {
    const { buyer, need } = await aubagneNeed();
    const exact = await supplierAt("43.32A", "13070"); // La Penne-sur-Huveaune, ~4 km
    const sameClass = await supplierAt("43.32B", "13110"); // Trets, ~20 km
    const far = await supplierAt("43.32A", "13004", { serviceAreaKind: "territory" }); // Arles, ~75 km
    const unrelated = await supplierAt("56.10A", "13005"); // a restaurant in Aubagne: not a candidate

    const run = await rankSuppliersForNeed(db(), need.id);
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

    expect(run.excluded).toEqual([
      { companyId: far.companyId, name: expect.any(String), reason: expect.stringMatching(/^hors de votre périmètre \(\d+ km pour 30 km\)$/) },
    ]);
    expect(run.weightsVersion).toBe(MIGRATED);
  });

  it("counts past invitations in responsiveness, with the newcomer prior", async () => {
    const { need } = await aubagneNeed();
    const { buyer: otherBuyer, need: past } = await aubagneNeed({ title: "Ancien besoin de menuiserie" });
    const s = await supplierAt("43.32A", "13070");
    await db()
      .update(needs)
      .set({ responseDeadline: new Date(Date.now() - 86_400_000) })
      .where(eq(needs.id, past.id));
    await db().insert(needInvitations).values({ needId: past.id, companyId: s.companyId, invitedBy: otherBuyer.admin.userId, status: "answered" });
    const run = await rankSuppliersForNeed(db(), need.id);
    expect(run.matches.find((m) => m.companyId === s.companyId)!.parts.find((p) => p.key === "responsiveness")).toMatchObject({
      value: 0.6,
      sentence: "a répondu à 1 invitation sur 1",
    });
  });

  it("counts secondary activities and published offers, kept current when they or the company change", async () => {
    // A joinery description (the factory's default one is about mowing: its « ramassage des feuilles » evokes street cleaning).
    const { need } = await aubagneNeed({ description: "Dépose des anciennes fenêtres et pose de menuiseries PVC double vitrage." });
    const secondary = await supplierAt("56.10A", "13070"); // a restaurant that also declares joinery
    const byOffer = await supplierAt("81.21Z", "13070"); // cleaning, with a published joinery offer
    await db().insert(companyActivities).values({ companyId: secondary.companyId, nafCode: "43.32A" });
    const [offer] = await db()
      .insert(offers)
      .values({ companyId: byOffer.companyId, title: "Pose de fenêtres", description: "Pose.", status: "published" })
      .returning();
    await db().insert(offerActivities).values({ offerId: offer.id, nafCode: "43.32B" });
    const ranked = async () =>
      new Map((await rankSuppliersForNeed(db(), need.id)).matches.map((m) => [m.companyId, m.parts.find((p) => p.key === "activity")!.sentence]));

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
    const run = await rankSuppliersForNeed(db(), like);
    expect(run.matches.map((m) => m.companyId)).toContain(s.companyId);
    await expect(rankSuppliersForNeed(db(), { ...like, nafCodes: ["99.99Z"] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("text relevance read from the profiles (BM25 in PostgreSQL)", () => {
  /** A need for technical translation into German and Italian, coded 74.30Z, in Marseille 1er, whole territory. */
  async function translationNeed() {
    const buyer = await companyWithTeam(db());
    return createNeed(
      db(),
      buyer.admin,
      buyer.companyId,
      needInput(buyer.admin.userId, {
        title: "Traduction technique de 40 notices machines en allemand et italien",
        description: "Notices d'utilisation et de maintenance de machines industrielles, depuis le français. Traducteurs spécialisés, relecture technique.",
        kind: "services",
        nafCodes: ["74.30Z"],
        communeCode: "13201",
        perimeterKind: "territory",
        perimeterRadiusKm: "",
      }),
    );
  }
  const described = (naf: string, commune: string, description: string, over: Partial<typeof companies.$inferInsert> = {}) =>
    supplierAt(naf, commune, { description, ...over });

  it("ranks the specialist above same-code look-alikes, finds one of another division, a vague profile in between, never a closed one", async () => {
    const need = await translationNeed();
    const specialist = await described(
      "74.30Z",
      "13205",
      "Traduction technique allemand, italien et anglais : notices de machines, manuels de maintenance, fiches de sécurité. Traducteurs ingénieurs.",
    );
    const literary = await described("74.30Z", "13206", "Traduction littéraire et édition : romans, essais et poésie, de l'anglais et de l'espagnol.");
    const vague = await described("74.30Z", "13207", "Cabinet de traduction.");
    // As near as the look-alikes: what sets it apart is its profile, not its place.
    const elsewhere = await described(
      "85.59B",
      "13204",
      "Formation en langues et traduction technique de documentation industrielle en allemand et en italien.",
    );
    const closed = await described("74.30Z", "13208", "Traduction technique allemand italien de notices machines.", { administrativeState: "F" });
    // Same division (a candidate by activity), no word of the need, its label included (74.10Z « Activités spécialisées de design » shares « spécialisée » with the vocabulary).
    const unrelated = await described("74.20Z", "13209", "Photographie de mariage et portraits en studio.");

    const run = await rankSuppliersForNeed(db(), need.id);
    const ids = run.matches.map((m) => m.companyId);
    if (process.env.DEBUG_MATCH)
      console.log(
        run.matches.map((m) => [m.name, m.score, m.parts.map((p) => `${p.key}=${p.value}`).join(" "), m.parts[1].sentence]),
        { specialist: specialist.companyId, literary: literary.companyId, vague: vague.companyId, elsewhere: elsewhere.companyId },
      );
    expect(ids).toContain(elsewhere.companyId);
    expect(ids).not.toContain(closed.companyId);
    expect(ids.indexOf(specialist.companyId)).toBe(0);
    expect(ids.indexOf(elsewhere.companyId)).toBeLessThan(ids.indexOf(literary.companyId));
    expect(ids).toContain(vague.companyId);
    expect(ids.indexOf(vague.companyId)).toBeGreaterThan(ids.indexOf(specialist.companyId));

    const text = (id: string) => run.matches.find((m) => m.companyId === id)!.parts.find((p) => p.key === "text")!;
    // Blended with the profiles that resemble it (lib/matching/neighbours.ts), the specialist's text value is no
    // longer the full mark of the best profile, but stays above the look-alike's.
    expect(text(specialist.companyId).value).toBeGreaterThan(text(literary.companyId).value);
    expect(text(specialist.companyId).sentence).toMatch(/^sa fiche reprend les mots du besoin : .*(technique|allemand|italien|notices|machines)/);
    expect(text(unrelated.companyId)).toMatchObject({ value: 0, sentence: "" });
    expect(text(literary.companyId).value).toBeLessThan(text(elsewhere.companyId).value);
    // The activity part is a signal: the one of another division gets 0 there and still outranks the look-alike.
    expect(run.matches.find((m) => m.companyId === elsewhere.companyId)!.parts.find((p) => p.key === "activity")!.value).toBe(0);
  });

  it("finds a profile that words the need with another word of the same family, and says so", async () => {
    const buyer = await companyWithTeam(db());
    const need = await createNeed(
      db(),
      buyer.admin,
      buyer.companyId,
      needInput(buyer.admin.userId, {
        title: "Rempaillage pour la salle du conseil municipal",
        description: "Une trentaine d'assises anciennes en paille de seigle à reprendre.",
        kind: "services",
        nafCodes: ["95.24Z"],
        communeCode: "13201",
        perimeterKind: "territory",
        perimeterRadiusKm: "",
      }),
    );
    // « rempailleur » shares no Snowball stem with « rempaillage », and no vocabulary group holds either: only the
    // word family links them.
    const caner = await described("31.09B", "13205", "Artisan rempailleur et canneur, atelier au Panier.");
    const stationer = await described("46.66Z", "13206", "Vente de fournitures et de mobilier de bureau.");
    const run = await rankSuppliersForNeed(db(), need.id);
    const text = (id: string) => run.matches.find((m) => m.companyId === id)?.parts.find((p) => p.key === "text");
    expect(text(caner.companyId)?.value).toBeGreaterThan(0);
    expect(text(caner.companyId)?.sentence).toMatch(/famille de « rempaillage »/i);
    expect(text(stationer.companyId)?.value ?? 0).toBe(0);
  });

  it("follows every write to a profile, whoever makes it (triggers), and the same data give the same order", async () => {
    const need = await translationNeed();
    const a = await described("74.30Z", "13205", "Traduction de sites internet.");
    const b = await described("74.30Z", "13206", "Traduction de sites internet.");
    const before = await rankSuppliersForNeed(db(), need.id);
    expect(before.matches.map((m) => m.companyId).indexOf(b.companyId)).toBeGreaterThan(-1);
    await db()
      .update(companies)
      .set({ description: "Traduction technique allemand italien de notices de machines industrielles." })
      .where(eq(companies.id, b.companyId));
    const after = await rankSuppliersForNeed(db(), need.id);
    expect(after.matches[0].companyId).toBe(b.companyId);
    expect((await rankSuppliersForNeed(db(), need.id)).matches.map((m) => [m.companyId, m.score])).toEqual(after.matches.map((m) => [m.companyId, m.score]));
    // A company that leaves (suspended) leaves the text index too.
    await db().update(companies).set({ suspendedAt: new Date() }).where(eq(companies.id, b.companyId));
    expect((await rankSuppliersForNeed(db(), need.id)).matches.map((m) => m.companyId)).not.toContain(b.companyId);
    expect((await rankSuppliersForNeed(db(), need.id)).matches.map((m) => m.companyId)).toContain(a.companyId);
  });

  it("respects a declared service area; no declared area is no exclusion", async () => {
    const { need } = await aubagneNeed({ perimeterRadiusKm: "60" });
    const undeclared = await supplierAt("43.32A", "13103", { serviceAreaKind: "radius", serviceRadiusKm: null }); // Salon-de-Provence, ~50 km
    const declared = await supplierAt("43.32A", "13110", { serviceAreaKind: "radius", serviceRadiusKm: 5 }); // Trets, ~20 km
    const run = await rankSuppliersForNeed(db(), need.id);
    expect(run.matches.map((m) => m.companyId)).toContain(undeclared.companyId);
    expect(run.excluded.find((e) => e.companyId === declared.companyId)?.reason).toMatch(/^sa zone d'intervention \(5 km autour/);
  });
});

describe("stored rankings", () => {
  it("replaces the need's rows and stores the weights version used", async () => {
    const { need } = await aubagneNeed();
    const s1 = await supplierAt("43.32A", "13070");
    await supplierAt("43.32B", "13110");
    await computeAndStoreMatches(db(), need.id);
    const staff = await staffActor(db());
    const v2 = await publishWeights(db(), staff, V);
    const run = await computeAndStoreMatches(db(), need.id, { limit: 1 });
    const rows = await db().select().from(needMatches).where(eq(needMatches.needId, need.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ companyId: s1.companyId, rank: 1, weightsVersion: v2.version, score: run.matches[0].score });
    expect((rows[0].parts as { key: string; weight: number }[]).find((p) => p.key === "activity")?.weight).toBe(0.4);
  });

  it("lists a supplier's opportunities on open needs only", async () => {
    const { need } = await aubagneNeed();
    const s = await supplierAt("43.32A", "13070");
    await computeAndStoreMatches(db(), need.id);
    expect(await opportunitiesForSupplier(db(), s.companyId, 10)).toEqual([]); // a draft is not open
    await db().update(needs).set({ status: "published", publishedAt: new Date() }).where(eq(needs.id, need.id));
    const [o] = await opportunitiesForSupplier(db(), s.companyId, 10);
    expect(o).toMatchObject({ needId: need.id, rank: 1, communeName: "Aubagne" });
    expect(o.parts).toHaveLength(8);
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
    expect((await currentWeights(db())).version).toBe(MIGRATED);

    const next = await publishWeights(db(), staff, { ...V, note: "Plus de poids à l'activité" });
    expect(next).toEqual({ version: MIGRATED + 1, ...V });
    expect(await currentWeights(db())).toEqual(next);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "matching.weights"), eq(auditLog.objectId, String(MIGRATED + 1))));
    expect(audit.actorUserId).toBe(staff.userId);
  });
});

describe("who may read a need's matches (the API's authorize call)", () => {
  it("the need's company and staff; others are refused, anonymous visitors asked to sign in", async () => {
    const { buyer, need } = await aubagneNeed();
    await supplierAt("43.32A", "13070");
    const other = await supplierAt("56.10A", "13005"); // not a candidate: only reads
    const staff = await staffActor(db());

    const own = await matchesForNeed(db(), buyer.member, need.id);
    expect(own.matches).toHaveLength(1);
    expect(own.matches[0]).toMatchObject({ rank: 1, commune: "La Penne-sur-Huveaune" });
    expect(Object.keys(own.matches[0]).sort()).toEqual(["commune", "companyId", "distanceKm", "name", "parts", "rank", "score", "siret"]);
    await expect(matchesForNeed(db(), null, need.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    // refused as « introuvable » (the rule of lib/matching/access.ts, the same on the page): the need's existence does not leak
    await expect(matchesForNeed(db(), other.admin, need.id)).rejects.toBeInstanceOf(NotFoundError);
    // a draft stays private to its company, even for staff
    await expect(matchesForNeed(db(), staff, need.id)).rejects.toBeInstanceOf(NotFoundError);
    await db().update(needs).set({ status: "submitted" }).where(eq(needs.id, need.id));
    expect((await matchesForNeed(db(), staff, need.id)).weightsVersion).toBe(MIGRATED);
  });
});
