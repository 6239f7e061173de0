import type { Trade } from "./types";

export const trade: Trade = {
  key: "laboratoires-analyses",
  specialties: [
    {
      key: "analyses-alimentaires",
      naf: ["71.20B", "72.19Z"],
      names: [
        "LABO ANALYSES AGROALIMENTAIRES DE L'OUEST",
        "BIOQUALIS",
        "ALIMENTEST",
        "LABORATOIRE DE CONTROLE ALIMENTAIRE DUCLOS",
        "MICROBIOLAB",
        "SECURALIM",
        "QUALI'FOOD LAB",
        "NUTRILAB ANALYSES",
        "SANITEST",
      ],
      ideas: [
        [
          "Analyses microbiologiques et physico-chimiques des denrées alimentaires.",
          "Laboratoire d'analyses pour l'agroalimentaire : recherche de Listeria, salmonelles, E. coli.",
          "Contrôles microbiologiques de vos produits, matières premières et surfaces.",
        ],
        [
          "Accrédité COFRAC selon la norme ISO 17025.",
          "Laboratoire accrédité COFRAC Essais, méthodes normalisées NF EN ISO.",
          "Reconnu par la DGAL pour les analyses officielles.",
        ],
        [
          "Études de vieillissement et validation des durées de vie (DLC).",
          "Tests de vieillissement accéléré et challenge tests.",
          "Accompagnement pour fixer vos dates limites de consommation.",
        ],
        [
          "Analyses nutritionnelles pour l'étiquetage : protéines, lipides, sucres, sel.",
          "Recherche d'allergènes, de pesticides, de mycotoxines et de métaux lourds.",
          "Valeurs nutritionnelles et composition pour vos fiches produits.",
        ],
        [
          "Prélèvements sur site par nos techniciens et audits d'hygiène HACCP.",
          "Plans de contrôle de surfaces, audits d'hygiène et formations HACCP.",
          "Accompagnement des restaurants et des industriels dans leur plan de maîtrise sanitaire.",
        ],
        [
          "Résultats sous 48 à 72 h, consultables en ligne.",
          "Navette de ramassage des échantillons chez nos clients.",
          "Clients : industriels de l'agroalimentaire, restaurateurs, cuisines centrales, grande distribution.",
        ],
      ],
      vague: ["Laboratoire.", "Analyses.", "Contrôle qualité.", "Laboratoire d'analyses."],
    },
    {
      key: "analyses-environnement",
      naf: ["71.20B", "74.90B"],
      names: [
        "EAUX ET AIR CONTROLE",
        "HYDROLAB",
        "ENVIROLAB ANALYSES",
        "AQUATEST ENVIRONNEMENT",
        "LEGIOCONTROL",
        "AIRLAB MESURES",
        "QUALITE EAU SERVICES",
        "ANALYSES ET MESURES DE L'EST",
        "ECOMESURE",
      ],
      ideas: [
        [
          "Analyses d'eaux : eau potable, eaux usées, eaux de process et de piscine.",
          "Laboratoire d'analyses environnementales : eaux, sols, air, déchets.",
          "Contrôle de la qualité des eaux et des rejets industriels.",
        ],
        [
          "Recherche de légionelles dans les réseaux d'eau chaude sanitaire et les tours aéroréfrigérantes.",
          "Prélèvements et analyses de légionelles selon la norme NF T90-431.",
          "Surveillance des légionelles dans les établissements de santé, les hôtels et les ERP.",
        ],
        [
          "Mesures de la qualité de l'air intérieur dans les écoles et les crèches.",
          "Mesures des émissions atmosphériques à la cheminée et de l'air ambiant.",
          "Contrôles de l'exposition professionnelle aux polluants et aux poussières.",
        ],
        [
          "Accrédités COFRAC et agréés par le ministère chargé de l'environnement.",
          "Laboratoire agréé par le ministère de la Santé pour le contrôle sanitaire des eaux.",
          "Méthodes accréditées selon l'ISO 17025.",
        ],
        [
          "Autosurveillance des rejets des stations d'épuration et des installations classées.",
          "Analyses de sols pollués et diagnostics de sites.",
          "Caractérisation des déchets et analyses d'acceptation en installation de stockage.",
        ],
        [
          "Préleveurs sur toute la région, glacières et flacons fournis.",
          "Nos techniciens réalisent les prélèvements sur votre site.",
          "Rapports d'analyses interprétés avec conseils de remédiation.",
        ],
      ],
      vague: ["Laboratoire.", "Environnement.", "Analyses et mesures.", "Bureau de contrôle."],
    },
    {
      key: "laboratoire-biologie-medicale",
      naf: ["86.90B"],
      names: [
        "LABORATOIRE DE BIOLOGIE MEDICALE DES ARCADES",
        "BIOLAB SANTE",
        "LABO DU PARC",
        "BIOMED ANALYSES",
        "SELAS BIOPOLE",
        "LABORATOIRE CENTRAL D'ANALYSES MEDICALES",
        "BIOSANTE 64",
        "ANALYSES MEDICALES DES QUATRE VENTS",
        "CENTRE DE BIOLOGIE DU VAL",
      ],
      ideas: [
        [
          "Laboratoire de biologie médicale : prises de sang, analyses d'urine, bilans de santé.",
          "Analyses médicales sur ordonnance ou à votre demande.",
          "Votre laboratoire de proximité pour toutes vos analyses de biologie médicale.",
        ],
        [
          "Prélèvements sans rendez-vous du lundi au samedi.",
          "Prélèvements à domicile par nos infirmiers.",
          "Ouverture dès 7 h, résultats consultables sur internet.",
        ],
        [
          "Accrédités COFRAC selon la norme ISO 15189.",
          "Biologistes médicaux à votre écoute pour l'interprétation des résultats.",
          "Plateau technique automatisé en biochimie, hématologie et microbiologie.",
        ],
        [
          "Tests PCR, sérologies et dépistages des infections sexuellement transmissibles.",
          "Suivi de grossesse, bilans hormonaux et tests de fertilité.",
          "Analyses de génétique et de biologie spécialisée.",
        ],
        [
          "Réseau de 12 sites de prélèvement dans le département.",
          "Partenaire des médecins, des infirmiers et des établissements de santé du secteur.",
          "Prise en charge des analyses pour les EHPAD et les cliniques.",
        ],
        [
          "Tiers payant Sécurité sociale et mutuelles.",
          "Bilans pour la médecine du travail et campagnes de dépistage en entreprise.",
          "Dépistages de drogues et d'alcool sur prescription.",
        ],
      ],
      vague: ["Laboratoire.", "Analyses.", "Santé.", "Laboratoire d'analyses médicales."],
    },
    {
      key: "metrologie-etalonnage",
      naf: ["71.20B", "33.13Z"],
      names: [
        "METROLOGIE SERVICES",
        "ETALONNAGE ET MESURES DU CENTRE",
        "CALIBRA",
        "PRECIMESURE",
        "METROTECH",
        "LABORATOIRE DE METROLOGIE INDUSTRIELLE",
        "MESURE JUSTE",
        "ETALONS ET CONTROLES",
        "METRIX CALIBRATION",
      ],
      ideas: [
        [
          "Étalonnage et vérification d'instruments de mesure.",
          "Laboratoire de métrologie : étalonnage de vos appareils en laboratoire ou sur site.",
          "Nous étalonnons les instruments de mesure de vos ateliers et laboratoires.",
        ],
        [
          "Accrédités COFRAC Étalonnage en dimensionnel, pression, température et masse.",
          "Certificats d'étalonnage raccordés aux étalons nationaux.",
          "Portée d'accréditation COFRAC communiquée sur simple demande.",
        ],
        [
          "Pieds à coulisse, micromètres, comparateurs, manomètres, balances, sondes de température.",
          "Instruments dimensionnels, thermomètres, enceintes climatiques et étuves.",
          "Étalonnage de balances, de masses et de pipettes.",
        ],
        [
          "Cartographie d'étuves, d'autoclaves et de chambres froides.",
          "Caractérisation d'enceintes thermostatiques selon le fascicule FD X15-140.",
          "Qualification de chambres froides et d'entrepôts pour l'industrie pharmaceutique.",
        ],
        [
          "Gestion de votre parc d'instruments : planning, relances, logiciel de suivi.",
          "Externalisation complète de la fonction métrologie.",
          "Audit et conseil pour vos exigences ISO 9001 et IATF 16949.",
        ],
        [
          "Réparation et ajustage des appareils de mesure toutes marques.",
          "Ajustage et remise en état des instruments hors tolérance.",
          "Vente d'instruments de mesure neufs.",
        ],
      ],
      vague: ["Métrologie.", "Laboratoire.", "Mesures.", "Contrôle et mesure."],
    },
  ],
  needs: [
    {
      target: "analyses-alimentaires",
      related: ["analyses-environnement", "metrologie-etalonnage"],
      title: "Plan d'autocontrôles microbiologiques pour notre cuisine centrale",
      description:
        "Cuisine centrale de 3 000 repas par jour : nous cherchons un laboratoire accrédité COFRAC pour 20 analyses de produits finis et 30 prélèvements de surfaces par mois (Listeria, salmonelles, flore totale), avec ramassage des échantillons sur site et résultats en ligne.",
      kind: "services",
      nafPicked: ["86.90B"],
      budget: [15000, 25000],
    },
    {
      target: "metrologie-etalonnage",
      related: ["analyses-alimentaires", "usinage-cnc"],
      title: "Étalonnage de 150 instruments de mesure avant notre audit EN 9100",
      description:
        "Notre atelier d'usinage doit faire étalonner 80 pieds à coulisse et micromètres, 40 comparateurs, 20 manomètres et 10 sondes de température. Certificats sous accréditation COFRAC exigés, enlèvement et retour sous 10 jours si possible.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [8000, 14000],
    },
  ],
};
