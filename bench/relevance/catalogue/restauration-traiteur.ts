import type { Trade } from "./types";

export const trade: Trade = {
  key: "restauration-traiteur",
  specialties: [
    {
      key: "traiteur-entreprise",
      naf: ["56.21Z", "56.10A", "10.85Z"],
      names: [
        "SAVEURS ET SEMINAIRES",
        "LE PLATEAU GOURMAND",
        "TRAITEUR BERNARD RECEPTIONS",
        "BUREAU GOURMET",
        "COCKTAILS ET CIE",
        "LES TABLES DE L'ENTREPRISE",
        "DELICE EVENTS TRAITEUR",
        "MAISON VERNAY TRAITEUR",
        "PAUSE DEJ",
      ],
      ideas: [
        [
          "Traiteur pour les entreprises : plateaux-repas, buffets, cocktails déjeunatoires.",
          "Nous livrons repas et cocktails pour vos réunions, séminaires et événements d'entreprise.",
          "Restauration événementielle et livraison de plateaux-repas aux professionnels.",
        ],
        [
          "Plateaux-repas livrés au bureau avant 11 h 30, commande la veille avant 16 h.",
          "Livraison en véhicules réfrigérés, dans le respect de la chaîne du froid.",
          "Commande en ligne avec compte entreprise et facturation mensuelle.",
        ],
        [
          "Cocktails de 20 à 1 500 convives, avec maîtres d'hôtel et serveurs.",
          "Personnel de service, mobilier et vaisselle fournis pour vos réceptions.",
          "Petits-déjeuners, pauses gourmandes, déjeuners assis et soirées de gala.",
        ],
        [
          "Cuisine maison à partir de produits frais et de saison, fournisseurs locaux.",
          "Menus élaborés par notre chef, options végétariennes, sans gluten et halal.",
          "Labellisés Ecocert En Cuisine, emballages compostables.",
        ],
        [
          "Partenaire des agences événementielles et des centres de congrès.",
          "Nous intervenons dans vos locaux ou dans les lieux de réception de la région.",
          "Référencés par de grands comptes et des organismes publics.",
        ],
        [
          "Laboratoire de production agréé, plan de maîtrise sanitaire et traçabilité.",
          "Cuisine centrale sous agrément sanitaire, contrôles microbiologiques réguliers.",
          "Respect strict des normes HACCP dans nos ateliers.",
        ],
      ],
      vague: ["Traiteur.", "Restauration.", "Métiers de bouche.", "Services aux entreprises."],
    },
    {
      key: "restauration-collective",
      naf: ["56.29A", "56.29B", "56.21Z"],
      names: [
        "RESTAUVAL",
        "SODEREST",
        "CONVIVIO RESTAURATION",
        "COLLECT'REPAS",
        "LES CUISINES PARTAGEES",
        "API RESTO SERVICES",
        "ALIMENTS ET SANTE RESTAURATION",
        "CANTINE ET TERRITOIRES",
        "SOCIETE DE RESTAURATION DU LITTORAL",
      ],
      ideas: [
        [
          "Restauration collective sous contrat : restaurants d'entreprise, scolaires et de santé.",
          "Nous prenons en charge la gestion de votre cantine ou de votre restaurant d'entreprise.",
          "Société de restauration collective au service des entreprises, écoles et établissements de soins.",
        ],
        [
          "Production sur place par nos équipes ou livraison en liaison froide depuis notre cuisine centrale.",
          "Liaison chaude ou liaison froide selon votre équipement.",
          "Cuisine centrale d'une capacité de 8 000 repas par jour.",
        ],
        [
          "Conformité à la loi EGalim : 50 % de produits durables dont 20 % de bio.",
          "Menus validés par nos diététiciennes, grammages conformes aux recommandations du GEMRCN.",
          "Approvisionnement local et lutte contre le gaspillage alimentaire.",
        ],
        [
          "Reprise du personnel en place, gestion RH et formation des équipes de cuisine.",
          "Gestion complète : achats, personnel, hygiène, encaissement.",
          "Contrats en gestion concédée ou en prestation de service.",
        ],
        [
          "Réponse aux appels d'offres publics des collectivités et des hôpitaux.",
          "Plus de 120 restaurants gérés en EHPAD, collèges et sites industriels.",
          "Expérience de la restauration en milieu hospitalier et médico-social.",
        ],
        [
          "Animations culinaires, menus à thème et enquêtes de satisfaction.",
          "Application convive pour consulter les menus et réserver son repas.",
          "Cafétérias, selfs et vente à emporter pour les salariés.",
        ],
      ],
      vague: ["Restauration.", "Restauration collective.", "Services de repas.", "Prestataire de restauration."],
    },
    {
      key: "traiteur-mariage",
      naf: ["56.21Z", "56.10A"],
      names: [
        "LES NOCES GOURMANDES",
        "TRAITEUR DU CHATEAU",
        "OUI CHEF RECEPTIONS",
        "MAISON LAMBERT TRAITEUR",
        "DOUCEURS DE FETE",
        "LE BANQUET CHAMPETRE",
        "TABLE ET TRADITION",
        "AU PALAIS FESTIF",
        "GARNIER GASTRONOMIE",
      ],
      ideas: [
        [
          "Traiteur pour mariages, baptêmes, anniversaires et fêtes de famille.",
          "Nous régalons vos invités pour le plus beau jour de votre vie.",
          "Spécialiste des réceptions privées et des repas de mariage.",
        ],
        [
          "Dégustation offerte aux futurs mariés pour composer leur menu.",
          "Menus personnalisés après rendez-vous et séance de dégustation.",
          "Vin d'honneur, dîner, pièce montée et brunch du lendemain.",
        ],
        [
          "Cuisine gastronomique et familiale, foie gras maison, pièce de bœuf en croûte.",
          "Buffets campagnards, méchouis et cochons de lait grillés.",
          "Cuisine traditionnelle et plats du terroir préparés dans notre laboratoire.",
        ],
        [
          "Service à l'assiette, vaisselle, nappage et location de mobilier.",
          "Serveurs et maître d'hôtel présents jusqu'au bout de la nuit.",
          "Nous nous occupons de tout : mise en place, service, rangement.",
        ],
        [
          "Nous intervenons dans les domaines, châteaux et salles des fêtes de la région.",
          "Partenaires de nombreux lieux de réception et de photographes.",
          "Plus de 80 mariages par saison.",
        ],
        [
          "Pièces montées en choux, wedding cakes et buffets de desserts.",
          "Notre pâtissier réalise le gâteau de vos rêves.",
          "Candy bar et fontaine de chocolat sur demande.",
        ],
      ],
      vague: ["Traiteur.", "Réceptions.", "Organisation de repas.", "Cuisine."],
    },
    {
      key: "boulangerie-livraison-bureaux",
      naf: ["10.71C", "10.71A", "47.24Z"],
      names: [
        "LE FOURNIL DES BUREAUX",
        "BOULANGERIE MARCHAND",
        "PAIN ET CROISSANT EXPRESS",
        "AU PETRIN D'OR",
        "LES VIENNOISERIES DE PAULINE",
        "BREAKFAST PRO",
        "MAISON DUMONT BOULANGER",
        "FARINE ET LEVAIN",
        "LA MIE D'ENTREPRISE",
      ],
      ideas: [
        [
          "Boulangerie artisanale qui livre viennoiseries et petits-déjeuners dans les entreprises.",
          "Livraison de croissants, pains au chocolat et jus frais au bureau.",
          "Nous apportons le petit-déjeuner de vos réunions dès 7 h 30.",
        ],
        [
          "Pains au levain, baguettes de tradition et viennoiseries pur beurre faits maison.",
          "Tout est fabriqué chaque nuit dans notre fournil avec des farines locales.",
          "Artisans boulangers-pâtissiers depuis 1992.",
        ],
        [
          "Coffrets petit-déjeuner et pauses gourmandes pour séminaires.",
          "Plateaux de mignardises, gâteaux d'anniversaire et galettes des rois pour les équipes.",
          "Sandwichs, quiches et salades pour les déjeuners sur le pouce.",
        ],
        [
          "Commande en ligne jusqu'à 18 h la veille, livraison en vélo cargo.",
          "Abonnement hebdomadaire pour vos petits-déjeuners d'équipe.",
          "Livraison gratuite à partir de 30 € dans le centre-ville.",
        ],
        [
          "Fournisseur de pain des restaurants, hôtels et cantines du quartier.",
          "Nous livrons aussi le pain aux restaurateurs et aux épiceries.",
          "Production en volume pour les collectivités et les professionnels.",
        ],
        ["Options bio, sans lactose et vegan.", "Farines biologiques et produits issus de l'agriculture locale.", "Emballages recyclables, sans plastique."],
      ],
      vague: ["Boulangerie.", "Commerce alimentaire.", "Artisan.", "Pâtisserie."],
    },
  ],
  needs: [
    {
      target: "traiteur-entreprise",
      related: ["restauration-collective", "traiteur-mariage", "boulangerie-livraison-bureaux"],
      title: "Cocktail dînatoire pour 350 invités lors de notre convention annuelle",
      description:
        "Convention clients le 12 juin à Lyon : cocktail dînatoire de 19 h à 22 h pour 350 personnes, dont 10 % de végétariens. Le prestataire fournit le personnel de service, les mange-debout et la vaisselle. Le lieu est réservé et dispose d'un office de réchauffage.",
      kind: "services",
      nafPicked: ["82.30Z"],
      budget: [18000, 28000],
    },
    {
      target: "restauration-collective",
      related: ["traiteur-entreprise", "cuisine-pro-installation"],
      title: "Gestion du restaurant d'entreprise de notre site de 600 salariés",
      description:
        "Consultation pour la gestion de notre restaurant d'entreprise (environ 450 repas par jour, cuisine équipée sur place) à compter du 1er septembre. Reprise des 7 salariés actuels, 50 % de produits durables exigés, cafétéria ouverte le matin. Contrat de 4 ans.",
      kind: "services",
      nafPicked: ["56.29A"],
      budget: [800000, 1100000],
    },
  ],
};
