/** What staff send to create a partner and name its staff (French messages, through lib/validation). */
import { z, zOptionalText, zString, zText } from "../validation/zod";
import { zList } from "../geo/area-schema";
import { PARTNER_KINDS } from "./kinds";
import { COMMUNE_CODE } from "../geo/commune-code";

export const ZPartnerInput = z
  .object({
    name: zText("Le nom du réseau", 2, 120),
    kind: z.enum(PARTNER_KINDS, { error: "Choisissez le type de réseau." }),
    sectors: zList(z.string().regex(/^\d{2}$/, "Division NAF invalide (deux chiffres).")).pipe(z.array(z.string()).max(100, "100 divisions au plus.")),
    communes: zList(z.string().regex(COMMUNE_CODE, "Commune inconnue.")).pipe(z.array(z.string()).max(500, "500 communes au plus.")),
  })
  .strict();
export type PartnerInput = z.output<typeof ZPartnerInput>;

export const ZPartnerStaffInput = z
  .object({
    email: zString({ error: "L'adresse e-mail est obligatoire." }).trim().toLowerCase().pipe(z.email("Adresse e-mail invalide.")),
  })
  .strict();

/** The partner inbox's forward form: a need, the chosen members, an optional personal note. */
export const ZForwardInput = z
  .object({
    needId: z.uuid("Besoin introuvable : rechargez la page."),
    companyIds: zList(z.uuid("Adhérent inconnu : rechargez la page.")).pipe(
      z.array(z.string()).min(1, "Choisissez au moins un adhérent.").max(50, "50 adhérents au plus."),
    ),
    note: zOptionalText(1000, { multiline: true }),
  })
  .strict();

/** The member import form: the CSV (or a SIRET per line) pasted, and whether to preview or import. */
/** The pasted list; a file, when one is chosen, is read from FormData by the action and takes precedence. */
export const ZMemberImportInput = z
  .object({
    sirets: zString({ error: "Collez la liste des SIRET." }, { multiline: true })
      .trim()
      .max(2_000_000, "Liste trop longue : 20 000 lignes au plus.")
      .optional(),
    mode: z.enum(["preview", "import"], { error: "Choix inconnu." }),
  })
  .strict();
