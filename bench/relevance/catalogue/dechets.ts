import type { Trade } from "./types";

export const trade: Trade = {
  key: "dechets",
  specialties: [
    {
      key: "dechets-industriels-dib",
      naf: ["38.11Z", "38.32Z", "38.21Z"],
      names: [
        "ENVIRO COLLECTE",
        "RECYCL'INDUSTRIE",
        "BENNES SERVICES DU NORD",
        "SOCIETE DE VALORISATION DES DECHETS",
        "TRI-VALOR",
        "ECOBENNES",
        "GROUPE LEMAIRE ENVIRONNEMENT",
        "PROPRETE INDUSTRIELLE ET RECYCLAGE",
        "COLLECTE PRO 77",
      ],
      ideas: [
        [
          "Collecte et valorisation des déchets non dangereux des entreprises (DIB, DAE).",
          "Gestion globale des déchets d'activités économiques des industriels et des commerces.",
          "Nous collectons et recyclons les déchets de vos sites de production et de vos bureaux.",
        ],
        [
          "Location de bennes de 10 à 30 m³, compacteurs et caissons ampliroll.",
          "Mise à disposition de bennes, bacs roulants et presses à balles.",
          "Camions ampliroll, multibennes et grues pour tous types de contenants.",
        ],
        [
          "Tri 5 flux : papier-carton, plastique, métal, verre et bois, conformément au décret.",
          "Solutions de tri à la source pour respecter l'obligation de tri 5 et 7 flux.",
          "Collecte séparée des biodéchets, cartons et plastiques.",
        ],
        [
          "Centre de tri et plateforme de regroupement autorisés au titre des ICPE.",
          "Notre centre de tri valorise plus de 80 % des déchets collectés.",
          "Installation de transit, de tri et de préparation de combustibles solides de récupération.",
        ],
        [
          "Registre des déchets, bordereaux et bilan annuel des tonnages valorisés.",
          "Traçabilité complète et attestations de valorisation pour vos audits.",
          "Tableau de bord en ligne de vos déchets et de votre taux de recyclage.",
        ],
        [
          "Certifiés ISO 14001 et ISO 9001, engagés dans l'économie circulaire.",
          "Rachat des cartons, ferrailles et métaux non ferreux au cours du marché.",
          "Valorisation matière et énergétique, enfouissement en dernier recours.",
        ],
      ],
      vague: ["Environnement.", "Gestion des déchets.", "Collecte.", "Recyclage."],
    },
    {
      key: "dechets-dangereux",
      naf: ["38.12Z", "38.22Z"],
      names: [
        "DANGER ZERO ENVIRONNEMENT",
        "SOLVAREC",
        "SPECIALDECHETS",
        "HUILES ET SOLVANTS RECUPERATION",
        "DEEE COLLECTE PRO",
        "ECOTOX SERVICES",
        "SOCIETE DE TRAITEMENT DES DECHETS SPECIAUX",
        "REMEDIA COLLECTE",
        "ATLANTIQUE DECHETS DANGEREUX",
      ],
      ideas: [
        [
          "Collecte et traitement des déchets dangereux : solvants, huiles usagées, peintures, produits chimiques.",
          "Spécialiste des déchets industriels spéciaux et des déchets dangereux.",
          "Enlèvement des déchets chimiques de laboratoires et d'ateliers.",
        ],
        [
          "Collecte des DEEE, piles, batteries, tubes fluorescents et cartouches d'encre.",
          "Reprise des équipements électriques et électroniques en fin de vie.",
          "Filière agréée pour les déchets d'équipements électriques et électroniques.",
        ],
        [
          "Transport ADR par chauffeurs formés et véhicules équipés.",
          "Conditionnement en fûts, GRV et contenants homologués ONU.",
          "Fourniture de contenants adaptés et de l'étiquetage réglementaire.",
        ],
        [
          "Émission des bordereaux de suivi des déchets dans Trackdéchets.",
          "Traçabilité réglementaire complète : BSD, certificats d'élimination.",
          "Caractérisation et analyse des déchets avant traitement.",
        ],
        [
          "Traitement en filières autorisées : régénération, incinération, valorisation énergétique.",
          "Régénération des huiles usagées et recyclage des solvants par distillation.",
          "Installation de traitement physico-chimique autorisée.",
        ],
        [
          "Clients : garages, imprimeries, laboratoires, industrie chimique, hôpitaux.",
          "Interventions pour les ateliers mécaniques, les peintres et les pressings.",
          "Déstockage de produits périmés et vidage de laboratoires.",
        ],
      ],
      vague: ["Déchets.", "Environnement.", "Traitement des déchets.", "Services industriels."],
    },
    {
      key: "dechets-verts-compostage",
      naf: ["38.21Z", "38.11Z", "81.30Z"],
      names: [
        "COMPOST DES COLLINES",
        "VERT RECYCLAGE",
        "BROYAGE ET COMPOSTAGE DU VAL",
        "AGRIVALOR",
        "TERRE ET HUMUS",
        "PLATEFORME VERTE DU SUD",
        "BIOVEGETAL",
        "ECOCOMPOST 31",
        "LES JARDINS RECYCLES",
      ],
      ideas: [
        [
          "Collecte, broyage et compostage des déchets verts des collectivités.",
          "Plateforme de compostage des déchets végétaux pour communes et intercommunalités.",
          "Valorisation des tontes, tailles et branchages en compost normé.",
        ],
        [
          "Gestion des végétaux apportés en déchèterie et évacuation vers notre plateforme.",
          "Exploitation de plateformes de déchets verts pour le compte des collectivités.",
          "Titulaires de marchés publics de traitement des déchets verts.",
        ],
        [
          "Compost conforme à la norme NF U 44-051, utilisable en agriculture biologique.",
          "Vente de compost, de paillage et de terreau aux agriculteurs et paysagistes.",
          "Production de broyat de paillage pour les espaces verts municipaux.",
        ],
        [
          "Broyage sur site avec broyeur mobile et cribleur.",
          "Intervention avec broyeur à végétaux après élagages et tempêtes.",
          "Broyage des sapins de Noël collectés par les communes.",
        ],
        [
          "Compostage des biodéchets de la restauration collective et des marchés.",
          "Accompagnement des collectivités dans la généralisation du tri des biodéchets.",
          "Installation de composteurs partagés et suivi en pied d'immeuble.",
        ],
        [
          "Installation classée, suivi agronomique des composts.",
          "Analyses régulières de nos composts par un laboratoire extérieur.",
          "Filière locale en circuit court avec les agriculteurs voisins.",
        ],
      ],
      vague: ["Environnement.", "Recyclage.", "Espaces verts.", "Valorisation."],
    },
    {
      key: "debarras-particuliers",
      naf: ["38.11Z", "81.29B", "47.79Z"],
      names: [
        "DEBARRAS EXPRESS",
        "VIDE MAISON SERVICES",
        "ALLO DEBARRAS",
        "LE GRENIER LIBERE",
        "DEBARRAS ET NETTOYAGE MARTIN",
        "CAVES ET GRENIERS",
        "PLACE NETTE",
        "DEBARRAS DU PAYS BASQUE",
        "SERVICE DEBARRAS SOLIDAIRE",
      ],
      ideas: [
        [
          "Débarras de maisons, appartements, caves et greniers.",
          "Vidage complet de logements après succession ou déménagement.",
          "Nous vidons caves, greniers, garages et dépendances.",
        ],
        [
          "Débarras gratuit quand les objets de valeur compensent le coût.",
          "Estimation gratuite, débarras compensé par la revente des meubles.",
          "Rachat de mobilier ancien, de bibelots et d'objets de brocante.",
        ],
        [
          "Intervention rapide pour les successions, en lien avec les notaires.",
          "Accompagnement des familles lors d'un décès ou d'une entrée en maison de retraite.",
          "Vidage du logement avant la vente ou la remise des clés au bailleur.",
        ],
        [
          "Tri des objets : dons aux associations, dépôt en déchèterie, revente.",
          "Nous donnons une seconde vie à vos objets grâce aux associations.",
          "Évacuation des encombrants vers les filières de recyclage.",
        ],
        [
          "Nettoyage après débarras et remise en état des lieux.",
          "Nettoyage de logements insalubres et d'accumulations importantes.",
          "Désinfection et nettoyage complet après vidage.",
        ],
        [
          "Devis gratuit sous 48 h, intervention dans tout le département.",
          "Équipe discrète et respectueuse, camion de 20 m³.",
          "Tarif au mètre cube clair et sans surprise.",
        ],
      ],
      vague: ["Débarras.", "Services aux particuliers.", "Nettoyage.", "Enlèvement d'encombrants."],
    },
  ],
  needs: [
    {
      target: "dechets-industriels-dib",
      related: ["dechets-dangereux", "dechets-verts-compostage"],
      title: "Collecte des déchets de production et mise en place du tri 5 flux",
      description:
        "Menuiserie industrielle en Mayenne : environ 15 t par mois de chutes de bois, cartons et films plastiques. Besoin de 3 bennes de 30 m³ avec rotation hebdomadaire, d'une presse à balles pour le carton et du registre de suivi des déchets. Démarrage en janvier.",
      kind: "services",
      nafPicked: ["38.11Z"],
      budget: [30000, 50000],
    },
    {
      target: "dechets-dangereux",
      related: ["dechets-industriels-dib", "analyses-environnement"],
      title: "Évacuation de solvants et de fûts d'huile usagée de notre atelier",
      description:
        "Atelier de peinture industrielle : 25 fûts de 200 L de solvants souillés, 8 fûts d'huile usagée et des chiffons souillés à enlever avant notre audit ISO 14001 de fin de mois. Bordereaux de suivi obligatoires.",
      kind: "services",
      nafPicked: ["38.11Z"],
      budget: [4000, 9000],
    },
  ],
};
