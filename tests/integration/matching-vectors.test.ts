/**
 * The similar profiles' vectors (db/queries/match-vectors.ts) against the real database: what comes back is what the
 * postings say (weight ln(1 + tf) × ln(N / (1 + df)), unit length, lexemes sorted as JavaScript compares them), so
 * the blend over similar profiles (lib/matching/neighbours.ts) reads the same cosines whatever the transport.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { companies } from "@/db/schema";
import { profileVectors } from "@/db/queries/match-vectors";
import { cosine } from "@/lib/matching/neighbours";
import { companyWithTeam } from "../factories/actors";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

async function company(description: string, nafCode = "74.30Z") {
  const team = await companyWithTeam(db());
  // One name for all: a profile is its name too, and the factory's names differ.
  await db().update(companies).set({ nafCode, description, legalName: "ATELIER DU SUD", tradeName: null }).where(eq(companies.id, team.companyId));
  return team.companyId;
}

describe("profile vectors", () => {
  it("are the postings' weights at unit length, sorted, and only for the companies asked for", async () => {
    const a = await company("Traduction technique de notices en allemand et en italien, traducteurs certifiés.");
    const b = await company("Traduction technique de notices en allemand et en italien, traducteurs certifiés.");
    const c = await company("Traduction littéraire de romans et d'essais, de l'anglais vers le français.");
    // Other trades, so that words of the translators are telling (a lexeme in most profiles weighs nothing).
    for (const other of ["Plomberie, chauffage et dépannage de chaudières.", "Nettoyage de bureaux.", "Menuiserie bois et PVC.", "Transport de palettes."])
      await company(other, "82.99Z");

    const vectors = await profileVectors(db(), [a, b, c]);
    expect([...vectors.keys()].sort()).toEqual([a, b, c].sort());

    const { rows } = await db().execute<{ lexeme: string; w: number }>(sql`
      with n as (select df::float8 as n from match_lexicon where lexeme = '')
      select m.lexeme, ln(1 + m.tf) * ln(n.n / (1 + l.df)) as w
      from match_terms m join match_lexicon l on l.lexeme = m.lexeme cross join n
      where m.company_id = ${c} and m.lexeme <> '' and n.n / (1 + l.df) > 1`);
    const expected = rows.map((r) => ({ lexeme: r.lexeme, w: Number(r.w) })).sort((x, y) => (x.lexeme < y.lexeme ? -1 : 1));
    const norm = Math.sqrt(expected.reduce((s, r) => s + r.w * r.w, 0));
    const vc = vectors.get(c)!;
    expect(vc.lexemes).toEqual(expected.map((r) => r.lexeme));
    vc.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i].w / norm, 12));
    expect(vc.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 12);

    // Two identical profiles point the same way; the literary translator shares only part of their words.
    expect(cosine(vectors.get(a)!, vectors.get(b)!)).toBeCloseTo(1, 12);
    const ac = cosine(vectors.get(a)!, vc);
    expect(ac).toBeGreaterThan(0);
    expect(ac).toBeLessThan(0.5);

    expect(await profileVectors(db(), [])).toEqual(new Map());
  });
});
