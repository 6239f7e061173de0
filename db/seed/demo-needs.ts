/**
 * Demo needs for the large buyers: published ones suppliers can find, a few awaiting moderation, drafts,
 * and some already closed. Pure and deterministic for a seed and a reference date (deadlines are relative
 * to it, so the demo always has open opportunities).
 */
import { createHash } from "node:crypto";
import type { DemoCompany, DemoMembership } from "./generate";

type Kind = "supplies" | "services" | "works";
type Status = "draft" | "submitted" | "changes_requested" | "rejected" | "published" | "closed" | "awarded" | "unsuccessful" | "cancelled";

export const NEED_TEMPLATES: { title: string; description: string; kind: Kind; naf: string[]; budget: [number, number]; csr: string[] }[] = [
  {
    title: "Entretien des espaces verts du site",
    description: "Tonte, taille des haies et ramassage des feuilles sur 2 hectares, une fois par mois, y compris évacuation des déchets verts.",
    kind: "services",
    naf: ["81.30Z"],
    budget: [8000, 15000],
    csr: ["insertion"],
  },
  {
    title: "Nettoyage des bureaux et vitrerie",
    description: "Nettoyage quotidien de 1 200 m² de bureaux et vitrerie trimestrielle, produits écolabellisés demandés.",
    kind: "services",
    naf: ["81.21Z", "81.22Z"],
    budget: [30000, 50000],
    csr: ["labels", "insertion"],
  },
  {
    title: "Réfection de la toiture d'un entrepôt",
    description: "Reprise de l'étanchéité et remplacement de 400 m² de bacs acier, travaux en site occupé.",
    kind: "works",
    naf: ["43.91B", "43.99A"],
    budget: [60000, 90000],
    csr: [],
  },
  {
    title: "Mobilier d'accueil en bois sur mesure",
    description: "Comptoir d'accueil et deux bancs en bois massif pour le hall, conception, fabrication et pose.",
    kind: "works",
    naf: ["43.32A", "31.01Z"],
    budget: [8000, 15000],
    csr: ["circular_economy"],
  },
  {
    title: "Plateaux-repas pour séminaires",
    description: "Plateaux-repas et buffets pour 20 à 80 personnes, une dizaine de fois par an, produits de saison et locaux.",
    kind: "services",
    naf: ["56.21Z"],
    budget: [10000, 20000],
    csr: ["low_carbon"],
  },
  {
    title: "Maintenance des installations électriques",
    description: "Contrat de maintenance préventive et corrective des tableaux électriques et de l'éclairage de trois bâtiments.",
    kind: "services",
    naf: ["43.21A"],
    budget: [20000, 40000],
    csr: [],
  },
  {
    title: "Impression de supports de communication",
    description: "Plaquettes, kakémonos et signalétique pour nos salons, papier recyclé et encres végétales.",
    kind: "supplies",
    naf: ["18.12Z"],
    budget: [5000, 12000],
    csr: ["labels"],
  },
  {
    title: "Transport de marchandises entre sites",
    description: "Navettes quotidiennes entre nos deux sites (palettes), véhicules récents à faibles émissions.",
    kind: "services",
    naf: ["49.41A"],
    budget: [40000, 80000],
    csr: ["low_carbon"],
  },
  {
    title: "Gardiennage et surveillance de site",
    description: "Surveillance de nuit et week-end d'un site industriel, rondes et télésurveillance.",
    kind: "services",
    naf: ["80.10Z", "80.20Z"],
    budget: [50000, 90000],
    csr: [],
  },
  {
    title: "Formation sécurité des équipes",
    description: "Sessions SST et habilitations électriques pour 60 salariés sur l'année.",
    kind: "services",
    naf: ["85.59A"],
    budget: [6000, 12000],
    csr: [],
  },
  {
    title: "Développement d'une application web",
    description: "Application de suivi des interventions pour nos techniciens, hébergée en France, accessible RGAA.",
    kind: "services",
    naf: ["62.01Z"],
    budget: [25000, 60000],
    csr: [],
  },
  {
    title: "Mise aux normes plomberie et chauffage",
    description: "Remplacement de la chaufferie et mise aux normes des sanitaires d'un bâtiment administratif.",
    kind: "works",
    naf: ["43.22A", "43.22B"],
    budget: [35000, 70000],
    csr: [],
  },
  {
    title: "Organisation d'un événement d'entreprise",
    description: "Soirée annuelle pour 300 personnes : lieu, traiteur, sonorisation et animation.",
    kind: "services",
    naf: ["82.30Z", "56.21Z"],
    budget: [20000, 45000],
    csr: ["social_economy"],
  },
  {
    title: "Fourniture de vêtements de travail",
    description: "Tenues de travail et EPI pour 120 salariés, avec marquage, fabrication européenne appréciée.",
    kind: "supplies",
    naf: ["14.12Z"],
    budget: [15000, 30000],
    csr: ["labels"],
  },
  {
    title: "Collecte et recyclage des déchets",
    description: "Collecte sélective des déchets de bureau et DEEE, reporting mensuel des tonnages valorisés.",
    kind: "services",
    naf: ["38.11Z", "38.32Z"],
    budget: [10000, 25000],
    csr: ["circular_economy", "insertion"],
  },
];

export interface DemoNeed {
  id: string;
  companyId: string;
  createdBy: string;
  title: string;
  description: string;
  kind: Kind;
  nafCodes: string[];
  communeCode: string;
  budgetMinEur: number;
  budgetMaxEur: number;
  csrCriteria: string[];
  status: Status;
  responseDeadline: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  /** Set by the year of history (demo-history.ts) only. */
  expectedStartDate?: string | null;
  awardedAt?: Date | null;
  unsuccessfulAt?: Date | null;
  cancelledAt?: Date | null;
  changesRequestedAt?: Date | null;
  rejectedAt?: Date | null;
  moderationNote?: string | null;
  outcomeNote?: string | null;
}

const DAY = 86_400_000;
const uuidOf = (text: string) => {
  const h = createHash("sha256").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** Two to four needs per large buyer; the status cycle gives every state something to show. */
export function generateDemoNeeds(seed: number, companies: DemoCompany[], memberships: DemoMembership[], now: Date): DemoNeed[] {
  const admins = new Map(memberships.filter((m) => m.role === "admin").map((m) => [m.companyId, m.userId]));
  const buyers = companies.filter((c) => c.isLargeBuyer).sort((a, b) => a.siret.localeCompare(b.siret));
  const cycle: Status[] = ["published", "published", "published", "submitted", "published", "draft", "published", "closed"];
  const needs: DemoNeed[] = [];
  buyers.forEach((buyer, b) => {
    const count = 2 + ((seed + b) % 3);
    for (let i = 0; i < count; i++) {
      const n = needs.length;
      const t = NEED_TEMPLATES[(seed + b * 7 + i * 3) % NEED_TEMPLATES.length];
      const status = cycle[n % cycle.length];
      const createdAt = new Date(now.getTime() - (20 + (n % 15)) * DAY);
      const deadline = status === "closed" ? new Date(now.getTime() - (2 + (n % 5)) * DAY) : new Date(now.getTime() + (6 + ((n * 5) % 40)) * DAY);
      needs.push({
        id: uuidOf(`need:${seed}:${buyer.siret}:${i}`),
        companyId: buyer.id,
        createdBy: admins.get(buyer.id)!,
        title: t.title,
        description: t.description,
        kind: t.kind,
        nafCodes: t.naf,
        communeCode: buyer.communeCode,
        budgetMinEur: t.budget[0],
        budgetMaxEur: t.budget[1],
        csrCriteria: t.csr,
        status,
        responseDeadline: deadline,
        createdAt,
        submittedAt: status === "draft" ? null : new Date(createdAt.getTime() + DAY),
        publishedAt: status === "published" || status === "closed" ? new Date(createdAt.getTime() + 2 * DAY) : null,
        closedAt: status === "closed" ? deadline : null,
      });
    }
  });
  return needs;
}
