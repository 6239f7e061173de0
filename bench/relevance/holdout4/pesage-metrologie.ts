import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-pesage-metrologie",
  specialties: [
    {
      key: "h4-balances-ponts-bascules",
      naf: ["28.29A", "33.12Z", "46.69B"],
      names: [
        "PESAGE PROVENCE",
        "BALANCES DU MIDI",
        "SOC ROUX PESAGE",
        "PONT BASCULE SERVICES",
        "MEDITERRANEE PESAGE INDUSTRIEL",
        "KILOGRAM",
        "BASCULA",
        "SUD BALANCES",
        "TARE ET PESEE",
        "EQUIPESAGE",
      ],
      ideas: [
        [
          "Vente, installation et réparation de balances industrielles et commerciales.",
          "Nous fournissons l'instrument de pesage adapté à chaque usage : balances de comptoir, plateformes, pèse-palettes.",
          "Spécialiste du pesage depuis 1968.",
        ],
        [
          "Ponts-bascules routiers et ferroviaires, en fosse ou hors sol, de 30 à 80 tonnes.",
          "Fabrication et installation de ponts-bascules, génie civil compris.",
          "Remplacement de ponts-bascules anciens et modernisation des indicateurs.",
        ],
        [
          "Logiciels de gestion des pesées, bornes chauffeur en libre-service, lecture de plaques.",
          "Solutions d'automatisation des pesées de camions.",
          "Pesées reliées à votre ERP.",
        ],
        [
          "Dépannage et maintenance toutes marques, pièces détachées.",
          "Contrats d'entretien avec contrôle de justesse.",
          "Dépannage rapide dans toute la région.",
        ],
        [
          "Balances ATEX, inox et étanches pour l'agroalimentaire et la chimie.",
          "Plateformes inox lavables et balances compte-pièces.",
          "Pèse-palettes, transpalettes peseurs, crochets peseurs.",
        ],
        [
          "Installateur agréé, nous réalisons la vérification primitive de nos instruments.",
          "Réparateur agréé pour les instruments de pesage réglementés.",
          "Vérification primitive et mise en service à l'installation.",
        ],
        ["Agences à Marseille et à Avignon.", "Clients : carrières, recyclage, négoce agricole, industrie.", "Plus de 300 ponts-bascules installés."],
      ],
      vague: ["Pesage.", "Matériel de pesage.", "Vente et réparation de balances.", "Équipements industriels."],
    },
    {
      key: "h4-verification-metrologie-legale",
      naf: ["71.20B", "33.12Z"],
      names: [
        "METROLOGIE LEGALE SUD",
        "VERIF PESAGE",
        "ORGANISME DE VERIFICATION PROVENCAL",
        "SOC BRUN METROLOGIE",
        "CONTROLE INSTRUMENTS MESURE",
        "LEGALIS MESURE",
        "VIGNETTE VERTE SERVICES",
        "METROLEG",
        "CERTIPESE",
        "AEQUITAS CONTROLE",
      ],
      ideas: [
        [
          "Organisme désigné pour la vérification périodique des instruments de pesage à fonctionnement non automatique.",
          "Nous réalisons les vérifications périodiques réglementaires des balances et des ponts-bascules.",
          "Contrôle en service des instruments de mesure soumis à la métrologie légale.",
        ],
        [
          "Vérifications impartiales, indépendantes de la vente et de la réparation.",
          "Organisme indépendant : nous ne vendons ni ne réparons d'instruments.",
          "Notre indépendance est exigée par la réglementation et garantie par notre accréditation.",
        ],
        [
          "Pose de la vignette verte ou rouge, mise à jour du carnet métrologique.",
          "Rapport de vérification et inscription sur le carnet métrologique.",
          "Gestion des échéances réglementaires de vos instruments.",
        ],
        [
          "Masses étalons et camion d'essai pour les ponts-bascules jusqu'à 80 t.",
          "Camion équipé de masses pour la vérification des ponts-bascules.",
          "Équipements d'essai raccordés aux étalons nationaux.",
        ],
        [
          "Nous vérifions aussi les ensembles de mesurage de carburant et les doseuses.",
          "Contrôle des ensembles de mesurage de liquides autres que l'eau.",
          "Vérification des instruments de pesage à fonctionnement automatique.",
        ],
        [
          "Accrédités COFRAC selon l'ISO/IEC 17020.",
          "Désignation par l'administration et accréditation COFRAC inspection.",
          "Organisme agréé en métrologie légale.",
        ],
        [
          "Interventions dans toute la région Sud.",
          "Clients : commerces, industriels, coopératives agricoles, carrières.",
          "Plus de 10 000 instruments vérifiés par an.",
        ],
      ],
      vague: ["Contrôle technique.", "Métrologie.", "Inspections et vérifications.", "Organisme de contrôle."],
    },
    {
      key: "h4-etalonnage-instruments",
      naf: ["71.20B", "33.13Z", "74.90B"],
      names: [
        "ETALONNAGE MEDITERRANEE",
        "METROLOGIE INDUSTRIELLE PROVENCE",
        "SOC VIAL METROLOGIE",
        "CALIBRA SUD",
        "PRECIMESURE",
        "ETALON SERVICES",
        "METRIS",
        "KELVIN ET BAR",
        "INCERTITUDE ZERO",
        "MESURES ET CONTROLES 13",
      ],
      ideas: [
        [
          "Étalonnage et vérification des instruments de mesure : pression, température, dimensionnel, électrique, masse.",
          "Nous étalonnons vos instruments de mesure dans notre laboratoire ou sur site.",
          "Prestataire de métrologie industrielle multi-grandeurs.",
        ],
        [
          "Laboratoire accrédité COFRAC selon l'ISO/IEC 17025.",
          "Certificats d'étalonnage sous accréditation COFRAC.",
          "Raccordement aux étalons nationaux et incertitudes calculées.",
        ],
        [
          "Étalonnage sur site avec laboratoire mobile pour éviter l'arrêt de vos installations.",
          "Camion-laboratoire pour étalonner sur place transmetteurs et sondes.",
          "Interventions sur site, en zone de production.",
        ],
        [
          "Constats de vérification selon vos erreurs maximales tolérées.",
          "Déclaration de conformité selon vos EMT et vos règles de décision.",
          "Gestion de votre parc d'instruments et planification des étalonnages.",
        ],
        [
          "Secteurs : pharmaceutique, cosmétique, agroalimentaire, aéronautique.",
          "Habitués aux exigences BPF et aux audits clients.",
          "Cartographie thermique d'étuves, d'enceintes climatiques et d'entrepôts.",
        ],
        [
          "Étalonnage de masses étalons, de balances de laboratoire et de pipettes.",
          "Étalonnage des balances et des masses.",
          "Étalonnage des pieds à coulisse, micromètres et comparateurs.",
        ],
        [
          "Une équipe de 20 métrologues basée à Aix-en-Provence.",
          "Suivi en ligne des certificats et des échéances.",
          "Plus de 25 000 instruments étalonnés chaque année.",
        ],
      ],
      vague: ["Métrologie.", "Contrôle et mesure.", "Services de métrologie.", "Essais et étalonnages."],
    },
    {
      key: "h4-dosage-pesage-process",
      naf: ["28.29A", "28.99B", "33.20C"],
      names: [
        "DOSAGE PROCESS SYSTEMES",
        "PONDERAL INDUSTRIE",
        "SOC COSTE DOSAGE",
        "TREMIE PESEUSE SUD",
        "DOSITEC",
        "GRAVIMETRIC",
        "SOLIDS HANDLING PROVENCE",
        "BATCHLINE",
        "MIXDOSE",
        "ALLIANCE DOSAGE",
      ],
      ideas: [
        [
          "Systèmes de dosage pondéral pour poudres, granulés et liquides.",
          "Nous concevons des installations de dosage et de pesage intégrées à vos process.",
          "Dosage gravimétrique en continu et par lots.",
        ],
        [
          "Trémies peseuses, doseurs à perte de poids, bascules à bande.",
          "Doseurs à perte de poids et bascules intégratrices.",
          "Pesage de cuves et de silos par cellules de charge.",
        ],
        [
          "Automatisme et supervision des recettes, traçabilité des lots.",
          "Gestion des recettes et enregistrement des pesées.",
          "Contrôle-commande intégré, interface avec votre supervision.",
        ],
        [
          "Installations ATEX pour poudres combustibles.",
          "Conception conforme aux exigences ATEX et hygiéniques.",
          "Construction inox pour l'agroalimentaire et la pharmacie.",
        ],
        [
          "Vis, vannes, transport pneumatique et vidange de big-bags.",
          "Stations de vidange de big-bags et de sacs.",
          "Manutention des poudres : vis, convoyage pneumatique.",
        ],
        [
          "Étude, fabrication, installation et mise en service.",
          "Clé en main : étude, fabrication, montage, mise en service.",
          "Modernisation d'installations existantes.",
        ],
        [
          "Clients : chimie, agroalimentaire, matériaux de construction, plasturgie.",
          "Atelier de fabrication à Salon-de-Provence.",
          "Plus de 200 installations en service.",
        ],
      ],
      vague: ["Fabrication de machines.", "Équipements de process.", "Pesage et dosage.", "Ingénierie de process."],
    },
  ],
  needs: [
    {
      target: "h4-verification-metrologie-legale",
      related: ["h4-balances-ponts-bascules"],
      title: "Vérif. périodique 42 balances + 2 ponts-bascules (IPFNA) – Vitrolles/Salon",
      description:
        "Vérification périodique réglementaire de nos instruments de pesage à fonctionnement non automatique utilisés pour des transactions commerciales : 42 balances (portées de 3 kg à 1,5 t) et 2 ponts-bascules de 60 t sur nos sites de Vitrolles et de Salon. Pose des vignettes et mise à jour des carnets métrologiques. Les éventuelles réparations seront commandées séparément.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [6000, 11000],
    },
    {
      target: "h4-balances-ponts-bascules",
      related: ["h4-verification-metrologie-legale", "h4-dosage-pesage-process"],
      title: "Pont-bascule 18 m / 60 t – remplacement complet carrière Rognac",
      description:
        "Fourniture et installation d'un pont-bascule routier de 18 m, portée 60 t, en remplacement de l'existant (30 ans) à l'entrée de notre carrière de Rognac, avec génie civil des longrines, indicateur, borne chauffeur et logiciel de gestion des pesées. Vérification primitive incluse. Installation en janvier, site fermé une semaine au maximum.",
      kind: "supplies",
      nafPicked: ["28.29A"],
      budget: [55000, 85000],
    },
    {
      target: "h4-etalonnage-instruments",
      related: ["h4-verification-metrologie-legale"],
      title: "Étalonnage COFRAC ~150 capteurs pression/température – campagne 2025",
      description:
        "Campagne annuelle d'étalonnage de nos instruments de mesure : environ 90 manomètres et transmetteurs de pression, 60 sondes de température PT100 et un jeu de masses étalons M1. Étalonnage sur site quand c'est possible, certificats sous accréditation COFRAC, constats de vérification selon nos EMT. Site pharmaceutique soumis aux BPF.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [14000, 24000],
    },
    {
      target: "h4-dosage-pesage-process",
      related: ["h4-balances-ponts-bascules"],
      title: "Système de dosage pondéral 6 ingrédients – atelier mélange",
      description:
        "Conception et fourniture d'un système de dosage par trémies peseuses pour 6 ingrédients pulvérulents (précision ± 0,2 %, lots de 500 kg), avec vis d'extraction, cellules de charge, automate et supervision des recettes. Intégration sur notre mélangeur existant, installation en zone ATEX 22. Mise en service avant avril.",
      kind: "supplies",
      nafPicked: ["33.20C"],
      budget: [120000, 200000],
    },
  ],
};
