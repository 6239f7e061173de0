/**
 * Turns what buyers type in a "Commune" cell (INSEE code, postal code + name, or a name) into an INSEE
 * code, for a whole file at once: two queries however many rows, and an explicit error when a name is
 * shared by several communes rather than a guess. A bare five-digit code that is one commune's INSEE code
 * and another's postal code (« 13002 »: Allauch, or Marseille 2e) is refused too, naming both readings.
 * A resolution carries the commune's name and how it was read, so the preview can show it.
 */
import { eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { communes } from "@/db/schema";
import { foldText } from "./columns";
import { readTogether } from "@/db/read-together";
import { COMMUNE_CODE } from "../../geo/commune-code";

/** `via`: what the cell held — the INSEE code, a postal code (given here), or the name. */
export type CommuneResolution = { code: string; name: string; via: "insee" | "name" | { postal: string } } | { error: string };

type Ref = { kind: "code"; code: string } | { kind: "postal"; postal: string; name: string } | { kind: "name"; name: string };

export function parseCommuneCell(cell: string): Ref {
  const s = cell.trim().replace(/\s+/g, " ");
  if (COMMUNE_CODE.test(s.toUpperCase())) return { kind: "code", code: s.toUpperCase() };
  const hasLetter = (x: string) => /\p{L}/u.test(x);
  const before = /^\(?(\d{5})\)?[\s,–-]*(.+)$/.exec(s);
  if (before && hasLetter(before[2])) return { kind: "postal", postal: before[1], name: before[2] };
  const after = /^(.+?)[\s,–-]*\(?(\d{5})\)?$/.exec(s);
  if (after && hasLetter(after[1])) return { kind: "postal", postal: after[2], name: after[1] };
  return { kind: "name", name: s };
}

interface Candidate {
  code: string;
  name: string;
  department: string;
  parentCode: string | null;
  parentName: string | null;
  postalCodes: string[];
}

const list = (cs: Candidate[]) => {
  const shown = cs
    .slice(0, 5)
    .map((c) => `${c.name}, ${c.code} (dép. ${c.department})`)
    .join(" ; ");
  return cs.length > 5 ? `${shown} ; et ${cs.length - 5} autres` : shown;
};

/** A commune that has arrondissements and one of them both match: the arrondissement is the precise answer. */
const preferArrondissements = (cs: Candidate[]) => cs.filter((c) => !cs.some((o) => o.parentCode === c.code));

const fold = (col: unknown) => sql`trim(regexp_replace(unaccent(lower(${col})), '[^a-z0-9]+', ' ', 'g'))`;

export async function resolveCommunes(db: DbOrTx, cells: string[]): Promise<Map<string, CommuneResolution>> {
  const refs = new Map(cells.map((c) => [c, parseCommuneCell(c)] as const));
  const codes = new Set<string>(),
    postals = new Set<string>(),
    names = new Set<string>();
  for (const r of refs.values()) {
    if (r.kind === "code") {
      codes.add(r.code);
      postals.add(r.code);
    } // a bare 5-digit code may be a postal code
    else if (r.kind === "postal") postals.add(r.postal);
    else names.add(foldText(r.name));
  }
  const parent = alias(communes, "parent");
  const select = {
    code: communes.inseeCode,
    name: communes.name,
    department: communes.department,
    parentCode: communes.parentCode,
    parentName: parent.name,
    postalCodes: communes.postalCodes,
    folded: sql<string>`${fold(communes.name)}`,
  };
  const base = () => db.select(select).from(communes).leftJoin(parent, eq(parent.inseeCode, communes.parentCode));
  const postalArray = sql`array[${sql.join(
    [...postals].map((p) => sql`${p}`),
    sql`, `,
  )}]::text[]`;
  const [byCode, byName] = await readTogether(db, [
    async () =>
      codes.size || postals.size
        ? base().where(
            or(codes.size ? inArray(communes.inseeCode, [...codes]) : undefined, postals.size ? sql`${communes.postalCodes} && ${postalArray}` : undefined),
          )
        : [],
    async () =>
      names.size
        ? base().where(
            sql`${fold(communes.name)} in (${sql.join(
              [...names].map((n) => sql`${n}`),
              sql`, `,
            )})`,
          )
        : [],
  ]);

  const result = new Map<string, CommuneResolution>();
  for (const [cell, ref] of refs) result.set(cell, resolveOne(ref, cell, byCode, byName));
  return result;
}

/** « de Marseille », « d'Allauch », « d'Aubagne ». */
const of = (name: string) => (/^[aeiouyhàâäéèêëîïôöûü]/i.test(name) ? `d'${name}` : `de ${name}`);

const found = (c: Candidate, via: "insee" | "name" | { postal: string }): CommuneResolution => ({ code: c.code, name: c.name, via });

function resolveOne(ref: Ref, cell: string, byCode: Candidate[], byName: (Candidate & { folded: string })[]): CommuneResolution {
  const hint = "Indiquez le code INSEE, ou le code postal suivi du nom (ex. 13400 Aubagne).";
  if (ref.kind === "code") {
    const byInsee = byCode.find((c) => c.code === ref.code);
    const byPostal = preferArrondissements(byCode.filter((c) => c.postalCodes.includes(ref.code)));
    const others = byPostal.filter((c) => c.code !== byInsee?.code && c.parentCode !== byInsee?.code);
    if (byInsee && others.length > 0) {
      return {
        error:
          `« ${ref.code} » est à la fois le code INSEE ${of(byInsee.name)} et le code postal de ${others.map((c) => `${c.name} (${c.code})`).join(", ")} : ` +
          `écrivez le code postal suivi du nom (ex. « ${ref.code} ${others[0].name} ») ou le nom de la commune (« ${byInsee.name} »).`,
      };
    }
    if (byInsee) return found(byInsee, "insee");
    if (byPostal.length === 1) return found(byPostal[0], { postal: ref.code });
    if (byPostal.length > 1)
      return { error: `Plusieurs communes ont le code postal ${ref.code} (${list(byPostal)}) : ajoutez le nom de la commune ou indiquez son code INSEE.` };
    return { error: `Aucune commune n'a le code INSEE ou postal « ${cell} ». ${hint}` };
  }
  if (ref.kind === "postal") {
    const name = foldText(ref.name);
    const inPostal = byCode.filter((c) => c.postalCodes.includes(ref.postal));
    if (inPostal.length === 0) return { error: `Le code postal ${ref.postal} n'existe pas. ${hint}` };
    const matches = preferArrondissements(inPostal.filter((c) => foldText(c.name) === name || (c.parentName && foldText(c.parentName) === name)));
    if (matches.length === 1) return found(matches[0], { postal: ref.postal });
    if (matches.length > 1) return { error: `Plusieurs communes correspondent à « ${cell} » (${list(matches)}) : indiquez le code INSEE.` };
    return { error: `Aucune commune « ${ref.name} » avec le code postal ${ref.postal} (communes de ce code : ${list(inPostal)}).` };
  }
  const matches = byName.filter((c) => c.folded === foldText(ref.name));
  if (matches.length === 1) return found(matches[0], "name");
  if (matches.length > 1) {
    return { error: `Plusieurs communes s'appellent « ${ref.name} » (${list(matches)}) : indiquez le code INSEE ou le code postal suivi du nom.` };
  }
  return { error: `Commune introuvable : « ${ref.name} ». ${hint}` };
}
