import type { Trade } from "./types";

export const trade: Trade = {
  key: "diagnostic-ingenierie-batiment",
  specialties: [
    {
      key: "diagnostics-immobiliers",
      naf: ["71.20B", "74.90B"],
      names: [
        "DIAG IMMO EXPERTISE",
        "CONTROLE HABITAT CONSEIL",
        "DIAGNOSTICS DU LITTORAL",
        "AMIANTE PLOMB DIAG",
        "EXPERTIS DIAG",
        "CABINET ROUSSET DIAGNOSTICS",
        "ALLO DIAGNOSTIC",
        "DPE SERVICES",
        "IMMO CHECK",
      ],
      ideas: [
        [
          "Diagnostics immobiliers obligatoires pour la vente et la location : DPE, amiante, plomb, électricité, gaz, termites.",
          "Diagnostiqueur certifié : dossier de diagnostic technique complet en une visite.",
          "Tous les diagnostics réglementaires avant vente ou mise en location.",
        ],
        [
          "Repérages amiante avant travaux et avant démolition selon les normes NF X 46-020 et NF X 46-021.",
          "Repérage amiante avant travaux et dossier technique amiante (DTA) pour les entreprises.",
          "Prélèvements analysés par laboratoire accrédité COFRAC.",
        ],
        [
          "Diagnostiqueurs certifiés par un organisme accrédité COFRAC, RC professionnelle.",
          "Certifications amiante avec mention, plomb, DPE avec mention, électricité et gaz.",
          "Indépendance et impartialité garanties.",
        ],
        [
          "DPE des logements et bâtiments tertiaires, audit énergétique réglementaire avant vente.",
          "DPE collectif de copropriétés et audits énergétiques de logements.",
          "Étiquette énergie et recommandations de travaux.",
        ],
        [
          "Mesurage loi Carrez et loi Boutin, état des risques, contrôle d'assainissement.",
          "Constat de risque d'exposition au plomb (CREP) et plomb avant travaux.",
          "Diagnostic technique global (DTG) pour les copropriétés.",
        ],
        [
          "Pour les notaires, agences immobilières, syndics, bailleurs et particuliers.",
          "Rapports livrés sous 48 h, rendez-vous en ligne.",
          "Réseau de 15 diagnostiqueurs couvrant toute la région.",
        ],
      ],
      vague: ["Diagnostics immobiliers.", "Expertise immobilière.", "Contrôle technique.", "Bureau d'études."],
    },
    {
      key: "bureau-etudes-structure",
      naf: ["71.12B", "71.11Z"],
      names: [
        "STRUCTURE INGENIERIE CONSEIL",
        "BET CALCULS ET STRUCTURES",
        "ARCADE INGENIERIE",
        "SARL LEBLANC ETUDES STRUCTURE",
        "BETON ET ACIER CONSEIL",
        "PORTANCE INGENIERIE",
        "INGEBAT STRUCTURES",
        "CALCUL STRUCTURE OUEST",
        "EUROCODE ETUDES",
      ],
      ideas: [
        [
          "Bureau d'études structure : conception et calcul des structures béton armé, acier et bois.",
          "Ingénierie structure pour bâtiments neufs et réhabilitations, de l'esquisse au suivi de chantier.",
          "Notes de calcul, plans de coffrage et de ferraillage, descentes de charges.",
        ],
        [
          "Missions de maîtrise d'œuvre structure, de l'APS au VISA.",
          "Études d'exécution pour entreprises de gros œuvre et de charpente.",
          "Accompagnement des architectes dès la conception.",
        ],
        [
          "Diagnostic structurel de bâtiments existants : fissures, désordres, capacité portante.",
          "Expertise après sinistre, études de renforcement et de reprise en sous-œuvre.",
          "Vérification de planchers avant changement d'usage ou surcharge.",
        ],
        [
          "Calcul de poutres pour ouverture de murs porteurs, trémies et surélévations.",
          "Dimensionnement d'IPN pour ouverture de mur porteur.",
          "Études pour surélévations et extensions.",
        ],
        [
          "Modélisation BIM, calculs aux Eurocodes et parasismiques.",
          "Logiciels de calcul aux éléments finis et maquette numérique.",
          "Études sismiques et dynamiques.",
        ],
        [
          "Qualifications OPQIBI, ingénieurs diplômés et assurance décennale.",
          "Équipe de 12 ingénieurs et projeteurs.",
          "Références : logements, écoles, ouvrages d'art, bâtiments industriels.",
        ],
      ],
      vague: ["Bureau d'études.", "Ingénierie.", "Études techniques.", "Conseil en bâtiment."],
    },
    {
      key: "geometre-expert",
      naf: ["71.12A"],
      names: [
        "CABINET DE GEOMETRES-EXPERTS ASSOCIES",
        "TOPO CONSEIL",
        "GEOMETRIS",
        "SCP FABRE ET LAMY",
        "MESURES ET FONCIER",
        "GEO-EXPERT SUD",
        "CABINET GEOTOPO",
        "LIMITES ET TERRITOIRES",
        "AXE TOPOGRAPHIE",
      ],
      ideas: [
        [
          "Géomètre-expert : bornage, délimitation de propriétés, division parcellaire.",
          "Bornages amiables et judiciaires, documents d'arpentage, plans de division.",
          "Délimitation foncière et fixation des limites de propriété.",
        ],
        [
          "Levés topographiques, plans de masse, plans d'intérieur et de façades.",
          "Topographie par scanner laser 3D, drone et GPS.",
          "Relevés de bâtiments existants et nuages de points pour maquette BIM.",
        ],
        [
          "Copropriété : état descriptif de division, calcul des tantièmes.",
          "Mise en copropriété et modification de l'état descriptif de division.",
          "Mesurage loi Carrez et surfaces de plancher.",
        ],
        [
          "Lotissements, permis d'aménager et urbanisme opérationnel.",
          "Conception de lotissements et dossiers de permis d'aménager.",
          "Conseil en urbanisme et aménagement foncier.",
        ],
        [
          "Implantation de bâtiments et suivi topographique de chantier.",
          "Implantations, contrôles de verticalité, récolements de réseaux.",
          "Détection et géoréférencement des réseaux enterrés.",
        ],
        [
          "Cabinet inscrit à l'Ordre des géomètres-experts.",
          "Seul professionnel habilité à fixer les limites des biens fonciers.",
          "Cabinet fondé en 1985, quatre géomètres-experts associés.",
        ],
      ],
      vague: ["Géomètre.", "Cabinet d'études.", "Topographie.", "Ingénierie."],
    },
    {
      key: "audit-energetique-entreprises",
      naf: ["71.12B", "70.22Z", "74.90B"],
      names: [
        "ENERGIE CONSEIL ENTREPRISES",
        "EFFICIENCE ENERGETIQUE",
        "KILOWATT AUDIT",
        "CABINET THERMIQUE INDUSTRIELLE",
        "SOBRIETE CONSEIL",
        "OPTIMA ENERGIES",
        "MOINS DE WATTS CONSEIL",
        "DECRET TERTIAIRE SOLUTIONS",
        "AUDITEC ENERGIE",
      ],
      ideas: [
        [
          "Audits énergétiques réglementaires des grandes entreprises, conformes à la norme NF EN 16247.",
          "Audit énergétique obligatoire pour les entreprises de plus de 250 salariés.",
          "Audits énergétiques de sites industriels et tertiaires.",
        ],
        [
          "Accompagnement décret tertiaire : déclaration OPERAT, année de référence, plan d'actions.",
          "Stratégie de réduction des consommations pour atteindre -40 % en 2030.",
          "Suivi des consommations et déclarations annuelles sur OPERAT.",
        ],
        [
          "Mise en place de systèmes de management de l'énergie ISO 50001.",
          "Accompagnement à la certification ISO 50001 et formation des référents.",
          "Indicateurs de performance énergétique et tableaux de bord.",
        ],
        [
          "Montage de dossiers de certificats d'économies d'énergie (CEE) et recherche de financements.",
          "Valorisation des CEE et aides ADEME pour vos projets.",
          "Études de rentabilité des investissements.",
        ],
        [
          "Récupération de chaleur fatale, air comprimé, froid, moteurs : nous traquons le gaspillage.",
          "Campagnes de mesures sur site, analyse des courbes de charge.",
          "Bilan carbone et stratégie de décarbonation.",
        ],
        [
          "Auditeurs qualifiés OPQIBI, référencés pour l'audit énergétique réglementaire.",
          "Bureau d'études indépendant des fournisseurs d'énergie et des installateurs.",
          "Ingénieurs énergéticiens, plus de 400 audits réalisés.",
        ],
      ],
      vague: ["Conseil aux entreprises.", "Bureau d'études.", "Ingénierie énergétique.", "Conseil."],
    },
  ],
  needs: [
    {
      target: "geometre-expert",
      kind: "services",
      title: "Bornage et division d'un terrain de 8 000 m²",
      description:
        "Société foncière, nous souhaitons diviser un terrain de 8 000 m² en trois lots, avec bornage contradictoire avec les voisins, levé topographique et document d'arpentage pour la vente. Délai souhaité : 2 mois.",
      nafPicked: ["71.12B"],
      budget: [4000, 8000],
    },
    {
      target: "audit-energetique-entreprises",
      related: ["diagnostics-immobiliers", "cvc-tertiaire"],
      kind: "services",
      title: "Audit énergétique réglementaire de nos 4 sites",
      description:
        "Groupe de 600 salariés, nous devons réaliser l'audit énergétique obligatoire (NF EN 16247) sur un site industriel et trois entrepôts, avec plan d'actions chiffré et aide à la déclaration OPERAT pour les surfaces tertiaires. Rapport à remettre avant le 31 octobre.",
      nafPicked: ["70.22Z"],
      budget: [25000, 45000],
    },
  ],
};
