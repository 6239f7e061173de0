/** The fictional large buyers (donneurs d'ordre), public and private. */

export interface BuyerSpec {
  tradeName: string;
  legalName: string;
  naf: string;
  band: string;
  sector: "private" | "public";
  /** Preferred communes, first present in the territory wins. */
  communes: string[];
  description: string;
}

/** Fictional large buyers. The first two carry the fixed demo accounts: keep their order. */
export const LARGE_BUYERS: BuyerSpec[] = [
  {
    tradeName: "Groupe Méridien Énergie",
    legalName: "Méridien Énergie SA",
    naf: "35.14Z",
    band: "52",
    sector: "private",
    communes: ["13202"],
    description: "Fournisseur d'électricité et de gaz, exploitant de centrales solaires et de réseaux de chaleur en Provence.",
  },
  {
    tradeName: "Centre hospitalier intercommunal des Calanques",
    legalName: "Centre hospitalier intercommunal des Calanques",
    naf: "86.10Z",
    band: "42",
    sector: "public",
    communes: ["13209", "13208", "13210"],
    description: "Établissement public de santé : 900 lits, urgences, maternité et plateau technique au service du sud de la métropole.",
  },
  {
    tradeName: "Phocéa Logistique Méditerranée",
    legalName: "Phocéa Logistique Méditerranée SAS",
    naf: "52.10B",
    band: "42",
    sector: "private",
    communes: ["13117"],
    description: "Entreposage et préparation de commandes pour la grande distribution, 250 000 m² de plateformes.",
  },
  {
    tradeName: "Aérostructures de l'Étang",
    legalName: "Aérostructures de l'Étang SAS",
    naf: "30.30Z",
    band: "51",
    sector: "private",
    communes: ["13054"],
    description: "Conception et assemblage d'hélicoptères et d'aérostructures, avec un réseau de sous-traitants locaux.",
  },
  {
    tradeName: "Manutention Portuaire Phocéenne",
    legalName: "Manutention Portuaire Phocéenne SA",
    naf: "52.24A",
    band: "41",
    sector: "private",
    communes: ["13216", "13215"],
    description: "Manutention de conteneurs et de vracs sur les bassins est du port.",
  },
  {
    tradeName: "Institut Provençal de Recherche sur l'Énergie",
    legalName: "Institut Provençal de Recherche sur l'Énergie",
    naf: "72.19Z",
    band: "42",
    sector: "private",
    communes: ["13099", "13080"],
    description: "Centre de recherche sur l'énergie bas carbone : plateformes d'essais, ateliers et laboratoires.",
  },
  {
    tradeName: "Hypermarchés du Midi",
    legalName: "Hypermarchés du Midi SAS",
    naf: "47.11F",
    band: "51",
    sector: "private",
    communes: ["13071"],
    description: "Enseigne régionale d'hypermarchés, engagée à référencer les producteurs et fabricants locaux.",
  },
  {
    tradeName: "Chimie du Littoral Provençal",
    legalName: "Chimie du Littoral Provençal SAS",
    naf: "20.59Z",
    band: "41",
    sector: "private",
    communes: ["13014"],
    description: "Site chimique classé Seveso, grands arrêts techniques planifiés avec des entreprises extérieures.",
  },
  {
    tradeName: "Microélectronique Sainte-Victoire",
    legalName: "Microélectronique Sainte-Victoire SAS",
    naf: "26.11Z",
    band: "42",
    sector: "private",
    communes: ["13087"],
    description: "Fabrication de composants électroniques en salles blanches, sous-traitance de maintenance et de services.",
  },
  {
    tradeName: "Compagnie Maritime Massalia",
    legalName: "Compagnie Maritime Massalia SA",
    naf: "50.20Z",
    band: "53",
    sector: "private",
    communes: ["13202"],
    description: "Armateur de porte-conteneurs et de rouliers, siège et services supports à Marseille.",
  },
  {
    tradeName: "Groupe Hospitalier Privé de la Sainte-Baume",
    legalName: "Groupe Hospitalier Privé de la Sainte-Baume SAS",
    naf: "86.10Z",
    band: "41",
    sector: "private",
    communes: ["13005", "13208"],
    description: "Cliniques privées de médecine et de chirurgie, achats groupés de services et de fournitures.",
  },
  {
    tradeName: "Régie des transports de l'Étang",
    legalName: "Régie des transports de l'Étang",
    naf: "49.31Z",
    band: "41",
    sector: "public",
    communes: ["13056"],
    description: "Régie publique de transport urbain : bus, navettes maritimes et transport à la demande.",
  },
  {
    tradeName: "Pôle universitaire de l'Arc",
    legalName: "Pôle universitaire de l'Arc",
    naf: "85.42Z",
    band: "52",
    sector: "public",
    communes: ["13001"],
    description: "Établissement public d'enseignement supérieur et de recherche : campus, laboratoires et services.",
  },
  {
    tradeName: "Autorité portuaire du Golfe de Fos",
    legalName: "Autorité portuaire du Golfe de Fos",
    naf: "52.22Z",
    band: "41",
    sector: "public",
    communes: ["13039"],
    description: "Établissement public portuaire : aménagement, entretien des quais et des zones logistiques.",
  },
  {
    tradeName: "Syndicat mixte de l'Arc et de la Touloubre",
    legalName: "Syndicat mixte d'aménagement de l'Arc et de la Touloubre",
    naf: "84.11Z",
    band: "41",
    sector: "public",
    communes: ["13103", "13001"],
    description: "Syndicat mixte : entretien des cours d'eau, prévention des inondations et travaux d'aménagement.",
  },
];
