/**
 * The whole state of the search pages lives in the URL (shareable, back-button friendly). Pure parsing
 * and serialising, so links for facets and pages are built the same way everywhere.
 */
import { asList } from "@/lib/validation/as-list";
import { z } from "@/lib/validation/zod";
import { COMMUNE_CODE } from "../geo/commune-code";

const list = (max = 20) => z.preprocess(asList, z.array(z.string().max(40)).max(max)).catch([]);
const commune = z.string().regex(COMMUNE_CODE).optional().catch(undefined);
const radius = z.coerce.number().int().min(1).max(200).optional().catch(undefined);
const page = z.coerce.number().int().min(1).max(500).catch(1);
const q = z.string().trim().max(120).catch("");

export const ZOpportunityState = z.object({
  q,
  kind: list(),
  section: list(),
  csr: list(),
  commune,
  radius,
  closing: z.enum(["7", "30"]).optional().catch(undefined),
  sort: z.enum(["relevance", "deadline", "distance"]).catch("relevance"),
  page,
});
export type OpportunityState = z.infer<typeof ZOpportunityState>;

export const ZDirectoryState = z.object({
  q,
  section: list(),
  headcount: list(),
  cert: list(),
  epci: list(),
  commune,
  radius,
  sort: z.enum(["relevance", "distance"]).catch("relevance"),
  page,
});
export type DirectoryState = z.infer<typeof ZDirectoryState>;

/** Innovation challenges: `jeunes=1` keeps those open to young companies (as on /defis). */
export const ZChallengeSearchState = z.object({
  q,
  maturity: list(),
  reward: list(),
  jeunes: z.enum(["1"]).optional().catch(undefined),
  section: list(),
  epci: list(),
  commune,
  radius,
  sort: z.enum(["relevance", "deadline", "distance"]).catch("relevance"),
  page,
});
export type ChallengeSearchState = z.infer<typeof ZChallengeSearchState>;

/** Skills sponsorship posts: `sens` is offer (an expert lent) or request (a skill sought). */
export const ZSkillSearchState = z.object({
  q,
  sens: list(),
  seniority: list(),
  mode: list(),
  section: list(),
  epci: list(),
  commune,
  radius,
  sort: z.enum(["relevance", "start", "distance"]).catch("relevance"),
  page,
});
export type SkillSearchState = z.infer<typeof ZSkillSearchState>;

/** Next's searchParams (string | string[]) → plain object zod can read. */
export function fromSearchParams(params: Record<string, string | string[] | undefined>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ""));
}

/** State → "?q=…&section=F&section=N"; empty values and defaults are left out. */
export function toQueryString(state: Record<string, unknown>, defaults: Record<string, unknown> = { sort: "relevance", page: 1 }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === "" || value === defaults[key]) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The same state with one facet value switched on or off (back to page 1). */
export function toggled<S extends { page: number }>(state: S, key: keyof S, value: string): S {
  const current = (state[key] as unknown as string[]) ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [key]: next, page: 1 };
}
