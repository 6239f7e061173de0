import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-architecture-maitrise-oeuvre",
  specialties: [
    {
      key: "h6-architecte-batiment",
      naf: ["71.11Z"],
      names: [
        "ATELIER D'ARCHITECTURE CANDELA",
        "AGENCE MERIDIEN ARCHITECTES",
        "SARL D'ARCHITECTURE BONIFAY",
        "A2P ARCHITECTURE",
        "CALANQUES ARCHITECTES ASSOCIES",
        "ATELIER SOLEIL",
        "LAURENT MAUREL ARCHITECTE",
        "STUDIO LIGNE SUD",
      ],
      ideas: [
        [
          "Agence d'architecture : construction neuve, extension, réhabilitation de bâtiments.",
          "Nous concevons des bâtiments tertiaires, industriels, scolaires et des logements.",
          "Architectes DPLG et HMONP inscrits à l'Ordre des architectes.",
        ],
        [
          "Dépôt du permis de construire et des autorisations d'urbanisme.",
          "Nous montons vos dossiers de permis de construire et de déclaration préalable.",
          "Obtention des autorisations administratives : permis, ERP, accessibilité.",
        ],
        [
          "Mission complète de maîtrise d'œuvre, de l'esquisse à la réception des travaux.",
          "Maîtrise d'œuvre loi MOP : ESQ, APS, APD, PRO, ACT, VISA, DET, AOR.",
          "Nous suivons le chantier jusqu'à la réception et la levée des réserves.",
        ],
        [
          "Réponses aux concours et marchés publics de maîtrise d'œuvre.",
          "Références pour des communes et des bailleurs sociaux de la métropole.",
          "Nous travaillons pour des maîtres d'ouvrage publics et privés.",
        ],
        [
          "Architecture bioclimatique et bâtiments à faible impact, matériaux biosourcés.",
          "Conception conforme à la RE2020 et aux labels Bâtiments durables méditerranéens.",
          "Réhabilitation énergétique et construction en pierre et en bois.",
        ],
        [
          "Équipe de huit personnes travaillant en BIM.",
          "Maquette numérique BIM et images de synthèse.",
          "Agence de taille humaine, architecte associé présent à chaque réunion.",
        ],
      ],
      vague: ["Cabinet d'architecture.", "Architecte.", "Conception de bâtiments."],
    },
    {
      key: "h6-architecte-interieur",
      naf: ["74.10Z", "71.11Z"],
      names: [
        "ESPACES ET USAGES",
        "STUDIO CHABAUD INTERIEURS",
        "ATELIER VOLUMES DESIGN",
        "OFFICE DESIGN PROVENCE",
        "LUMIERE ET MATIERE",
        "AGENCE ILOT",
        "INTERIEURS D'AFFAIRES",
        "CAROLINE FERRAND ARCHITECTE D'INTERIEUR",
      ],
      ideas: [
        [
          "Architecte d'intérieur pour bureaux, commerces, hôtels et restaurants.",
          "Nous concevons l'aménagement intérieur de vos locaux professionnels.",
          "Conception d'espaces de travail, de boutiques et de lieux d'accueil.",
        ],
        [
          "Space planning et aménagement de plateaux de bureaux en flex office.",
          "Étude des usages et des implantations de postes de travail.",
          "Réorganisation de vos bureaux après l'arrivée du télétravail.",
        ],
        [
          "Choix des matériaux, du mobilier, des couleurs et de l'éclairage.",
          "Planches de tendance, sélection de mobilier et de revêtements.",
          "Conception lumière et acoustique des espaces intérieurs.",
        ],
        [
          "Suivi des travaux d'aménagement et coordination des artisans.",
          "Nous pilotons le chantier intérieur jusqu'à l'emménagement.",
          "Consultation des entreprises et suivi de chantier en lots séparés.",
        ],
        [
          "Rénovation d'appartements et de maisons pour les particuliers.",
          "Nous intervenons aussi chez les particuliers pour des rénovations complètes.",
          "Home staging et décoration d'intérieur.",
        ],
        [
          "Architecte d'intérieur diplômé, membre du CFAI.",
          "Visuels 3D photoréalistes de vos futurs espaces.",
          "Plans, perspectives 3D et visite virtuelle avant travaux.",
        ],
      ],
      vague: ["Architecture intérieure.", "Design d'espace.", "Décoration."],
    },
    {
      key: "h6-economiste-construction",
      naf: ["71.12B", "74.90B"],
      names: [
        "ECO BATIMENT PROVENCE",
        "CABINET DE METRES LAGIER",
        "ECONOMIE DE LA CONSTRUCTION DU SUD",
        "BUREAU D'ETUDES PRIX ET DELAIS",
        "METRE EXPERT",
        "CABINET ROSTAGNI",
        "QUANTUM ECONOMIE",
        "EC2B",
      ],
      ideas: [
        [
          "Économiste de la construction : estimation et maîtrise des coûts de vos projets.",
          "Nous chiffrons vos travaux à chaque phase du projet.",
          "Estimations prévisionnelles et contrôle du budget travaux.",
        ],
        [
          "Métrés, quantitatifs et rédaction des CCTP et DPGF.",
          "Rédaction des pièces écrites des dossiers de consultation des entreprises.",
          "Descriptifs techniques et bordereaux de prix pour les appels d'offres.",
        ],
        [
          "Analyse des offres des entreprises et aide à la négociation.",
          "Nous comparons les devis et vous aidons à choisir les entreprises.",
          "Rapport d'analyse des offres pour les marchés publics de travaux.",
        ],
        [
          "OPC : ordonnancement, pilotage et coordination de chantier.",
          "Planification des travaux et coordination des corps d'état.",
          "Mission OPC pour tenir les délais de vos chantiers.",
        ],
        [
          "Vérification des situations de travaux et décomptes généraux définitifs.",
          "Suivi financier du chantier et gestion des avenants.",
          "Contrôle des factures des entreprises et décompte final.",
        ],
        [
          "Membre de l'UNTEC, 20 ans d'expérience en bâtiment tertiaire et logement.",
          "Économistes qualifiés OPQTECC.",
          "Collaborations régulières avec les architectes de la région.",
        ],
      ],
      vague: ["Bureau d'études.", "Ingénierie du bâtiment.", "Études techniques."],
    },
    {
      key: "h6-coordination-sps",
      naf: ["71.12B", "74.90B"],
      names: [
        "SPS PROVENCE",
        "COORDINATION SECURITE CHANTIERS SUD",
        "CSPS MEDITERRANEE",
        "PREVENTION BTP CONSEIL",
        "CABINET GUERIN COORDINATION",
        "SECURICHANTIER 13",
        "ALPHA SPS",
        "BUREAU DE COORDINATION DU LITTORAL",
      ],
      ideas: [
        [
          "Coordination sécurité et protection de la santé (SPS) sur les chantiers de bâtiment et de génie civil.",
          "Coordonnateur SPS de niveau 1, 2 et 3.",
          "Nous assurons la mission de coordonnateur SPS en conception et en réalisation.",
        ],
        [
          "Rédaction du PGC, du DIUO et tenue du registre journal.",
          "Plan général de coordination et dossier d'intervention ultérieure sur l'ouvrage.",
          "Établissement du PGCSPS et harmonisation des PPSPS des entreprises.",
        ],
        [
          "Visites de chantier régulières et inspections communes avec les entreprises.",
          "Présence sur le chantier et réunions de coordination hebdomadaires.",
          "Contrôle sur site des protections collectives et des co-activités.",
        ],
        [
          "Coordonnateurs certifiés, attestation de compétence à jour.",
          "Attestation de compétence délivrée par un organisme certifié.",
          "Coordonnateurs formés et expérimentés dans le BTP.",
        ],
        [
          "Chantiers en site occupé : écoles, hôpitaux, sites industriels.",
          "Spécialistes des travaux en site occupé et en milieu industriel.",
          "Interventions dans les établissements recevant du public en activité.",
        ],
        [
          "Intervention rapide dans toutes les Bouches-du-Rhône.",
          "Nous couvrons la métropole Aix-Marseille et le Var.",
          "Réactivité : prise en charge des missions sous huit jours.",
        ],
      ],
      vague: ["Prévention sur les chantiers.", "Ingénierie BTP.", "Coordination de chantier."],
    },
  ],
  needs: [
    {
      target: "h6-architecte-batiment",
      related: ["h6-economiste-construction"],
      title: "Maîtrise d'œuvre extension école",
      description:
        "La commune de Gréasque lance un marché de maîtrise d'œuvre pour l'extension de l'école élémentaire (4 classes, 450 m²) avec mission de base loi MOP. Enveloppe travaux : 1,3 M€ HT. Livraison souhaitée pour la rentrée 2027.",
      kind: "services",
      nafPicked: ["71.11Z", "71.12B"],
      budget: [110000, 160000],
    },
    {
      target: "h6-architecte-interieur",
      related: ["h6-architecte-batiment"],
      title: "Repenser l'aménagement de nos bureaux",
      description:
        "Nous occupons un plateau de 650 m² à Euroméditerranée avec 70 salariés, dont la moitié en télétravail. Nous voulons revoir l'organisation : moins de bureaux individuels, plus d'espaces de réunion et de zones calmes, avec choix du mobilier et suivi des travaux.",
      kind: "services",
      nafPicked: ["43.32B"],
      budget: [15000, 35000],
    },
    {
      target: "h6-economiste-construction",
      related: ["h6-architecte-batiment"],
      title: "Chiffrage et DCE réhabilitation gymnase",
      description:
        "Pour la réhabilitation du gymnase municipal de Rognac, nous cherchons un économiste pour l'estimation des travaux, la rédaction des CCTP et DPGF par lot et l'analyse des offres. Calendrier : DCE prêt en février.",
      kind: "services",
      nafPicked: ["71.11Z"],
      budget: [8000, 16000],
    },
    {
      target: "h6-coordination-sps",
      title: "Coordonnateur sécurité pour travaux dans notre usine",
      description:
        "Travaux de remplacement de la toiture et de l'éclairage de notre atelier à Gémenos, avec 4 entreprises intervenant pendant que la production continue, de juin à août. Il nous faut un coordonnateur sécurité chantier (niveau 2).",
      kind: "services",
      nafPicked: ["80.10Z", "71.12B"],
      budget: [3000, 7000],
    },
  ],
};
