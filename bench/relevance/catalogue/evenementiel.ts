import type { Trade } from "./types";

export const trade: Trade = {
  key: "evenementiel",
  specialties: [
    {
      key: "agence-evenementielle-b2b",
      naf: ["82.30Z", "73.11Z", "79.90Z"],
      names: [
        "EVENTIA",
        "AGENCE CAP SEMINAIRES",
        "ORIGAMI EVENTS",
        "TEAM SPIRIT ORGANISATION",
        "SYNERGIE EVENEMENTS",
        "L'ATELIER DES CONVENTIONS",
        "GRAND ANGLE COMMUNICATION",
        "INCENTIVE ET CIE",
        "NOUVEL HORIZON EVENTS",
      ],
      ideas: [
        [
          "Agence événementielle : séminaires, conventions, lancements de produits et soirées d'entreprise.",
          "Nous concevons et organisons vos événements professionnels de A à Z.",
          "Organisation d'événements d'entreprise de 20 à 3 000 participants.",
        ],
        [
          "Team building, challenges sportifs et ateliers créatifs pour vos équipes.",
          "Activités de cohésion : rallyes, escape games, ateliers culinaires.",
          "Incentives et voyages de stimulation en France et à l'étranger.",
        ],
        [
          "Recherche de lieux, gestion des inscriptions, hébergement et transport des participants.",
          "Logistique complète : lieux, traiteurs, technique, transferts.",
          "Un chef de projet unique coordonne tous les prestataires.",
        ],
        [
          "Scénographie, conception créative et production de contenus vidéo.",
          "Direction artistique, décors et expériences immersives.",
          "Événements hybrides et diffusion en direct de vos plénières.",
        ],
        [
          "Événements responsables selon la norme ISO 20121.",
          "Événements écoresponsables : traiteurs locaux, zéro plastique, bilan carbone.",
          "Agence certifiée ISO 20121.",
        ],
        [
          "Clients : laboratoires pharmaceutiques, banques, industriels, fédérations professionnelles.",
          "Plus de 150 événements par an pour des grands comptes et des PME.",
          "Organisation de salons professionnels et de congrès médicaux.",
        ],
      ],
      vague: ["Événementiel.", "Communication.", "Agence de communication.", "Organisation."],
    },
    {
      key: "prestataire-son-lumiere",
      naf: ["90.02Z", "77.39Z"],
      names: [
        "SONO LUMIERE SERVICES",
        "AUDIOSCENE",
        "LIGHT AND SOUND PRODUCTION",
        "STAGE TECHNIC",
        "DECIBEL EVENEMENTS",
        "PROJECTEUR",
        "SCENOTEC",
        "AUDIOVISUEL REGIE PRODUCTION",
        "VOLTAGE SPECTACLE",
      ],
      ideas: [
        [
          "Prestataire technique événementiel : sonorisation, éclairage scénique, vidéo et structures.",
          "Location et installation de matériel son, lumière et vidéo.",
          "Régie technique pour concerts, conventions et spectacles.",
        ],
        [
          "Systèmes de diffusion line array, consoles numériques et micros HF.",
          "Parc de lyres asservies, projecteurs LED, murs d'images LED et vidéoprojecteurs de 20 000 lumens.",
          "Interprétation simultanée et captation vidéo multicaméra.",
        ],
        [
          "Techniciens son, éclairagistes et régisseurs intermittents du spectacle.",
          "Équipes techniques qualifiées, habilitations électriques et travail en hauteur.",
          "Un régisseur général dédié à chaque projet.",
        ],
        [
          "Scènes, podiums, structures alu et ponts pour l'accroche du matériel.",
          "Montage de scènes et de structures conformes aux règles des ERP.",
          "Accroches vérifiées par un organisme de contrôle.",
        ],
        [
          "Livraison, montage et démontage inclus.",
          "Location sèche de matériel ou prestation clés en main avec techniciens.",
          "Dépôt de 2 000 m² et camions pour intervenir dans toute la France.",
        ],
        [
          "Nous travaillons pour les agences, les festivals, les théâtres et les collectivités.",
          "Références : festivals d'été, plénières d'entreprise, concerts en plein air.",
          "Partenaire technique des salles de spectacle de la région.",
        ],
      ],
      vague: ["Événementiel.", "Spectacle.", "Audiovisuel.", "Location de matériel."],
    },
    {
      key: "wedding-planner",
      naf: ["96.09Z", "82.30Z"],
      names: [
        "JOUR J ORGANISATION",
        "OUI POUR LA VIE",
        "MARIAGES ET MERVEILLES",
        "L'ATELIER DES MARIES",
        "COEUR DE FETE",
        "LES JOLIES NOCES",
        "HAPPY DAY PLANNER",
        "DENTELLE ET CONFETTIS",
        "ROSE POUDRE EVENEMENTS",
      ],
      ideas: [
        [
          "Wedding planner : organisation complète ou partielle de votre mariage.",
          "Nous organisons votre mariage pour que vous profitiez pleinement de votre journée.",
          "Organisatrice de mariages et de cérémonies laïques.",
        ],
        [
          "Recherche du lieu de réception, du traiteur, du photographe et du DJ.",
          "Sélection des prestataires et négociation pour respecter votre budget.",
          "Un carnet d'adresses de prestataires de confiance dans toute la région.",
        ],
        [
          "Décoration et scénographie de mariage : fleurs, arches, centres de table.",
          "Location de décoration : vaisselle vintage, lanternes, guirlandes lumineuses.",
          "Un univers décoratif sur mesure selon vos envies.",
        ],
        [
          "Coordination le jour J pour gérer le planning et les imprévus.",
          "Présence le jour du mariage, du matin jusqu'à la fin de la soirée.",
          "Rétroplanning et suivi personnalisé pendant toute la préparation.",
        ],
        [
          "Mariages en France et mariages à destination en Provence et en Italie.",
          "Cérémonies laïques personnalisées avec officiant.",
          "Demandes en mariage, EVJF, baptêmes et anniversaires de mariage.",
        ],
        ["Coordination du jour J à partir de 1 500 €.", "Premier rendez-vous offert pour faire connaissance.", "Formules modulables selon votre budget."],
      ],
      vague: ["Événementiel.", "Organisation d'événements.", "Décoration.", "Services aux particuliers."],
    },
    {
      key: "location-salles",
      naf: ["68.20B", "55.10Z", "82.30Z"],
      names: [
        "DOMAINE DE LA VERRIERE",
        "ESPACE CONGRES DES QUAIS",
        "LE LOFT 21",
        "CHATEAU DE BELLEFONTAINE",
        "LES SALONS DE L'ETOILE",
        "CENTRE D'AFFAIRES DES PINS",
        "HALLE 7",
        "SALLES ET REUNIONS CENTRE GARE",
        "MOULIN DE LA RIVIERE",
      ],
      ideas: [
        [
          "Location de salles de réunion, de séminaire et de réception.",
          "Espaces modulables de 20 à 800 m² pour vos événements.",
          "Nous louons nos salles pour séminaires, conférences, cocktails et soirées.",
        ],
        [
          "Auditorium de 250 places, 8 salles de sous-commission et un espace d'exposition.",
          "Salle plénière équipée, salles annexes et terrasse privative.",
          "Capacité de 300 personnes en cocktail et de 180 en dîner assis.",
        ],
        [
          "Équipement audiovisuel inclus : vidéoprojecteur, sonorisation, wifi très haut débit.",
          "Salles lumineuses et climatisées, avec écrans et visioconférence.",
          "Accès PMR, parking de 150 places et accès direct depuis la gare.",
        ],
        [
          "Forfaits journée d'étude avec pauses et déjeuner.",
          "Traiteurs référencés ou traiteur libre selon l'espace.",
          "Hébergement sur place : 45 chambres pour vos séminaires résidentiels.",
        ],
        [
          "Domaine au cœur de la nature, à 40 minutes de Paris.",
          "Lieu atypique en centre-ville, dans une ancienne usine rénovée.",
          "Château du XVIIIe siècle avec un parc de 10 hectares.",
        ],
        [
          "Location à la demi-journée, à la journée ou pour le week-end.",
          "Visite du lieu sur rendez-vous et devis sous 24 h.",
          "Mariages, anniversaires et événements privés également accueillis.",
        ],
      ],
      vague: ["Location de salles.", "Lieu de réception.", "Événementiel.", "Immobilier."],
    },
  ],
  needs: [
    {
      target: "agence-evenementielle-b2b",
      related: ["location-salles", "prestataire-son-lumiere", "traiteur-entreprise", "autocars-avec-chauffeur"],
      title: "Séminaire de direction de 2 jours pour 80 cadres, avec team building",
      description:
        "Nous cherchons une agence pour organiser notre séminaire annuel les 3 et 4 octobre : lieu à moins de 2 h de Lyon avec hébergement, plénière, ateliers et une activité de cohésion. Transport en car et repas à prendre en charge, démarche écoresponsable appréciée.",
      kind: "services",
      nafPicked: ["82.30Z"],
      budget: [60000, 90000],
    },
    {
      target: "prestataire-son-lumiere",
      related: ["agence-evenementielle-b2b", "location-salles"],
      title: "Sono, éclairage et écran LED pour une plénière de 600 personnes",
      description:
        "Plénière le 21 novembre au parc des expositions : sonorisation de la salle, 6 micros HF, éclairage de scène, écran LED de 6 × 3 m et captation pour une diffusion en direct. Montage la veille, techniciens présents toute la journée.",
      kind: "services",
      nafPicked: ["73.11Z"],
      budget: [15000, 30000],
    },
  ],
};
