/**
 * Per-request query budget (issue 17): the SQL statements each page's data reads send to PostgreSQL, counted
 * on the pg client, stay under a small fixed bound whatever the data. Each case runs the reads its page runs,
 * in the page's order (the page files hold no SQL; a page that adds a read must stay in budget or raise it
 * here, knowingly). Signed-in pages also pay the session's one read of the user and memberships.
 * Territory figures (home, barometer) cost nothing on a second request within the minute: they come from
 * lib/cache/figures.ts, dropped by any audited write.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companyCards, communeCentre, epciNames } from "@/db/queries/search-cards";
import { answerCounts, companyAnswerId, loadAnswer, partnerAnswersOf } from "@/db/queries/answers";
import { loadCompanyProfile } from "@/db/queries/company-profile";
import { loadNeed } from "@/db/queries/needs";
import { listPublishedOffersOfCompany } from "@/db/queries/offers";
import { questionsOfNeed } from "@/db/queries/questions";
import { findUserWithMemberships } from "@/db/queries/users";
import type { Actor } from "@/lib/auth/actor";
import { invalidateFigures } from "@/lib/cache/figures";
import { barometerFigures } from "@/lib/dashboards/figures";
import { defaultPeriod } from "@/lib/dashboards/period";
import { loadBuyerDashboard } from "@/lib/dashboards/service";
import { territoryName } from "@/lib/geo/territory-name";
import { homeFigures } from "@/lib/home/reads";
import { markInvitationOpened } from "@/lib/matching/invitations";
import { computeAndStoreMatches, opportunitiesForSupplier } from "@/lib/matching/service";
import { mayBrowseOpportunities, resolveNeedViewer } from "@/lib/needs/viewer";
import { directoryQuery } from "@/lib/search-ui/queries";
import { ZDirectoryState } from "@/lib/search-ui/url-state";
import { getSearchEngine } from "@/search/index";
import { syncDocuments } from "@/search/indexer";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { AUBAGNE, awardOf, publishedNeed as awardedNeed, submittedAnswer, supplierIn } from "../factories/awards";
import { db, resetDatabase } from "./db";

/** Counts the statements every pg client sends while `fn` runs (the job queue's own polling left out). */
async function statementsOf(fn: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? "");
    if (!text.includes("graphile_worker")) count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}

let buyer: Actor;
let supplier: Actor;
let buyerCompany: string;
let supplierCompany: string;
let needId: string;

beforeAll(async () => {
  await resetDatabase();
  const staff = await staffActor(db());
  const b = await companyWithTeam(db());
  const s = await companyWithTeam(db());
  buyer = b.admin;
  supplier = s.admin;
  buyerCompany = b.companyId;
  supplierCompany = s.companyId;
  // A few more signatories and suppliers, purchases over the year, a published need with stored matches.
  for (let i = 0; i < 4; i++) await companyWithTeam(db());
  for (let i = 0; i < 6; i++) {
    const other = await supplierIn(db(), AUBAGNE);
    const n = await awardedNeed(db(), buyerCompany, { status: "awarded", publishedAt: new Date(Date.now() - (i + 2) * 30 * 86_400_000) });
    await awardOf(db(), { needId: n, buyerId: buyerCompany, supplierId: other, amountEur: 1000 * (i + 1), answerId: await submittedAnswer(db(), n, other) });
  }
  const need = await publishedNeed(db(), buyer, buyerCompany, staff);
  needId = need.id;
  await computeAndStoreMatches(db(), needId);
  await syncDocuments(db(), getSearchEngine(), "companies", [buyerCompany, supplierCompany]);
});

afterAll(() => invalidateFigures());

/** The page's reads, as the page runs them (see the file named in each case). */
const pages = {
  /** app/page.tsx */
  home: () => homeFigures(db()),
  /** app/barometre/page.tsx */
  barometer: () => barometerFigures(db()),
  /** app/annuaire/page.tsx, with a search and a commune */
  directory: async () => {
    const state = ZDirectoryState.parse({ q: "entreprise", commune: AUBAGNE, radius: "30" });
    const centre = await communeCentre(db(), state.commune);
    const result = await getSearchEngine().search(directoryQuery(state, centre));
    await Promise.all([
      companyCards(
        db(),
        result.hits.map((h) => h.id),
      ),
      epciNames(db(), Object.keys(result.facets.epci ?? {})),
    ]);
  },
  /** app/entreprises/[id]/page.tsx (profile read once per request: React cache) */
  company: async () => {
    const profile = await loadCompanyProfile(db(), supplierCompany);
    expect(profile?.publiclyVisible).toBe(true);
    await Promise.all([listPublishedOffersOfCompany(db(), supplierCompany), territoryName(db())]);
  },
  /** app/besoins/[id]/page.tsx as a supplier: need, viewer, invitation opened, answer panel, questions */
  needAsSupplier: async () => {
    await findUserWithMemberships(db(), supplier.userId);
    const loaded = await loadNeed(db(), needId);
    if (!loaded) throw new Error("need not found");
    const n = loaded.need;
    const viewer = await resolveNeedViewer(db(), supplier, {
      companyId: n.companyId,
      status: n.status,
      visibility: n.visibility,
      companySuspended: Boolean(loaded.companySuspendedAt),
    });
    expect(viewer).toBe("supplier");
    await markInvitationOpened(db(), needId, supplierCompany);
    const [answerId] = await Promise.all([
      companyAnswerId(db(), needId, supplierCompany),
      partnerAnswersOf(db(), needId, supplierCompany),
      questionsOfNeed(db(), needId),
    ]);
    if (answerId) await loadAnswer(db(), answerId);
  },
  /** app/besoins/[id]/page.tsx as its buyer, without the match summary's fresh ranking (measured apart) */
  needAsBuyer: async () => {
    await findUserWithMemberships(db(), buyer.userId);
    const loaded = await loadNeed(db(), needId);
    if (!loaded) throw new Error("need not found");
    const n = loaded.need;
    await resolveNeedViewer(db(), buyer, {
      companyId: n.companyId,
      status: n.status,
      visibility: n.visibility,
      companySuspended: Boolean(loaded.companySuspendedAt),
    });
    await Promise.all([answerCounts(db(), needId), questionsOfNeed(db(), needId)]);
  },
  /** app/tableau-de-bord/page.tsx */
  buyerDashboard: async () => {
    await findUserWithMemberships(db(), buyer.userId);
    const data = await loadBuyerDashboard(db(), buyer, buyerCompany, defaultPeriod());
    expect(data.totals.purchases).toBeGreaterThan(0);
  },
  /** app/opportunites/pour-vous/page.tsx */
  supplierOpportunities: async () => {
    await findUserWithMemberships(db(), supplier.userId);
    expect(await mayBrowseOpportunities(db(), supplier)).toBe(true);
    await opportunitiesForSupplier(db(), supplierCompany, 30);
  },
};

/** Statements allowed per request. Raising one is a decision: say why in the commit. */
const BUDGET: Record<keyof typeof pages, number> = {
  home: 3, // platform counts, EPCI name, territory's communes (then cached for a minute)
  barometer: 9, // rollup quarters ×2, network, companies involved, challenges and skills figures and by activity, territory name (then cached)
  directory: 6, // commune centre; the search (its transaction and read-only settings); cards and EPCI names
  company: 7, // profile with activities, areas, references and certifications; offers; territory name
  needAsSupplier: 10, // session; need; viewer; invitation opened; answer, joint answers, questions
  needAsBuyer: 8, // session; need; viewer; answer counts; questions
  buyerDashboard: 2, // session; dash_buyer() on the rollups
  supplierOpportunities: 3, // session; may browse; stored matches
};

describe("per-request query budget", () => {
  for (const page of Object.keys(pages) as (keyof typeof pages)[]) {
    it(`${page}: at most ${BUDGET[page]} statements`, async () => {
      await pages[page](); // warm-up: per-process set-ups (dashboard territory, search engine) run once
      invalidateFigures(Date.now);
      const n = await statementsOf(pages[page]);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(BUDGET[page]);
    });
  }

  it("home and barometer: no statement on the next request within the minute", async () => {
    await homeFigures(db());
    await barometerFigures(db());
    expect(await statementsOf(() => Promise.all([homeFigures(db()), barometerFigures(db())]))).toBe(0);
  });
});
