/**
 * What the company profile form ("fiche entreprise") sends, with French messages per field.
 * References come as three repeated fields (refClient, refYear, refDescription): the n-th value of each
 * is row n, so errors are keyed "references.<n>.<field>" with n the row as submitted (blank rows skipped).
 */
import { asList } from "../validation/as-list";
import { z, zOptionalText, zString } from "../validation/zod";
import { areaFields, checkArea, zList } from "../geo/area-schema";
import { HEADCOUNT_CODES } from "./headcount-bands";
import { NAF_SUBCLASS } from "../naf/code";

export const MAX_SECONDARY_ACTIVITIES = 10;
export const MAX_CERTIFICATIONS = 20;
export const MAX_CERTIFICATION_LENGTH = 80;
export const MAX_REFERENCES = 10;
export const FIRST_REFERENCE_YEAR = 1980;

/** "04 91 00 00 00" from "0491000000", "04.91.00.00.00", "+33 4 91 00 00 00", "0033 4…" or "+33 (0)4…"; null otherwise. */
export function normalizeFrenchPhone(input: string): string | null {
  const compact = input.replace(/\(0\)/g, "").replace(/[\s.\-/()\u00a0\u202f]/g, "");
  const national = compact.replace(/^(\+33|0033)/, "0");
  if (!/^0[1-9]\d{8}$/.test(national)) return null;
  return (national.match(/\d{2}/g) ?? []).join(" ");
}

/** The site with its scheme ("https://" added when missing); null when it is not a plain web address. */
export function normalizeWebsite(input: string): string | null {
  const text = input.trim();
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return null;
  return withScheme;
}

const optionalText = (max: number, opts: { multiline?: boolean } = {}) => zOptionalText(max, opts);

/** Repeated inputs as an array of strings, keeping empty values so rows stay aligned. */
const zRawList = z.preprocess(asList, z.array(zString(undefined, { multiline: true }).max(5000, "Texte trop long.")).max(50, "Trop de lignes."));

/** One label per input, or several in one text separated by commas, semicolons or line breaks. */
const zCertifications = z
  .preprocess(asList, z.array(zString(undefined, { multiline: true }).max(5000, "Texte trop long.")).max(50, "Trop de lignes."))
  .transform((values) => {
    const labels = values
      .flatMap((v) => v.split(/[,;\r\n]+/))
      .map((s) => s.trim().replace(/\s+/g, " "))
      .filter(Boolean);
    const seen = new Set<string>();
    return labels.filter((l) => (seen.has(l.toLowerCase()) ? false : (seen.add(l.toLowerCase()), true)));
  })
  .superRefine((labels, ctx) => {
    const tooLong = labels.find((l) => l.length > MAX_CERTIFICATION_LENGTH);
    if (tooLong) {
      ctx.addIssue({ code: "custom", message: `« ${tooLong.slice(0, 30)}… » dépasse ${MAX_CERTIFICATION_LENGTH} caractères.` });
    } else if (labels.length > MAX_CERTIFICATIONS) {
      ctx.addIssue({ code: "custom", message: `${MAX_CERTIFICATIONS} certifications ou labels au plus.` });
    }
  });

export interface ProfileReference {
  clientName: string;
  year: number;
  description: string;
}

interface RawRows {
  refClient: string[];
  refYear: string[];
  refDescription: string[];
}

/** Submitted rows with their index; rows left entirely blank (the form's spare row) are skipped. */
function filledRows(v: RawRows) {
  const count = Math.max(v.refClient.length, v.refYear.length, v.refDescription.length);
  const rows: { index: number; clientName: string; yearText: string; description: string }[] = [];
  for (let index = 0; index < count; index++) {
    const row = {
      index,
      clientName: (v.refClient[index] ?? "").trim(),
      yearText: (v.refYear[index] ?? "").trim(),
      description: (v.refDescription[index] ?? "").trim(),
    };
    if (row.clientName || row.yearText || row.description) rows.push(row);
  }
  return rows;
}

/** Adds issues keyed references.<row>.<field>. */
function checkReferenceRows(v: RawRows, ctx: z.RefinementCtx, currentYear: number) {
  const rows = filledRows(v);
  for (const { index, clientName, yearText, description } of rows) {
    const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: ["references", index, field], message });
    if (!clientName) issue("clientName", "Indiquez le nom du client.");
    else if (clientName.length > 150) issue("clientName", "150 caractères au plus.");
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!yearText) issue("year", "Indiquez l'année.");
    else if (Number.isNaN(year) || year < FIRST_REFERENCE_YEAR || year > currentYear) {
      issue("year", `L'année doit être comprise entre ${FIRST_REFERENCE_YEAR} et ${currentYear}.`);
    }
    if (description.length > 500) issue("description", "500 caractères au plus.");
  }
  if (rows.length > MAX_REFERENCES) ctx.addIssue({ code: "custom", path: ["references"], message: `${MAX_REFERENCES} références au plus.` });
}

/** Cross-field checks run even when other fields failed, as long as the fields they read are well-formed. */
const whenValid = (fields: string[]) => ({
  when: (payload: { issues: { path?: PropertyKey[] }[] }) => !payload.issues.some((i) => fields.includes(String(i.path?.[0]))),
});

/** `now` fixes "the current year" for tests; by default it is read at each parse. */
export function profileInputSchema(now?: Date) {
  return z
    .object({
      description: optionalText(3000, { multiline: true }),
      website: zString()
        .trim()
        .max(300, "300 caractères au plus.")
        .optional()
        .transform((v, ctx) => {
          if (!v) return undefined;
          const url = normalizeWebsite(v);
          if (!url) ctx.addIssue({ code: "custom", message: "Adresse de site invalide (exemple : www.entreprise.fr)." });
          return url ?? undefined;
        }),
      contactName: optionalText(120),
      contactEmail: zString()
        .trim()
        .toLowerCase()
        .max(254, "254 caractères au plus.")
        .optional()
        .transform((v) => v || undefined)
        .pipe(z.email("Adresse e-mail invalide (exemple : contact@entreprise.fr).").optional()),
      contactPhone: zString()
        .trim()
        .max(30, "Numéro trop long.")
        .optional()
        .transform((v, ctx) => {
          if (!v) return undefined;
          const phone = normalizeFrenchPhone(v);
          if (!phone) ctx.addIssue({ code: "custom", message: "Numéro de téléphone invalide (exemple : 04 91 00 00 00 ou +33 4 91 00 00 00)." });
          return phone ?? undefined;
        }),
      headcountBand: z.enum(HEADCOUNT_CODES, { error: "Choisissez une tranche d'effectifs." }),
      secondaryNafCodes: zList(z.string().regex(NAF_SUBCLASS, "Code NAF invalide."))
        .pipe(z.array(z.string()).max(MAX_SECONDARY_ACTIVITIES, `${MAX_SECONDARY_ACTIVITIES} activités secondaires au plus.`))
        .transform((codes) => [...new Set(codes)]),
      certifications: zCertifications,
      ...areaFields("serviceArea"),
      refClient: zRawList,
      refYear: zRawList,
      refDescription: zRawList,
      removeLogo: z
        .literal("on", { error: "Valeur invalide." })
        .optional()
        .transform((v) => v === "on"),
    })
    .strict()
    .superRefine((v, ctx) => checkArea("serviceArea", v, ctx), whenValid(["serviceAreaKind", "serviceAreaRadiusKm", "serviceAreaAreas"]))
    .superRefine((v, ctx) => checkReferenceRows(v, ctx, (now ?? new Date()).getFullYear()), whenValid(["refClient", "refYear", "refDescription"]))
    .transform(({ refClient, refYear, refDescription, ...rest }) => ({
      ...rest,
      references: filledRows({ refClient, refYear, refDescription }).map((r): ProfileReference => ({
        clientName: r.clientName,
        year: Number(r.yearText),
        description: r.description,
      })),
    }));
}

export const ZProfileInput = profileInputSchema();
export type ProfileInput = z.output<ReturnType<typeof profileInputSchema>>;
