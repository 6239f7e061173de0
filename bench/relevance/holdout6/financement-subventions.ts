import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-financement-subventions",
  specialties: [
    {
      key: "h6-conseil-cir-cii",
      naf: ["70.22Z", "69.20Z"],
      names: [
        "INNOV FISCAL CONSEIL",
        "CREDIT RECHERCHE PROVENCE",
        "CABINET LAMBERT INNOVATION",
        "R&D FINANCEMENT SUD",
        "FISCALITE DE L'INNOVATION MEDITERRANEE",
        "ALTERNA CONSEIL",
        "CIR EXPERTS",
        "SOCIETE D'ETUDES BARRAL",
      ],
      ideas: [
        [
          "Nous préparons vos déclarations de crédit d'impôt recherche (CIR) et crédit d'impôt innovation (CII).",
          "Montage et sécurisation de vos dossiers CIR, CII et JEI.",
          "Accompagnement complet sur le crédit d'impôt recherche, de l'éligibilité au dépôt du formulaire 2069-A.",
        ],
        [
          "Rédaction des dossiers justificatifs techniques par des ingénieurs et docteurs.",
          "Nos consultants docteurs rédigent l'état de l'art et la description des travaux de R&D.",
          "Dossier scientifique rédigé par des experts de votre domaine : informatique, chimie, mécanique, biotechnologies.",
        ],
        [
          "Défense de vos dossiers en cas de contrôle fiscal ou d'expertise du ministère de la Recherche.",
          "Nous vous assistons lors des contrôles et des demandes de l'administration.",
          "Garantie d'accompagnement en cas de contrôle pendant trois ans.",
        ],
        [
          "Rémunération au succès, en pourcentage du crédit d'impôt obtenu, ou au forfait.",
          "Honoraires au forfait ou au résultat selon votre préférence.",
          "Pas de frais si votre projet n'est pas éligible.",
        ],
        [
          "Calcul des dépenses éligibles : salaires des chercheurs, amortissements, sous-traitance agréée.",
          "Chiffrage précis des dépenses de personnel, de brevets et de veille technologique.",
          "Nous identifions toutes les dépenses éligibles oubliées les années précédentes (rattrapage sur 3 ans).",
        ],
        [
          "Clients : start-up, laboratoires privés, industriels et éditeurs de logiciels du sud de la France.",
          "Une centaine d'entreprises innovantes accompagnées en région PACA.",
          "Spécialistes des PME industrielles et des jeunes entreprises innovantes.",
        ],
      ],
      vague: ["Conseil en innovation.", "Optimisation fiscale pour les entreprises.", "Conseil aux entreprises."],
    },
    {
      key: "h6-conseil-subventions-projets",
      naf: ["70.22Z", "74.90B"],
      names: [
        "EUROPA PROJETS",
        "SUBVENTIONS ET TERRITOIRES",
        "CABINET AUBERT FINANCEMENTS PUBLICS",
        "GRANTS MEDITERRANEE",
        "AIDES ET PROJETS CONSEIL",
        "PROVENCE INGENIERIE FINANCIERE",
        "HORIZON FONDS CONSEIL",
        "MOSAIQUE DEVELOPPEMENT",
      ],
      ideas: [
        [
          "Recherche et montage de subventions publiques pour vos projets d'investissement et d'innovation.",
          "Nous identifions les aides publiques auxquelles vous avez droit et montons les dossiers.",
          "Veille sur les appels à projets et accompagnement à la candidature.",
        ],
        [
          "Fonds européens : FEDER, FSE+, Horizon Europe, LIFE, Interreg.",
          "Expertise des programmes européens et des dossiers Horizon Europe.",
          "Montage de projets européens multi-partenaires et coordination de consortiums.",
        ],
        [
          "Aides de la Région Sud, de la Métropole, de Bpifrance et de l'ADEME.",
          "Nous connaissons bien les dispositifs régionaux et ceux de France 2030.",
          "Dossiers pour l'ADEME, Bpifrance, la Région et les appels à projets France 2030.",
        ],
        [
          "Nous accompagnons aussi les collectivités et les associations dans leurs demandes de financement.",
          "Clients : communes, intercommunalités, associations, entreprises et établissements de santé.",
          "Ingénierie financière pour les porteurs de projets publics et privés.",
        ],
        [
          "Gestion administrative et financière des projets subventionnés, jusqu'au versement du solde.",
          "Suivi des dépenses, rapports intermédiaires et justification auprès des financeurs.",
          "Nous préparons les rapports financiers et les demandes de paiement.",
        ],
        [
          "Plus de 15 millions d'euros de subventions obtenues pour nos clients.",
          "Taux de réussite supérieur à 70 % sur les dossiers déposés.",
          "Quinze ans d'expérience dans le financement public de projets.",
        ],
      ],
      vague: ["Conseil en financement.", "Accompagnement de projets.", "Cabinet de conseil."],
    },
    {
      key: "h6-levee-fonds-cession",
      naf: ["70.22Z", "66.19B", "64.99Z"],
      names: [
        "MISTRAL CORPORATE FINANCE",
        "PROVENCE CAPITAL CONSEIL",
        "CALANQUES PARTNERS",
        "TRANSMISSION ENTREPRISES SUD",
        "OPALE FINANCE",
        "CABINET VIDAL FUSIONS ACQUISITIONS",
        "SEED & GROWTH",
        "ESTEREL M&A",
      ],
      ideas: [
        [
          "Conseil en levée de fonds auprès des business angels, fonds d'amorçage et de capital-développement.",
          "Nous accompagnons les start-up et PME dans leur levée de fonds, de l'amorçage à la série B.",
          "Préparation et conduite de votre levée de fonds : valorisation, pitch deck, recherche d'investisseurs.",
        ],
        [
          "Cession et transmission d'entreprises : évaluation, recherche de repreneurs, négociation.",
          "Nous conseillons les dirigeants qui souhaitent vendre leur entreprise ou préparer leur succession.",
          "Accompagnement des cédants de PME jusqu'à la signature.",
        ],
        [
          "Acquisitions et croissance externe : recherche de cibles et due diligence.",
          "Nous aidons les PME à racheter des concurrents ou des sociétés complémentaires.",
          "Conseil en fusions-acquisitions pour les entreprises de 2 à 50 millions d'euros de chiffre d'affaires.",
        ],
        [
          "Évaluation financière d'entreprise par plusieurs méthodes (DCF, multiples, patrimoniale).",
          "Valorisation de votre société en vue d'une cession, d'une levée ou d'une entrée au capital.",
          "Rapports d'évaluation indépendants pour associés et investisseurs.",
        ],
        [
          "Un réseau de plus de 200 investisseurs en France et en Europe.",
          "Relations étroites avec les fonds régionaux et les réseaux de business angels.",
          "Nous connaissons personnellement les investisseurs actifs dans le Sud.",
        ],
        [
          "Honoraires composés d'un forfait et d'une commission de succès.",
          "Rémunération principalement au succès de l'opération.",
          "Retainer mensuel modeste et success fee à la signature.",
        ],
      ],
      vague: ["Conseil financier aux dirigeants.", "Corporate finance.", "Conseil aux entreprises."],
    },
    {
      key: "h6-courtier-credit-pro",
      naf: ["66.19B", "64.92Z"],
      names: [
        "FINANCEO PRO",
        "COURTAGE CREDIT ENTREPRISES SUD",
        "PRETPRO PROVENCE",
        "CABINET MOREL FINANCEMENTS",
        "AZUR COURTAGE PROFESSIONNEL",
        "LEASING CONSEIL MEDITERRANEE",
        "SOLUTIONS FINANCEMENT PME",
        "BCF COURTAGE",
      ],
      ideas: [
        [
          "Courtier en financements professionnels : prêts d'équipement, crédit-bail, crédit immobilier professionnel.",
          "Nous négocions vos crédits professionnels auprès des banques.",
          "Recherche du meilleur financement bancaire pour vos investissements.",
        ],
        [
          "Financement de locaux d'activité, de murs commerciaux et de SCI.",
          "Prêts pour l'achat de vos bureaux, entrepôts ou murs de boutique.",
          "Montage du financement de l'immobilier d'entreprise via votre SCI.",
        ],
        [
          "Crédit-bail et location financière de matériel, véhicules et machines.",
          "Leasing de matériel informatique, médical et industriel.",
          "Financement de vos véhicules utilitaires et engins en crédit-bail ou LOA.",
        ],
        [
          "Financement de reprise de fonds de commerce et de création d'entreprise.",
          "Nous montons le dossier de prêt pour votre rachat de fonds de commerce ou de parts sociales.",
          "Prêts de reprise et de création avec garanties Bpifrance.",
        ],
        [
          "Intermédiaire en opérations de banque (IOBSP) immatriculé à l'ORIAS.",
          "Courtier enregistré à l'ORIAS, membre d'une association professionnelle agréée.",
          "Statut IOBSP et assurance de responsabilité civile professionnelle.",
        ],
        [
          "Plus de 40 banques et organismes de crédit partenaires.",
          "Nous mettons en concurrence les banques nationales et régionales.",
          "Un réseau de partenaires bancaires et de sociétés de leasing.",
        ],
      ],
      vague: ["Courtage en financement.", "Financement des professionnels.", "Intermédiaire bancaire."],
    },
    {
      key: "h6-courtier-credit-immobilier-particuliers",
      naf: ["66.19B"],
      names: [
        "MON COURTIER PROVENCAL",
        "IMMOPRET AIX",
        "CREDIT HABITAT SUD",
        "CABINET SANTONI COURTAGE",
        "FINANCE MAISON 13",
        "MEILLEUR TAUX MARSEILLE EST",
        "PRIMO ACCESSION CONSEIL",
        "VOTRE PRET IMMO",
      ],
      ideas: [
        [
          "Courtier en crédit immobilier pour l'achat de votre résidence principale ou secondaire.",
          "Nous trouvons le meilleur taux pour votre prêt immobilier.",
          "Accompagnement des particuliers dans le financement de leur maison ou appartement.",
        ],
        [
          "Spécialiste des primo-accédants et du prêt à taux zéro.",
          "Nous aidons les jeunes couples à acheter leur premier logement.",
          "Montage des dossiers PTZ, prêt Action Logement et prêts aidés.",
        ],
        [
          "Négociation de votre assurance emprunteur et délégation d'assurance.",
          "Nous faisons baisser le coût de votre assurance de prêt.",
          "Changement d'assurance emprunteur en cours de prêt.",
        ],
        [
          "Rachat de crédits et renégociation de prêt immobilier.",
          "Regroupement de crédits pour alléger vos mensualités.",
          "Renégociation de votre prêt quand les taux baissent.",
        ],
        [
          "Agence à Aix-en-Provence, rendez-vous en agence ou en visio.",
          "Nous recevons nos clients en agence, le soir et le samedi.",
          "Un interlocuteur unique du premier rendez-vous à la signature chez le notaire.",
        ],
        [
          "Investissement locatif : financement de votre projet en LMNP ou Pinel.",
          "Prêts pour investisseurs particuliers dans l'immobilier locatif.",
          "Financement de l'achat d'un appartement à louer.",
        ],
      ],
      vague: ["Courtier en crédit.", "Financement immobilier.", "Conseil en financement."],
    },
  ],
  needs: [
    {
      target: "h6-conseil-cir-cii",
      related: ["h6-conseil-subventions-projets"],
      title: "Dossier crédit d'impôt recherche 2024",
      description:
        "Éditeur de logiciels de 25 personnes à Aix-en-Provence (pôle d'activités des Milles), nous voulons déclarer pour la première fois un CIR sur nos travaux d'algorithmes de planification. Besoin d'un cabinet pour chiffrer les dépenses et rédiger le dossier technique avant le dépôt de mai.",
      kind: "services",
      nafPicked: ["72.19Z"],
      budget: [5000, 15000],
    },
    {
      target: "h6-conseil-subventions-projets",
      title: "Aide pour obtenir des financements publics pour notre projet",
      description:
        "La commune (8 000 habitants, nord des Bouches-du-Rhône) porte la rénovation énergétique de son groupe scolaire, environ 2,4 M€ de travaux. Nous cherchons quelqu'un pour trouver et monter les demandes d'aides (Région, État, Europe) et suivre leur versement jusqu'en 2027.",
      kind: "services",
      nafPicked: ["84.11Z", "70.22Z"],
      budget: [15000, 40000],
    },
    {
      target: "h6-levee-fonds-cession",
      related: ["h6-courtier-credit-pro"],
      title: "Accompagnement vente de notre société",
      description:
        "Dirigeant d'une PME de maintenance industrielle à Fos-sur-Mer (45 salariés, 6 M€ de CA), je prépare mon départ en retraite d'ici deux ans. Je cherche un conseil pour évaluer l'entreprise, trouver un repreneur et mener la négociation en toute confidentialité.",
      kind: "services",
      nafPicked: ["69.20Z"],
      budget: null,
    },
    {
      target: "h6-courtier-credit-pro",
      related: ["h6-levee-fonds-cession"],
      title: "Financement achat d'un entrepôt",
      description:
        "Nous voulons acheter via notre SCI un entrepôt de 1 200 m² à Saint-Martin-de-Crau pour environ 1,1 M€. Nous recherchons un intermédiaire pour trouver le prêt bancaire le plus avantageux et monter le dossier, signature prévue en septembre.",
      kind: "services",
      nafPicked: ["64.19Z", "68.31Z"],
      budget: null,
    },
  ],
};
