/**
 * From page state to engine queries and back to what pages show: hits joined with database rows
 * (the engine returns ids; names, dates and links come from the source of truth).
 */
import type { GeoPoint, SearchQuery } from "@/search/engine";
import type { ChallengeSearchState, DirectoryState, OpportunityState, SkillSearchState } from "./url-state";

export const PAGE_SIZE = 20;
const DAY = 86_400;

export function opportunityQuery(s: OpportunityState, origin: GeoPoint | null, now = new Date()): SearchQuery {
  const nowS = Math.floor(now.getTime() / 1000);
  return {
    index: "needs",
    text: s.q,
    filters: {
      equals: { kind: s.kind, section: s.section, csr: s.csr },
      ranges: { deadline: { min: nowS, ...(s.closing ? { max: nowS + Number(s.closing) * DAY } : {}) } },
      ...(origin && s.radius ? { near: { ...origin, radiusKm: s.radius } } : {}),
    },
    facets: ["kind", "section", "csr"],
    sort: s.sort === "deadline" ? { by: "number", field: "deadline", direction: "asc" }
      : s.sort === "distance" && origin ? { by: "distance", from: origin } : { by: "relevance" },
    origin: origin ?? undefined,
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}

export function directoryQuery(s: DirectoryState, origin: GeoPoint | null): SearchQuery {
  // Typed digits: search by SIRET / SIREN as an exact filter, not as words.
  const digits = s.q.replace(/[\s.]/g, "");
  const bySiret: Record<string, string[]> = /^\d{14}$/.test(digits) ? { siret: [digits] } : /^\d{9}$/.test(digits) ? { siren: [digits] } : {};
  return {
    index: "companies",
    text: Object.keys(bySiret).length ? "" : s.q,
    filters: {
      equals: { section: s.section, headcount: s.headcount, certifications: s.cert, epci: s.epci, ...bySiret },
      ...(origin && s.radius ? { near: { ...origin, radiusKm: s.radius } } : {}),
    },
    facets: ["section", "headcount", "certifications", "epci"],
    sort: s.sort === "distance" && origin ? { by: "distance", from: origin } : { by: "relevance" },
    origin: origin ?? undefined,
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}

/** Open challenges only: a published challenge past its deadline may wait a moment for its job to remove it. */
export function challengeSearchQuery(s: ChallengeSearchState, origin: GeoPoint | null, now = new Date()): SearchQuery {
  return {
    index: "challenges",
    text: s.q,
    filters: {
      equals: { maturity: s.maturity, reward: s.reward, section: s.section, epci: s.epci, ...(s.jeunes ? { openToYoung: [true] } : {}) },
      ranges: { deadline: { min: Math.floor(now.getTime() / 1000) } },
      ...(origin && s.radius ? { near: { ...origin, radiusKm: s.radius } } : {}),
    },
    facets: ["maturity", "reward", "openToYoung", "section", "epci"],
    sort: s.sort === "deadline" ? { by: "number", field: "deadline", direction: "asc" }
      : s.sort === "distance" && origin ? { by: "distance", from: origin } : { by: "relevance" },
    origin: origin ?? undefined,
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}

export function skillSearchQuery(s: SkillSearchState, origin: GeoPoint | null): SearchQuery {
  return {
    index: "skills",
    text: s.q,
    filters: {
      equals: { direction: s.sens, seniority: s.seniority, workMode: s.mode, section: s.section, epci: s.epci },
      ...(origin && s.radius ? { near: { ...origin, radiusKm: s.radius } } : {}),
    },
    facets: ["direction", "seniority", "workMode", "section", "epci"],
    sort: s.sort === "start" ? { by: "number", field: "startsOn", direction: "asc" }
      : s.sort === "distance" && origin ? { by: "distance", from: origin } : { by: "relevance" },
    origin: origin ?? undefined,
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}
