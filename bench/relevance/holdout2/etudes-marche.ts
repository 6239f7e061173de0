import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "etudes-marche",
  specialties: [
    {
      key: "h2-institut-sondage",
      naf: ["73.20Z", "72.20Z", "82.20Z"],
      names: [
        "OPINIA",
        "INSTITUT MEDITERRANEEN DE SONDAGES",
        "SUD STATISTIQUES",
        "QUANTIS ETUDES",
        "CABINET PERRIN ENQUETES",
        "BAROMETRIX",
        "TERRAIN ET DONNEES",
        "PANORAMA OPINION",
        "SAS ECHANTILLON",
      ],
      ideas: [
        [
          "Institut d'études et de sondages : enquêtes quantitatives par téléphone, en ligne et en face à face.",
          "Nous réalisons des sondages d'opinion et des enquêtes de satisfaction pour les entreprises et les collectivités.",
          "Études quantitatives sur mesure, de la rédaction du questionnaire à la restitution des résultats.",
          "Je conduis des enquêtes statistiques auprès du grand public et des professionnels.",
        ],
        [
          "Plateau CATI de 40 postes à Marseille, enquêteurs formés et supervisés.",
          "Centre d'appels intégré pour les enquêtes téléphoniques, y compris auprès des cibles B2B difficiles à joindre.",
          "Questionnaires en ligne (CAWI) et enquêteurs terrain sur toute la région.",
        ],
        [
          "Échantillons représentatifs selon la méthode des quotas (sexe, âge, CSP, région).",
          "Construction d'échantillons robustes et redressement statistique des résultats.",
          "Traitements statistiques avancés : tris croisés, analyses factorielles, segmentation, drivers de satisfaction.",
        ],
        [
          "Baromètres de satisfaction clients et salariés, suivis d'une année sur l'autre.",
          "Mesure de la notoriété et de l'image de marque, études d'usages et attitudes.",
          "Enquêtes de climat social et de qualité de vie au travail.",
        ],
        [
          "Rapport de résultats clair, avec synthèse et recommandations opérationnelles, restitution en comité.",
          "Tableaux de bord interactifs et présentation orale des résultats à vos équipes.",
          "Livrables en PowerPoint et fichiers de données exploitables.",
        ],
        [
          "Membre de Syntec Études, engagement qualité ISO 20252.",
          "Respect du code ICC/ESOMAR et du RGPD pour toutes nos enquêtes.",
          "Plus de 30 ans d'expérience, près de 300 études réalisées chaque année.",
        ],
      ],
      vague: ["Études de marché.", "Institut de sondage.", "Enquêtes et statistiques.", "Études et conseil marketing."],
    },
    {
      key: "h2-panels-tests-consommateurs",
      naf: ["73.20Z", "72.19Z", "71.20B"],
      names: [
        "SENSOLAB",
        "GOUT ET PREFERENCES",
        "CONSOTEST PROVENCE",
        "LE LABORATOIRE DES USAGES",
        "PANEL SUD",
        "SAS DEGUSTIA",
        "FOCUS ET SALLES",
        "EXPERIENCE PRODUIT",
        "ATELIER DE L AVIS",
      ],
      ideas: [
        [
          "Tests de produits auprès de consommateurs : goût, odeur, texture, ergonomie, emballage.",
          "Nous faisons tester vos produits par de vrais utilisateurs, en salle ou à domicile.",
          "Évaluation sensorielle et tests hédoniques pour l'agroalimentaire, la cosmétique et les produits d'entretien.",
          "Laboratoire d'analyse sensorielle avec jury expert entraîné.",
        ],
        [
          "Animation de réunions de groupe (focus groups) et d'entretiens individuels approfondis.",
          "Études qualitatives : groupes de consommateurs, ateliers de créativité, entretiens semi-directifs.",
          "Nos psychosociologues animent vos groupes et analysent les verbatims.",
        ],
        [
          "Salle de réunion avec glace sans tain, enregistrement vidéo et retransmission en direct.",
          "Cuisines d'essai et 24 cabines de dégustation normalisées, éclairage contrôlé.",
          "Salle d'observation pour suivre les discussions sans influencer les participants.",
        ],
        [
          "Fichier de 15 000 consommateurs recrutables dans la région, profilés selon leurs habitudes d'achat.",
          "Recrutement des participants sur critères précis : âge, foyer, marques consommées, lieu d'achat.",
          "Communauté en ligne de testeurs pour les études à domicile et les carnets de bord.",
        ],
        [
          "Tests de concept, de packaging et de prix avant lancement.",
          "Comparaison de votre recette face aux concurrents, optimisation des formules.",
          "Tests d'usage prolongés à domicile sur 2 à 4 semaines avec questionnaires de suivi.",
        ],
        [
          "Méthodologies conformes aux normes ISO d'analyse sensorielle (ISO 8589, ISO 13299).",
          "Équipe d'ingénieurs agroalimentaires et de chargés d'études marketing.",
          "Nous travaillons pour des industriels de l'alimentaire, de la beauté et de la grande distribution.",
        ],
      ],
      vague: ["Études qualitatives.", "Tests et études consommateurs.", "Laboratoire d'études.", "Conseil en marketing produit."],
    },
    {
      key: "h2-veille-concurrentielle",
      naf: ["73.20Z", "63.99Z", "70.22Z", "74.90B"],
      names: [
        "VEILLE STRATEGIQUE CONSEIL",
        "INTELLIGENCE ECO SUD",
        "SENTINELLE MARCHES",
        "DUVAL INTELLIGENCE ECONOMIQUE",
        "RADAR CONCURRENCE",
        "SAS INFOSCOPE",
        "ARGOS VEILLE",
        "DECRYPTAGE MARCHES",
        "OBSERVATOIRE DES FILIERES",
      ],
      ideas: [
        [
          "Veille concurrentielle et intelligence économique pour les entreprises industrielles et de services.",
          "Nous surveillons pour vous vos concurrents : prix, nouveaux produits, recrutements, brevets, implantations.",
          "Je mets en place des dispositifs de veille stratégique adaptés aux enjeux de chaque client.",
          "Cabinet d'intelligence économique : collecte, analyse et diffusion de l'information utile à la décision.",
        ],
        [
          "Bulletins de veille hebdomadaires ou mensuels, alertes en temps réel sur les signaux faibles.",
          "Newsletter de veille personnalisée et fiches de synthèse par concurrent.",
          "Plateforme de veille collaborative accessible à vos équipes commerciales et R&D.",
        ],
        [
          "Sources ouvertes : presse, bases de données financières, registres, réseaux sociaux, salons professionnels.",
          "Analyse des comptes publiés, des marchés publics attribués et des offres d'emploi de vos concurrents.",
          "Veille brevets, normes et réglementation sur votre secteur.",
        ],
        [
          "Études de marché documentaires : taille du marché, acteurs, parts de marché, tendances.",
          "Cartographie concurrentielle et benchmark des offres et des prix.",
          "Profils détaillés de concurrents et d'entreprises cibles avant acquisition ou partenariat.",
        ],
        [
          "Approche strictement légale et éthique, sans renseignement intrusif.",
          "Nos analystes sont issus de formations en intelligence économique et en documentation.",
          "Confidentialité garantie, accords de non-divulgation systématiques.",
        ],
        [
          "Secteurs couverts : chimie, énergie, aéronautique, portuaire, logistique, santé.",
          "Expérience dans les filières industrielles de la région Sud et à l'international.",
          "Veille multilingue : anglais, allemand, espagnol, italien, chinois.",
        ],
      ],
      vague: ["Conseil en stratégie.", "Information et études économiques.", "Études de marché et veille.", "Cabinet de conseil."],
    },
    {
      key: "h2-visites-mystere",
      naf: ["73.20Z", "70.22Z", "82.99Z"],
      names: [
        "CLIENT INCOGNITO",
        "MYSTERY PROVENCE",
        "QUALIVISITE",
        "L OEIL DU CLIENT",
        "AUDIT ACCUEIL SUD",
        "SAS EXPERIENCE TERRAIN",
        "ENQUETEURS ANONYMES",
        "SERVICE SCOPE",
        "MARTIN QUALITE SERVICE",
      ],
      ideas: [
        [
          "Visites mystère et appels mystère pour évaluer la qualité de votre accueil et de votre service client.",
          "Nos clients mystères se rendent dans vos points de vente et vos agences comme de vrais clients.",
          "Mystery shopping en magasin, au téléphone, par e-mail et sur les sites web.",
          "J'organise des audits incognito de vos parcours clients, sur place et à distance.",
        ],
        [
          "Grille d'évaluation construite avec vous selon vos standards de service.",
          "Scénarios réalistes adaptés à chaque réseau : demande de devis, réclamation, achat, retour produit.",
          "Contrôle du respect des procédures : prise en charge, délais, propositions commerciales, tenue des locaux.",
        ],
        [
          "Réseau de 2 500 enquêteurs anonymes formés, répartis sur toute la France.",
          "Enquêteurs recrutés selon le profil de votre clientèle et formés à chaque scénario.",
          "Couverture nationale, y compris dans les petites villes et les zones rurales.",
        ],
        [
          "Résultats par site sur une plateforme en ligne, avec classement et photos.",
          "Rapports détaillés par point de vente sous 72 heures et synthèse pour le réseau.",
          "Tableaux de bord par région, par magasin et par critère pour piloter vos plans d'action.",
        ],
        [
          "Audits de conformité : affichage des prix, réglementation, hygiène, accessibilité.",
          "Contrôle de l'application de vos opérations commerciales et de la présence des PLV.",
          "Vérification du respect des obligations réglementaires en agence (information du client, devoir de conseil).",
        ],
        [
          "Secteurs : banque, assurance, distribution, automobile, hôtellerie, transports, services publics.",
          "Nous travaillons pour des réseaux de franchise, des enseignes et des administrations.",
          "Membre de l'association professionnelle des prestataires de visites mystère.",
        ],
      ],
      vague: ["Audit qualité.", "Études et enquêtes.", "Qualité de service et expérience client.", "Conseil en relation client."],
    },
  ],
  needs: [
    {
      target: "h2-visites-mystere",
      related: ["h2-institut-sondage"],
      title: "Campagne clients mystères — 65 agences",
      description:
        "Nous souhaitons évaluer la qualité d'accueil de nos 65 agences commerciales (Bouches-du-Rhône, Var, Vaucluse) : 2 passages anonymes par agence et 1 appel téléphonique, sur la base d'une grille d'évaluation à co-construire. Résultats par agence attendus avant fin novembre.",
      kind: "services",
      nafPicked: ["73.20Z"],
      budget: [20000, 35000],
    },
    {
      target: "h2-veille-concurrentielle",
      related: ["h2-institut-sondage"],
      title: "Veille marché & concurrents — abonnement annuel",
      description:
        "Direction commerciale d'un groupe industriel (équipements portuaires) à la recherche d'un prestataire pour suivre 12 concurrents européens : nouveaux produits, prix, contrats gagnés, recrutements. Livrable mensuel en français et alertes en cas d'événement majeur. Contrat d'un an reconductible.",
      kind: "services",
      nafPicked: ["70.22Z"],
      budget: [18000, 30000],
    },
    {
      target: "h2-panels-tests-consommateurs",
      related: ["h2-institut-sondage"],
      title: "Test consommateurs 3 recettes sauce tomate",
      description:
        "Évaluation de 3 nouvelles recettes face au leader du marché auprès de 120 consommateurs réguliers, en salle, dégustation à l'aveugle, puis 2 groupes de discussion. Terrain en janvier à Marseille ou Aix, restitution sous 3 semaines.",
      kind: "services",
      nafPicked: ["73.20Z"],
      budget: [15000, 25000],
    },
  ],
};
