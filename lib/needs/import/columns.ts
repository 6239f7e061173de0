/**
 * The columns of a purchase-plan file ("plan d'achats prévisionnel"): French headers matched loosely
 * (case, accents, units in brackets, asterisks), their synonyms, and the downloadable template.
 */
import ExcelJS from "exceljs";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import { CSR_CRITERIA } from "../csr";
import { present } from "../../invariant";

export type ColumnKey =
  | "title"
  | "description"
  | "kind"
  | "nafCodes"
  | "commune"
  | "radiusKm"
  | "budgetMin"
  | "budgetMax"
  | "quantities"
  | "responseDeadline"
  | "expectedStartDate"
  | "csrCriteria"
  | "visibility";

export interface ImportColumn {
  key: ColumnKey;
  /** The header written in the template, and the name row errors are keyed by. */
  label: string;
  required: boolean;
  /** Other headers buyers' spreadsheets use for the same thing (compared after folding). */
  synonyms: string[];
  help: string;
  /** The example row of the template; dates are computed from "now" so the example stays valid. */
  example: (now: Date) => string | number | Date;
}

const inDays = (now: Date, days: number) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * 86_400_000);
  return d;
};

export const IMPORT_COLUMNS: ImportColumn[] = [
  {
    key: "title",
    label: "Titre",
    required: true,
    synonyms: ["intitulé", "objet", "titre du besoin", "intitulé du projet", "projet"],
    help: "Le titre du besoin, 5 à 150 caractères.",
    example: () => "Entretien des espaces verts du site d'Aubagne",
  },
  {
    key: "description",
    label: "Description",
    required: true,
    synonyms: ["descriptif", "détail", "description du besoin"],
    help: "Ce qu'il faut livrer ou réaliser, les contraintes, les critères de choix (20 caractères au moins).",
    example: () => "Tonte, taille des haies et ramassage des feuilles sur 2 hectares, de mars à novembre, une intervention par quinzaine.",
  },
  {
    key: "kind",
    label: "Type",
    required: true,
    synonyms: ["type d'achat", "nature", "catégorie", "nature de l'achat"],
    help: "fournitures, services ou travaux.",
    example: () => "services",
  },
  {
    key: "nafCodes",
    label: "Codes NAF",
    required: true,
    synonyms: ["code NAF", "NAF", "codes APE", "code APE", "activités", "activités recherchées"],
    help: "Une ou plusieurs sous-classes NAF rév. 2 (ex. 43.32A ou 4332A), séparées par une virgule, un point-virgule ou un espace.",
    example: () => "81.30Z",
  },
  {
    key: "commune",
    label: "Commune",
    required: true,
    synonyms: ["lieu", "lieu de livraison", "lieu d'exécution", "ville", "code INSEE", "localisation"],
    help: "Lieu de livraison ou d'exécution : code INSEE (ex. 13005), code postal suivi du nom (ex. 13400 Aubagne) ou nom exact de la commune. Si plusieurs communes portent ce nom, indiquez le code postal ou le code INSEE.",
    example: () => "13400 Aubagne",
  },
  {
    key: "radiusKm",
    label: "Rayon (km)",
    required: false,
    synonyms: ["rayon", "rayon en km", "périmètre", "périmètre en km", "distance"],
    help: "Rayon autour du lieu dans lequel chercher les fournisseurs, de 1 à 300 km. 30 km si la case est vide.",
    example: () => 30,
  },
  {
    key: "budgetMin",
    label: "Budget min (€ HT)",
    required: false,
    synonyms: ["budget min", "budget minimum", "budget mini", "budget estimé minimum"],
    help: "Facultatif : montant entier en euros hors taxes.",
    example: () => 8000,
  },
  {
    key: "budgetMax",
    label: "Budget max (€ HT)",
    required: false,
    synonyms: ["budget max", "budget maximum", "budget maxi", "budget estimé maximum"],
    help: "Facultatif : montant entier en euros hors taxes, supérieur ou égal au minimum.",
    example: () => 12000,
  },
  {
    key: "quantities",
    label: "Quantités",
    required: false,
    synonyms: ["quantité", "volumes", "volume"],
    help: "Facultatif : volumes, fréquence, nombre de sites… (500 caractères au plus).",
    example: () => "2 hectares, 18 passages par an",
  },
  {
    key: "responseDeadline",
    label: "Date limite de réponse",
    required: true,
    synonyms: ["date limite", "date limite réponse", "date de réponse", "échéance", "date limite de remise"],
    help: "Date à laquelle les fournisseurs doivent avoir répondu, postérieure à aujourd'hui : jj/mm/aaaa, aaaa-mm-jj ou une cellule date Excel.",
    example: (now) => inDays(now, 60),
  },
  {
    key: "expectedStartDate",
    label: "Démarrage prévu",
    required: false,
    synonyms: ["date de démarrage", "démarrage", "début prévu", "date de début", "date de démarrage prévue"],
    help: "Facultatif : date de début de la prestation, après la date limite de réponse.",
    example: (now) => inDays(now, 90),
  },
  {
    key: "csrCriteria",
    label: "Critères RSE",
    required: false,
    synonyms: ["RSE", "critères sociaux et environnementaux", "achats durables", "critères RSE demandés"],
    help: `Facultatif : un ou plusieurs critères séparés par un point-virgule, par leur libellé ou leur code : ${CSR_CRITERIA.map((c) => `${c.label} (${c.code})`).join(" ; ")}.`,
    example: () => "insertion; Économie circulaire (réemploi, recyclage)",
  },
  {
    key: "visibility",
    label: "Visibilité",
    required: false,
    synonyms: ["diffusion", "visibilité du besoin"],
    help: "Facultatif : « toutes les entreprises signataires » (par défaut) ou « sur invitation » (seulement les fournisseurs que vous inviterez).",
    example: () => "toutes les entreprises signataires",
  },
];

export const columnLabel = (key: ColumnKey) =>
  present(
    IMPORT_COLUMNS.find((c) => c.key === key),
    `column ${key}`,
  ).label;

/** Lower case, no accents, no "(units)" or "*", words separated by single spaces. */
export function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const foldHeader = (s: string) => foldText(s.replace(/\([^)]*\)/g, " ").replace(/\*/g, " "));

const BY_HEADER = new Map<string, ColumnKey>(IMPORT_COLUMNS.flatMap((c) => [c.label, ...c.synonyms].map((h) => [foldHeader(h), c.key] as const)));

/** The canonical column of a header, or undefined for a column we ignore. */
export const matchHeader = (header: string): ColumnKey | undefined => BY_HEADER.get(foldHeader(header));

/** The template: headers, one example row, and an "Aide" sheet explaining each column in French. */
export async function buildTemplate(now: Date = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Circuit Court";
  const sheet = wb.addWorksheet("Plan d'achats");
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.required ? `${c.label}*` : c.label,
    key: c.key,
    width: c.key === "description" ? 60 : Math.max(16, c.label.length + 4),
    style: c.key === "responseDeadline" || c.key === "expectedStartDate" ? { numFmt: "dd/mm/yyyy" } : {},
  }));
  sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.example(now)])));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];

  const help = wb.addWorksheet("Aide");
  help.columns = [
    { header: "Colonne", width: 26 },
    { header: "Obligatoire", width: 12 },
    { header: "Contenu attendu", width: 110 },
  ];
  for (const c of IMPORT_COLUMNS) help.addRow([c.label, c.required ? "oui" : "non", c.help]).alignment = { wrapText: true, vertical: "top" };
  help.addRow([]);
  help.addRow([
    "",
    "",
    `Une ligne par projet d'achat. Les colonnes marquées d'un astérisque (*) sont obligatoires ; les autres colonnes sont ignorées. 2 000 lignes et ${formatMegabytes(MAX_IMPORT_BYTES)} au plus. Chaque ligne devient un brouillon que vous relirez avant de l'envoyer à la CCI.`,
  ]).alignment = { wrapText: true };
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
