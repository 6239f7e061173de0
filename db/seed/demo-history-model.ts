/**
 * Row shapes of the demo history (answers, awards, follow-ups, ratings) and the deterministic helpers that
 * build them: seed-stable ids, a seedable PRNG, day arithmetic.
 */
import { createHash } from "node:crypto";
import type { DemoCompany, DemoMembership, DemoUser } from "./generate";
import type { DemoNeed } from "./demo-needs";

export interface DemoAnswer {
  id: string;
  needId: string;
  companyId: string;
  createdBy: string | null;
  status: "interested" | "submitted" | "shortlisted" | "awarded" | "not_retained";
  priceEur: number | null;
  leadTimeDays: number | null;
  validityDays: number | null;
  message: string | null;
  feedback: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
}
export interface DemoAward {
  id: string;
  needId: string;
  answerId: string;
  buyerCompanyId: string;
  supplierCompanyId: string;
  amountEur: number;
  awardedOn: Date;
  decidedBy: string;
}
export interface DemoFollowUp {
  needId: string;
  companyId: string;
  side: "buyer" | "supplier";
  outcome: "yes" | "not_yet" | "no" | null;
  amountEur: number | null;
  reason: string | null;
  askedAt: Date;
  respondedAt: Date | null;
}
export interface DemoRating {
  needId: string;
  supplierCompanyId: string;
  buyerCompanyId: string;
  rating: number;
  comment: string | null;
  ratedBy: string;
  createdAt: Date;
}

export interface DemoHistory {
  /** Suppliers from outside the territory (with their admin), which answer and sometimes win. */
  companies: DemoCompany[];
  users: DemoUser[];
  memberships: DemoMembership[];
  needs: DemoNeed[];
  answers: DemoAnswer[];
  awards: DemoAward[];
  followUps: DemoFollowUp[];
  ratings: DemoRating[];
}

export const DAY = 86_400_000;

export function uuidOf(text: string) {
  const h = createHash("sha256").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-9${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** mulberry32: small, seedable, the same sequence on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const round100 = (n: number) => Math.round(n / 100) * 100;
