/**
 * The shapes of the public API v1, in zod: handlers parse their input with them and pass every response
 * body through them (unknown keys are dropped, so a column added to a query never leaks into the API),
 * and lib/api/openapi.ts generates the OpenAPI document from the same objects. No schema here has a field
 * for a person: no names, e-mails or phones, only companies.
 */
import { NEED_KIND_VALUES as NEED_KINDS } from "@/db/schema/enum-values";
import { z } from "../validation/zod";
import { MATCH_PARTS } from "../matching/types";
import { NEED_STATUSES } from "../needs/state-machine";
import { CSR_CODES } from "../needs/csr";
import { NAF_SUBCLASS } from "../naf/code";
import { AREA_REF } from "../geo/area-schema";
import { COMMUNE_CODE } from "../geo/commune-code";

const isoDateTime = () => z.string().meta({ format: "date-time", example: "2026-12-31T22:59:59.000Z" });
const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ format: "date", example: "2027-01-15" });

// --- Inputs ------------------------------------------------------------------------------------------

export const ZIdParams = z.object({ id: z.uuid() });

export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: "Éléments par page (1 à 100)." }),
  offset: z.coerce.number().int().min(0).max(10_000).default(0).meta({ description: "Éléments à sauter." }),
});

export const ZMatchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Nombre de fournisseurs (1 à 200)." }),
});

/**
 * A need posted as a draft (POST /api/v1/company/needs): the need form's fields in JSON. The platform's
 * own rules then apply (lib/needs/need-schema.ts), with the same field names in the refusals. The contact
 * person is the token's creator.
 */
export const ZDraftNeedBody = z
  .object({
    title: z.string().min(5).max(150),
    description: z.string().min(20).max(5000),
    kind: z.enum(NEED_KINDS),
    nafCodes: z.array(z.string().regex(NAF_SUBCLASS)).min(1).max(10).meta({ description: "Activités recherchées (codes NAF rév. 2, ex. « 43.32A »)." }),
    communeCode: z.string().regex(COMMUNE_CODE).meta({ description: "Lieu de livraison (code INSEE de la commune)." }),
    perimeterKind: z.enum(["radius", "territory", "areas"]).default("territory"),
    perimeterRadiusKm: z.number().int().min(1).max(300).optional(),
    perimeterAreas: z
      .array(z.string().regex(AREA_REF))
      .max(50)
      .optional()
      .meta({ description: "Avec perimeterKind « areas » : « commune:<INSEE> » ou « epci:<SIREN> »." }),
    budgetMinEur: z.number().int().min(0).max(100_000_000).optional(),
    budgetMaxEur: z.number().int().min(0).max(100_000_000).optional(),
    quantities: z.string().max(500).optional(),
    responseDeadline: isoDate().meta({ description: "Date limite de réponse (postérieure à aujourd'hui)." }),
    expectedStartDate: isoDate().optional(),
    csrCriteria: z.array(z.enum(CSR_CODES)).max(20).optional(),
    csrNotes: z.string().max(1000).optional(),
    visibility: z.enum(["all_signatories", "invited_only"]).default("all_signatories"),
  })
  .strict()
  .meta({ id: "DraftNeedInput" });
export type DraftNeedBody = z.output<typeof ZDraftNeedBody>;

// --- Outputs -----------------------------------------------------------------------------------------

export const ZCompanyRef = z
  .object({
    id: z.uuid(),
    name: z.string().meta({ description: "Nom commercial, à défaut raison sociale." }),
    siret: z.string().regex(/^\d{14}$/),
  })
  .meta({ id: "CompanyRef" });

export const ZNeedSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    kind: z.enum(NEED_KINDS),
    status: z.enum(NEED_STATUSES),
    commune: z.object({ code: z.string(), name: z.string() }),
    nafCodes: z.array(z.string()),
    budgetMinEur: z.number().int().nullable(),
    budgetMaxEur: z.number().int().nullable(),
    responseDeadline: isoDateTime(),
    publishedAt: isoDateTime().nullable(),
    buyer: ZCompanyRef,
    url: z.url().meta({ description: "La page du besoin sur Circuit Court." }),
  })
  .meta({ id: "NeedSummary" });

export const ZNeed = ZNeedSummary.extend({
  description: z.string(),
  quantities: z.string().nullable(),
  expectedStartDate: isoDate().nullable(),
  csrCriteria: z.array(z.string()),
  visibility: z.enum(["all_signatories", "invited_only"]),
}).meta({ id: "Need" });

export const ZNeedPage = z
  .object({
    items: z.array(ZNeedSummary),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "NeedPage" });

export const ZOwnNeeds = z.object({ items: z.array(ZNeedSummary) }).meta({ id: "OwnNeeds" });

export const ZAnswer = z
  .object({
    id: z.uuid(),
    status: z.enum(["interested", "submitted", "shortlisted", "awarded", "not_retained"]),
    supplier: ZCompanyRef.extend({ communeName: z.string() }),
    priceEur: z.number().nullable().meta({ description: "Prix total HT ; null tant que la réponse n'est pas déposée." }),
    leadTimeDays: z.number().int().nullable(),
    validityDays: z.number().int().nullable(),
    submittedAt: isoDateTime().nullable(),
    distanceKm: z.number().nullable(),
    score: z.number().nullable().meta({ description: "Pertinence du fournisseur pour ce besoin (0 à 1), si classé." }),
  })
  .meta({ id: "Answer" });

export const ZAnswers = z.object({ needId: z.uuid(), items: z.array(ZAnswer) }).meta({ id: "Answers" });

export const ZMatchPart = z
  .object({
    key: z.string().meta({ description: `Partie du score : ${MATCH_PARTS.join(", ")}.` }),
    weight: z.number(),
    value: z.number(),
    sentence: z.string(),
  })
  .meta({ id: "MatchPart" });

export const ZMatches = z
  .object({
    needId: z.uuid(),
    weightsVersion: z.number().int(),
    computedAt: isoDateTime(),
    matches: z.array(
      z.object({
        rank: z.number().int(),
        companyId: z.uuid(),
        name: z.string(),
        siret: z.string(),
        commune: z.string(),
        distanceKm: z.number(),
        score: z.number(),
        parts: z.array(ZMatchPart),
      }),
    ),
  })
  .meta({ id: "Matches" });

export const ZDirectoryEntry = z
  .object({
    id: z.uuid(),
    name: z.string(),
    siret: z.string(),
    nafCode: z.string(),
    nafLabel: z.string(),
    commune: z.object({ code: z.string(), name: z.string() }),
    headcountBand: z.string(),
    website: z.string().nullable(),
    url: z.url(),
  })
  .meta({ id: "DirectoryEntry" });

export const ZDirectoryPage = z
  .object({
    items: z.array(ZDirectoryEntry),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "DirectoryPage" });

export const ZProblem = z
  .object({
    type: z.string().meta({ example: "urn:circuit-court:problem:not-found" }),
    title: z.string().meta({ example: "Ressource introuvable" }),
    status: z.number().int(),
    detail: z.string().meta({ example: "Besoin introuvable." }),
    errors: z.array(z.object({ field: z.string(), detail: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "Problème (RFC 9457), en français." });
