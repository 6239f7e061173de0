import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "interpretariat-traduction",
  specialties: [
    {
      key: "h-interpretation-conference",
      naf: ["74.30Z", "82.30Z"],
      names: [
        "INTERCONF MEDITERRANEE",
        "BABEL CABINES",
        "SYNCHRONIE INTERPRETES ASSOCIES",
        "LANGUES ET CONGRES",
        "AGORA INTERPRETATION",
        "M. ROUSSEL ANNE-SOPHIE",
        "VOX EVENTS SUD",
        "POLYGLOTTE CONSEIL",
        "CABINE 7",
      ],
      ideas: [
        [
          "Nous constituons des équipes d'interprètes de conférence pour vos congrès, assemblées générales, comités d'entreprise européens et séminaires internationaux.",
          "Interprétation simultanée, consécutive et chuchotée pour réunions multilingues, colloques et conventions.",
          "Je suis interprète de conférence (anglais, espagnol > français) et je coordonne des équipes pour des événements de 20 à 2 000 personnes.",
          "Spécialiste de l'interprétariat événementiel : du petit comité au congrès international, nous faisons parler votre public dans sa langue.",
        ],
        [
          "Location et installation de cabines insonorisées conformes aux normes ISO, consoles d'interprètes, émetteurs et récepteurs infrarouges.",
          "Matériel technique fourni clés en main : cabines mobiles, pupitres, casques, système de transmission sans fil et technicien son sur place.",
          "Nous disposons de notre propre parc de régie : 8 cabines doubles, 1 200 récepteurs et valises bidule pour les visites d'usine.",
        ],
        [
          "Tous nos interprètes sont diplômés (ESIT, ISIT, ETI Genève) et membres de l'AIIC ou de la SFT.",
          "Des professionnels diplômés d'écoles d'interprétation reconnues, qui travaillent exclusivement vers leur langue maternelle.",
          "Interprètes titulaires d'un master d'interprétation de conférence, habitués aux réunions institutionnelles et aux instances paritaires.",
        ],
        [
          "Combinaisons linguistiques : anglais, allemand, italien, espagnol, arabe, chinois, russe, portugais et langues d'Europe centrale.",
          "Plus de 30 langues couvertes grâce à un réseau d'interprètes en France et à l'étranger.",
          "Langues les plus demandées : anglais, italien, arabe et espagnol, autres combinaisons sur demande.",
        ],
        [
          "Interprétation à distance (RSI) sur Zoom, Teams, Interprefy ou KUDO, depuis notre hub équipé ou depuis votre salle.",
          "Solutions hybrides : interprètes en cabine sur site et participants connectés à distance, avec canal audio dédié par langue.",
          "Nous proposons aussi la visio-interprétation pour les webinaires et réunions en ligne multilingues.",
        ],
        [
          "Présents au Palais du Pharo, au Parc Chanot, au centre de congrès d'Aix et dans les grands hôtels de la région.",
          "Basés à Marseille, nous intervenons dans toute la région Sud, à Monaco et partout en France.",
          "Interventions à Marseille, Aix-en-Provence, Nice, Montpellier, Lyon et en Europe.",
        ],
        [
          "Préparation terminologique en amont avec vos équipes : glossaires, supports de présentation, briefing avec les orateurs.",
          "Nous demandons les documents de séance à l'avance pour préparer le vocabulaire technique de votre secteur.",
          "Un chef d'équipe unique gère le devis, la composition des équipes, la technique et le déroulé le jour J.",
        ],
      ],
      vague: [
        "Interprètes de conférence.",
        "Services linguistiques pour l'événementiel.",
        "Agence d'interprétariat.",
        "Prestations multilingues pour réunions et congrès.",
      ],
    },
    {
      key: "h-traduction-assermentee",
      naf: ["74.30Z", "69.10Z"],
      names: [
        "TRADUCTIONS JURIDIQUES DU MIDI",
        "MME BENALI NADIA",
        "LEX TRADUCTA",
        "CABINET VERSEAU TRADUCTION",
        "M. KOWALSKI PIOTR",
        "ACTA LINGUA",
        "TRADUCTEURS EXPERTS PROVENCE",
        "JURILANGUES",
      ],
      ideas: [
        [
          "Traductrice expert près la cour d'appel d'Aix-en-Provence, je réalise des traductions certifiées conformes ayant valeur officielle.",
          "Traductions assermentées de tous vos actes : elles sont revêtues de notre cachet et de notre signature, et acceptées par les administrations et tribunaux.",
          "Expert judiciaire traducteur inscrit sur la liste de la cour d'appel, j'interviens aussi pour les juridictions et services de police.",
        ],
        [
          "Documents traités : statuts, extraits K-bis, actes notariés, jugements, contrats, procurations, diplômes, actes d'état civil.",
          "Nous traduisons les pièces juridiques et administratives : contrats commerciaux, assignations, décisions de justice, bilans, attestations.",
          "Dossiers de société : pactes d'associés, procès-verbaux d'assemblée, délégations de pouvoir, certificats d'immatriculation.",
        ],
        [
          "Légalisation et apostille : nous vous accompagnons dans les démarches auprès du notaire, de la mairie ou du consulat.",
          "Nous pouvons prendre en charge l'apostille ou la légalisation consulaire de vos documents traduits.",
          "Conseils sur les formalités d'apostille selon le pays de destination (Convention de La Haye).",
        ],
        [
          "Langues : allemand, polonais, russe et anglais.",
          "Traductions officielles en anglais, arabe, italien, espagnol, portugais et turc.",
          "Réseau de traducteurs jurés couvrant plus de 25 langues, y compris le chinois, le japonais et le roumain.",
        ],
        [
          "Confidentialité absolue : secret professionnel, fichiers supprimés après livraison, accord de confidentialité sur demande.",
          "Vos documents sont traités de manière strictement confidentielle, par des traducteurs tenus au secret professionnel.",
          "Nous travaillons régulièrement avec des avocats, notaires et directions juridiques qui nous confient des pièces sensibles.",
        ],
        [
          "Devis gratuit sous 24 h sur envoi d'un scan, délai courant de 3 à 5 jours ouvrés, procédure urgente possible.",
          "Envoi des originaux traduits par courrier recommandé ou retrait au cabinet, version PDF envoyée en parallèle.",
          "Tarif à la page ou au document, sans surprise.",
        ],
        [
          "Plus de 15 ans d'expérience en traduction juridique et financière.",
          "Juriste de formation, je maîtrise les différences entre systèmes de droit et la terminologie des actes.",
          "Double compétence en droit des affaires et en langues étrangères appliquées.",
        ],
      ],
      vague: ["Traductrice expert judiciaire.", "Traductions officielles.", "Cabinet de traduction."],
    },
    {
      key: "h-localisation-web",
      naf: ["74.30Z", "73.11Z", "62.01Z"],
      names: [
        "GLOBALIZ",
        "TRANSWEB SOLUTIONS",
        "PIXEL LANGUES",
        "LOCALEO",
        "MULTILINGO DIGITAL",
        "SEO TRADUCTION MARSEILLE",
        "WORDBRIDGE",
        "ATELIER LOCALISE",
        "OCEANE DIGITAL LANGUES",
      ],
      ideas: [
        [
          "Nous adaptons vos sites internet, boutiques en ligne et applications pour les marchés étrangers.",
          "Localisation de contenus digitaux : sites vitrines, e-commerce, applications mobiles, logiciels et jeux.",
          "Votre site dans toutes les langues, avec des textes qui sonnent comme s'ils avaient été écrits sur place.",
        ],
        [
          "Traduction SEO : recherche de mots-clés par pays, optimisation des balises title, meta descriptions et URL.",
          "Nos linguistes travaillent avec nos consultants référencement pour que vos pages traduites se positionnent sur Google dans chaque pays.",
          "Référencement multilingue : audit, stratégie de mots-clés locaux, hreflang et suivi des positions.",
        ],
        [
          "Intégration directe dans WordPress (WPML, Polylang), Shopify, PrestaShop, Magento ou via fichiers XLIFF, JSON, PO.",
          "Connecteurs avec votre CMS : pas de copier-coller, les contenus traduits sont réinjectés automatiquement.",
          "Nous gérons les chaînes d'interface de vos applications et logiciels (fichiers de ressources, strings iOS et Android).",
        ],
        [
          "Transcréation de slogans, campagnes publicitaires, fiches produits et newsletters.",
          "Adaptation marketing de vos contenus : posts réseaux sociaux, emailings, pages de vente, descriptions produits.",
          "Copywriting multilingue pour vos campagnes Google Ads et vos landing pages.",
        ],
        [
          "Outils de TAO, mémoires de traduction et glossaires clients pour garantir la cohérence et réduire les coûts.",
          "Post-édition de traduction automatique neuronale pour les gros volumes de fiches produits.",
          "Plateforme de gestion de projets en ligne : suivi en temps réel, devis instantané, historique des traductions.",
        ],
        [
          "Plus de 40 langues, dont l'anglais US et UK, l'allemand, l'espagnol d'Amérique latine, le chinois simplifié et l'arabe.",
          "Traducteurs natifs basés dans les pays cibles, sensibles aux usages culturels locaux.",
          "Langues européennes et asiatiques, tests linguistiques des versions en ligne avant publication.",
        ],
        [
          "Agence certifiée ISO 17100, process de traduction et relecture par un second linguiste.",
          "Contrôle qualité systématique : relecture, tests fonctionnels du site traduit, vérification de l'affichage.",
          "Nous accompagnons des start-up, des e-commerçants et des groupes industriels dans leur développement à l'international.",
        ],
      ],
      vague: ["Agence de traduction digitale.", "Services linguistiques et marketing.", "Traduction et web.", "Solutions multilingues pour entreprises."],
    },
    {
      key: "h-interpretation-lsf",
      naf: ["74.30Z", "88.99B", "85.59B"],
      names: [
        "SIGNES EN PROVENCE",
        "MAINS ET PAROLES",
        "INTERPRETES LSF SUD",
        "ACCES SOURDS 13",
        "MME FERRANDI LAURE",
        "VISUEL LANGUE",
        "SCOP SIGNES ET SENS",
        "ACCESSIBLE COMMUNICATION",
      ],
      ideas: [
        [
          "Interprétation français / langue des signes française (LSF) pour les personnes sourdes et malentendantes.",
          "Je suis interprète en langue des signes diplômée, j'assure la communication entre entendants et sourds dans tous les contextes.",
          "Service d'interprètes LSF-français : entretiens, réunions, formations, rendez-vous médicaux, démarches administratives.",
        ],
        [
          "En entreprise : entretiens d'embauche, réunions d'équipe, entretiens annuels, formations sécurité, CSE.",
          "Nous accompagnons les salariés sourds tout au long de leur parcours professionnel, en lien avec les référents handicap.",
          "Prise en charge possible par l'AGEFIPH ou le FIPHFP pour les interventions auprès des travailleurs en situation de handicap.",
        ],
        [
          "Interprètes titulaires d'un master en interprétation LSF et adhérents de l'AFILS, respectant un code éthique strict.",
          "Des professionnels diplômés, tenus à la neutralité, à la fidélité du message et au secret professionnel.",
          "Notre équipe est composée d'interprètes diplômés d'État et de médiateurs sourds.",
        ],
        [
          "Transcription écrite en temps réel (vélotypie) et sous-titrage en direct de vos réunions et conférences.",
          "Nous proposons aussi le codage LfPC (langue française parlée complétée) et la transcription simultanée.",
          "Sous-titrage et incrustation d'un interprète LSF dans vos vidéos de communication.",
        ],
        [
          "Accessibilité de vos événements : conférences, spectacles, visites guidées, assemblées générales.",
          "Interprétation sur scène lors de congrès et colloques, en binôme pour les interventions de plus d'une heure.",
          "Nous rendons accessibles vos séminaires et conventions aux participants sourds.",
        ],
        [
          "Interventions à Marseille, Aix, Toulon, Avignon et dans tout le département des Bouches-du-Rhône.",
          "Interprétation à distance par visioconférence pour les échanges courts.",
          "Disponibles en présentiel ou en visio, y compris en urgence pour les rendez-vous médicaux.",
        ],
        [
          "Sensibilisation des équipes à la surdité et initiation à la langue des signes.",
          "Formations LSF pour les collègues de salariés sourds, de l'initiation au niveau intermédiaire.",
          "Ateliers de sensibilisation au handicap auditif en entreprise.",
        ],
      ],
      vague: ["Interprétation en langue des signes.", "Accessibilité et communication.", "Service d'interprétariat."],
    },
  ],
  needs: [
    {
      target: "h-interpretation-conference",
      related: ["h-interpretation-lsf"],
      title: "Interprétation simultanée FR/EN/IT – convention 2 jours",
      description:
        "Pour notre convention internationale (350 participants) au Palais du Pharo à Marseille les 14 et 15 octobre, nous recherchons une équipe d'interprètes en simultané français-anglais et français-italien. Prestation à inclure : cabines ISO, 400 récepteurs, technicien, ainsi qu'une consécutive pour 2 ateliers de 30 personnes. Documents de séance transmis 10 jours avant.",
      kind: "services",
      nafPicked: ["82.30Z"],
      budget: [12000, 22000],
    },
    {
      target: "h-traduction-assermentee",
      related: ["h-localisation-web"],
      title: "Traduction certifiée statuts + Kbis (allemand)",
      description:
        "Dans le cadre de la création d'une filiale à Hambourg, nous devons faire traduire vers l'allemand nos statuts (18 pages), un extrait Kbis, 2 PV d'AG et une procuration notariée. Les traductions doivent être réalisées par un traducteur assermenté et apostillées si nécessaire. Originaux papier à livrer à notre siège d'Aix-en-Provence sous 10 jours ouvrés.",
      kind: "services",
      nafPicked: ["74.30Z"],
      budget: null,
    },
  ],
};
