import type { Trade } from "./types";

export const trade: Trade = {
  key: "usinage",
  specialties: [
    {
      key: "usinage-cnc",
      naf: ["25.62B", "25.62A"],
      names: [
        "MECA PRECISION 38",
        "USINAGE DU FOREZ",
        "ATELIERS LEBRUN ET FILS",
        "TECHNI-FRAISE",
        "AXE 5 INDUSTRIE",
        "SOCIETE DE MECANIQUE GENERALE DU VEXIN",
        "PRECIMETAL",
        "MARTIN USINAGE",
        "CN-TEC",
      ],
      ideas: [
        [
          "Usinage de pièces mécaniques de précision à l'unité ou en série.",
          "Nous réalisons des pièces usinées sur plan, du prototype à la moyenne série.",
          "Sous-traitant en mécanique de précision : tournage, fraisage, rectification.",
        ],
        [
          "Parc de 14 centres d'usinage CN dont 4 fraiseuses 5 axes continus.",
          "Équipés de tours bi-broches et de centres d'usinage 5 axes de dernière génération.",
          "Tournage-fraisage sur machines à commande numérique jusqu'à Ø 400 mm.",
        ],
        [
          "Nous travaillons l'aluminium, l'inox, le titane, le laiton et les plastiques techniques (PEEK, POM).",
          "Matières usinées : aciers traités, alliages légers, Inconel, bronze.",
          "Expérience des matériaux difficiles : titane TA6V, inox 316L, superalliages.",
        ],
        [
          "Certifiés ISO 9001 et EN 9100 pour l'aéronautique.",
          "Contrôle dimensionnel sur machine tridimensionnelle, rapports de contrôle fournis.",
          "Tolérances serrées au centième, traçabilité matière et PV de contrôle.",
        ],
        [
          "Clients dans l'aéronautique, le médical, la défense et l'énergie.",
          "Nous accompagnons les bureaux d'études et les fabricants de machines spéciales.",
          "Partenaire de donneurs d'ordre industriels depuis plus de 30 ans.",
        ],
        [
          "Programmation FAO et lecture de vos fichiers STEP, IGES ou Parasolid.",
          "Reprise de plans 2D/3D et conseil en conception pour la fabrication.",
          "Notre bureau des méthodes optimise gammes et montages pour réduire vos coûts.",
        ],
        [
          "Délais courts pour les pièces de dépannage, livraison en Rhône-Alpes.",
          "Réactivité : pièce unitaire en 48 h si besoin.",
          "Atelier de 2 500 m² en zone industrielle, livraison par nos soins dans un rayon de 150 km.",
        ],
      ],
      vague: ["Mécanique générale.", "Sous-traitance industrielle.", "Atelier de mécanique.", "Entreprise industrielle."],
    },
    {
      key: "maintenance-mecanique-industrielle",
      naf: ["33.12Z", "33.20B", "25.62B"],
      names: [
        "MAINTEC INDUSTRIE",
        "SOMAIN SERVICES",
        "ATELIER MECANIQUE ROUSSEL",
        "MIS MAINTENANCE INDUSTRIELLE SERVICES",
        "REPAR'MECA",
        "TECHNIMAINT OUEST",
        "GIRAUD MAINTENANCE",
        "ACTIMECA",
        "MECANOR",
      ],
      ideas: [
        [
          "Maintenance préventive et curative des machines de production.",
          "Nous intervenons sur vos lignes de production pour le dépannage et l'entretien mécanique.",
          "Spécialistes de la maintenance mécanique industrielle sur site et en atelier.",
        ],
        [
          "Réparation de réducteurs, pompes, boîtes de vitesses, vérins et convoyeurs.",
          "Remise en état de broches, paliers et transmissions.",
          "Démontage, expertise et reconditionnement d'organes mécaniques.",
        ],
        [
          "Techniciens d'astreinte 24 h/24 et 7 j/7 pour limiter vos arrêts de production.",
          "Intervention d'urgence en moins de 4 heures sur le département.",
          "Contrats de maintenance avec astreinte et visites programmées.",
        ],
        [
          "Alignement laser, analyse vibratoire et équilibrage sur site.",
          "Maintenance conditionnelle : thermographie, mesure vibratoire, suivi des roulements.",
          "Diagnostic des pannes et élaboration de plans de maintenance préventive.",
        ],
        [
          "Transfert, démontage et remontage de machines lors de déménagements d'usine.",
          "Installation et mise en service de machines neuves ou d'occasion.",
          "Levage, manutention et implantation de lignes de production.",
        ],
        [
          "Habilitations électriques, CACES et certification MASE pour intervenir en sites classés.",
          "Personnel formé aux risques chimiques et aux interventions en agroalimentaire.",
          "Entreprise certifiée MASE et ISO 9001.",
        ],
        [
          "Atelier équipé de tours et fraiseuses conventionnels pour refaire les pièces d'usure.",
          "Fabrication de pièces de rechange à l'identique quand la pièce d'origine n'existe plus.",
          "Réalisation rapide de pièces de dépannage : arbres, bagues, pignons.",
        ],
      ],
      vague: ["Maintenance industrielle.", "Services aux industries.", "Mécanique.", "Interventions techniques."],
    },
    {
      key: "forge-ferronnerie-decor",
      naf: ["25.11Z", "43.32B", "90.03A"],
      names: [
        "FORGES DU VIEUX MOULIN",
        "L'ART DU FER",
        "FERRONNERIE DELAUNAY",
        "ATELIER DE FORGE SAINT-ELOI",
        "METAL ET PATINE",
        "LES FERS DE LOIRE",
        "BOUVIER FERRONNIER",
        "FORGE ET CREATION",
        "ARABESQUE METAL",
      ],
      ideas: [
        [
          "Ferronnerie d'art : portails, garde-corps, rampes et grilles forgés à la main.",
          "Artisan ferronnier, nous créons des ouvrages en fer forgé sur mesure.",
          "Création de portails, marquises et balcons en ferronnerie traditionnelle.",
        ],
        [
          "Travail du métal à la forge et à l'enclume selon les techniques anciennes.",
          "Forge traditionnelle au charbon, martelage, volutes et rivetage.",
          "Savoir-faire de forgeron transmis depuis trois générations.",
        ],
        [
          "Restauration de ferronneries anciennes et d'ouvrages des monuments historiques.",
          "Intervention sur le patrimoine : grilles de châteaux, rampes d'escalier du XVIIIe siècle.",
          "Labellisés Entreprise du Patrimoine Vivant.",
        ],
        [
          "Mobilier et objets décoratifs en métal : tables, luminaires, sculptures.",
          "Pièces uniques de décoration en acier, laiton et bronze.",
          "Création artistique en métal pour particuliers, architectes et décorateurs.",
        ],
        [
          "Finitions : patine à l'ancienne, cire, thermolaquage, feuille d'or.",
          "Nous proposons des finitions vieillies, rouille stabilisée ou laquées.",
          "Traitement anticorrosion par métallisation et peinture.",
        ],
        [
          "Clientèle de particuliers, d'architectes du patrimoine et de collectivités.",
          "Nous travaillons pour des maisons de caractère, des hôtels et des mairies.",
          "Chaque ouvrage est dessiné avec le client avant fabrication.",
        ],
      ],
      vague: ["Métallerie.", "Travail du métal.", "Artisan d'art.", "Fabrication sur mesure en métal."],
    },
    {
      key: "impression-3d-prototypage",
      naf: ["25.62B", "74.10Z", "32.99Z"],
      names: [
        "ADDITIV3D",
        "PROTOFAB",
        "LAYER WORKS",
        "PROTOTYPES ET MAQUETTES RAPIDES",
        "FABRICATION ADDITIVE DU SUD-OUEST",
        "PRINT'PIECE",
        "NEOLAYER",
        "CUBE PROTOTYPAGE",
        "SOCIETE MORIN PROTO",
      ],
      ideas: [
        [
          "Impression 3D de prototypes et de pièces fonctionnelles.",
          "Fabrication additive à la demande, de la pièce unique à la petite série.",
          "Prototypage rapide : vos fichiers 3D transformés en pièces en quelques jours.",
        ],
        [
          "Technologies SLS, SLA, FDM et fusion laser métal.",
          "Parc de machines industrielles de frittage laser, de stéréolithographie et de dépôt de fil.",
          "Procédés : stéréolithographie, frittage de poudre polyamide, dépôt de fil fondu.",
        ],
        [
          "Matériaux : PA12, résines techniques, ABS, PEKK, inox 316L et aluminium AlSi10Mg.",
          "Pièces en polyamide chargé, résine transparente ou métal.",
          "Large choix de matières plastiques et métalliques selon l'usage.",
        ],
        [
          "Accompagnement en conception : optimisation topologique, allègement, DFAM.",
          "Notre bureau d'études reprend vos modèles et les adapte à la fabrication additive.",
          "Scan 3D et rétro-conception de pièces existantes.",
        ],
        [
          "Finitions : ponçage, peinture, usinage de reprise, inserts filetés.",
          "Post-traitement des pièces : sablage, teinture, vernissage.",
          "Pièces livrées prêtes à monter, finitions comprises.",
        ],
        [
          "Devis en ligne sous 24 h à partir de votre fichier STL ou STEP.",
          "Délai de 3 à 5 jours ouvrés pour la plupart des prototypes.",
          "Service réactif pour les bureaux d'études, start-up et industriels.",
        ],
        [
          "Outillages rapides, gabarits de contrôle et maquettes de présentation.",
          "Réalisation de maquettes d'architecture et de démonstrateurs.",
          "Moules silicone et coulée sous vide pour petites séries.",
        ],
      ],
      vague: ["Prototypage.", "Bureau d'études et fabrication.", "Services aux industriels.", "Innovation industrielle."],
    },
  ],
  needs: [
    {
      target: "usinage-cnc",
      related: ["impression-3d-prototypage", "maintenance-mecanique-industrielle"],
      title: "Série de 300 corps de vanne en aluminium 7075 à usiner sur plan",
      description:
        "Nous cherchons un sous-traitant pour usiner 300 corps de vanne en aluminium 7075 d'après nos plans STEP. Tolérances de ±0,02 mm sur les alésages, anodisation dure à prévoir. Premier lot de 50 pièces attendu fin mars, rapport de contrôle dimensionnel exigé.",
      kind: "supplies",
      nafPicked: ["25.62B"],
      budget: [18000, 30000],
    },
    {
      target: "maintenance-mecanique-industrielle",
      related: ["usinage-cnc", "chaudronnerie-tuyauterie"],
      title: "Contrat d'entretien des presses et convoyeurs de notre usine",
      description:
        "Usine d'emballage de 80 personnes en Vendée, 6 presses hydrauliques et 250 m de convoyeurs. Nous voulons des visites préventives mensuelles et une astreinte le week-end pour les pannes. Intervenants habilités électriquement.",
      kind: "services",
      nafPicked: ["33.20B"],
      budget: [25000, 45000],
    },
  ],
};
