import type { Trade } from "./types";

export const trade: Trade = {
  key: "telecom-reseaux",
  specialties: [
    {
      key: "telephonie-entreprise-voip",
      naf: ["61.90Z", "43.21A", "61.10Z"],
      names: [
        "TELECOM PRO SOLUTIONS",
        "VOXIA COMMUNICATIONS",
        "ALLO ENTREPRISES",
        "IPTEL SERVICES",
        "STANDARD CONNECT",
        "OPERATEL",
        "COMMUNIKA",
        "NUMERIS TELECOM",
      ],
      ideas: [
        [
          "Téléphonie d'entreprise : standards IP, trunks SIP, postes fixes et softphones.",
          "Intégrateur de téléphonie sur IP pour les PME et les entreprises multisites.",
          "Nous remplaçons votre vieil autocommutateur par une solution VoIP moderne.",
        ],
        [
          "Partenaire certifié 3CX, Wildix et Yealink.",
          "Standard hébergé dans le cloud (Centrex IP) ou IPBX installé sur site.",
          "Serveur vocal interactif, files d'attente, messagerie vocale et enregistrement des appels.",
        ],
        [
          "Accompagnement à l'arrêt du réseau cuivre : migration des lignes analogiques et portabilité des numéros.",
          "Fin du RTC : nous basculons vos lignes, fax et transmetteurs vers des solutions IP.",
          "Vous conservez vos numéros, sans coupure pour vos clients.",
        ],
        [
          "Intégration avec Microsoft Teams et votre CRM : remontée de fiche client, appel en un clic.",
          "Couplage téléphonie-informatique, application mobile et messagerie unifiée.",
          "Centre de contact : supervision des files, statistiques d'appels, tableau de bord.",
        ],
        [
          "Liens internet professionnels : fibre dédiée, FTTH pro, secours 4G/5G.",
          "Accès fibre avec garantie de temps de rétablissement de 4 heures.",
          "Opérateur de liens data : fibre, SDSL, routeurs managés.",
        ],
        [
          "Support technique basé en France et techniciens sur site.",
          "Installation, formation des utilisateurs et maintenance sous contrat.",
          "Supervision de vos équipements 24 h/24 et 7 j/7.",
        ],
      ],
      vague: ["Télécommunications.", "Téléphonie.", "Solutions de communication pour entreprises.", "Opérateur télécom."],
    },
    {
      key: "cablage-reseau-fibre",
      naf: ["43.21A", "43.21B", "61.10Z"],
      names: [
        "RESEAUX CABLAGE INDUSTRIE",
        "CABLO TECH",
        "FIBRE ET RESEAUX DU SUD",
        "ELEC-DATA INSTALLATIONS",
        "COURANTS FAIBLES SERVICES",
        "INFRANET INSTALLATIONS",
        "BRASSAGE PRO",
        "STI CABLAGE",
      ],
      ideas: [
        [
          "Câblage informatique et réseau : courants faibles, prises RJ45, baies de brassage.",
          "Entreprise de courants faibles : câblage structuré catégorie 6A, fibre optique, VDI.",
          "Installation de réseaux filaires dans les bureaux, entrepôts et usines.",
        ],
        [
          "Fourniture et pose de baies de brassage, panneaux, onduleurs et chemins de câbles.",
          "Montage et remise en ordre de baies informatiques, étiquetage et repérage.",
          "Reprise d'un câblage existant, brassage propre, plans de récolement.",
        ],
        [
          "Tirage, soudure et raccordement de fibre optique multimode et monomode entre bâtiments.",
          "Liaisons fibre inter-bâtiments, soudure par fusion, recette au réflectomètre OTDR.",
          "Pose de fibre, épissures et tiroirs optiques.",
        ],
        [
          "Certification des liens au testeur Fluke, garantie constructeur de 25 ans.",
          "Mesures de recette et rapports de tests remis au client.",
          "Câblage conforme aux normes ISO/IEC 11801 et EN 50173.",
        ],
        [
          "Déploiement de bornes Wi-Fi, vidéoprotection IP et contrôle d'accès.",
          "Réseaux Wi-Fi professionnels installés après étude de couverture radio.",
          "Caméras IP et points d'accès alimentés en PoE.",
        ],
        [
          "Interventions en site occupé, de nuit ou le week-end.",
          "Électriciens habilités, travail en hauteur et nacelles.",
          "Nous travaillons en direct pour les entreprises ou en sous-traitance d'intégrateurs.",
        ],
      ],
      vague: ["Électricité, courants faibles.", "Réseaux.", "Installations électriques.", "Câblage."],
    },
    {
      key: "gestion-flotte-mobile",
      naf: ["61.90Z", "62.03Z", "46.52Z"],
      names: ["MOBIFLOTTE", "FLEET MOBILE SERVICES", "SMARTPARC", "GESTMOBILE PRO", "TERMINAUX ET SERVICES", "MDM CONSEIL", "PARCMOBILE", "CONNECT FLOTTE"],
      ideas: [
        [
          "Gestion de flotte mobile pour les entreprises : forfaits, smartphones, tablettes.",
          "Nous gérons vos lignes et vos terminaux mobiles de A à Z.",
          "Externalisation de la gestion de votre parc de téléphones professionnels.",
        ],
        [
          "Déploiement et administration MDM : Intune, Workspace ONE, Android Enterprise.",
          "Sécurisation des terminaux : profils, applications imposées, effacement à distance.",
          "Smartphones configurés et prêts à l'emploi dès l'allumage.",
        ],
        [
          "Négociation des forfaits auprès des opérateurs et optimisation des factures.",
          "Audit de facturation et ajustement des abonnements mobiles.",
          "Gestion multi-opérateurs et renégociation annuelle.",
        ],
        [
          "Location de smartphones avec renouvellement, neufs ou reconditionnés.",
          "Leasing de terminaux avec assurance casse et vol.",
          "Smartphones reconditionnés garantis 24 mois.",
        ],
        [
          "Préparation, livraison aux collaborateurs et récupération des appareils.",
          "Gestion des arrivées et des départs, SAV et téléphones de prêt.",
          "Portail de commande en ligne pour vos collaborateurs.",
        ],
        [
          "Reporting de consommation par collaborateur et par service.",
          "Tableaux de bord : data, hors forfait, itinérance.",
          "Alertes en cas de consommation anormale à l'étranger.",
        ],
      ],
      vague: ["Téléphonie mobile.", "Services télécoms aux entreprises.", "Télécommunications.", "Gestion de parc."],
    },
    {
      key: "installation-internet-domicile",
      naf: ["43.21A", "95.12Z", "61.10Z"],
      names: [
        "DEPANN BOX",
        "INSTALL FIBRE MAISON",
        "ANTENNES ET BOX SERVICES",
        "TECHNICIEN CONNECT",
        "MAISON CONNECTEE 44",
        "WIFI CHEZ VOUS",
        "RACCORD PLUS",
        "DOMOTEL SERVICES",
      ],
      ideas: [
        [
          "Installation et dépannage de box internet et de Wi-Fi chez les particuliers.",
          "Nous installons votre box, votre décodeur TV et votre Wi-Fi à domicile.",
          "Technicien à domicile pour tous vos soucis d'internet.",
        ],
        [
          "Raccordement fibre des logements pour le compte des opérateurs, jusqu'à la prise optique.",
          "Sous-traitant des opérateurs pour le raccordement final des abonnés.",
          "Pose de prises optiques dans les maisons et appartements.",
        ],
        [
          "Répéteurs, CPL et Wi-Fi maillé pour couvrir toute la maison.",
          "Wi-Fi renforcé jusqu'à l'étage, au jardin ou au bureau de télétravail.",
          "Tirage d'un câble réseau vers votre bureau à la maison ou votre garage.",
        ],
        ["Antennes TV, paraboles et installation de téléviseurs.", "Pose et réglage d'antennes râteau et de paraboles.", "Installation TV et home-cinéma."],
        [
          "Assistance informatique à domicile ouvrant droit au crédit d'impôt services à la personne.",
          "Services à la personne : 50 % de crédit d'impôt sur l'assistance informatique.",
          "Intervention rapide chez vous, en soirée et le samedi.",
        ],
        ["Intervention dans toute la Loire-Atlantique.", "Bordeaux et communes voisines.", "Déplacement gratuit à moins de 20 km."],
      ],
      vague: ["Dépannage informatique à domicile.", "Installation internet.", "Télécoms.", "Services aux particuliers."],
    },
  ],
  needs: [
    {
      target: "cablage-reseau-fibre",
      related: ["telephonie-entreprise-voip"],
      title: "Câblage réseau de notre nouvel entrepôt",
      description:
        "Entrepôt logistique de 8 000 m² avec bureaux : 120 prises RJ45 cat. 6A, 2 baies, une liaison fibre de 180 m entre les bureaux et l'entrepôt et 15 bornes Wi-Fi. Certification des liens exigée, travaux en avril.",
      kind: "works",
      nafPicked: ["61.10Z"],
      budget: [40000, 70000],
    },
    {
      target: "telephonie-entreprise-voip",
      related: ["gestion-flotte-mobile", "cablage-reseau-fibre"],
      title: "Remplacement de notre standard téléphonique",
      description:
        "Notre autocommutateur est en fin de vie et nos lignes analogiques vont être coupées. Nous cherchons une solution de téléphonie IP pour 35 postes sur deux sites, avec conservation des numéros, accueil vocal et si possible intégration à Teams.",
      kind: "services",
      nafPicked: ["61.90Z"],
      budget: [8000, 18000],
    },
  ],
};
