/**
 * Checks every row of a parsed purchase plan: raw cells → the FormData-shaped object the need form sends,
 * then the same needInputSchema as the form, plus reference checks done in bulk (one NAF query, two
 * commune queries for the whole file). Errors are keyed by the French column name the buyer sees.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { nafCodes } from "@/db/schema";
import { fieldErrorsOf } from "../../validation/zod";
import { normalizeNaf } from "../../naf/code";
import { CSR_CRITERIA } from "../csr";
import { needInputSchema, type NeedInput } from "../need-schema";
import { columnLabel, foldText, IMPORT_COLUMNS, type ColumnKey } from "./columns";
import type { ParsedFile, RawValues } from "./parse";
import { resolveCommunes, type CommuneResolution } from "./resolve-communes";
import { readTogether } from "@/db/read-together";

export type RowErrors = Record<string, string>;
/** What a valid row was read as, for the preview: the commune found and how, the NAF labels. */
export interface ResolvedRow {
  commune: Extract<CommuneResolution, { code: string }>;
  naf: { code: string; label: string }[];
}
export type ImportRowResult =
  { line: number; title: string; ok: true; input: NeedInput; resolved: ResolvedRow } | { line: number; title: string; ok: false; errors: RowErrors };
export interface ValidatedImport {
  rows: ImportRowResult[];
  fileErrors: string[];
}

export const DEFAULT_RADIUS_KM = 30;

/** needInputSchema's field → the column it comes from. */
const COLUMN_OF_FIELD: Record<string, ColumnKey> = {
  title: "title",
  description: "description",
  kind: "kind",
  nafCodes: "nafCodes",
  communeCode: "commune",
  perimeterKind: "radiusKm",
  perimeterRadiusKm: "radiusKm",
  perimeterAreas: "radiusKm",
  budgetMinEur: "budgetMin",
  budgetMaxEur: "budgetMax",
  quantities: "quantities",
  responseDeadline: "responseDeadline",
  expectedStartDate: "expectedStartDate",
  csrCriteria: "csrCriteria",
  visibility: "visibility",
};

const KINDS: Record<string, NeedInput["kind"]> = {
  fournitures: "supplies",
  fourniture: "supplies",
  supplies: "supplies",
  services: "services",
  service: "services",
  prestations: "services",
  prestation: "services",
  travaux: "works",
  travail: "works",
  works: "works",
};

/** dd/mm/yyyy, d-m-yy, yyyy-mm-dd (a date cell arrives as yyyy-mm-dd), or an Excel serial number → "yyyy-mm-dd". */
export function toIsoDate(raw: string): string | null {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(s))) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s)))
    [d, m, y] = [+match[1], +match[2], match[3].length === 2 ? 2000 + +match[3] : +match[3]];
  else if (/^\d{5}(\.\d+)?$/.test(s)) {
    // A date cell exported without its format: days since 1899-12-30 (Excel's epoch, leap-year bug included).
    const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(s)) * 86_400_000);
    return day.toISOString().slice(0, 10);
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 31/02 and friends, which Date would silently roll over.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** CSR cell: labels (which contain commas) or codes, separated by ";" or new lines; "," also splits codes. */
export function parseCsr(cell: string): { codes: string[]; unknown: string[] } {
  const byKey = new Map<string, string>(
    CSR_CRITERIA.flatMap((c) => [
      [foldText(c.label), c.code],
      [foldText(c.code), c.code],
    ]),
  );
  const match = (piece: string): string | undefined => {
    const f = foldText(piece);
    if (!f) return undefined;
    const exact = byKey.get(f);
    if (exact) return exact;
    // "Insertion", "Bas carbone": the start of one label is enough when it is unambiguous.
    const starts = CSR_CRITERIA.filter((c) => f.length >= 4 && foldText(c.label).startsWith(f));
    return starts.length === 1 ? starts[0].code : undefined;
  };
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const piece of cell
    .split(/[;\n|]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const whole = match(piece);
    const parts = whole
      ? [whole]
      : piece
          .split(",")
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => match(p) ?? `?${p}`);
    for (const p of parts) {
      if (p.startsWith("?")) unknown.push(p.slice(1));
      else if (!codes.includes(p)) codes.push(p);
    }
  }
  return { codes, unknown };
}

function visibilityOf(cell: string | undefined): NeedInput["visibility"] | null {
  const f = foldText(cell ?? "");
  if (!f || f === "all signatories" || f.includes("signataire") || f.startsWith("tou") || f === "public") return "all_signatories";
  if (f.includes("invit")) return "invited_only";
  return null;
}

const amount = (cell: string | undefined) => (cell ?? "").replace(/€|eur(os?)?|\bht\b/gi, "").trim();

interface Shaped {
  form: Record<string, string | string[]>;
  errors: RowErrors;
  naf: string[];
  commune?: string;
}

/** Raw cells → FormData-shaped values; conversion errors are given now, with import-specific wording. */
function shapeRow(v: RawValues, contactUserId: string): Shaped {
  const errors: RowErrors = {};
  const err = (key: ColumnKey, message: string) => {
    errors[columnLabel(key)] ??= message;
  };
  const form: Record<string, string | string[]> = { perimeterKind: "radius", contactUserId };
  for (const [field, key] of [
    ["title", "title"],
    ["description", "description"],
    ["quantities", "quantities"],
  ] as const) {
    if (v[key]) form[field] = v[key];
  }

  const kind = v.kind ? KINDS[foldText(v.kind).split(" ")[0]] : undefined;
  if (kind) form.kind = kind;
  else
    err(
      "kind",
      v.kind ? `Type inconnu : « ${v.kind} ». Indiquez fournitures, services ou travaux.` : "Le type est obligatoire : fournitures, services ou travaux.",
    );

  const naf: string[] = [];
  const badNaf: string[] = [];
  for (const token of (v.nafCodes ?? "").split(/[\s,;]+/).filter(Boolean)) {
    const code = normalizeNaf(token);
    if (!code) badNaf.push(token);
    else if (!naf.includes(code)) naf.push(code);
  }
  if (badNaf.length) err("nafCodes", `Code NAF invalide : ${badNaf.map((t) => `« ${t} »`).join(", ")} (format attendu : 43.32A).`);
  form.nafCodes = naf;

  form.perimeterRadiusKm = (v.radiusKm ?? String(DEFAULT_RADIUS_KM)).replace(/\s*km$/i, "");
  if (v.budgetMin) form.budgetMinEur = amount(v.budgetMin);
  if (v.budgetMax) form.budgetMaxEur = amount(v.budgetMax);

  for (const [key, field] of [
    ["responseDeadline", "responseDeadline"],
    ["expectedStartDate", "expectedStartDate"],
  ] as const) {
    const raw = v[key];
    if (!raw) continue;
    const iso = toIsoDate(raw);
    if (iso) form[field] = iso;
    else err(key, `« ${raw} » n'est pas une date valide : écrivez-la jj/mm/aaaa ou aaaa-mm-jj.`);
  }

  if (v.csrCriteria) {
    const { codes, unknown } = parseCsr(v.csrCriteria);
    form.csrCriteria = codes;
    if (unknown.length) err("csrCriteria", `Critère RSE inconnu : ${unknown.map((u) => `« ${u} »`).join(", ")}. Voir la feuille « Aide » du modèle.`);
  }

  const visibility = visibilityOf(v.visibility);
  if (visibility) form.visibility = visibility;
  else err("visibility", `Visibilité inconnue : « ${v.visibility} ». Indiquez « toutes les entreprises signataires » ou « sur invitation ».`);

  if (!v.commune) err("commune", "La commune est obligatoire : code INSEE, code postal et nom, ou nom de la commune.");
  return { form, errors, naf, commune: v.commune };
}

/** Messages listed left to right, as the columns appear in the template (unknown keys: -1 >>> 0, last). */
const ORDER = IMPORT_COLUMNS.map((c) => c.label);
const inColumnOrder = (errors: RowErrors): RowErrors =>
  Object.fromEntries(Object.entries(errors).sort(([a], [b]) => (ORDER.indexOf(a) >>> 0) - (ORDER.indexOf(b) >>> 0)));

/** The labels of the NAF sous-classes among `codes` (one query): a code missing from the map is unknown. */
async function nafLabelsOf(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: nafCodes.code, label: nafCodes.label })
    .from(nafCodes)
    .where(and(inArray(nafCodes.code, codes), eq(nafCodes.level, "subclass")));
  return new Map(rows.map((r) => [r.code, r.label]));
}

export async function validateImport(db: DbOrTx, parsed: ParsedFile, opts: { userId: string; now?: Date }): Promise<ValidatedImport> {
  if (parsed.fileErrors.length) return { rows: [], fileErrors: parsed.fileErrors };
  const shaped = parsed.rows.map((r) => shapeRow(r.values, opts.userId));
  const [nafLabels, communes] = await readTogether(db, [
    () => nafLabelsOf(db, [...new Set(shaped.flatMap((s) => s.naf))]),
    () => resolveCommunes(db, [...new Set(shaped.flatMap((s) => (s.commune ? [s.commune] : [])))]),
  ]);
  const schema = needInputSchema(opts.now ?? new Date());

  const rows = parsed.rows.map((raw, i): ImportRowResult => {
    const { form, errors, naf, commune } = shaped[i];
    const title = raw.values.title ?? "";
    const missingNaf = naf.filter((c) => !nafLabels.has(c));
    if (missingNaf.length) errors[columnLabel("nafCodes")] ??= `Code NAF inconnu : ${missingNaf.join(", ")}.`;
    const resolved = commune ? communes.get(commune) : undefined;
    if (resolved && "code" in resolved) form.communeCode = resolved.code;
    else if (resolved) errors[columnLabel("commune")] ??= resolved.error;

    const result = schema.safeParse(form);
    if (!result.success) {
      for (const [field, message] of Object.entries(fieldErrorsOf(result.error))) {
        const key = COLUMN_OF_FIELD[field.split(".")[0]];
        errors[key ? columnLabel(key) : "Ligne"] ??= message;
      }
    }
    if (Object.keys(errors).length || !result.success || !resolved || !("code" in resolved)) {
      return { line: raw.line, title, ok: false, errors: inColumnOrder(errors) };
    }
    return {
      line: raw.line,
      title,
      ok: true,
      input: result.data,
      resolved: { commune: resolved, naf: result.data.nafCodes.map((code) => ({ code, label: nafLabels.get(code) ?? "" })) },
    };
  });
  return { rows, fileErrors: [] };
}
