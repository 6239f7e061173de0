/**
 * The « Avant → après » of an audit entry in French, field by field, instead of raw JSON: « Statut :
 * En attente de validation → Publié », « Budget maximum : 12 000 € → 15 000 € ». Only fields that differ
 * are listed (all of them when there is no "before"); unknown fields keep their name, so nothing is hidden.
 */
import { BUYER_STATUS_LABELS } from "../answers/access";
import { countOf, formatDateTime, formatMoney, formatNumber } from "../format";
import { NEED_STATUS_LABELS } from "../needs/state-machine";
import { OFFER_STATUS_LABELS } from "../offers/state-machine";

const FIELD_LABELS: Record<string, string> = {
  status: "Statut",
  title: "Titre",
  kind: "Nature",
  communeCode: "Commune (code INSEE)",
  responseDeadline: "Date limite de réponse",
  budgetMinEur: "Budget minimum",
  budgetMaxEur: "Budget maximum",
  visibility: "Visibilité",
  priceEur: "Prix HT",
  priceIndication: "Indication de prix",
  areaKind: "Zone",
  areaRadiusKm: "Rayon (km)",
  moderationNote: "Note de la CCI",
  verificationStatus: "Vérification",
  verificationNote: "Note de vérification",
  isLargeBuyer: "Donneur d'ordre",
  suspendedAt: "Suspendue le",
  suspensionReason: "Motif de suspension",
  reason: "Motif",
  role: "Rôle",
  email: "Adresse e-mail",
  partners: "Partenaires",
  photos: "Photos",
  needId: "Besoin",
  invited: "Entreprises invitées",
  rating: "Note",
  outcome: "Issue",
  read: "Lignes lues",
  duplicatedFrom: "Copie de",
  submitted: "Déposée",
  deletedAt: "Supprimé le",
  companies: "Entreprises",
  emailsDeleted: "E-mails effacés",
  topic: "Objet",
  name: "Nom",
  message: "Message",
  amountEur: "Montant HT",
};

const VALUE_LABELS: Record<string, string> = {
  ...BUYER_STATUS_LABELS,
  ...OFFER_STATUS_LABELS,
  ...NEED_STATUS_LABELS,
  pending: "En attente",
  verified: "Vérifiée",
  admin: "Administrateur",
  member: "Membre",
  all_signatories: "Toutes les entreprises signataires",
  invited_only: "Sur invitation seulement",
};

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One value in words: statuses by their label, euros as money, dates in French, lists by their size. */
export function describeValue(field: string, v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return v ? "oui" : "non";
  if (typeof v === "number") return /Eur$/.test(field) ? formatMoney(v) : formatNumber(v);
  if (Array.isArray(v)) return v.length === 0 ? "aucun" : countOf(v.length, "élément", "éléments");
  if (typeof v === "string") {
    if (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTime(v);
    if (UUID.test(v)) return `n° ${v.slice(0, 8)}`;
    return VALUE_LABELS[v] ?? v;
  }
  return JSON.stringify(v);
}

const asRecord = (x: unknown): Record<string, unknown> => (x && typeof x === "object" && !Array.isArray(x) ? (x as Record<string, unknown>) : {});

/** The fields that differ between two snapshots, in words; fields with the same value on both sides are left out. */
export function describeChange(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, label: FIELD_LABELS[f] ?? f, before: describeValue(f, b[f]), after: describeValue(f, a[f]) }));
}
