/**
 * Demo data catalogue: the activities local TPE/PME typically have (real NAF rév. 2 sous-classes), the
 * name and description patterns that make them look real, and the fictional large buyers.
 * Names are invented: no real brand or company, so the demo never misrepresents anyone.
 */

/** `{nom}` is replaced by a family name, `{lieu}` by a local place word, `{delieu}` by "du/de la/des …" + place. */
export interface Activity {
  naf: string;
  /** Relative frequency among local SMEs. */
  weight: number;
  names: string[];
  descriptions: string[];
}

export const PLACE_WORDS = [
  "Azur", "Provence", "Calanques", "Sainte-Victoire", "Garlaban", "Étoile", "Huveaune", "Côte Bleue",
  "Étang", "Méditerranée", "Phocée", "Massilia", "Mistral", "Soleil", "Sud", "Littoral", "Durance",
  "Touloubre", "Cigale", "Pinède", "Estaque", "Vieux-Port", "Lavande", "Sud-Est", "Marius",
];

/**
 * People's names, curated rather than taken from faker's French list (which leans on rare, old first names
 * and drops accents): common working-age first names, and family names as mixed as Marseille's.
 */
export const FIRST_NAMES = {
  female: [
    "Marie", "Sophie", "Nathalie", "Isabelle", "Sandrine", "Céline", "Aurélie", "Émilie", "Julie", "Laure", "Caroline",
    "Virginie", "Stéphanie", "Karine", "Valérie", "Audrey", "Camille", "Claire", "Élodie", "Mélanie", "Laetitia", "Sarah",
    "Léa", "Manon", "Chloé", "Pauline", "Marion", "Anaïs", "Inès", "Yasmine", "Nadia", "Samia", "Leïla", "Fatima", "Myriam",
    "Amel", "Lina", "Sonia", "Alexandra", "Florence", "Christelle", "Delphine", "Agnès", "Hélène", "Cécile", "Anne",
    "Béatrice", "Magali", "Sylvie", "Patricia", "Corinne", "Carla", "Giulia", "Lucie", "Margaux", "Océane", "Vanessa",
  ],
  male: [
    "Jean", "Pierre", "Nicolas", "Julien", "Thomas", "Sébastien", "Frédéric", "Laurent", "Olivier", "Christophe",
    "Stéphane", "David", "Éric", "Philippe", "Patrick", "Franck", "Cédric", "Guillaume", "Jérôme", "Mathieu", "Romain",
    "Maxime", "Alexandre", "Antoine", "Benjamin", "Florian", "Kévin", "Anthony", "Mickaël", "Fabien", "Grégory",
    "Yannick", "Damien", "Vincent", "Lucas", "Hugo", "Théo", "Karim", "Mehdi", "Sofiane", "Rachid", "Samir", "Nordine",
    "Yacine", "Bilal", "Mohamed", "Rémi", "Marc", "Bruno", "Thierry", "Didier", "Gilles", "Pascal", "Serge", "Lionel",
    "Hervé", "Fabrice", "Marius", "Raphaël", "Enzo", "Arnaud",
  ],
};

export const LAST_NAMES = [
  "Martin", "Bernard", "Roux", "Blanc", "Giraud", "Fabre", "Michel", "Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez",
  "Rossi", "Bianchi", "Ferrari", "Santini", "Marchetti", "Giordano", "Esposito", "Russo", "Romano", "Colombani", "Pieri",
  "Albertini", "Casanova", "Santoni", "Arakelian", "Sarkissian", "Manoukian", "Hovsepian", "Benali", "Haddad", "Amrani",
  "Bensaïd", "Mansouri", "Cherif", "Belkacem", "Saïdi", "Boukhari", "Ahamada", "Nguyen", "Tran", "Durand", "Dubois",
  "Moreau", "Laurent", "Simon", "Lefebvre", "Leroy", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
  "Vincent", "Muller", "Faure", "André", "Mercier", "Blanchard", "Guérin", "Boyer", "Chevalier", "Gauthier", "Perrin",
  "Robin", "Clément", "Morin", "Mathieu", "Masson", "Marchand", "Duval", "Lemaire", "Brun", "Barbier", "Arnaud", "Aubert",
  "Meunier", "Rolland", "Roche", "Reynaud", "Bertrand", "Jourdan", "Chabert", "Isnard", "Audibert", "Castellan", "Maurel",
  "Gasquet", "Bonifay", "Ricard", "Jullien", "Féraud", "Imbert", "Peyron", "Bourrelly", "Rey", "Maurin", "Pellegrin",
  "Estienne", "Daumas", "Tardieu", "Granier", "Barthélemy", "Guigou", "Silvestre", "Coste", "Gilly", "Mouren", "Sauvaire",
  "Ferrero", "Cohen", "Lévy", "Attias", "Ndiaye", "Diallo",
];

/** Place names with their article, for "Jardins du Garlaban"-style names (French elision is not mechanical). */
export const PLACES_OF = [
  "du Garlaban", "des Calanques", "de l'Étoile", "de la Côte Bleue", "de l'Huveaune", "de Provence", "du Vieux-Port",
  "de l'Estaque", "de la Sainte-Victoire", "du Littoral", "de la Durance", "de l'Étang", "du Mistral", "des Cigales",
  "de la Touloubre", "du Midi", "de la Pinède", "des Oliviers",
];

export const ACTIVITIES: Activity[] = [
  { naf: "43.32A", weight: 4, names: ["Menuiserie {nom}", "Menuiserie {nom} & Fils", "Atelier Bois {lieu}", "{lieu} Menuiserie Agencement"],
    descriptions: ["Fabrication et pose de menuiseries bois, PVC et aluminium : portes, fenêtres, placards et agencements sur mesure.",
      "Agencement de bureaux, de commerces et de locaux recevant du public, de l'étude à la pose."] },
  { naf: "43.21A", weight: 5, names: ["{nom} Électricité", "Élec {lieu}", "{lieu} Électricité Services", "Électricité Générale {nom}"],
    descriptions: ["Installations électriques neuves et rénovation en tertiaire et en industrie, courants faibles et éclairage LED.",
      "Électricité générale, mise en conformité, bornes de recharge et maintenance des installations des entreprises."] },
  { naf: "43.22A", weight: 4, names: ["Plomberie {nom}", "{lieu} Plomberie", "{nom} Plomberie Sanitaire"],
    descriptions: ["Plomberie, réseaux d'eau et de gaz, sanitaires et dépannage pour les locaux professionnels.",
      "Installation et rénovation de réseaux sanitaires, recherche de fuites et contrats d'entretien."] },
  { naf: "43.22B", weight: 4, names: ["{lieu} Climatisation", "Thermique {nom}", "{nom} Chauffage Climatisation", "Clim' {lieu}"],
    descriptions: ["Chauffage, climatisation et ventilation : installation, pompes à chaleur et maintenance préventive.",
      "Génie climatique pour le tertiaire : études, pose et contrats de maintenance des équipements CVC."] },
  { naf: "43.34Z", weight: 4, names: ["Peinture {nom}", "{lieu} Peinture & Décoration", "Les Peintres {delieu}", "{nom} Peinture Vitrerie"],
    descriptions: ["Peinture intérieure et extérieure, ravalement de façades et vitrerie pour les entreprises et les copropriétés.",
      "Travaux de peinture en site occupé, revêtements muraux et remplacement de vitrages."] },
  { naf: "43.31Z", weight: 2, names: ["Plâtrerie {nom}", "{lieu} Plâtrerie Isolation", "{nom} Plaquiste"],
    descriptions: ["Plâtrerie, cloisons, faux plafonds et aménagement de plateaux de bureaux."] },
  { naf: "43.33Z", weight: 2, names: ["{lieu} Sols", "Carrelage {nom}", "{nom} Revêtements"],
    descriptions: ["Pose de carrelage, de sols souples et de revêtements muraux pour locaux professionnels."] },
  { naf: "43.99C", weight: 4, names: ["Maçonnerie {nom}", "{nom} Bâtiment", "{lieu} Construction", "Bâti {lieu}"],
    descriptions: ["Maçonnerie générale, gros œuvre et rénovation de bâtiments tertiaires et industriels.",
      "Entreprise de maçonnerie : extensions, réhabilitation et petits ouvrages en béton."] },
  { naf: "43.91B", weight: 2, names: ["Toitures {nom}", "{lieu} Couverture", "{nom} Couverture Zinguerie"],
    descriptions: ["Couverture, zinguerie et étanchéité, réfection de toitures tuiles et bacs acier."] },
  { naf: "43.29A", weight: 2, names: ["{lieu} Isolation", "Iso {nom}", "{nom} Isolation Thermique"],
    descriptions: ["Isolation thermique et acoustique des bâtiments, rénovation énergétique du tertiaire."] },
  { naf: "43.12A", weight: 2, names: ["Terrassement {nom}", "{lieu} TP", "{nom} Travaux Publics"],
    descriptions: ["Terrassement, VRD et préparation de chantiers, avec notre propre parc de matériel."] },
  { naf: "81.21Z", weight: 5, names: ["{lieu} Propreté", "Net {lieu}", "{nom} Nettoyage", "Clean {lieu} Services"],
    descriptions: ["Nettoyage de bureaux, de commerces et de parties communes, en journée ou en horaires décalés.",
      "Entretien courant des locaux professionnels, remise en état après travaux et fourniture de consommables."] },
  { naf: "81.22Z", weight: 2, names: ["{lieu} Nettoyage Industriel", "Vitres & Façades {lieu}", "{nom} Hygiène Industrielle"],
    descriptions: ["Nettoyage industriel, lavage de vitres en hauteur et décapage de sols techniques."] },
  { naf: "81.30Z", weight: 4, names: ["Jardins {delieu}", "{nom} Paysage", "{lieu} Espaces Verts", "Les Jardiniers {delieu}"],
    descriptions: ["Création et entretien d'espaces verts pour entreprises et collectivités, gestion différenciée sans pesticides.",
      "Élagage, débroussaillement obligatoire et entretien des abords de sites industriels."] },
  { naf: "80.10Z", weight: 2, names: ["{lieu} Sécurité", "Garde {lieu}", "{nom} Sécurité Privée"],
    descriptions: ["Surveillance humaine, gardiennage de sites, sécurité incendie (SSIAP) et contrôle d'accès pour événements."] },
  { naf: "38.11Z", weight: 1, names: ["{lieu} Collecte", "Tri {lieu} Environnement"],
    descriptions: ["Collecte des déchets non dangereux des entreprises : cartons, papiers, biodéchets et déchets de chantier."] },
  { naf: "38.32Z", weight: 1, names: ["{lieu} Recyclage", "Récup' {lieu}", "{nom} Valorisation"],
    descriptions: ["Tri et valorisation de déchets : métaux, bois, palettes et matériel informatique en fin de vie."] },
  { naf: "62.01Z", weight: 5, names: ["{lieu} Digital", "Code {lieu}", "{nom} Logiciels", "Studio {lieu} Numérique"],
    descriptions: ["Développement d'applications web et mobiles sur mesure, maintenance et hébergement.",
      "Conception de logiciels métiers et d'intégrations entre ERP, CRM et outils internes."] },
  { naf: "62.02A", weight: 3, names: ["{lieu} Informatique Conseil", "{nom} IT Services", "Réseaux {lieu}"],
    descriptions: ["Infogérance, cybersécurité et conseil en systèmes d'information pour les PME et les ETI.",
      "Audit, migration vers le cloud et assistance informatique des entreprises."] },
  { naf: "63.11Z", weight: 1, names: ["{lieu} Data Center", "Datacenter {lieu}"],
    descriptions: ["Hébergement de serveurs et de données en datacenter local, sauvegarde externalisée."] },
  { naf: "56.10A", weight: 3, names: ["Le Bistrot {delieu}", "Chez {nom}", "La Table {delieu}", "L'Escale {lieu}"],
    descriptions: ["Restaurant de cuisine provençale faite maison, privatisation pour repas d'affaires et séminaires."] },
  { naf: "56.21Z", weight: 3, names: ["{lieu} Traiteur", "Traiteur {nom}", "Saveurs {delieu}", "Les Délices {delieu}"],
    descriptions: ["Traiteur pour entreprises : plateaux-repas, cocktails et buffets à partir de produits locaux.",
      "Restauration événementielle et réceptions, de 10 à 800 convives, avec une offre zéro déchet."] },
  { naf: "10.71C", weight: 2, names: ["Boulangerie {nom}", "Au Pain {delieu}", "Fournil {lieu}"],
    descriptions: ["Boulangerie-pâtisserie artisanale : livraison de viennoiseries et plateaux pour réunions."] },
  { naf: "11.02B", weight: 1, names: ["Domaine {delieu}", "Château {nom}", "Mas {nom}"],
    descriptions: ["Domaine viticole en appellation Coteaux d'Aix et Côtes de Provence : coffrets cadeaux d'entreprise et visites de cave."] },
  { naf: "71.12B", weight: 4, names: ["{lieu} Ingénierie", "BET {nom}", "{nom} Études Techniques", "Ingé {lieu}"],
    descriptions: ["Bureau d'études techniques : structure, fluides et thermique, maîtrise d'œuvre d'exécution.",
      "Ingénierie industrielle, études de procédés et assistance à maîtrise d'ouvrage."] },
  { naf: "71.11Z", weight: 2, names: ["Atelier d'architecture {nom}", "{lieu} Architectes", "{nom} Architecture"],
    descriptions: ["Architecture tertiaire et industrielle, réhabilitation et aménagement intérieur."] },
  { naf: "71.20B", weight: 2, names: ["{lieu} Diagnostics", "{nom} Contrôle Technique", "Expertise {lieu}"],
    descriptions: ["Diagnostics amiante et plomb, contrôles réglementaires et vérifications périodiques des installations."] },
  { naf: "49.41A", weight: 3, names: ["Transports {nom}", "{lieu} Fret", "{nom} Logistique"],
    descriptions: ["Transport routier de marchandises en lots complets et partiels, messagerie régionale.",
      "Transport de marchandises sous température dirigée et livraisons urbaines en véhicules électriques."] },
  { naf: "49.42Z", weight: 1, names: ["Déménagements {nom}", "{lieu} Déménagement"],
    descriptions: ["Transferts d'entreprises, déménagement de bureaux et d'archives, garde-meubles."] },
  { naf: "53.20Z", weight: 2, names: ["Coursiers {lieu}", "{lieu} Express", "Vélo Courses {lieu}"],
    descriptions: ["Coursiers à vélo cargo et en utilitaire électrique pour les plis, colis et livraisons du dernier kilomètre."] },
  { naf: "18.12Z", weight: 2, names: ["Imprimerie {nom}", "{lieu} Impression", "Imprimerie {delieu}"],
    descriptions: ["Impression offset et numérique : documents commerciaux, signalétique et packaging, papiers certifiés."] },
  { naf: "33.12Z", weight: 2, names: ["{nom} Maintenance Industrielle", "{lieu} Maintenance", "Méca Service {lieu}"],
    descriptions: ["Maintenance et réparation de machines industrielles, dépannage sur site 24 h/24."] },
  { naf: "25.62B", weight: 3, names: ["Usinage {nom}", "{lieu} Mécanique de Précision", "{nom} Usinage CN"],
    descriptions: ["Usinage de précision en petites et moyennes séries, tournage et fraisage à commande numérique.",
      "Mécanique générale et pièces de rechange à l'unité pour l'industrie et l'aéronautique."] },
  { naf: "25.11Z", weight: 2, names: ["Métallerie {nom}", "{lieu} Chaudronnerie", "{nom} Serrurerie Métallerie"],
    descriptions: ["Chaudronnerie, métallerie et serrurerie : charpentes, garde-corps, passerelles et mobilier acier."] },
  { naf: "74.10Z", weight: 2, names: ["Studio {nom}", "{lieu} Design", "Atelier Graphique {lieu}"],
    descriptions: ["Design graphique et identité visuelle, signalétique et conception d'objets."] },
  { naf: "73.11Z", weight: 2, names: ["Agence {lieu}", "{lieu} Communication", "{nom} & Associés Communication"],
    descriptions: ["Agence de communication : stratégie, campagnes, réseaux sociaux et relations presse."] },
  { naf: "74.20Z", weight: 1, names: ["{nom} Photographie", "Studio Photo {lieu}"],
    descriptions: ["Photographie d'entreprise, reportages industriels et portraits des équipes."] },
  { naf: "69.20Z", weight: 3, names: ["Cabinet {nom}", "{lieu} Expertise Comptable", "{nom} & Associés"],
    descriptions: ["Expertise comptable, social et conseil aux dirigeants de TPE et PME."] },
  { naf: "70.22Z", weight: 3, names: ["{lieu} Conseil", "{nom} Consultants", "Cap {lieu} Conseil"],
    descriptions: ["Conseil en organisation, accompagnement RSE et stratégie achats responsables.",
      "Conseil aux dirigeants : financement, croissance externe et transmission d'entreprise."] },
  { naf: "78.20Z", weight: 1, names: ["{lieu} Intérim", "Intérim {nom}"],
    descriptions: ["Travail temporaire dans le BTP, la logistique et l'industrie, recrutement de profils qualifiés."] },
  { naf: "82.30Z", weight: 2, names: ["{lieu} Événements", "{nom} Events", "Agence Événementielle {lieu}"],
    descriptions: ["Organisation de séminaires, salons, conventions et soirées d'entreprise clés en main."] },
  { naf: "85.59A", weight: 3, names: ["{lieu} Formation", "{nom} Formation Conseil", "Institut {lieu} Compétences"],
    descriptions: ["Formation professionnelle certifiée Qualiopi : sécurité, management et habilitations électriques.",
      "Formations courtes en bureautique, langues et prévention des risques, en inter et intra-entreprise."] },
  { naf: "96.01A", weight: 1, names: ["Blanchisserie {lieu}", "{lieu} Linge Services"],
    descriptions: ["Blanchisserie industrielle : location-entretien de linge et de vêtements de travail pour l'hôtellerie et la santé."] },
  { naf: "95.11Z", weight: 1, names: ["{lieu} Micro Services", "Répar'Info {lieu}"],
    descriptions: ["Réparation et reconditionnement d'ordinateurs et d'imprimantes, dépannage sur site."] },
  { naf: "77.39Z", weight: 2, names: ["{lieu} Location", "Loc' Matériel {lieu}", "{nom} Location"],
    descriptions: ["Location de matériel de chantier, d'équipements événementiels et de modules préfabriqués."] },
  { naf: "46.69B", weight: 2, names: ["{lieu} Fournitures Industrielles", "{nom} Équipements", "Comptoir {lieu}"],
    descriptions: ["Distribution de fournitures industrielles, EPI et outillage, livrés sous 24 heures."] },
  { naf: "47.62Z", weight: 1, names: ["Papeterie {nom}", "Bureau {lieu}"],
    descriptions: ["Fournitures de bureau et papeterie, livraison aux entreprises et aux écoles."] },
  { naf: "45.20A", weight: 2, names: ["Garage {nom}", "{lieu} Auto Services"],
    descriptions: ["Entretien et réparation de flottes de véhicules d'entreprise, véhicules électriques compris."] },
];

/** SIRENE headcount bands for SMEs, weighted toward TPE as in the territory (90 % of companies). */
export const SME_BANDS: { value: string; weight: number }[] = [
  { value: "00", weight: 14 }, { value: "01", weight: 24 }, { value: "02", weight: 20 }, { value: "03", weight: 14 },
  { value: "11", weight: 14 }, { value: "12", weight: 9 }, { value: "21", weight: 3 }, { value: "22", weight: 2 },
];

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
  { tradeName: "Groupe Méridien Énergie", legalName: "Méridien Énergie SA", naf: "35.14Z", band: "52", sector: "private", communes: ["13202"],
    description: "Fournisseur d'électricité et de gaz, exploitant de centrales solaires et de réseaux de chaleur en Provence." },
  { tradeName: "Centre hospitalier intercommunal des Calanques", legalName: "Centre hospitalier intercommunal des Calanques", naf: "86.10Z", band: "42",
    sector: "public", communes: ["13209", "13208", "13210"],
    description: "Établissement public de santé : 900 lits, urgences, maternité et plateau technique au service du sud de la métropole." },
  { tradeName: "Phocéa Logistique Méditerranée", legalName: "Phocéa Logistique Méditerranée SAS", naf: "52.10B", band: "42", sector: "private", communes: ["13117"],
    description: "Entreposage et préparation de commandes pour la grande distribution, 250 000 m² de plateformes." },
  { tradeName: "Aérostructures de l'Étang", legalName: "Aérostructures de l'Étang SAS", naf: "30.30Z", band: "51", sector: "private", communes: ["13054"],
    description: "Conception et assemblage d'hélicoptères et d'aérostructures, avec un réseau de sous-traitants locaux." },
  { tradeName: "Manutention Portuaire Phocéenne", legalName: "Manutention Portuaire Phocéenne SA", naf: "52.24A", band: "41", sector: "private", communes: ["13216", "13215"],
    description: "Manutention de conteneurs et de vracs sur les bassins est du port." },
  { tradeName: "Institut Provençal de Recherche sur l'Énergie", legalName: "Institut Provençal de Recherche sur l'Énergie", naf: "72.19Z", band: "42",
    sector: "private", communes: ["13099", "13080"],
    description: "Centre de recherche sur l'énergie bas carbone : plateformes d'essais, ateliers et laboratoires." },
  { tradeName: "Hypermarchés du Midi", legalName: "Hypermarchés du Midi SAS", naf: "47.11F", band: "51", sector: "private", communes: ["13071"],
    description: "Enseigne régionale d'hypermarchés, engagée à référencer les producteurs et fabricants locaux." },
  { tradeName: "Chimie du Littoral Provençal", legalName: "Chimie du Littoral Provençal SAS", naf: "20.59Z", band: "41", sector: "private", communes: ["13014"],
    description: "Site chimique classé Seveso, grands arrêts techniques planifiés avec des entreprises extérieures." },
  { tradeName: "Microélectronique Sainte-Victoire", legalName: "Microélectronique Sainte-Victoire SAS", naf: "26.11Z", band: "42", sector: "private", communes: ["13087"],
    description: "Fabrication de composants électroniques en salles blanches, sous-traitance de maintenance et de services." },
  { tradeName: "Compagnie Maritime Massalia", legalName: "Compagnie Maritime Massalia SA", naf: "50.20Z", band: "53", sector: "private", communes: ["13202"],
    description: "Armateur de porte-conteneurs et de rouliers, siège et services supports à Marseille." },
  { tradeName: "Groupe Hospitalier Privé de la Sainte-Baume", legalName: "Groupe Hospitalier Privé de la Sainte-Baume SAS", naf: "86.10Z", band: "41",
    sector: "private", communes: ["13005", "13208"],
    description: "Cliniques privées de médecine et de chirurgie, achats groupés de services et de fournitures." },
  { tradeName: "Régie des transports de l'Étang", legalName: "Régie des transports de l'Étang", naf: "49.31Z", band: "41", sector: "public", communes: ["13056"],
    description: "Régie publique de transport urbain : bus, navettes maritimes et transport à la demande." },
  { tradeName: "Pôle universitaire de l'Arc", legalName: "Pôle universitaire de l'Arc", naf: "85.42Z", band: "52", sector: "public", communes: ["13001"],
    description: "Établissement public d'enseignement supérieur et de recherche : campus, laboratoires et services." },
  { tradeName: "Autorité portuaire du Golfe de Fos", legalName: "Autorité portuaire du Golfe de Fos", naf: "52.22Z", band: "41", sector: "public", communes: ["13039"],
    description: "Établissement public portuaire : aménagement, entretien des quais et des zones logistiques." },
  { tradeName: "Syndicat mixte de l'Arc et de la Touloubre", legalName: "Syndicat mixte d'aménagement de l'Arc et de la Touloubre", naf: "84.11Z", band: "41",
    sector: "public", communes: ["13103", "13001"],
    description: "Syndicat mixte : entretien des cours d'eau, prévention des inondations et travaux d'aménagement." },
];
