import type { Trade } from "./types";

export const trade: Trade = {
  key: "impression-signaletique",
  specialties: [
    {
      key: "imprimerie-offset-numerique",
      naf: ["18.12Z", "18.13Z"],
      names: [
        "IMPRIMERIE DES TROIS VALLEES",
        "OFFSET MODERNE",
        "PRINTEA",
        "IMPRIMERIE CHAUVET ET FILS",
        "ENCRE ET PAPIER",
        "ROTATIVE DU MIDI",
        "GRAPHI-PRESSE",
        "NUMERIPRINT",
      ],
      ideas: [
        [
          "Imprimerie offset et numérique : brochures, catalogues, plaquettes, flyers, rapports annuels.",
          "Impression de documents commerciaux et institutionnels, du petit tirage à 100 000 exemplaires.",
          "Nous imprimons vos catalogues, magazines, dépliants et papeterie d'entreprise.",
        ],
        [
          "Parc machines : presses offset 4 et 5 couleurs, presses numériques haute définition.",
          "Presse offset 70x100 et presse numérique pour les tirages courts et personnalisés.",
          "Impression numérique à données variables pour vos mailings.",
        ],
        [
          "Façonnage intégré : piqûre, dos carré collé, reliure, pliage, découpe.",
          "Finitions : pelliculage mat ou brillant, vernis sélectif, dorure à chaud, gaufrage.",
          "Atelier de façonnage : encartage, mise sous film, routage.",
        ],
        [
          "Labels Imprim'Vert et PEFC/FSC, encres végétales.",
          "Papiers recyclés et certifiés, imprimerie labellisée Imprim'Vert.",
          "Démarche environnementale : gestion des déchets, encres sans solvants.",
        ],
        [
          "Studio de pré-presse : contrôle des fichiers, BAT, épreuves certifiées.",
          "PAO, mise en page et correction de vos fichiers avant impression.",
          "Gestion de la couleur et épreuvage contractuel.",
        ],
        [
          "Impression de PLV et de packagings carton.",
          "Étiquettes, boîtes et présentoirs en carton.",
          "Livraison dans toute la France et stockage de vos imprimés.",
        ],
      ],
      vague: ["Imprimerie.", "Arts graphiques.", "Impression et communication."],
    },
    {
      key: "enseignes-signaletique-covering",
      naf: ["32.99Z", "73.11Z", "18.12Z"],
      names: [
        "ENSEIGNES LUMINA",
        "SIGNAL PRO AMENAGEMENT",
        "COVERSTYLE",
        "LETTRES ET LUMIERES",
        "ADHESIF CONCEPT",
        "SIGNALETIQUE DU PAYS BASQUE",
        "WRAPLINE",
        "ATELIER DE L'ENSEIGNE",
      ],
      ideas: [
        [
          "Fabrication et pose d'enseignes : lettres boîtiers lumineuses, caissons, drapeaux, totems.",
          "Enseignes lumineuses et non lumineuses pour commerces, franchises et zones d'activités.",
          "Conception, fabrication en atelier et installation de votre enseigne.",
        ],
        [
          "Marquage et covering de véhicules : utilitaires, voitures, camions, flottes.",
          "Habillage adhésif intégral ou partiel de vos véhicules de société.",
          "Lettrage adhésif et covering de flotte, pose en atelier.",
        ],
        [
          "Signalétique intérieure et extérieure : directionnelle, PMR, panneaux de chantier.",
          "Plaques, panneaux, signalétique d'accueil et de sécurité.",
          "Signalétique de bâtiments et de parcs d'activités, de l'étude à la pose.",
        ],
        [
          "Vitrophanie, adhésifs de vitrines et films occultants.",
          "Décoration de vitrines, films dépolis, adhésifs décoratifs.",
          "Adhésifs microperforés et films solaires pour vitrages.",
        ],
        [
          "Démarches administratives : déclaration préalable et autorisation d'enseigne.",
          "Conseil sur le règlement local de publicité.",
          "Maintenance de vos enseignes lumineuses et passage aux LED.",
        ],
        [
          "Atelier équipé : fraiseuse numérique, découpe laser, traceur de découpe.",
          "Équipe de poseurs avec nacelle pour les enseignes en hauteur.",
          "Déploiement d'enseignes pour réseaux de franchise dans toute la France.",
        ],
      ],
      vague: ["Enseignes et signalétique.", "Communication visuelle.", "Marquage publicitaire."],
    },
    {
      key: "impression-grand-format-evenementiel",
      naf: ["18.12Z", "73.11Z", "82.30Z"],
      names: [
        "MAXIPRINT EXPO",
        "GRAND FORMAT SERVICES",
        "STANDEVENT",
        "XXL IMPRESSION",
        "TEXTILE PRINT EXPO",
        "BACHE ET KAKEMONO",
        "SALON PRINT SOLUTIONS",
        "VISUEL GEANT",
      ],
      ideas: [
        [
          "Impression grand format : bâches, kakémonos, roll-up, banderoles.",
          "Supports grand format pour vos événements : roll-up, bâches, drapeaux, oriflammes.",
          "Impression XXL sur bâche, textile, vinyle et supports rigides.",
        ],
        [
          "Stands parapluie, murs d'image textile et stands modulaires pour salons.",
          "Conception et impression de stands d'exposition réutilisables.",
          "Cadres textiles tendus, comptoirs d'accueil personnalisés, arches.",
        ],
        [
          "Impression sur panneaux rigides : Dibond, PVC, Forex, carton alvéolaire.",
          "Panneaux, totems et signalétique temporaire pour salons et congrès.",
          "Impression UV à plat sur bois, verre et plexiglas.",
        ],
        [
          "Impression textile par sublimation, tissus lavables et légers.",
          "Toiles imprimées classées au feu M1 pour les ERP.",
          "Bâches micro-perforées pour échafaudages et palissades de chantier.",
        ],
        [
          "Production express en 48 heures pour vos événements de dernière minute.",
          "Livraison directe sur le lieu du salon et installation possible.",
          "Délais courts et devis immédiat en ligne.",
        ],
        [
          "Montage et démontage de vos visuels et stands par nos équipes.",
          "Habillage de lieux événementiels, halls et scènes.",
          "PLV événementielle et décors imprimés.",
        ],
      ],
      vague: ["Impression numérique.", "Communication visuelle.", "Événementiel."],
    },
    {
      key: "objets-publicitaires-textile",
      naf: ["46.49Z", "73.11Z", "32.99Z", "18.12Z"],
      names: [
        "GOODIES FACTORY",
        "OBJECTIF CADEAU PRO",
        "TEXTIL'MARQUAGE",
        "LOGO ET COMPAGNIE",
        "PROMOTIA",
        "BRODERIE ET SERIGRAPHIE DU CENTRE",
        "CADEAUX D'AFFAIRES DUVAL",
        "MARQUE ET OBJET",
      ],
      ideas: [
        [
          "Objets publicitaires personnalisés à votre logo : stylos, mugs, gourdes, clés USB, tote bags.",
          "Goodies et cadeaux d'affaires pour vos salons, séminaires et clients.",
          "Plus de 20 000 références d'objets promotionnels marquables.",
        ],
        [
          "Textile personnalisé : tee-shirts, polos, sweats, vestes, casquettes.",
          "Marquage textile par sérigraphie, broderie, transfert et impression numérique.",
          "Vêtements de travail et tenues d'équipe brodés à vos couleurs.",
        ],
        [
          "Atelier de marquage intégré : tampographie, gravure laser, sérigraphie.",
          "Personnalisation réalisée dans nos ateliers en France.",
          "Gravure laser sur métal, bois et verre.",
        ],
        [
          "Gamme responsable : objets fabriqués en France, matériaux recyclés, textile bio.",
          "Goodies éco-conçus : coton biologique, bambou, plastique recyclé.",
          "Sélection d'objets durables et utiles plutôt que jetables.",
        ],
        [
          "Accompagnement créatif : choix des produits, maquettes et BAT gratuits.",
          "Conseil selon votre budget et votre événement, échantillons sur demande.",
          "Kits d'accueil et coffrets de bienvenue pour vos nouveaux collaborateurs.",
        ],
        [
          "Petites séries dès 50 pièces, délais express possibles.",
          "Livraison en 10 jours ouvrés après validation du BAT.",
          "Stockage et envoi de vos goodies vers vos différents sites.",
        ],
      ],
      vague: ["Objets publicitaires.", "Cadeaux d'entreprise.", "Communication par l'objet."],
    },
  ],
  needs: [
    {
      target: "imprimerie-offset-numerique",
      related: ["impression-grand-format-evenementiel"],
      title: "Impression de 5 000 catalogues produits de 48 pages",
      description:
        "Catalogue annuel A4 de 48 pages plus couverture 300 g pelliculée mate, intérieur couché 135 g, dos carré collé. Tirage 5 000 exemplaires, PDF fournis, BAT papier souhaité. Livraison sur palette à Nantes avant le 15 février.",
      kind: "supplies",
      nafPicked: ["18.12Z"],
      budget: [6000, 11000],
    },
    {
      target: "enseignes-signaletique-covering",
      related: ["impression-grand-format-evenementiel", "objets-publicitaires-textile"],
      title: "Habillage aux couleurs de l'entreprise de 12 camionnettes",
      description:
        "Nous voulons décorer nos 12 fourgons (2 tailles) avec logo, coordonnées et un visuel sur les flancs. Pose par lots de 3 pour ne pas immobiliser la flotte. Maquette à proposer à partir de notre charte graphique.",
      kind: "services",
      nafPicked: ["45.20A"],
      budget: [9000, 18000],
    },
  ],
};
