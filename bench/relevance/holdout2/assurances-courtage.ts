import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "assurances-courtage",
  specialties: [
    {
      key: "h2-courtage-flotte-auto",
      naf: ["66.22Z", "65.12Z", "70.22Z"],
      names: [
        "FLOTASSUR",
        "CABINET MARTINEZ ASSURANCES",
        "PROVENCE FLOTTES COURTAGE",
        "AUTOPRO RISQUES",
        "SARL BERNARDI ET ASSOCIES",
        "MOBILIS COURTAGE",
        "ROUTASSUR MEDITERRANEE",
        "GIRAUD COURTAGE AUTOMOBILE",
        "CAP VEHICULES ASSURANCES",
      ],
      ideas: [
        [
          "Courtier spécialisé dans l'assurance des flottes automobiles : véhicules légers, utilitaires et poids lourds.",
          "Nous assurons les parcs de véhicules des entreprises, de 5 à plus de 500 immatriculations.",
          "Je place les contrats flotte de PME et de groupes régionaux : VL, VUL, camions, engins.",
          "Notre métier : trouver la bonne couverture pour votre parc roulant, qu'il soit en propriété, en LLD ou en crédit-bail.",
        ],
        [
          "Mise en concurrence des principaux assureurs du marché pour obtenir la meilleure prime.",
          "Appel d'offres auprès d'une quinzaine de compagnies et mutuelles, analyse comparative remise sous 3 semaines.",
          "Nous négocions pour vous tarifs, franchises et garanties auprès des assureurs spécialisés transport.",
        ],
        [
          "Gestion des sinistres de A à Z : déclaration, suivi des expertises, recours, remise en état.",
          "Un gestionnaire sinistres dédié suit chaque accrochage et chaque bris de glace jusqu'à l'indemnisation.",
          "Suivi de la sinistralité, tableaux de bord trimestriels et plan de prévention avec vos conducteurs.",
        ],
        [
          "Garanties adaptées : tous risques, tiers, bris de glace, assistance 0 km, marchandises transportées, perte financière.",
          "Contrats à adhésion automatique : tout nouveau véhicule est couvert dès sa mise en circulation.",
          "Options conducteur désigné, véhicule de remplacement, garantie du conducteur étendue.",
        ],
        [
          "Clients : transporteurs, artisans du BTP, sociétés de services, collectivités, loueurs.",
          "Nous travaillons beaucoup avec les entreprises de transport et de logistique autour de Marseille et de Fos.",
          "Plus de 12 000 véhicules sous gestion pour environ 300 entreprises clientes.",
        ],
        [
          "Cabinet inscrit à l'ORIAS, membre de la CSCA (Planète CSCA).",
          "Immatriculé à l'ORIAS en qualité de courtier, garantie financière et RC professionnelle conformes.",
          "Vingt ans d'expérience dans l'assurance du risque automobile professionnel.",
        ],
        [
          "Outil en ligne pour déclarer les entrées et sorties de véhicules et télécharger les cartes vertes.",
          "Extranet client : attestations, avenants et historique des sinistres consultables à tout moment.",
          "Audit gratuit de votre contrat actuel et de vos relevés d'information.",
        ],
      ],
      vague: [
        "Courtier en assurances.",
        "Cabinet de courtage IARD pour les professionnels.",
        "Assurances auto et entreprises.",
        "Conseil et placement de contrats d'assurance.",
      ],
    },
    {
      key: "h2-protection-sociale-collective",
      naf: ["66.22Z", "65.12Z", "66.29Z", "70.22Z"],
      names: [
        "SANTEPREV CONSEIL",
        "CABINET FABRE PROTECTION SOCIALE",
        "COLLECTIVA COURTAGE",
        "MEDIPREV SUD",
        "AXIOME PREVOYANCE",
        "LES ASSURANCES DU VIEUX PORT",
        "SARL ROUX SANTE ENTREPRISES",
        "ALLIANCE PREVOYANCE CONSEIL",
        "PREVALIS",
      ],
      ideas: [
        [
          "Courtier en complémentaire santé et prévoyance collectives pour les entreprises.",
          "Nous mettons en place et gérons les régimes frais de santé et de prévoyance de vos salariés.",
          "Je conseille les employeurs sur leur mutuelle d'entreprise et leur contrat prévoyance (incapacité, invalidité, décès).",
          "Spécialiste de la protection sociale complémentaire : santé, prévoyance, retraite supplémentaire.",
        ],
        [
          "Mise en conformité avec votre convention collective et les obligations de l'ANI.",
          "Vérification des garanties minimales conventionnelles, contrat responsable, cas de dispense.",
          "Rédaction de la DUE (décision unilatérale de l'employeur) ou accompagnement de l'accord collectif.",
        ],
        [
          "Appel d'offres auprès des mutuelles, institutions de prévoyance et compagnies d'assurance.",
          "Nous comparons les offres des organismes assureurs et négocions les cotisations lors des renouvellements.",
          "Benchmark des garanties et des taux, présentation au CSE possible.",
        ],
        [
          "Une plateforme dédiée pour l'affiliation des salariés, les cartes de tiers payant et les questions de remboursement.",
          "Service gestion : affiliations, radiations, portabilité des droits, suivi des arrêts de travail.",
          "Vos salariés disposent d'une ligne directe pour leurs questions de remboursements optique ou dentaire.",
        ],
        [
          "Suivi annuel des comptes de résultat du contrat et pilotage de l'équilibre technique.",
          "Analyse de la consommation santé de la population assurée et recommandations pour maîtriser les hausses.",
          "Reporting annuel : rapport P/C, absentéisme, évolution démographique.",
        ],
        [
          "Entreprises de 10 à 3 000 salariés, industrie, services, commerce, associations.",
          "Nous accompagnons des PME et des ETI de la région PACA depuis 2006.",
          "Interlocuteur unique pour la DRH et la paie.",
        ],
        [
          "Courtier immatriculé à l'ORIAS.",
          "Cabinet indépendant, inscrit à l'ORIAS, non lié à un assureur.",
          "Membre d'un réseau national de courtiers en assurances de personnes.",
        ],
      ],
      vague: [
        "Courtage en assurances de personnes.",
        "Cabinet de courtage, assurances collectives.",
        "Conseil en assurances pour les entreprises.",
        "Santé, prévoyance, retraite.",
      ],
    },
    {
      key: "h2-cyber-assurance-audit",
      naf: ["66.22Z", "62.02A", "66.21Z", "70.22Z"],
      names: [
        "CYBERISK CONSEIL",
        "SECURASSUR",
        "DATAPROTECT COURTAGE",
        "NUMERIRISK",
        "CABINET LAMBERT RISQUES NUMERIQUES",
        "AEGIS CYBER",
        "RANSOMCOVER",
        "SUD CYBER ASSURANCES",
        "VIGIE RISQUES",
      ],
      ideas: [
        [
          "Courtier spécialisé en assurance cyber : rançongiciel, fuite de données, interruption d'activité informatique.",
          "Nous couvrons les entreprises contre les conséquences financières d'une cyberattaque.",
          "Je place des polices cyber pour les PME et ETI, avec une approche technique du risque.",
        ],
        [
          "Audit de maturité cyber avant souscription : questionnaire assureur, scan de surface d'attaque, recommandations.",
          "Diagnostic de sécurité (sauvegardes, MFA, EDR, segmentation) pour améliorer votre assurabilité.",
          "Nos consultants évaluent votre exposition et préparent le dossier de souscription que les assureurs exigent désormais.",
        ],
        [
          "Garanties : frais de réponse à incident, pertes d'exploitation, responsabilité vis-à-vis des tiers, frais de notification RGPD.",
          "Prise en charge des frais d'expertise forensique, de restauration des données et de gestion de crise.",
          "Couverture de la fraude au président et du détournement de virements.",
        ],
        [
          "Cellule de crise joignable 24h/24 en cas d'attaque, avec prestataires de réponse à incident partenaires.",
          "En cas de sinistre, nous coordonnons l'assureur, l'expert forensique et l'avocat.",
          "Assistance immédiate : isolement, analyse, communication aux autorités (CNIL, ANSSI).",
        ],
        [
          "Sensibilisation des collaborateurs au phishing, campagnes de simulation.",
          "Formations courtes pour les dirigeants et les équipes : hameçonnage, mots de passe, ingénierie sociale.",
          "Exercices de crise cyber sur table avec le comité de direction.",
        ],
        [
          "Équipe mixte : anciens souscripteurs et ingénieurs sécurité des systèmes d'information.",
          "Double compétence assurance et cybersécurité, consultants certifiés ISO 27001 Lead Implementer.",
          "Courtier inscrit à l'ORIAS, partenaire de plusieurs capacités cyber à Londres et Paris.",
        ],
        [
          "Cartographie des risques numériques et quantification financière des scénarios.",
          "Nous chiffrons l'impact d'un arrêt de votre SI pour dimensionner les plafonds de garantie.",
          "Analyse des risques liés aux prestataires et sous-traitants informatiques.",
        ],
      ],
      vague: ["Conseil en gestion des risques.", "Courtage et audit.", "Assurances et sécurité informatique.", "Cabinet de conseil, risques d'entreprise."],
    },
    {
      key: "h2-assurance-construction-rc",
      naf: ["66.22Z", "66.21Z", "65.12Z", "71.12B"],
      names: [
        "BATIRISK",
        "CABINET GARCIA ASSURANCES CONSTRUCTION",
        "DECENNALE PROVENCE",
        "CONSTRUCTASSUR",
        "OUVRAGES ET GARANTIES",
        "SARL MOREL COURTAGE",
        "RC PRO SOLUTIONS",
        "MEDITERRANEE CONSTRUCTION RISQUES",
        "CHANTIERS ASSURES",
      ],
      ideas: [
        [
          "Courtier en assurance construction : dommages-ouvrage, tous risques chantier, CNR, décennale.",
          "Nous assurons les opérations de construction et de réhabilitation des maîtres d'ouvrage privés et publics.",
          "Spécialiste de la garantie décennale et de la dommages-ouvrage pour promoteurs, bailleurs et industriels.",
        ],
        [
          "Responsabilité civile professionnelle et exploitation pour artisans, bureaux d'études, architectes et entreprises générales.",
          "RC pro des professions techniques : ingénieurs conseils, économistes de la construction, maîtres d'œuvre.",
          "Je trouve une RC décennale même pour les activités difficiles à placer (étanchéité, géotechnique, photovoltaïque).",
        ],
        [
          "Montage du dossier de souscription DO : pièces techniques, contrôleur technique, étude de sol.",
          "Nous préparons le dossier technique pour l'assureur et suivons l'opération jusqu'à la réception.",
          "Polices uniques de chantier (PUC) pour les grosses opérations, avec coordination des intervenants.",
        ],
        [
          "Gestion des déclarations de sinistres en dommages-ouvrage dans les délais légaux.",
          "Suivi des expertises après réception : désordres, infiltrations, fissures, convention CRAC.",
          "Nous défendons vos intérêts face aux experts et aux assureurs des constructeurs.",
        ],
        [
          "Clients : promoteurs immobiliers, SCI, bailleurs sociaux, industriels qui agrandissent leurs sites, entreprises du BTP.",
          "Plus de 400 chantiers assurés chaque année dans les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Opérations de 200 000 € à 50 M€ de coût de construction.",
        ],
        [
          "Ancien chargé de souscription construction chez un grand assureur, je connais les attentes des compagnies.",
          "Cabinet inscrit à l'ORIAS, fondé en 1998, spécialisé exclusivement dans le risque construction.",
          "Accès à des assureurs français et européens en libre prestation de services, choisis avec prudence.",
        ],
      ],
      vague: ["Courtier en assurances professionnelles.", "Assurances pour le bâtiment.", "Cabinet de courtage.", "Conseil en assurances et risques."],
    },
  ],
  needs: [
    {
      target: "h2-courtage-flotte-auto",
      related: ["h2-assurance-construction-rc"],
      title: "Appel d'offres assurance parc 180 véhicules",
      description:
        "Renouvellement au 1er janvier de notre contrat couvrant 140 utilitaires et 40 véhicules de service répartis sur 6 agences (Marseille, Vitrolles, Aubagne…). Nous cherchons un courtier pour consulter le marché, proposer une formule à adhésion automatique et assurer la gestion des sinistres. Sinistralité des 3 dernières années fournie sur demande.",
      kind: "services",
      nafPicked: ["65.12Z"],
      budget: [150000, 220000],
    },
    {
      target: "h2-protection-sociale-collective",
      title: "Mise en concurrence mutuelle et prévoyance — 850 salariés",
      description:
        "Notre contrat frais de santé et notre contrat incapacité-invalidité-décès arrivent à échéance fin 2025. Besoin d'un conseil pour auditer les garanties au regard de la CCN de la métallurgie, lancer la consultation des organismes et accompagner la présentation au CSE. Établissements à Gémenos et Rousset.",
      kind: "services",
      nafPicked: ["66.22Z"],
      budget: [15000, 30000],
    },
    {
      target: "h2-cyber-assurance-audit",
      title: "Police cyber + audit préalable",
      description:
        "Suite à une tentative de ransomware en mars, notre assureur RC ne couvre plus le risque cyber. Nous recherchons un intermédiaire capable d'évaluer notre niveau de sécurité (ERP, 2 sites, 400 postes) et de placer une garantie couvrant pertes d'exploitation et frais de gestion de crise, plafond souhaité 3 M€.",
      kind: "services",
      nafPicked: ["62.02A"],
      budget: [25000, 60000],
    },
  ],
};
