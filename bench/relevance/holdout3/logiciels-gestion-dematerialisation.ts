import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "logiciels-gestion-dematerialisation",
  specialties: [
    {
      key: "h3-integrateur-sirh",
      naf: ["62.02A", "62.01Z", "58.29C", "70.22Z"],
      names: [
        "RH DIGITAL CONSEIL",
        "PAIE ET TALENTS",
        "INTEGRAL RH",
        "SIRHEA",
        "CABINET MOREAU SYSTEMES RH",
        "HR SOLUTIONS MEDITERRANEE",
        "KAIROS PAIE",
        "NEOPEOPLE CONSULTING",
      ],
      ideas: [
        [
          "Intégrateur de SIRH : nous déployons les logiciels de paie et de gestion des ressources humaines.",
          "Nous accompagnons les DRH dans le choix et la mise en place de leur système d'information RH.",
          "Conseil et intégration de solutions RH : paie, gestion des temps, talents, formation.",
        ],
        [
          "Partenaires certifiés Cegid, Sage, Workday et Lucca.",
          "Intégrateur agréé des principaux éditeurs de paie et de gestion des temps du marché.",
          "Consultants certifiés sur les solutions Cegid HR, SAP SuccessFactors et Sage Paie.",
        ],
        [
          "Paramétrage de la paie, reprise des historiques, tests en parallèle et bascule.",
          "Nous paramétrons vos conventions collectives, vos rubriques de paie et vos déclarations DSN.",
          "Migration de paie : reprise des données, double paie de contrôle, démarrage sécurisé.",
        ],
        [
          "Gestion des temps et des activités, plannings, congés et absences.",
          "Modules de gestion des temps, badgeuses, annualisation et heures supplémentaires.",
          "Entretiens annuels, gestion des compétences, formation et recrutement.",
        ],
        [
          "Interfaces avec votre comptabilité, votre ERP et vos outils de notes de frais.",
          "Connecteurs vers les logiciels comptables, l'annuaire de l'entreprise et la GED.",
          "Intégration des flux entre la paie, la comptabilité et le contrôle de gestion.",
        ],
        [
          "Assistance après démarrage, tierce maintenance applicative et formation des gestionnaires.",
          "Nous formons vos gestionnaires de paie et assurons la hotline fonctionnelle.",
          "Externalisation partielle de la paie possible après déploiement.",
        ],
        [
          "Plus de 200 projets RH menés pour des PME, des ETI et des collectivités.",
          "Nos consultants sont d'anciens responsables paie et RH.",
          "Équipe de 30 consultants en Provence et en Île-de-France.",
        ],
      ],
      vague: ["Conseil en systèmes informatiques.", "Services informatiques.", "Éditeur et intégrateur."],
    },
    {
      key: "h3-dematerialisation-factures",
      naf: ["63.11Z", "58.29C", "82.19Z", "62.02A"],
      names: [
        "DEMAT FACTURES SUD",
        "NUMERIDOC",
        "FLUXIA",
        "SOCIETE DE TRAITEMENT DOCUMENTAIRE DE PROVENCE",
        "ARCHIVESCAN",
        "ZERO PAPIER SOLUTIONS",
        "PLATEFORME FACTURE CONNECT",
        "LECLERC NUMERISATION",
        "DOC'PROCESS",
      ],
      ideas: [
        [
          "Dématérialisation des factures fournisseurs : réception, numérisation, lecture automatique et circuit de validation.",
          "Nous automatisons le traitement de vos factures d'achat, de la réception à l'intégration comptable.",
          "Solution de traitement des factures fournisseurs avec reconnaissance automatique des données.",
        ],
        [
          "Facturation électronique : mise en conformité avec la réforme 2026, formats Factur-X, UBL et CII.",
          "Plateforme de dématérialisation partenaire pour l'émission et la réception des factures électroniques.",
          "Nous vous préparons à l'obligation de facturation électronique entre entreprises et au e-reporting.",
        ],
        [
          "Numérisation de documents papier : factures, bons de livraison, dossiers clients, archives.",
          "Centre de numérisation : tri, scan haute volumétrie, indexation et contrôle qualité.",
          "Prise en charge de votre courrier entrant et de vos archives papier pour les numériser.",
        ],
        [
          "Lecture automatique (LAD/RAD) et intelligence artificielle pour extraire les données.",
          "Reconnaissance optique et rapprochement automatique avec les commandes et les réceptions.",
          "Extraction des données des factures, contrôle de cohérence et rapprochement à trois voies.",
        ],
        [
          "Archivage électronique à valeur probante, conforme à la norme NF Z42-013.",
          "Coffre-fort numérique et conservation légale de vos pièces comptables pendant 10 ans.",
          "Archivage certifié NF 461, piste d'audit fiable.",
        ],
        [
          "Connecteurs vers SAP, Sage, Cegid, Divalto, Microsoft Dynamics et les principaux ERP.",
          "Intégration automatique des écritures dans votre logiciel comptable.",
          "Interfaces avec Chorus Pro pour vos échanges avec le secteur public.",
        ],
      ],
      vague: ["Traitement de données.", "Solutions numériques.", "Éditeur de logiciels.", "Services aux entreprises."],
    },
    {
      key: "h3-signature-electronique",
      naf: ["58.29C", "62.01Z", "63.11Z", "62.09Z"],
      names: [
        "SIGNATECH",
        "PARAPHE NUMERIQUE",
        "CERTISIGN PROVENCE",
        "SOCIETE DE CONFIANCE NUMERIQUE",
        "SCEAU DIGITAL",
        "HORODATAGE ET PREUVE",
        "IDENTITE SURE",
        "CONTRAT EN LIGNE SAS",
      ],
      ideas: [
        [
          "Solution de signature électronique pour vos contrats, devis, bons de commande et documents RH.",
          "Nous proposons la signature électronique simple, avancée et qualifiée au sens du règlement eIDAS.",
          "Faites signer vos documents en ligne, en quelques clics et avec une valeur juridique reconnue.",
        ],
        [
          "Prestataire de services de confiance qualifié, certificats délivrés par une autorité reconnue.",
          "Certificats de signature, cachets électroniques et horodatage qualifiés.",
          "Infrastructure de gestion de clés et certificats hébergés en France.",
        ],
        [
          "Vérification d'identité à distance des signataires, conforme aux exigences de l'ANSSI.",
          "Contrôle des pièces d'identité et authentification par code SMS ou application.",
          "Parcours de signature avec vérification d'identité pour les contrats à fort enjeu.",
        ],
        [
          "API de signature et connecteurs pour votre CRM, votre SIRH et vos outils métiers.",
          "Intégration de la signature dans vos applications via API REST.",
          "Connecteurs prêts à l'emploi pour Salesforce, Microsoft 365 et les principaux logiciels de gestion.",
        ],
        [
          "Parapheur électronique et circuits de validation pour les collectivités et les établissements publics.",
          "Parapheur en ligne : circuits de visa, délégations, signature des délibérations et des marchés.",
          "Signature des actes et des marchés publics, compatible avec les plateformes de dématérialisation.",
        ],
        [
          "Dossier de preuve conservé et archivé pour chaque transaction.",
          "Horodatage et traçabilité complète de chaque étape de la signature.",
          "Hébergement souverain, données conservées en France, certification ISO 27001.",
        ],
      ],
      vague: ["Logiciels.", "Solutions numériques de confiance.", "Édition de logiciels."],
    },
    {
      key: "h3-notes-de-frais",
      naf: ["58.29C", "62.01Z", "66.19B", "63.11Z"],
      names: ["FRAISFACILE", "NOTILYS", "DEPENSE CLAIRE", "SOCIETE PROVENCALE DE GESTION DES FRAIS", "EXPENSIA", "TICKET ZERO", "CARTE ET FRAIS", "REMBOURSE"],
      ideas: [
        [
          "Application de gestion des notes de frais : photo du justificatif, validation et remboursement.",
          "Logiciel en ligne pour saisir, contrôler et rembourser les notes de frais des collaborateurs.",
          "Nous simplifions les notes de frais : vos salariés photographient leurs tickets, tout le reste est automatique.",
        ],
        [
          "Cartes de paiement pour les collaborateurs, rapprochement automatique des dépenses et des justificatifs.",
          "Cartes de paiement virtuelles et physiques avec plafonds paramétrables.",
          "Gestion des dépenses professionnelles : cartes, abonnements, avances et remboursements.",
        ],
        [
          "Indemnités kilométriques calculées automatiquement selon le barème fiscal.",
          "Calcul des indemnités kilométriques, des forfaits repas et des per diem à l'étranger.",
          "Politique de frais appliquée automatiquement : plafonds, catégories, justificatifs obligatoires.",
        ],
        [
          "Archivage des justificatifs à valeur probante : plus besoin de conserver les tickets papier.",
          "Numérisation fiscale des justificatifs conforme à la réglementation.",
          "Récupération de la TVA sur les frais et export comptable prêt à intégrer.",
        ],
        [
          "Export vers les logiciels de paie et de comptabilité du marché.",
          "Intégration avec votre comptabilité, votre paie et votre SIRH.",
          "Remboursement par virement groupé et écritures comptables automatiques.",
        ],
        [
          "Plus de 3 000 entreprises utilisatrices, de la TPE au grand groupe.",
          "Déploiement en une semaine, application mobile iOS et Android.",
          "Abonnement mensuel par utilisateur actif, sans engagement.",
        ],
      ],
      vague: ["Application web.", "Fintech.", "Éditeur de logiciels."],
    },
    {
      key: "h3-agence-web",
      naf: ["62.01Z", "73.11Z", "63.12Z", "74.10Z"],
      names: [
        "AGENCE PIXEL SUD",
        "WEBFACTORY PROVENCE",
        "DIGITAL CALANQUES",
        "STUDIO NUMERIQUE ROUX",
        "CLICK ET SENS",
        "LES ARTISANS DU WEB",
        "NOUVELLE VAGUE DIGITALE",
        "AGENCE BOOSTWEB",
      ],
      ideas: [
        [
          "Agence web : création de sites internet vitrines, e-commerce et applications sur mesure.",
          "Nous concevons et développons vos sites web et vos applications mobiles.",
          "Création de sites internet pour les PME, les artisans et les collectivités.",
        ],
        [
          "Développement d'applications métiers et d'extranets sur mesure.",
          "Portails clients, intranets, outils de gestion en ligne développés sur mesure.",
          "Nous développons vos outils internes : formulaires, tableaux de bord, espaces collaborateurs.",
        ],
        [
          "Référencement naturel, campagnes Google Ads et réseaux sociaux.",
          "Stratégie digitale : SEO, SEA, contenus et community management.",
          "Nous améliorons votre visibilité en ligne et la génération de contacts.",
        ],
        [
          "WordPress, Drupal, Prestashop, Shopify, Symfony et React.",
          "Technologies maîtrisées : PHP, JavaScript, React, Flutter.",
          "Sites responsive, accessibles RGAA et optimisés pour le mobile.",
        ],
        [
          "Design UX/UI, identité visuelle et ergonomie.",
          "Ateliers de conception, maquettes et tests utilisateurs.",
          "Charte graphique, logos et supports de communication.",
        ],
        [
          "Hébergement, maintenance et mises à jour de sécurité.",
          "Contrats de maintenance et d'évolution, hébergement en France.",
          "Accompagnement dans la durée et formation à la gestion de votre site.",
        ],
      ],
      vague: ["Agence de communication.", "Solutions digitales.", "Informatique et internet.", "Transformation numérique."],
    },
  ],
  needs: [
    {
      target: "h3-dematerialisation-factures",
      related: ["h3-signature-electronique", "h3-integrateur-sirh"],
      title: "Facture électronique 2026 + démat factures fournisseurs (~18 000/an)",
      description:
        "Distributeur de matériel agricole, nous recevons environ 18 000 factures fournisseurs par an, encore majoritairement en papier et en PDF. Nous cherchons une solution de réception, de lecture automatique et de circuit de validation, interfacée avec notre ERP Divalto, qui nous mette en conformité avec la facturation électronique obligatoire. Mise en service souhaitée avant septembre 2026, numérisation du stock de factures de l'année en cours incluse.",
      kind: "services",
      nafPicked: ["62.02A"],
      budget: [20000, 50000],
    },
    {
      target: "h3-integrateur-sirh",
      related: ["h3-notes-de-frais"],
      title: "Remplacement logiciel paie + GTA – 450 salariés",
      description:
        "Groupe de transport de voyageurs (3 sociétés, 450 conducteurs et sédentaires), nous changeons de logiciel de paie et de gestion des temps au 1er janvier. Nous attendons l'accompagnement au choix de la solution, le paramétrage de la convention collective des transports routiers, la reprise des historiques et deux mois de paie en parallèle. Le module de notes de frais est un plus.",
      kind: "services",
      nafPicked: ["58.29C"],
      budget: [60000, 120000],
    },
  ],
};
