import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-qualite-conformite",
  specialties: [
    {
      key: "h6-consultant-iso",
      naf: ["70.22Z", "74.90B", "85.59A"],
      names: [
        "QUALISUD CONSEIL",
        "CABINET PERRIN QUALITE",
        "PROVENCE MANAGEMENT SYSTEMES",
        "QSE MEDITERRANEE",
        "AMELIORATION CONTINUE CONSEIL",
        "ISOPRO 13",
        "NOVAQUAL",
        "ATOUT QSE",
      ],
      ideas: [
        [
          "Accompagnement à la certification ISO 9001, ISO 14001 et ISO 45001.",
          "Nous aidons les PME à mettre en place leur système de management de la qualité et à le faire certifier.",
          "Consultant qualité, sécurité, environnement : de l'état des lieux à la certification.",
        ],
        [
          "Diagnostic initial, rédaction des procédures et de la cartographie des processus.",
          "Nous construisons avec vous un système documentaire simple et réellement utilisé.",
          "Analyse des écarts par rapport à la norme et plan d'action.",
        ],
        [
          "Audits internes et audits fournisseurs réalisés par des auditeurs qualifiés IRCA.",
          "Réalisation de vos audits internes et préparation à l'audit de certification.",
          "Audit à blanc avant le passage de l'organisme certificateur.",
        ],
        [
          "Responsable qualité externalisé à temps partagé pour les PME.",
          "Nous tenons le rôle de votre responsable QSE quelques jours par mois.",
          "Animation de la démarche qualité en temps partagé.",
        ],
        [
          "Référentiels sectoriels : MASE, Qualiopi, EN 9100, IATF 16949.",
          "Accompagnement MASE pour les sous-traitants de la pétrochimie de l'étang de Berre.",
          "Préparation à la certification Qualiopi des organismes de formation.",
        ],
        [
          "Formation de vos équipes à la qualité et au management des risques.",
          "Formations intra-entreprise : auditeur interne, gestion des non-conformités.",
          "Sensibilisation du personnel à la démarche qualité.",
        ],
      ],
      vague: ["Conseil en qualité.", "Conseil aux entreprises.", "Accompagnement QSE."],
    },
    {
      key: "h6-organisme-certification",
      naf: ["71.20B", "74.90B"],
      names: [
        "CERTISUD",
        "ORGANISME DE CERTIFICATION MEDITERRANEE",
        "VERITAS AUDIT PROVENCE",
        "QUALICERT SUD EST",
        "AFCERT",
        "CERTIFICATION ET AUDIT INDEPENDANT",
        "EUROCERT EVALUATION",
        "SOCOTEC CERTIFICATION LOCALE",
      ],
      ideas: [
        [
          "Organisme de certification accrédité par le COFRAC.",
          "Nous délivrons des certificats ISO accrédités COFRAC.",
          "Organisme certificateur indépendant accrédité pour les principaux référentiels.",
        ],
        [
          "Audits de certification ISO 9001, 14001, 45001 et 50001.",
          "Certification des systèmes de management qualité, environnement, santé-sécurité et énergie.",
          "Audit initial, audits de surveillance annuels et audit de renouvellement.",
        ],
        ["Certification Qualiopi des organismes de formation.", "Audits Qualiopi initiaux et de surveillance.", "Organisme certificateur Qualiopi habilité."],
        [
          "Certification de produits et de services selon des référentiels privés.",
          "Certification de services et labels, audits de seconde partie.",
          "Audits clients et fournisseurs pour le compte de donneurs d'ordres.",
        ],
        [
          "Auditeurs qualifiés par secteur d'activité et présents dans toute la France.",
          "Un réseau d'auditeurs qualifiés dans plus de 30 secteurs.",
          "Auditeurs basés en région pour limiter les frais de déplacement.",
        ],
        [
          "Impartialité : nous ne faisons pas de conseil, uniquement de la certification.",
          "Séparation stricte entre audit et conseil, conformément à l'ISO 17021.",
          "Indépendance garantie vis-à-vis des cabinets de conseil.",
        ],
      ],
      vague: ["Organisme de certification.", "Audit et certification.", "Contrôle et inspection."],
    },
    {
      key: "h6-conseil-securite-alimentaire",
      naf: ["74.90B", "70.22Z", "85.59A"],
      names: [
        "HACCP CONSEIL PROVENCE",
        "HYGIA CONSEIL",
        "SECURITE ALIMENTAIRE SUD",
        "CABINET MOULIN AGROALIMENTAIRE",
        "FOOD QUALITE 13",
        "ALIMQUAL",
        "RESTO NORMES CONSEIL",
        "CUISINE ET HYGIENE FORMATIONS",
      ],
      ideas: [
        [
          "Mise en place du plan de maîtrise sanitaire et de la méthode HACCP.",
          "Rédaction de votre PMS et de votre étude HACCP.",
          "Conseil en sécurité des aliments pour la restauration et les industries agroalimentaires.",
        ],
        [
          "Préparation au dossier d'agrément sanitaire auprès de la DDPP.",
          "Accompagnement pour obtenir l'agrément CE de votre atelier.",
          "Montage du dossier de demande d'agrément et préparation des inspections.",
        ],
        [
          "Audits hygiène inopinés dans les restaurants, cuisines centrales et commerces alimentaires.",
          "Visites d'audit surprise avec prélèvements et rapport.",
          "Contrôles hygiène de vos sites de restauration.",
        ],
        [
          "Formation hygiène alimentaire obligatoire de 14 h pour la restauration commerciale.",
          "Formations HACCP pour le personnel de cuisine.",
          "Organisme de formation certifié Qualiopi, formations hygiène en intra.",
        ],
        [
          "Accompagnement aux certifications IFS Food et BRCGS.",
          "Préparation des industriels aux audits IFS et BRC.",
          "Mise en conformité aux référentiels GFSI.",
        ],
        [
          "Gestion de crise : alerte produit, retrait et rappel.",
          "Assistance en cas de contrôle défavorable ou de fermeture administrative.",
          "Plan d'action après une inspection des services vétérinaires.",
        ],
      ],
      vague: ["Conseil en hygiène.", "Qualité alimentaire.", "Conseil et formation."],
    },
    {
      key: "h6-conseil-rgpd-dpo",
      naf: ["69.10Z", "70.22Z", "62.02A"],
      names: [
        "DPO SUD CONSEIL",
        "DONNEES ET CONFORMITE",
        "CABINET ALLAIN PROTECTION DES DONNEES",
        "PRIVACY PROVENCE",
        "CONFORMITE NUMERIQUE 13",
        "RGPD SOLUTIONS",
        "CYBERLEX CONSEIL",
        "DATA PROTECT MEDITERRANEE",
      ],
      ideas: [
        [
          "Délégué à la protection des données (DPO) externalisé pour entreprises et collectivités.",
          "Nous assurons la fonction de DPO mutualisé auprès de la CNIL.",
          "DPO externe désigné auprès de la CNIL pour votre organisme.",
        ],
        [
          "Mise en conformité RGPD : registre des traitements, mentions d'information, contrats.",
          "Audit RGPD et plan de mise en conformité.",
          "Tenue de votre registre des traitements et des analyses d'impact (AIPD).",
        ],
        [
          "Collectivités, établissements de santé, écoles et associations.",
          "Nous accompagnons de nombreuses mairies et intercommunalités.",
          "Spécialistes des données de santé et des données sensibles.",
        ],
        [
          "Gestion des violations de données et des demandes d'exercice des droits.",
          "Nous traitons les demandes d'accès et les notifications de violation à la CNIL.",
          "Assistance en cas de fuite de données ou de plainte.",
        ],
        [
          "Juristes et consultants certifiés DPO.",
          "Équipe pluridisciplinaire de juristes et d'experts en sécurité informatique.",
          "Certification de compétences DPO délivrée par un organisme agréé par la CNIL.",
        ],
        [
          "Sensibilisation de vos agents et salariés à la protection des données.",
          "Ateliers de sensibilisation RGPD pour vos équipes.",
          "Formation des référents RGPD internes.",
        ],
      ],
      vague: ["Conformité réglementaire.", "Conseil juridique et numérique.", "Protection des données."],
    },
  ],
  needs: [
    {
      target: "h6-consultant-iso",
      related: ["h6-organisme-certification"],
      title: "Accompagnement certification ISO 9001",
      description:
        "PME de chaudronnerie de 40 salariés à Berre-l'Étang, nos clients pétrochimistes nous demandent d'être certifiés ISO 9001 d'ici 12 mois. Nous cherchons un consultant pour construire le système qualité, former l'équipe et préparer l'audit.",
      kind: "services",
      nafPicked: ["70.22Z"],
      budget: [8000, 18000],
    },
    {
      target: "h6-organisme-certification",
      related: ["h6-consultant-iso"],
      title: "Audit de certification ISO 14001 et 45001",
      description:
        "Notre société de transport (3 sites : Marseille, Fos, Miramas) arrive au terme de son cycle de certification. Consultation pour un organisme accrédité COFRAC : audit de renouvellement ISO 14001 et ISO 45001 en novembre puis surveillances sur 3 ans.",
      kind: "services",
      nafPicked: ["71.20A", "70.22Z"],
      budget: [9000, 20000],
    },
    {
      target: "h6-conseil-securite-alimentaire",
      related: ["h6-consultant-iso"],
      title: "Mise aux normes hygiène de notre cuisine",
      description:
        "Nous ouvrons un restaurant d'entreprise de 400 couverts à Vitrolles. Nous avons besoin d'aide pour rédiger le plan de maîtrise sanitaire, organiser la traçabilité et former les 12 cuisiniers aux règles d'hygiène avant l'ouverture en septembre.",
      kind: "services",
      nafPicked: ["56.29A", "85.59A"],
      budget: [3000, 8000],
    },
    {
      target: "h6-conseil-rgpd-dpo",
      title: "DPO mutualisé pour la commune",
      description:
        "Commune de 12 000 habitants (Bouches-du-Rhône) sans délégué à la protection des données : mission de DPO externalisé sur 3 ans, mise à jour du registre, audit des services (état civil, scolaire, police municipale) et sensibilisation des agents.",
      kind: "services",
      nafPicked: ["62.02A"],
      budget: [10000, 25000],
    },
  ],
};
