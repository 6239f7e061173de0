import type { Trade } from "./types";

export const trade: Trade = {
  key: "informatique",
  specialties: [
    {
      key: "infogerance-support-pme",
      naf: ["62.02B", "62.03Z", "62.02A", "95.11Z"],
      names: [
        "INFOPME SERVICES",
        "HELPDESK OUEST",
        "RESO-TECH MAINTENANCE",
        "NUMERIC PARTENAIRE",
        "BITCARE",
        "SYSTEMIS",
        "INFORMATIQUE ET RESEAUX DU BERRY",
        "CLICSERVICES",
      ],
      ideas: [
        [
          "Infogérance des PME : maintenance du parc informatique, des serveurs, du réseau et des postes de travail.",
          "Nous prenons en charge toute votre informatique pour un forfait mensuel par poste.",
          "Externalisation de votre service informatique, de 5 à 200 utilisateurs.",
        ],
        [
          "Helpdesk joignable par téléphone, mail et ticket, prise en main à distance.",
          "Assistance aux utilisateurs en moins d'une heure, déplacement sur site si besoin.",
          "Support de proximité : un technicien dédié qui connaît votre environnement.",
        ],
        [
          "Supervision 24/7, mises à jour, antivirus managé et sauvegardes externalisées.",
          "Sauvegarde dans le cloud, plan de reprise d'activité et tests de restauration.",
          "Surveillance proactive des serveurs et du réseau pour anticiper les pannes.",
        ],
        [
          "Migration et administration Microsoft 365 : messagerie, Teams, SharePoint.",
          "Déploiement de postes, gestion des licences, téléphonie IP.",
          "Installation de réseaux, Wi-Fi professionnel et pare-feux.",
        ],
        [
          "Vente et installation de matériel : ordinateurs, serveurs, imprimantes.",
          "Matériel en location évolutive avec maintenance incluse.",
          "Réparation d'ordinateurs et dépannage sur site.",
        ],
        [
          "Clients : cabinets comptables, professions médicales, PME industrielles.",
          "Basés à Bourges, nous intervenons dans tout le Cher et l'Indre.",
          "Partenaire certifié des principaux éditeurs et constructeurs.",
        ],
      ],
      vague: ["Services informatiques.", "Informatique pour les entreprises.", "Conseil et maintenance."],
    },
    {
      key: "creation-sites-web",
      naf: ["62.01Z", "73.11Z", "63.12Z"],
      names: [
        "PIXELIA WEB",
        "AGENCE TOILE ET CODE",
        "WEBFABRIK",
        "SITES ET SENS",
        "KODELIA",
        "LA FABRIQUE NUMERIQUE DU LAC",
        "BOUTIQUE EN LIGNE FACILE",
        "STUDIO DIGITAL ATLANTIQUE",
      ],
      ideas: [
        [
          "Création de sites vitrines et e-commerce sous WordPress, WooCommerce, PrestaShop ou Shopify.",
          "Agence web : conception, design et développement de votre site internet.",
          "Nous réalisons des sites modernes, adaptés aux mobiles et faciles à mettre à jour.",
        ],
        [
          "Boutiques en ligne : catalogue, paiement sécurisé, gestion des stocks et des livraisons.",
          "Sites marchands connectés à votre ERP et à vos transporteurs.",
          "E-commerce B2B avec tarifs par client et commande en ligne.",
        ],
        [
          "Référencement naturel (SEO), rédaction de contenus et campagnes Google Ads.",
          "Optimisation SEO, fiche d'établissement et suivi de positionnement.",
          "Stratégie de visibilité : SEO, réseaux sociaux, emailing.",
        ],
        [
          "Webdesign sur mesure, maquettes UX/UI et charte graphique.",
          "Refonte de sites existants, ergonomie et accessibilité RGAA.",
          "Identité visuelle, logos et design d'interfaces.",
        ],
        [
          "Hébergement, maintenance, mises à jour de sécurité et sauvegardes de votre site.",
          "Contrat de maintenance WordPress : extensions, sauvegardes, corrections.",
          "Tierce maintenance applicative de sites et d'applications web.",
        ],
        [
          "Développement d'applications web et mobiles sur mesure.",
          "Intranets, extranets clients et portails sur mesure.",
          "Formation de vos équipes à la gestion de leur site.",
        ],
      ],
      vague: ["Agence web.", "Communication digitale.", "Développeur indépendant."],
    },
    {
      key: "audit-cybersecurite",
      naf: ["62.02A", "62.09Z", "70.22Z"],
      names: ["CYBERVIGIE", "HEXAGONE SECURITE NUMERIQUE", "PENTESTLAB", "REMPART IT", "SECURIS CONSEIL", "BASTION AUDIT", "NEOSOC", "CRYPTARIS"],
      ideas: [
        [
          "Audits de cybersécurité : tests d'intrusion, audits de configuration et revues de code.",
          "Pentest d'applications web, d'infrastructures et de réseaux Wi-Fi.",
          "Nous testons vos défenses comme le ferait un attaquant, puis nous vous aidons à corriger.",
        ],
        [
          "Prestataire d'audit qualifié PASSI par l'ANSSI.",
          "Auditeurs certifiés OSCP, CISSP et ISO 27001 Lead Auditor.",
          "Méthodologies OWASP et référentiels de l'ANSSI.",
        ],
        [
          "Accompagnement ISO 27001, NIS 2 et conformité RGPD.",
          "Mise en conformité NIS 2, analyse de risques EBIOS RM.",
          "RSSI à temps partagé pour les PME et ETI.",
        ],
        [
          "Campagnes de phishing simulé et sensibilisation des salariés.",
          "Tests d'ingénierie sociale et formation des utilisateurs aux bons réflexes.",
          "Ateliers de sensibilisation cyber pour les comités de direction.",
        ],
        [
          "Réponse à incident et investigation numérique après une attaque par rançongiciel.",
          "Cellule de crise cyber : confinement, analyse forensique, remédiation.",
          "Intervention d'urgence 24/7 en cas de cyberattaque.",
        ],
        [
          "SOC managé : supervision de sécurité et détection des menaces.",
          "Scans de vulnérabilités récurrents et tableau de bord des risques.",
          "Durcissement de l'Active Directory et revue des droits d'accès.",
        ],
      ],
      vague: ["Cybersécurité.", "Conseil en sécurité informatique.", "Services informatiques."],
    },
    {
      key: "editeur-logiciel-erp",
      naf: ["58.29C", "62.01Z", "62.02A"],
      names: ["GESTIMAX SOFTWARE", "ERPILOT", "LOGIPRO EDITIONS", "OPTIGEST", "NEOGESTION", "ATELIER LOGICIEL INDUSTRIE", "PROGIBAT", "SYNERGIA ERP"],
      ideas: [
        [
          "Éditeur d'un ERP pour PME industrielles : achats, stocks, production, ventes, comptabilité.",
          "Nous éditons un progiciel de gestion intégré pensé pour les sous-traitants industriels.",
          "Logiciel de gestion commerciale et de production développé et maintenu par nos équipes.",
        ],
        [
          "Solution en mode SaaS ou installée sur vos serveurs.",
          "Abonnement mensuel par utilisateur, hébergement sécurisé en France.",
          "Logiciel disponible dans le cloud, avec application mobile pour commerciaux et techniciens.",
        ],
        [
          "Modules métiers : GPAO, MRP, traçabilité des lots, gestion à l'affaire.",
          "Logiciel de devis et de facturation pour les entreprises du bâtiment.",
          "Gestion des ordres de fabrication, planning d'atelier et calcul des besoins.",
        ],
        [
          "Paramétrage, reprise des données et formation des utilisateurs par nos consultants.",
          "Équipe d'intégration : analyse de vos process, paramétrage, démarrage accompagné.",
          "Projet de déploiement clés en main en 3 à 6 mois.",
        ],
        [
          "Connecteurs avec la comptabilité, l'EDI, le e-commerce et la facture électronique.",
          "Prêt pour la facturation électronique obligatoire, avec plateforme de dématérialisation partenaire.",
          "API ouverte et interfaces avec vos outils existants.",
        ],
        [
          "Support et hotline inclus, nouvelles versions régulières.",
          "Plus de 600 entreprises utilisatrices en France et en Belgique.",
          "Club utilisateurs et feuille de route partagée.",
        ],
      ],
      vague: ["Éditeur de logiciels.", "Solutions de gestion.", "Logiciels pour les entreprises."],
    },
    {
      key: "formation-informatique",
      naf: ["85.59A", "62.02A"],
      names: [
        "FORMINFO",
        "ACADEMIE BUREAUTIQUE",
        "CLIC FORMATION",
        "DATASKILLS FORMATION",
        "CAMPUS NUMERIQUE PRO",
        "TABLEUR ET CIE",
        "INFORMATIQUE PEDAGOGIE",
        "CODEVERSITE",
      ],
      ideas: [
        [
          "Formations bureautiques : Excel, Word, PowerPoint, Outlook, du niveau débutant à expert.",
          "Stages Excel : tableaux croisés dynamiques, formules avancées, macros VBA.",
          "Apprenez à maîtriser les outils Microsoft 365 : Teams, SharePoint, OneDrive.",
        ],
        [
          "Formations techniques pour informaticiens : Windows Server, Linux, réseaux, cloud.",
          "Cursus développement et données : Python, JavaScript, SQL, Power BI.",
          "Préparation aux certifications des grands éditeurs et constructeurs.",
        ],
        [
          "Organisme certifié Qualiopi, formations finançables par les OPCO et le CPF.",
          "Certification TOSA ou ICDL passée en fin de formation.",
          "Prise en charge possible dans votre plan de développement des compétences.",
        ],
        [
          "Sessions intra-entreprise dans vos locaux ou en classe virtuelle.",
          "Centre de formation équipé de salles informatiques, ou formation sur site.",
          "Formats courts d'une demi-journée ou parcours sur plusieurs semaines.",
        ],
        [
          "Sensibilisation des salariés aux usages numériques et à l'intelligence artificielle.",
          "Ateliers IA générative pour les équipes métiers.",
          "Accompagnement des utilisateurs lors du déploiement d'un nouvel outil.",
        ],
        ["Formateurs experts, praticiens du terrain.", "Évaluation des acquis avant et après chaque session.", "Plus de 2 000 stagiaires formés chaque année."],
      ],
      vague: ["Organisme de formation.", "Formation informatique.", "Conseil et formation."],
    },
  ],
  needs: [
    {
      target: "infogerance-support-pme",
      related: ["audit-cybersecurite"],
      title: "Prestataire pour gérer l'informatique de nos 35 postes",
      description:
        "Cabinet d'expertise comptable de 35 personnes sans informaticien : nous cherchons un prestataire pour l'assistance aux utilisateurs, la maintenance des PC et du serveur, les sauvegardes et la gestion de Microsoft 365, avec intervention garantie dans la journée. Contrat forfaitaire mensuel.",
      kind: "services",
      nafPicked: ["62.02A"],
      budget: [15000, 25000],
    },
    {
      target: "audit-cybersecurite",
      related: ["infogerance-support-pme", "creation-sites-web"],
      title: "Test d'intrusion de notre portail clients avant mise en ligne",
      description:
        "Nous lançons en juin un portail web où nos clients consultent contrats et factures. Notre assureur exige qu'un tiers en vérifie la sécurité avant l'ouverture : tests en boîte grise sur environ 5 jours, rapport et recommandations.",
      kind: "services",
      nafPicked: ["62.01Z"],
      budget: [6000, 12000],
    },
  ],
};
