import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-recouvrement-credit-client",
  specialties: [
    {
      key: "h6-recouvrement-amiable",
      naf: ["82.91Z", "69.10Z"],
      names: [
        "PROVENCE RECOUVREMENT",
        "SUD CREANCES SERVICES",
        "CABINET RICARD RECOUVREMENT",
        "IMPAYES SOLUTIONS MEDITERRANEE",
        "ACR CONTENTIEUX",
        "MASSILIA GESTION DE CREANCES",
        "BERTHIER ET ASSOCIES",
        "RECOUVRA SUD",
        "CREDIREC PACA",
      ],
      ideas: [
        [
          "Nous recouvrons vos factures impayées à l'amiable, par relances écrites et téléphoniques.",
          "Recouvrement amiable de créances commerciales : relances, mises en demeure, négociation d'échéanciers.",
          "Notre métier : récupérer vos impayés sans passer par le tribunal, en préservant la relation avec vos clients.",
        ],
        [
          "Rémunération au résultat uniquement : pas de recouvrement, pas d'honoraires.",
          "Commission calculée sur les sommes effectivement encaissées, sans frais d'ouverture de dossier.",
          "Aucune avance de frais : nous sommes payés au pourcentage des montants récupérés.",
        ],
        [
          "Quand l'amiable échoue, nous prenons en charge la phase judiciaire avec nos avocats et commissaires de justice partenaires.",
          "Suivi jusqu'à l'injonction de payer et l'exécution du titre si nécessaire.",
          "Passage au contentieux coordonné par nos soins : injonction de payer, référé-provision, exécution.",
        ],
        [
          "Nous intervenons pour les PME, les artisans, les bailleurs et les collectivités de la région.",
          "Clients : entreprises du BTP, de la distribution, cabinets médicaux, bailleurs sociaux.",
          "Une équipe dédiée aux créances interentreprises (B2B), de 200 € à plusieurs centaines de milliers d'euros.",
        ],
        [
          "Espace client en ligne pour déposer vos dossiers et suivre chaque action en temps réel.",
          "Reporting mensuel détaillé : montants encaissés, promesses de paiement, dossiers en cours.",
          "Transmission des créances par simple export de votre balance âgée.",
        ],
        [
          "Société déclarée auprès du procureur de la République et titulaire d'une assurance RC et d'une garantie financière.",
          "Fonds clients déposés sur un compte séparé, conformément au code des procédures civiles d'exécution.",
          "Nous respectons scrupuleusement la réglementation du recouvrement amiable et le RGPD.",
        ],
        [
          "Gestion externalisée du poste clients : relances préventives avant échéance.",
          "Nous pouvons aussi relancer vos factures avant qu'elles ne deviennent des impayés.",
          "Service de relance préventive pour réduire vos délais de paiement.",
        ],
      ],
      vague: ["Cabinet de recouvrement.", "Gestion de créances pour les entreprises.", "Services financiers aux professionnels."],
    },
    {
      key: "h6-commissaire-justice",
      naf: ["69.10Z"],
      names: [
        "SCP ROUBAUD ET MARTINI",
        "SELARL JUSTICIA PROVENCE",
        "ETUDE DE MAITRE FABRE",
        "SAS COMMISSAIRES DE JUSTICE ASSOCIES DU SUD",
        "OFFICE GARCIN LEONETTI",
        "HUISSIERS REUNIS DE MARSEILLE",
        "SELAS ACTA JUSTICE",
        "ETUDE BONNET COSTE",
      ],
      ideas: [
        [
          "Office de commissaires de justice (anciennement huissiers de justice) installé à Marseille.",
          "Étude de commissaires de justice réunissant les anciennes professions d'huissier et de commissaire-priseur.",
          "Officiers publics et ministériels, nous exerçons les missions d'huissier de justice et de commissaire-priseur judiciaire.",
        ],
        [
          "Constats : état des lieux, constat de chantier, constat internet, constat d'affichage de permis de construire.",
          "Nous réalisons des constats opposables en justice, y compris des constats d'affichage et de travaux.",
          "Constats sur site ou en ligne : dégâts, nuisances, contrefaçon, conformité d'un ouvrage.",
        ],
        [
          "Signification des actes judiciaires et extrajudiciaires sur tout le ressort de la cour d'appel.",
          "Délivrance d'assignations, de congés et de sommations.",
          "Nous signifions vos actes et décisions de justice dans les délais légaux.",
        ],
        [
          "Exécution des décisions de justice : saisies sur compte, saisies-attribution, saisies de véhicules.",
          "Mise en œuvre des titres exécutoires et des procédures d'expulsion.",
          "Recouvrement judiciaire avec titre exécutoire et procédure simplifiée pour les petites créances.",
        ],
        [
          "Ventes aux enchères judiciaires et inventaires.",
          "Inventaires de succession, prisées et ventes publiques de matériel.",
          "Inventaire et vente de biens d'entreprises en liquidation.",
        ],
        [
          "Tarifs réglementés pour les actes, honoraires libres pour les constats.",
          "Une grille tarifaire encadrée par le code de commerce.",
          "Devis gratuit pour tout constat, tarif réglementé pour les significations.",
        ],
      ],
      vague: ["Étude de commissaires de justice.", "Office public et ministériel.", "Activités juridiques."],
    },
    {
      key: "h6-affacturage",
      naf: ["64.99Z", "64.92Z", "66.19B"],
      names: [
        "SUD FACTORING",
        "FINANCEMENT POSTE CLIENT PROVENCE",
        "CASH FACTOR",
        "AFFACTURAGE MEDITERRANEE CONSEIL",
        "TRESORIA",
        "FACTO SUD EST",
        "LIQUIDITES ENTREPRISES",
        "DUVAL FINANCE",
      ],
      ideas: [
        [
          "Affacturage : nous vous payons vos factures clients sous 24 à 48 h.",
          "Financement de votre poste clients par cession de créances.",
          "Nous rachetons vos factures pour améliorer immédiatement votre trésorerie.",
        ],
        [
          "Affacturage classique, confidentiel ou à la carte, selon vos besoins.",
          "Offres sans engagement de volume, facture par facture.",
          "Formules full factoring ou financement seul, notifié ou non à vos clients.",
        ],
        [
          "Garantie contre l'insolvabilité de vos clients incluse.",
          "Les factures cédées sont couvertes en cas de défaillance de l'acheteur.",
          "Protection contre les impayés grâce à une assurance-crédit intégrée.",
        ],
        [
          "Pour les TPE, PME et start-up qui facturent d'autres entreprises ou des acheteurs publics.",
          "Solution adaptée aux entreprises en croissance, aux sous-traitants du BTP et aux prestataires de services.",
          "Nous finançons aussi les factures sur les marchés publics.",
        ],
        [
          "Plateforme 100 % en ligne : vous téléversez vos factures, nous vous versons les fonds.",
          "Ouverture de compte en quelques jours et tableau de bord en ligne.",
          "Toute la relation est dématérialisée, avec un conseiller dédié en région.",
        ],
        [
          "Courtier en affacturage, nous comparons les offres des principaux factors pour vous.",
          "Intermédiaire en opérations de banque (IOBSP) enregistré à l'ORIAS.",
          "Nous négocions pour vous les commissions de financement et d'affacturage.",
        ],
      ],
      vague: ["Solutions de financement pour les entreprises.", "Trésorerie des PME.", "Services financiers."],
    },
    {
      key: "h6-renseignement-solvabilite",
      naf: ["82.91Z", "63.99Z", "80.30Z"],
      names: [
        "INFOLEGALE SUD",
        "PROVENCE RENSEIGNEMENTS COMMERCIAUX",
        "CABINET D'ENQUETES MAZARGUES",
        "SOLVA DATA",
        "SCORE ENTREPRISES",
        "AGENCE MERIDIENNE INVESTIGATIONS",
        "BILAN INFO",
        "ATLAS ENQUETES PRIVEES",
      ],
      ideas: [
        [
          "Rapports de solvabilité sur vos clients et fournisseurs : score, bilans, incidents de paiement.",
          "Nous évaluons la santé financière des entreprises avant que vous ne leur fassiez crédit.",
          "Fiches de renseignements commerciaux et notation du risque client.",
        ],
        [
          "Surveillance de votre portefeuille clients avec alertes en cas de procédure collective.",
          "Alertes automatiques : changement de dirigeant, privilège, redressement judiciaire.",
          "Suivi permanent des entreprises que vous choisissez, avec notification des événements légaux.",
        ],
        [
          "Recherche de débiteurs disparus et d'adresses, enquêtes de patrimoine.",
          "Localisation de débiteurs et recherche de solvabilité avant une procédure.",
          "Enquêtes sur le patrimoine mobilier et immobilier de vos débiteurs.",
        ],
        [
          "Agence de recherches privées agréée par le CNAPS.",
          "Enquêteurs titulaires d'une autorisation d'exercer délivrée par le CNAPS.",
          "Détectives privés diplômés, spécialisés dans le renseignement économique.",
        ],
        [
          "Due diligence sur vos partenaires commerciaux, fournisseurs étrangers et repreneurs.",
          "Vérifications préalables avant une acquisition, un partenariat ou un gros contrat.",
          "Enquêtes de réputation et de conformité (KYC) sur des sociétés et leurs dirigeants.",
        ],
        [
          "Accès en ligne aux données légales de plusieurs millions d'entreprises.",
          "Abonnement donnant accès aux comptes annuels, dirigeants et liens capitalistiques.",
          "Base de données entreprises consultable en ligne, avec export vers votre logiciel comptable.",
        ],
      ],
      vague: ["Informations sur les entreprises.", "Enquêtes et renseignements.", "Aide à la décision pour les entreprises."],
    },
  ],
  needs: [
    {
      target: "h6-recouvrement-amiable",
      related: ["h6-commissaire-justice"],
      title: "Recouvrement de factures impayées",
      description:
        "PME de négoce de matériaux à Vitrolles, nous avons une quarantaine de factures impayées de plus de 90 jours, pour environ 85 000 € au total. Nous cherchons un cabinet qui relance nos clients à l'amiable et nous accompagne si besoin jusqu'à l'injonction de payer. Rémunération au résultat souhaitée.",
      kind: "services",
      nafPicked: ["82.91Z"],
      budget: null,
    },
    {
      target: "h6-commissaire-justice",
      title: "Constat d'affichage permis de construire",
      description:
        "Nous avons obtenu un permis de construire pour l'extension de notre entrepôt à Aubagne (ZI des Paluds). Il faut faire constater l'affichage sur le terrain à trois reprises pendant les deux mois de recours.",
      kind: "services",
      nafPicked: ["71.12B"],
      budget: [300, 900],
    },
    {
      target: "h6-affacturage",
      related: ["h6-recouvrement-amiable"],
      title: "Être payé plus vite de nos factures",
      description:
        "Entreprise de nettoyage de 60 salariés à Marseille, nos clients publics et privés paient à 60 jours et nous manquons de trésorerie pour payer les salaires. Nous voudrions qu'un organisme nous avance le montant des factures dès leur émission. Chiffre d'affaires facturé : environ 180 000 € par mois.",
      kind: "services",
      nafPicked: ["64.19Z"],
      budget: null,
    },
    {
      target: "h6-renseignement-solvabilite",
      related: ["h6-recouvrement-amiable"],
      title: "Vérifier la fiabilité de nos nouveaux clients",
      description:
        "Distributeur de fournitures industrielles à Rousset, nous ouvrons environ 30 comptes clients par mois. Nous souhaitons obtenir un score de solvabilité avant d'accorder un encours, et être alertés si un client part en redressement. Abonnement annuel.",
      kind: "services",
      nafPicked: ["82.91Z", "69.20Z"],
      budget: [1500, 4000],
    },
  ],
};
