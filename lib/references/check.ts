/** Checks that codes typed or imported exist in the reference tables; returns French field errors. */
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { communes, epcis, memberships, nafCodes } from "@/db/schema";
import type { AreaRef } from "../geo/area-schema";
import type { FieldErrors } from "../errors";
import { readTogether } from "@/db/read-together";

export async function unknownNafCodes(db: DbOrTx, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await db
    .select({ code: nafCodes.code })
    .from(nafCodes)
    .where(and(inArray(nafCodes.code, codes), eq(nafCodes.level, "subclass")));
  const known = new Set(found.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

export async function communeExists(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db.select({ code: communes.inseeCode }).from(communes).where(eq(communes.inseeCode, code));
  return rows.length > 0;
}

export async function unknownAreas(db: DbOrTx, areas: AreaRef[]): Promise<AreaRef[]> {
  const communeCodes = areas.filter((a) => a.kind === "commune").map((a) => a.code);
  const epciCodes = areas.filter((a) => a.kind === "epci").map((a) => a.code);
  const [c, e] = await readTogether(db, [
    async () => (communeCodes.length ? db.select({ code: communes.inseeCode }).from(communes).where(inArray(communes.inseeCode, communeCodes)) : []),
    async () => (epciCodes.length ? db.select({ code: epcis.code }).from(epcis).where(inArray(epcis.code, epciCodes)) : []),
  ]);
  const known = new Set([...c.map((r) => `commune:${r.code}`), ...e.map((r) => `epci:${r.code}`)]);
  return areas.filter((a) => !known.has(`${a.kind}:${a.code}`));
}

export async function isMemberOf(db: DbOrTx, userId: string, companyId: string): Promise<boolean> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.companyId, companyId)));
  return rows.length > 0;
}

/** The usual trio for a form with activities, a commune and an area list. */
export async function referenceErrors(
  db: DbOrTx,
  input: { nafCodes?: string[]; communeCode?: string; areas?: AreaRef[] },
  fields: { naf: string; commune: string; areas: string },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const [naf, commune, areas] = await readTogether(db, [
    () => unknownNafCodes(db, input.nafCodes ?? []),
    async () => (input.communeCode ? communeExists(db, input.communeCode) : true),
    () => unknownAreas(db, input.areas ?? []),
  ]);
  if (naf.length) errors[fields.naf] = `Code NAF inconnu : ${naf.join(", ")}.`;
  if (!commune) errors[fields.commune] = "Commune inconnue.";
  if (areas.length) errors[fields.areas] = `Zone inconnue : ${areas.map((a) => a.code).join(", ")}.`;
  return errors;
}
