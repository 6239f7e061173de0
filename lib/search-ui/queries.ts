/**
 * From page state to engine queries and back to what pages show: hits joined with database rows
 * (the engine returns ids; names, dates and links come from the source of truth).
 */
import type { GeoPoint, SearchQuery, SearchSort } from "@/search/engine";
import type { ChallengeSearchState, DirectoryState, OpportunityState, SkillSearchState } from "./url-state";

export const PAGE_SIZE = 20;
const DAY = 86_400;

/** What every search page's query shares: the radius around a commune, distance sort, relevance by default, the page. */
function pageQuery(s: { sort: string; radius?: number; page: number }, origin: GeoPoint | null, byNumber: Record<string, string> = {}) {
  const field = byNumber[s.sort];
  const sort: SearchSort = field
    ? { by: "number", field, direction: "asc" }
    : s.sort === "distance" && origin
      ? { by: "distance", from: origin }
      : { by: "relevance" };
  return {
    near: origin && s.radius ? { near: { ...origin, radiusKm: s.radius } } : {},
    sort,
    origin: origin ?? undefined,
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}

export function opportunityQuery(s: OpportunityState, origin: GeoPoint | null, now = new Date()): SearchQuery {
  const nowS = Math.floor(now.getTime() / 1000);
  const { near, ...rest } = pageQuery(s, origin, { deadline: "deadline" });
  return {
    index: "needs",
    text: s.q,
    filters: {
      equals: { kind: s.kind, section: s.section, csr: s.csr },
      ranges: { deadline: { min: nowS, ...(s.closing ? { max: nowS + Number(s.closing) * DAY } : {}) } },
      ...near,
    },
    facets: ["kind", "section", "csr"],
    ...rest,
  };
}

export function directoryQuery(s: DirectoryState, origin: GeoPoint | null): SearchQuery {
  // Typed digits: search by SIRET / SIREN as an exact filter, not as words.
  const digits = s.q.replace(/[\s.]/g, "");
  const bySiret: Record<string, string[]> = /^\d{14}$/.test(digits) ? { siret: [digits] } : /^\d{9}$/.test(digits) ? { siren: [digits] } : {};
  const { near, ...rest } = pageQuery(s, origin);
  return {
    index: "companies",
    text: Object.keys(bySiret).length ? "" : s.q,
    filters: { equals: { section: s.section, headcount: s.headcount, certifications: s.cert, epci: s.epci, ...bySiret }, ...near },
    facets: ["section", "headcount", "certifications", "epci"],
    ...rest,
  };
}

/** Open challenges only: a published challenge past its deadline may wait a moment for its job to remove it. */
export function challengeSearchQuery(s: ChallengeSearchState, origin: GeoPoint | null, now = new Date()): SearchQuery {
  const { near, ...rest } = pageQuery(s, origin, { deadline: "deadline" });
  return {
    index: "challenges",
    text: s.q,
    filters: {
      equals: { maturity: s.maturity, reward: s.reward, section: s.section, epci: s.epci, ...(s.jeunes ? { openToYoung: [true] } : {}) },
      ranges: { deadline: { min: Math.floor(now.getTime() / 1000) } },
      ...near,
    },
    facets: ["maturity", "reward", "openToYoung", "section", "epci"],
    ...rest,
  };
}

export function skillSearchQuery(s: SkillSearchState, origin: GeoPoint | null): SearchQuery {
  const { near, ...rest } = pageQuery(s, origin, { start: "startsOn" });
  return {
    index: "skills",
    text: s.q,
    filters: { equals: { direction: s.sens, seniority: s.seniority, workMode: s.mode, section: s.section, epci: s.epci }, ...near },
    facets: ["direction", "seniority", "workMode", "section", "epci"],
    ...rest,
  };
}
