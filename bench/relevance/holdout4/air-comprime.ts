import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-air-comprime",
  specialties: [
    {
      key: "h4-compresseurs-maintenance",
      naf: ["33.12Z", "46.69B", "28.13Z"],
      names: [
        "AIR COMPRIME PROVENCE",
        "COMPRESSEURS SERVICES SUD",
        "SOC ALLEGRE COMPRESSEURS",
        "AIRTECH MEDITERRANEE",
        "PNEUMA SERVICES",
        "BAR ET DEBIT",
        "CENTRALE AIR 13",
        "SOUFFLE INDUSTRIE",
        "VISAIR",
        "ATMOS MAINTENANCE",
      ],
      ideas: [
        [
          "Vente, installation et maintenance de compresseurs d'air à vis et à pistons.",
          "Nous entretenons vos centrales d'air comprimé, toutes marques.",
          "Spécialiste de l'air comprimé industriel depuis 1985.",
        ],
        [
          "Contrats de maintenance préventive selon les préconisations des constructeurs.",
          "Visites d'entretien programmées avec kits de pièces d'origine.",
          "Contrats sur mesure avec engagement de délai d'intervention.",
        ],
        [
          "Dépannage 24 h/24 et 7 j/7, compresseurs de location en secours.",
          "Astreinte et intervention rapide en cas d'arrêt de votre production d'air.",
          "Compresseur de remplacement mis à disposition en cas de panne.",
        ],
        [
          "Sécheurs frigorifiques et par adsorption, filtration, purgeurs.",
          "Traitement de l'air : sécheurs, filtres, séparateurs eau-huile.",
          "Qualité d'air selon l'ISO 8573-1 pour l'agroalimentaire et la pharmacie.",
        ],
        [
          "Compresseurs à vitesse variable et récupération de chaleur.",
          "Remplacement des compresseurs anciens par des modèles plus efficaces.",
          "Récupération de la chaleur des compresseurs pour l'eau chaude ou le chauffage.",
        ],
        [
          "Requalification des réservoirs d'air sous pression.",
          "Inspections périodiques et requalifications des ballons d'air.",
          "Suivi réglementaire des équipements sous pression de la centrale.",
        ],
        ["Distributeur agréé de plusieurs grands constructeurs.", "Agence à Vitrolles, 10 techniciens itinérants.", "Plus de 500 compresseurs sous contrat."],
      ],
      vague: ["Air comprimé.", "Maintenance industrielle.", "Vente et entretien de compresseurs.", "Équipements industriels."],
    },
    {
      key: "h4-reseaux-air-comprime",
      naf: ["43.22A", "33.20A", "43.22B"],
      names: [
        "RESEAUX AIR ET FLUIDES",
        "TUYAUTERIE INDUSTRIELLE PROVENCE",
        "SOC MAUREL FLUIDES",
        "ALU RESEAUX",
        "FLUIDIS",
        "CIRCUIT AIR SUD",
        "TUBAIR",
        "INSTALL FLUIDES 13",
        "LIGNE D'AIR",
        "CANALIS INDUSTRIE",
      ],
      ideas: [
        [
          "Conception et installation de réseaux de distribution d'air comprimé, de vide et de gaz techniques.",
          "Nous réalisons les réseaux d'air comprimé de vos ateliers, de la centrale jusqu'au poste de travail.",
          "Tuyauteries de fluides industriels : air, azote, vide, eau glacée.",
        ],
        [
          "Réseaux en aluminium à raccords rapides, en inox ou en acier galvanisé.",
          "Tuyauterie aluminium modulaire, démontable et réutilisable.",
          "Réseaux inox soudés pour les applications exigeantes.",
        ],
        [
          "Dimensionnement des diamètres pour limiter les pertes de charge.",
          "Étude du réseau en boucle et calcul des pertes de charge.",
          "Conception de réseaux adaptés à vos débits et à vos extensions futures.",
        ],
        [
          "Descentes, postes de distribution, filtres-régulateurs, enrouleurs.",
          "Équipement des postes : filtres-régulateurs, prises rapides, enrouleurs.",
          "Nous installons les descentes jusqu'aux machines.",
        ],
        [
          "Modification et extension de réseaux existants.",
          "Remplacement des réseaux en acier corrodés.",
          "Extension des réseaux à l'arrivée de nouvelles machines.",
        ],
        ["Travaux en hauteur sur nacelle.", "Interventions dans les ateliers en activité.", "Réalisation en dehors des heures de production."],
        [
          "Entreprise de 15 personnes à Aubagne.",
          "Clients : industrie, garages poids lourds, ateliers de maintenance.",
          "Intervention dans toute la région PACA.",
        ],
      ],
      vague: ["Tuyauterie.", "Installation de fluides.", "Plomberie industrielle.", "Travaux d'installation."],
    },
    {
      key: "h4-audit-fuites-air",
      naf: ["71.12B", "74.90B", "33.12Z"],
      names: [
        "AUDIT AIR COMPRIME",
        "FUITES ZERO",
        "ULTRASON DETECT",
        "SOC LEGRAND AUDIT INDUSTRIEL",
        "AIR EFFICIENCE",
        "DETECTAIR",
        "OPTIM'AIR",
        "PNEUMAUDIT",
        "ECOPRESSION",
        "SILENT LEAK",
      ],
      ideas: [
        [
          "Détection des fuites d'air comprimé par ultrasons, avec étiquetage de chaque fuite.",
          "Nous traquons les fuites de vos réseaux d'air comprimé.",
          "Campagnes de recherche de fuites sur les réseaux d'air, d'azote et de vapeur.",
        ],
        [
          "Quantification des pertes en m³/h et en euros.",
          "Rapport chiffré avec hiérarchisation des fuites à réparer.",
          "Estimation des économies réalisables.",
        ],
        [
          "Mesure du profil de consommation de la centrale sur une semaine.",
          "Enregistrement des débits, des pressions et des puissances absorbées.",
          "Analyse du fonctionnement et de la régulation des compresseurs.",
        ],
        [
          "Audit de la production et de la distribution d'air comprimé selon l'ISO 11011.",
          "Audit complet de votre installation d'air comprimé, de la production à l'usage.",
          "Préconisations : baisse de pression, réglages, récupération de chaleur.",
        ],
        [
          "Réparation des petites fuites possible lors de notre passage.",
          "Nous réparons sur place les fuites simples : raccords, flexibles, joints.",
          "Contre-visite après réparation pour mesurer les gains.",
        ],
        [
          "Indépendants des fabricants de compresseurs.",
          "Un conseil neutre, sans vente de matériel.",
          "Nous ne vendons pas de compresseurs : nos recommandations sont impartiales.",
        ],
        [
          "Clients : automobile, agroalimentaire, chimie, verrerie.",
          "Intervention dans toute la France depuis Aix-en-Provence.",
          "Prestations éligibles aux certificats d'économies d'énergie.",
        ],
      ],
      vague: ["Conseil.", "Études techniques.", "Audit industriel.", "Ingénierie."],
    },
    {
      key: "h4-generateurs-azote-gaz",
      naf: ["28.29B", "46.69B", "20.11Z"],
      names: [
        "AZOTE SUR SITE",
        "GENAZOTE",
        "SOC ROCHE GAZ INDUSTRIELS",
        "NITRO PROVENCE",
        "OXYGEN SOLUTIONS SUD",
        "PSA SYSTEMES",
        "INERTIS",
        "MEMBRANE GAZ SERVICES",
        "ATMOSPHERE CONTROLEE INDUSTRIE",
        "N2 MEDITERRANEE",
      ],
      ideas: [
        [
          "Générateurs d'azote et d'oxygène sur site, par adsorption (PSA) ou par membrane.",
          "Nous produisons votre azote sur place à partir de votre air comprimé.",
          "Fini les bouteilles et les livraisons de gaz grâce à la production sur site.",
        ],
        [
          "Pureté de 95 % à 99,999 %, débits de 1 à 1 000 Nm³/h.",
          "Générateurs dimensionnés selon la pureté et le débit dont vous avez besoin.",
          "Production d'azote haute pureté pour les applications exigeantes.",
        ],
        [
          "Applications : inertage, conditionnement sous atmosphère protectrice, découpe laser, vinification.",
          "Azote pour l'emballage alimentaire et l'inertage de cuves.",
          "Oxygène pour l'aquaculture et l'oxygénation des procédés.",
        ],
        [
          "Étude de rentabilité comparée aux bouteilles et au vrac.",
          "Retour sur investissement souvent inférieur à deux ans.",
          "Analyse de vos consommations actuelles de gaz avant toute proposition.",
        ],
        ["Achat, location ou contrat de fourniture de gaz au mètre cube.", "Location longue durée tout compris.", "Formules de financement souples."],
        [
          "Installation, mise en service et maintenance des générateurs.",
          "Contrats de maintenance incluant l'étalonnage des analyseurs d'oxygène.",
          "Suivi à distance des générateurs.",
        ],
        ["Plus de 300 générateurs installés.", "Basés à Aix-en-Provence.", "Clients : viticulture, agroalimentaire, électronique, chimie."],
      ],
      vague: ["Gaz industriels.", "Équipements industriels.", "Fabrication de machines.", "Solutions gaz pour l'industrie."],
    },
  ],
  needs: [
    {
      target: "h4-compresseurs-maintenance",
      related: ["h4-audit-fuites-air"],
      title: "Contrat maintenance 5 compresseurs à vis + sécheurs – site Rousset",
      description:
        "Contrat de maintenance préventive et curative de notre centrale d'air comprimé : 5 compresseurs à vis (37 à 110 kW, dont 2 à vitesse variable), 3 sécheurs frigorifiques et la filtration. Visites selon les préconisations constructeur, astreinte avec intervention sous 4 h, pièces d'origine. Contrat de 3 ans à partir du 1er juillet.",
      kind: "services",
      nafPicked: ["43.22B"],
      budget: [25000, 40000],
    },
    {
      target: "h4-reseaux-air-comprime",
      related: ["h4-compresseurs-maintenance"],
      title: "Réseau air comprimé alu DN40-DN63 nouvel atelier – 300 ml",
      description:
        "Création du réseau de distribution d'air comprimé du nouvel atelier d'assemblage : environ 300 mètres de tuyauterie aluminium DN40 à DN63 en boucle, 25 descentes équipées de prises et régulateurs, vannes de sectionnement et raccordement sur le collecteur existant de la salle des compresseurs. Travaux à 8 m sur nacelle, atelier en fin de construction.",
      kind: "works",
      nafPicked: ["43.22A"],
      budget: [30000, 50000],
    },
    {
      target: "h4-audit-fuites-air",
      related: ["h4-compresseurs-maintenance"],
      title: "Campagne détection fuites air comprimé – 3 bâtiments usine",
      description:
        "Notre consommation d'air comprimé a augmenté de 20 % en deux ans sans hausse de production. Nous souhaitons une campagne de détection des fuites par ultrasons sur les 3 bâtiments de l'usine, avec étiquetage, estimation des pertes en m³/h et en euros, et mesure du profil de charge de la centrale sur une semaine. Les réparations seront faites par notre maintenance.",
      kind: "services",
      nafPicked: ["71.12B"],
      budget: [5000, 10000],
    },
    {
      target: "h4-generateurs-azote-gaz",
      related: ["h4-compresseurs-maintenance"],
      title: "Générateur d'azote sur site ~50 Nm³/h pour remplacer les cadres de bouteilles",
      description:
        "Nous consommons actuellement des cadres de bouteilles d'azote pour l'inertage de nos cuves et le conditionnement sous atmosphère protectrice. Étude et fourniture d'un générateur d'azote PSA (environ 50 Nm³/h, pureté 99,9 %) alimenté par notre réseau d'air comprimé, avec stockage tampon et analyseur d'oxygène. Offre en achat et en location longue durée.",
      kind: "supplies",
      nafPicked: ["20.11Z"],
      budget: [40000, 75000],
    },
  ],
};
