/**
 * Every table a user can export, with French headers: a company's needs, the answers it received, its
 * awards and its own answers (members of the company); companies, needs, awards, and challenges and skills
 * sponsorship by activity and commune (CCI staff, axes-tables.ts).
 */
import {
  awardsPage,
  myAnswersPage,
  myNeedsPage,
  receivedAnswersPage,
  type AwardExportRow,
  type MyAnswerRow,
  type MyNeedRow,
  type ReceivedAnswerRow,
} from "@/db/queries/exports/company";
import { keysetPages } from "@/db/queries/exports/pages";
import { companiesPage, staffNeedsPage, type CompanyExportRow, type StaffNeedRow } from "@/db/queries/exports/staff";
import { headcountLabel, isSmeBand } from "@/lib/companies/headcount-bands";
import { needKindLabel } from "@/lib/needs/csr";
import { NEED_STATUS_LABELS, type NeedStatus } from "@/lib/needs/state-machine";
import { challengesBreakdownTable, skillsBreakdownTable } from "./axes-tables";
import { col, type AnyExportTable, type ExportTable } from "./types";
import { present } from "../invariant";

const needStatus = (s: string) => NEED_STATUS_LABELS[s as NeedStatus] ?? s;
/** Same wording as the buyer's comparison of answers. */
const ANSWER_STATUS: Record<string, string> = {
  interested: "Intéressé",
  submitted: "Réponse déposée",
  withdrawn: "Retirée",
  shortlisted: "Présélectionnée",
  awarded: "Retenue",
  not_retained: "Non retenue",
};
const VERIFICATION: Record<string, string> = { pending: "En attente", changes_requested: "Précisions demandées", verified: "Vérifiée", rejected: "Refusée" };
const n = (v: string | number | null) => (v === null ? null : Number(v));
const d = (v: string | Date | null) => (v === null ? null : new Date(v));

const myNeeds: ExportTable<MyNeedRow> = {
  key: "mes-besoins",
  title: "Mes besoins",
  scope: "company",
  permission: "dashboard:buyer",
  columns: [
    col("titre", "Besoin", "text", (r) => r.title),
    col("type", "Type", "text", (r) => needKindLabel(r.kind)),
    col("statut", "Statut", "text", (r) => needStatus(r.status)),
    col("commune", "Lieu de livraison", "text", (r) => (r.postal_code ? `${r.commune} (${r.postal_code})` : r.commune)),
    col("activites", "Codes NAF", "text", (r) => r.activities),
    col("budget_min", "Budget minimum HT", "amount", (r) => r.budget_min_eur),
    col("budget_max", "Budget maximum HT", "amount", (r) => r.budget_max_eur),
    col("date_limite", "Date limite de réponse", "date", (r) => d(r.response_deadline)),
    col("publie_le", "Publié le", "date", (r) => d(r.published_at)),
    col("reponses", "Réponses", "integer", (r) => r.answers),
    col("reponses_locales", "Réponses locales", "integer", (r) => r.local_answers),
    col("attribue_le", "Attribué le", "date", (r) => d(r.awarded_at)),
    col("montant_attribue", "Montant attribué HT", "amount", (r) => n(r.awarded_amount)),
  ],
  pages: (db, s) => keysetPages((after, limit) => myNeedsPage(db, present(s.companyId, "the company of a company export"), s.period, after, limit)),
};

const receivedAnswers: ExportTable<ReceivedAnswerRow> = {
  key: "reponses-recues",
  title: "Réponses reçues",
  scope: "company",
  permission: "dashboard:buyer",
  columns: [
    col("besoin", "Besoin", "text", (r) => r.need_title),
    col("fournisseur", "Fournisseur", "text", (r) => r.supplier),
    col("siret", "SIRET", "text", (r) => r.siret),
    col("commune", "Commune du fournisseur", "text", (r) => r.commune),
    col("local", "Fournisseur local", "boolean", (r) => r.is_local),
    col("pme", "PME", "boolean", (r) => isSmeBand(r.headcount_band)),
    col("statut", "Statut", "text", (r) => ANSWER_STATUS[r.status] ?? r.status),
    col("prix", "Prix HT", "amount", (r) => n(r.price)),
    col("delai", "Délai (jours)", "integer", (r) => r.lead_time_days),
    col("envoyee_le", "Envoyée le", "datetime", (r) => d(r.submitted_at)),
    col("cotraitants", "Co-traitants", "integer", (r) => r.partners),
  ],
  pages: (db, s) => keysetPages((after, limit) => receivedAnswersPage(db, present(s.companyId, "the company of a company export"), s.period, after, limit)),
};

const awardColumns = (withBuyer: boolean) => [
  ...(withBuyer ? [col<AwardExportRow>("acheteur", "Acheteur", "text", (r) => r.buyer)] : []),
  col<AwardExportRow>("besoin", "Besoin", "text", (r) => r.need_title),
  col<AwardExportRow>("fournisseur", "Fournisseur", "text", (r) => r.supplier),
  col<AwardExportRow>("siret", "SIRET du fournisseur", "text", (r) => r.siret),
  col<AwardExportRow>("commune", "Commune du fournisseur", "text", (r) => r.commune),
  col<AwardExportRow>("epci", "EPCI du fournisseur", "text", (r) => r.epci),
  col<AwardExportRow>("pme", "PME", "boolean", (r) => isSmeBand(r.headcount_band)),
  col<AwardExportRow>("montant", "Montant HT", "amount", (r) => n(r.amount_eur)),
  col<AwardExportRow>("attribue_le", "Attribué le", "date", (r) => d(r.awarded_on)),
  col<AwardExportRow>("annule_le", "Annulé le", "date", (r) => d(r.cancelled_at)),
  col<AwardExportRow>("part_locale", "Part locale du montant", "percent", (r) => n(r.local_share)),
  col<AwardExportRow>("cotraitants", "Co-traitants (part)", "text", (r) => r.partners),
];

const myAwards: ExportTable<AwardExportRow> = {
  key: "mes-attributions",
  title: "Mes attributions",
  scope: "company",
  permission: "dashboard:buyer",
  columns: awardColumns(false),
  pages: (db, s) => keysetPages((after, limit) => awardsPage(db, present(s.companyId, "the company of a company export"), s.period, after, limit)),
};

const myAnswers: ExportTable<MyAnswerRow> = {
  key: "mes-reponses",
  title: "Mes réponses",
  scope: "company",
  permission: "dashboard:buyer",
  columns: [
    col("besoin", "Besoin", "text", (r) => r.need_title),
    col("acheteur", "Acheteur", "text", (r) => r.buyer),
    col("statut", "Statut", "text", (r) => ANSWER_STATUS[r.status] ?? r.status),
    col("prix", "Prix HT", "amount", (r) => n(r.price)),
    col("delai", "Délai (jours)", "integer", (r) => r.lead_time_days),
    col("envoyee_le", "Envoyée le", "datetime", (r) => d(r.submitted_at)),
    col("decidee_le", "Décision le", "date", (r) => d(r.decided_at)),
    col("montant_attribue", "Montant attribué HT (votre part)", "amount", (r) => n(r.awarded_amount)),
  ],
  pages: (db, s) => keysetPages((after, limit) => myAnswersPage(db, present(s.companyId, "the company of a company export"), s.period, after, limit)),
};

const companies: ExportTable<CompanyExportRow> = {
  key: "entreprises",
  title: "Entreprises",
  scope: "platform",
  permission: "export:companies",
  columns: [
    col("siret", "SIRET", "text", (r) => r.siret),
    col("raison_sociale", "Raison sociale", "text", (r) => r.legal_name),
    col("nom_commercial", "Nom commercial", "text", (r) => r.trade_name),
    col("naf", "Code NAF", "text", (r) => r.naf_code),
    col("famille", "Famille d'activité (section NAF)", "text", (r) => r.section),
    col("commune", "Commune", "text", (r) => (r.postal_code ? `${r.commune} (${r.postal_code})` : r.commune)),
    col("epci", "EPCI", "text", (r) => r.epci),
    col("effectifs", "Tranche d'effectifs", "text", (r) => headcountLabel(r.headcount_band)),
    col("pme", "PME", "boolean", (r) => isSmeBand(r.headcount_band)),
    col("secteur", "Secteur", "text", (r) => (r.sector === "public" ? "Public" : "Privé")),
    col("origine", "Origine", "text", (r) => (r.source === "sirene" ? "Import SIRENE" : "Inscription")),
    col("donneur_ordre", "Donneur d'ordre", "boolean", (r) => r.is_large_buyer),
    col("verification", "Vérification", "text", (r) => VERIFICATION[r.verification_status] ?? r.verification_status),
    col("inscrite_le", "Inscrite le", "date", (r) => d(r.created_at)),
    col("signataire_le", "Charte signée le", "date", (r) => d(r.signed_at)),
    col("suspendue_le", "Suspendue le", "date", (r) => d(r.suspended_at)),
    col("email", "E-mail de contact", "text", (r) => r.contact_email),
    col("telephone", "Téléphone", "text", (r) => r.contact_phone),
  ],
  pages: (db, s) => keysetPages((after, limit) => companiesPage(db, s.period, after, limit)),
};

const staffNeeds: ExportTable<StaffNeedRow> = {
  key: "besoins",
  title: "Besoins",
  scope: "platform",
  permission: "dashboard:territory",
  columns: [
    col("acheteur", "Acheteur", "text", (r) => r.buyer),
    col("siret", "SIRET de l'acheteur", "text", (r) => r.siret),
    col("titre", "Besoin", "text", (r) => r.title),
    col("type", "Type", "text", (r) => needKindLabel(r.kind)),
    col("statut", "Statut", "text", (r) => needStatus(r.status)),
    col("commune", "Lieu de livraison", "text", (r) => r.commune),
    col("soumis_le", "Soumis le", "date", (r) => d(r.submitted_at)),
    col("publie_le", "Publié le", "date", (r) => d(r.published_at)),
    col("date_limite", "Date limite de réponse", "date", (r) => d(r.response_deadline)),
    col("reponses", "Réponses", "integer", (r) => r.answers),
    col("reponses_locales", "Réponses locales", "integer", (r) => r.local_answers),
    col("attribue_le", "Attribué le", "date", (r) => d(r.awarded_at)),
  ],
  pages: (db, s) => keysetPages((after, limit) => staffNeedsPage(db, s.period, after, limit)),
};

const staffAwards: ExportTable<AwardExportRow> = {
  key: "attributions",
  title: "Attributions",
  scope: "platform",
  permission: "dashboard:territory",
  columns: awardColumns(true),
  pages: (db, s) => keysetPages((after, limit) => awardsPage(db, null, s.period, after, limit)),
};

export const EXPORT_TABLES: readonly AnyExportTable[] = [
  myNeeds,
  receivedAnswers,
  myAwards,
  myAnswers,
  companies,
  staffNeeds,
  staffAwards,
  challengesBreakdownTable,
  skillsBreakdownTable,
];

export const findExportTable = (key: string): AnyExportTable | undefined => EXPORT_TABLES.find((t) => t.key === key);
