import type { Trade } from "./types";

export const trade: Trade = {
  key: "comptabilite-audit",
  specialties: [
    {
      key: "expertise-comptable-pme",
      naf: ["69.20Z"],
      names: [
        "FIDUCIAIRE DU VAL DE LOIRE",
        "AXIOME CONSEIL ET EXPERTISE",
        "CABINET MERCIER-ROLLAND",
        "COMPTA PLUS ENTREPRISES",
        "ALTIS EXPERTISE",
        "SOCIETE D'EXPERTISE COMPTABLE DES DEUX RIVES",
        "BILANEO",
        "GESCOFI AUDIT ET CONSEIL",
        "NOVACOMPTA",
      ],
      ideas: [
        [
          "Cabinet d'expertise comptable inscrit à l'Ordre des experts-comptables, nous accompagnons les TPE et PME de la création à la transmission.",
          "Expert-comptable diplômé, inscrit au tableau de l'Ordre de la région Centre-Val de Loire.",
          "Membre de l'Ordre des experts-comptables, notre cabinet suit plus de 400 dossiers de petites et moyennes entreprises.",
        ],
        [
          "Tenue de comptabilité, révision, établissement des comptes annuels et des liasses fiscales.",
          "Nous prenons en charge la saisie ou la révision de vos pièces, le bilan, la liasse et les déclarations de TVA.",
          "Production des comptes annuels et des déclarations fiscales : IS, TVA, CFE, DAS2.",
        ],
        [
          "Comptabilité dématérialisée : collecte des justificatifs par application mobile et rapprochement bancaire automatique.",
          "Nous travaillons en ligne avec nos clients : portail de dépôt des factures, synchronisation bancaire, tableaux de bord mensuels.",
          "Nous préparons nos clients à la facturation électronique obligatoire et au choix de leur plateforme agréée.",
        ],
        [
          "Conseil en gestion : prévisionnels, tableaux de bord, plans de trésorerie, dossiers de financement bancaire.",
          "Au-delà du bilan, nous vous aidons à piloter : budget, marges par activité, situations intermédiaires trimestrielles.",
          "Accompagnement des dirigeants dans leurs choix : statut juridique, rémunération, optimisation fiscale.",
        ],
        [
          "Clientèle d'artisans du bâtiment, de commerçants, de professions libérales et de PME industrielles jusqu'à 50 salariés.",
          "Cabinet spécialisé dans l'hôtellerie-restauration, le commerce de détail et les entreprises du BTP.",
          "Nos clients : start-up, sociétés de services, holdings familiales, SCI et agences immobilières.",
        ],
        [
          "Secrétariat juridique annuel : assemblée générale, approbation des comptes, dépôt au greffe.",
          "Nous assurons aussi les formalités juridiques courantes : approbation des comptes, procès-verbaux, modifications statutaires.",
          "Juridique annuel inclus dans la lettre de mission : convocations, PV d'AG et dépôt des comptes.",
        ],
        [
          "Une équipe de 18 collaborateurs répartis sur deux bureaux, à Tours et Blois.",
          "Un interlocuteur dédié pour chaque dossier, joignable directement, avec un point de revue avant chaque clôture.",
          "Rendez-vous au cabinet ou en visioconférence, sur toute la métropole lyonnaise.",
        ],
      ],
      vague: ["Cabinet comptable.", "Expertise comptable et conseil.", "Services aux entreprises.", "Comptabilité, fiscalité, gestion."],
    },
    {
      key: "commissariat-aux-comptes",
      naf: ["69.20Z"],
      names: [
        "AUDITEX COMMISSARIAT",
        "CABINET GIRAUD AUDIT",
        "ARCADE AUDIT ET CERTIFICATION",
        "SOCIETE DE COMMISSARIAT AUX COMPTES DU SUD-OUEST",
        "CERTIFI AUDIT",
        "ORIA AUDIT",
        "DUVAL BERTIN ET ASSOCIES",
        "SCAC PROVENCE",
      ],
      ideas: [
        [
          "Société de commissariat aux comptes inscrite sur la liste de la Haute autorité de l'audit (ex-H3C).",
          "Commissaire aux comptes inscrit, nous certifions les comptes de sociétés commerciales et d'associations.",
          "Cabinet de CAC membre de la Compagnie nationale des commissaires aux comptes.",
        ],
        [
          "Certification des comptes annuels et consolidés dans le cadre de mandats légaux de six exercices.",
          "Mandats de commissariat aux comptes légaux ou volontaires, y compris les mandats ALPE de trois exercices pour les petites entreprises.",
          "Audit légal : opinion sur les comptes, rapport sur les conventions réglementées, vérifications spécifiques.",
        ],
        [
          "Missions de commissariat aux apports, à la fusion et à la transformation de SARL en SAS.",
          "Interventions ponctuelles : commissaire aux apports, commissaire à la transformation, attestations particulières.",
          "Évaluation des apports en nature et des avantages particuliers lors des augmentations de capital.",
        ],
        [
          "Audit contractuel et due diligences d'acquisition pour les investisseurs et repreneurs.",
          "Audits d'acquisition, revues limitées et audits de procédures à la demande des dirigeants ou des banques.",
          "Missions d'audit contractuel : revue du contrôle interne, audit des stocks, audit de l'emploi des subventions.",
        ],
        [
          "Associations et fondations recevant plus de 153 000 euros de subventions publiques, organismes de formation, CSE.",
          "Nous auditons le secteur non marchand : associations, fondations, comités sociaux et économiques, syndicats.",
          "Secteurs couverts : industrie, négoce, promotion immobilière, groupes familiaux et filiales de groupes étrangers.",
        ],
        [
          "Indépendance garantie : nous ne tenons aucune comptabilité pour les entités que nous auditons.",
          "Approche par les risques conforme aux normes d'exercice professionnel (NEP), contrôles qualité réguliers.",
          "Démarche d'audit documentée et outils d'analyse de données portant sur l'intégralité des écritures.",
        ],
      ],
      vague: ["Audit et commissariat aux comptes.", "Cabinet d'audit.", "Certification des comptes.", "Services comptables et financiers."],
    },
    {
      key: "externalisation-paie",
      naf: ["69.20Z", "82.11Z", "70.22Z"],
      names: [
        "PAIE SERVICES OUEST",
        "PAYLINE EXTERNALISATION",
        "BULLETIN CLAIR",
        "GESTIPAIE",
        "SOCIAL GESTION PARTNERS",
        "OPTIPAIE",
        "CENTRE DE GESTION SOCIALE DU NORD",
        "RHPAIE CONSEIL",
      ],
      ideas: [
        [
          "Externalisation complète de la paie : bulletins de salaire, DSN mensuelle, déclarations et charges sociales.",
          "Nous établissons chaque mois les fiches de paie de vos salariés et transmettons la DSN dans les délais.",
          "Gestionnaires de paie confirmés : bulletins, soldes de tout compte, attestations France Travail, DSN événementielles.",
        ],
        [
          "Maîtrise des conventions collectives : Syntec, HCR, métallurgie, BTP, transport routier, commerce de gros.",
          "Paramétrage conventionnel rigoureux : ancienneté, primes, majorations, heures supplémentaires, indemnités de trajet.",
          "Spécialistes des paies complexes : travail de nuit, astreintes, intermittents, salariés multi-établissements.",
        ],
        [
          "Logiciels Silae et Sage Paie, coffre-fort numérique pour la distribution des bulletins.",
          "Bulletins dématérialisés déposés dans le coffre-fort de chaque salarié, écritures de paie exportées vers votre comptabilité.",
          "Collecte des variables par portail en ligne et validation du pré-bulletin avant clôture.",
        ],
        [
          "Administration du personnel : contrats de travail, DPAE, suivi des absences, mutuelle et prévoyance.",
          "Entrées et sorties, registre unique du personnel, arrêts maladie et subrogation des IJSS.",
          "Nous gérons aussi les déclarations annuelles, la contribution formation et le suivi des contrats en alternance.",
        ],
        [
          "De 5 à 500 salariés : nous reprenons votre historique de paie sans rupture pour vos équipes.",
          "Reprise de dossier en cours d'année, audit de vos bulletins existants et régularisations éventuelles.",
          "Clients : PME, associations, réseaux de franchise et filiales françaises de groupes étrangers.",
        ],
        [
          "Un gestionnaire dédié répond à vos questions et à celles de vos salariés sous 24 heures.",
          "Veille sociale permanente : chaque évolution de taux ou de plafond est intégrée avant la paie du mois.",
          "Engagement de service : paie livrée au plus tard le 28 du mois, fichier de virements préparé.",
        ],
      ],
      vague: ["Gestion de la paie.", "Services administratifs aux entreprises.", "Externalisation RH et paie.", "Cabinet comptable et social."],
    },
    {
      key: "declaration-impots-particuliers",
      naf: ["69.20Z", "96.09Z", "82.19Z"],
      names: [
        "IMPOTS FACILES",
        "MA DECLARATION SEREINE",
        "ASSISTANCE FISCALE DES FAMILLES",
        "CABINET COMPTABLE DU QUARTIER",
        "AIDE ADMIN 37",
        "DOSSIERS ET DEMARCHES",
        "FISCALITE PERSO CONSEIL",
        "MARTIN DOCUMENTS SERVICES",
      ],
      ideas: [
        [
          "Aide à la déclaration de revenus des particuliers : salaires, pensions, revenus fonciers, frais réels.",
          "Nous remplissons avec vous votre déclaration d'impôt sur le revenu en ligne, en toute confidentialité.",
          "Accompagnement des foyers pour leur déclaration annuelle et la vérification de l'avis d'imposition.",
        ],
        [
          "Revenus locatifs : micro-foncier, régime réel, location meublée LMNP.",
          "Spécialiste des loueurs en meublé non professionnels : déclaration 2031, amortissements, passage au réel.",
          "Revenus fonciers, plus-values immobilières, crédits d'impôt pour emploi à domicile ou travaux.",
        ],
        [
          "Permanences sans rendez-vous d'avril à juin pendant la campagne déclarative.",
          "Rendez-vous en agence ou à domicile pour les personnes âgées ou peu à l'aise avec internet.",
          "Tarif forfaitaire par déclaration, annoncé à l'avance, sans surprise.",
        ],
        [
          "Aide aux démarches administratives : impots.gouv, CAF, caisses de retraite, courriers de réclamation.",
          "Services administratifs aux particuliers : classement des papiers, courriers, échanges avec le centre des finances publiques.",
          "Accompagnement dans vos démarches fiscales : prélèvement à la source, changement de situation, réclamations.",
        ],
        [
          "Prestation éligible au crédit d'impôt au titre de l'assistance administrative à domicile.",
          "Service à la personne déclaré : la moitié de la prestation d'assistance administrative ouvre droit à crédit d'impôt.",
          "Intervention à domicile dans le cadre des services à la personne.",
        ],
        [
          "Nous ne tenons pas la comptabilité des entreprises : notre métier, ce sont les foyers et leurs impôts.",
          "Clientèle exclusivement de particuliers : salariés, retraités, frontaliers, expatriés de retour en France.",
          "Déclarations des non-résidents et des travailleurs frontaliers avec la Suisse ou le Luxembourg.",
        ],
      ],
      vague: ["Aide administrative et fiscale.", "Cabinet comptable.", "Services aux particuliers.", "Conseil en fiscalité."],
    },
  ],
  needs: [
    {
      target: "externalisation-paie",
      related: ["expertise-comptable-pme"],
      title: "Externalisation de la paie de nos 45 salariés",
      description:
        "PME de négoce de matériaux (convention collective du commerce de gros), 45 salariés sur deux sites. Nous cherchons un prestataire pour reprendre les bulletins et la DSN à partir du 1er janvier, avec reprise des cumuls de l'année. Les variables (heures supplémentaires, primes, absences) seraient transmises chaque mois par tableur.",
      kind: "services",
      nafPicked: ["69.20Z"],
      budget: [8000, 14000],
    },
    {
      target: "commissariat-aux-comptes",
      related: ["expertise-comptable-pme"],
      title: "Nomination d'un commissaire aux comptes après dépassement des seuils",
      description:
        "Notre SAS (11 M€ de chiffre d'affaires, 60 salariés) dépasse les seuils pour le deuxième exercice consécutif. Nous devons désigner un CAC à l'assemblée d'approbation de juin pour six exercices. Clôture au 31 décembre, comptabilité tenue par notre expert-comptable.",
      kind: "services",
      nafPicked: ["70.22Z"],
      budget: [9000, 15000],
    },
  ],
};
