import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-aires-de-jeux",
  specialties: [
    {
      key: "h5-fourniture-pose-aires-jeux",
      naf: ["43.99D", "32.40Z", "46.49Z"],
      names: [
        "AIRES DE JEUX PROVENCE",
        "LUDIPARC SUD",
        "ETS SALVADOR EQUIPEMENTS",
        "JEUX ET LOISIRS COLLECTIVITES",
        "SARL CORTI",
        "RECREA'SUD",
        "PARC ET JEUX MEDITERRANEE",
        "TOBOGGAN ET CIE",
        "ESPACES LUDIQUES",
        "POURCEL AMENAGEMENTS",
      ],
      ideas: [
        [
          "Conception, fourniture et installation d'aires de jeux pour enfants.",
          "Jeux d'extérieur pour écoles, crèches, campings, hôtels et communes.",
          "Structures multi-activités, toboggans, balançoires, jeux sur ressort.",
        ],
        [
          "Sols amortissants : gazon synthétique, dalles, sols coulés EPDM, copeaux.",
          "Pose de sols souples adaptés aux hauteurs de chute.",
          "Réalisation de sols amortissants coulés en place.",
        ],
        [
          "Jeux conformes aux normes NF EN 1176 et NF EN 1177.",
          "Matériel certifié, installé selon les préconisations des fabricants.",
          "Attestation de conformité remise à la réception.",
        ],
        [
          "Jeux inclusifs accessibles aux enfants en situation de handicap.",
          "Parcours thématiques, jeux d'eau et jeux à grimper.",
          "Aménagement de cours d'école et de parcs.",
        ],
        [
          "Terrassement, massifs béton et pose par nos équipes.",
          "Rénovation d'aires existantes : dépose, remplacement et mise aux normes.",
          "Mobilier urbain : bancs, corbeilles, clôtures d'aires de jeux.",
        ],
        [
          "Clients : communes, écoles, campings, hôtels, copropriétés, crèches.",
          "Pour les collectivités et les établissements de loisirs.",
          "Intervention dans toute la région PACA.",
        ],
        ["Devis gratuit.", "Plus de 20 ans d'expérience.", "Réponse aux appels d'offres publics."],
      ],
      vague: ["Équipements de loisirs.", "Aménagements extérieurs.", "Jeux pour collectivités."],
    },
    {
      key: "h5-controle-aires-jeux",
      naf: ["71.20B", "74.90B"],
      names: [
        "CONTROLE AIRES DE JEUX SUD",
        "LUDI'CONTROLE",
        "ETS PELISSIER INSPECTION",
        "SECURITE LOISIRS PROVENCE",
        "SARL BOYER CONTROLES",
        "VERIF'JEUX",
        "INSPECTION EQUIPEMENTS SPORTIFS",
        "BUREAU TECHNIQUE DES LOISIRS",
        "CONTROL'SPORT 13",
        "MAGNAN CONSEIL",
      ],
      ideas: [
        [
          "Contrôle annuel des aires de jeux selon les normes NF EN 1176 et 1177.",
          "Inspection principale annuelle et contrôles de routine des équipements de jeux.",
          "Vérification de la sécurité des aires de jeux pour enfants.",
        ],
        [
          "Contrôle des buts de football, de handball, des paniers de basket et des équipements sportifs.",
          "Essais de basculement des buts et des paniers selon la réglementation.",
          "Vérification des équipements sportifs des gymnases et des city-stades.",
        ],
        [
          "Mesure de la capacité d'amortissement des sols (HIC).",
          "Essais des sols amortissants par appareil de mesure de chute.",
          "Contrôle des zones de sécurité et des hauteurs de chute.",
        ],
        ["Rapport avec photos, niveau de risque et priorités.", "Registre de sécurité et plan de maintenance.", "Suivi en ligne de vos équipements."],
        [
          "Contrôleurs indépendants des fabricants et des installateurs.",
          "Nous ne vendons ni n'installons de jeux.",
          "Audit de conformité avant ouverture ou après travaux.",
        ],
        [
          "Clients : communes, écoles, campings, hôtels, copropriétés, crèches.",
          "Intervention dans toute la région PACA.",
          "Formation des agents aux contrôles de routine.",
        ],
        ["Devis gratuit.", "Plus de 20 ans d'expérience.", "Réponse aux appels d'offres publics."],
      ],
      vague: ["Contrôle et inspection.", "Bureau de contrôle.", "Conseil en sécurité."],
    },
    {
      key: "h5-maintenance-fitness",
      naf: ["33.19Z", "95.29Z", "46.49Z"],
      names: [
        "FITNESS MAINTENANCE SUD",
        "CARDIO SERVICE PROVENCE",
        "ETS MARCHETTI SPORT",
        "GYM TECH MEDITERRANEE",
        "SARL NOVELLI",
        "TAPIS ET VELOS SERVICE",
        "MUSCU'REPAR",
        "SPORT EQUIPEMENT PROVENCE",
        "ATHLETIC SERVICES",
        "BONNAFOUX TECHNIQUE",
      ],
      ideas: [
        [
          "Maintenance et réparation de matériel de fitness : tapis de course, vélos, elliptiques, rameurs.",
          "Dépannage des appareils de cardio et de musculation toutes marques.",
          "Réparation des cartes électroniques, moteurs et courroies des tapis de course.",
        ],
        [
          "Contrats d'entretien préventif pour salles de sport, hôtels et résidences.",
          "Visites trimestrielles : nettoyage, graissage, réglages et contrôle de sécurité.",
          "Entretien des salles de sport d'entreprise.",
        ],
        [
          "Remplacement des câbles, poulies, selleries et revêtements des machines de musculation.",
          "Réfection de la sellerie des bancs et des machines.",
          "Pièces détachées d'origine et adaptables.",
        ],
        ["Vente et installation de matériel de fitness neuf et reconditionné.", "Aménagement complet de salles de sport.", "Reprise de votre ancien matériel."],
        ["Techniciens mobiles, intervention sous 48 heures.", "Diagnostic à distance et assistance téléphonique.", "Atelier de réparation à Aix-en-Provence."],
        ["Clients : salles de sport, hôtels, campings, entreprises, collectivités.", "Intervention dans toute la région PACA.", "Plus de 10 ans d'expérience."],
        ["Devis gratuit.", "Interventions conformes à la norme NF EN ISO 20957.", "Matériel contrôlé et sécurisé."],
      ],
      vague: ["Matériel de sport.", "Maintenance et dépannage.", "Réparation d'équipements."],
    },
    {
      key: "h5-terrains-multisports",
      naf: ["42.99Z", "43.99D", "32.30Z"],
      names: [
        "CITY SPORT PROVENCE",
        "MULTISPORTS AMENAGEMENTS",
        "ETS TOMASI SOLS SPORTIFS",
        "TERRAINS ET GLISSE",
        "SARL PIERI",
        "URBAN SPORTS MEDITERRANEE",
        "SKATE ET PUMP CONSTRUCTION",
        "SPORTS DE PLEIN AIR EQUIPEMENT",
        "ROUBAUD TP",
      ],
      ideas: [
        [
          "Conception et construction de terrains multisports (city-stades) pour les communes.",
          "Installation de plateaux sportifs clôturés avec buts, paniers et filets.",
          "Aires multisports en acier galvanisé ou en bois, pare-ballons et pare-vues.",
        ],
        [
          "Réalisation de skateparks et de pumptracks en béton ou en enrobé.",
          "Pistes de pumptrack modulaires ou bétonnées.",
          "Parcs de glisse urbaine conçus avec les utilisateurs.",
        ],
        ["Revêtements : gazon synthétique, résine, enrobé coloré, sols sportifs.", "Plateformes, terrassement et drainage.", "Traçage des lignes de jeu."],
        [
          "Équipements sportifs en libre accès : street workout, agrès, tables de ping-pong.",
          "Parcours de santé et aires de fitness extérieures.",
          "Buts, paniers et équipements de gymnases.",
        ],
        [
          "Équipements conformes à la norme NF EN 15312 pour les équipements sportifs en accès libre.",
          "Matériel résistant au vandalisme et limitant le bruit.",
          "Garantie décennale.",
        ],
        [
          "Clients : communes, écoles, campings, hôtels, copropriétés, crèches.",
          "Pour les collectivités et les bailleurs sociaux.",
          "Intervention dans toute la région PACA.",
        ],
        ["Devis gratuit.", "Plus de 20 ans d'expérience.", "Réponse aux appels d'offres publics."],
      ],
      vague: ["Équipements sportifs.", "Aménagements pour collectivités.", "Travaux publics et aménagements."],
    },
  ],
  needs: [
    {
      target: "h5-controle-aires-jeux",
      title: "Vérif annuelle jeux enfants + buts – 14 sites",
      description:
        "La commune de Gardanne doit faire vérifier cette année les jeux de ses 11 squares et écoles ainsi que les buts et paniers de 3 plateaux sportifs. Rapport par site avec les priorités, et mesure des sols souples là où c'est nécessaire.",
      kind: "services",
      nafPicked: ["84.11Z"],
      budget: [4000, 8000],
    },
    {
      target: "h5-fourniture-pose-aires-jeux",
      related: ["h5-terrains-multisports"],
      title: "Nouvel espace enfants – camping, ouverture en avril",
      description:
        "Camping de 180 emplacements à Saint-Rémy-de-Provence : nous voulons créer un espace de jeux pour les 3-12 ans (environ 200 m²) avec sol souple, près de la piscine. Livraison et installation avant le 1er avril.",
      kind: "works",
      nafPicked: ["55.30Z"],
      budget: [30000, 60000],
    },
    {
      target: "h5-maintenance-fitness",
      title: "Salle de sport interne – 2 tapis en panne",
      description:
        "Notre salle de sport réservée aux salariés (site de Rousset) compte 12 appareils de cardio et 8 machines guidées. Deux tapis ne démarrent plus et plusieurs câbles sont usés. Nous voulons une réparation rapide puis un contrat de visites régulières.",
      kind: "services",
      nafPicked: ["93.13Z"],
      budget: [3000, 7000],
    },
    {
      target: "h5-terrains-multisports",
      related: ["h5-fourniture-pose-aires-jeux"],
      title: "Remplacement du terrain de basket – quartier des Pins, Vitrolles",
      description:
        "La ville souhaite remplacer un vieux terrain de basket en enrobé par un espace clôturé de 12 × 24 m où l'on puisse jouer au foot et au basket, avec un revêtement synthétique, et installer à côté des barres de street workout. Marché de travaux, démarrage au printemps.",
      kind: "works",
      nafPicked: ["42.99Z"],
      budget: [70000, 120000],
    },
  ],
};
