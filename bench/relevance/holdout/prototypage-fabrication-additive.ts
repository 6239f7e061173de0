import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "prototypage-fabrication-additive",
  specialties: [
    {
      key: "h-pfa-impression-3d-industrielle",
      naf: ["25.62B", "32.99Z", "22.29A", "71.12B"],
      names: [
        "ADDIMETAL SUD",
        "PRINT3D PROVENCE",
        "FAB ADDITIVE MEDITERRANEE",
        "LAYER INDUSTRIES",
        "PROTOFAB",
        "SINTERTECH",
        "ATELIER NUMERIQUE DE ROUSSET",
        "3D PIECES",
      ],
      ideas: [
        [
          "Fabrication additive métal par fusion laser sur lit de poudre : inox 316L, TA6V, AlSi10Mg, Inconel 718.",
          "Nous imprimons des pièces métalliques en titane, aluminium, inox et superalliages par procédé SLM.",
          "Impression 3D métal de pièces fonctionnelles, y compris en alliages de titane et bases nickel.",
        ],
        [
          "Frittage laser de polyamide PA12 et PA11, technologie HP Multi Jet Fusion pour les petites séries.",
          "Pièces plastiques en polyamide frittées, sans outillage, dès la première unité.",
          "Impression 3D polymère : SLS, MJF, dépôt de fil en PEEK et ULTEM, résines par stéréolithographie.",
        ],
        [
          "Parc de 14 machines industrielles EOS, SLM Solutions, HP et Stratasys.",
          "Plateau de fabrication jusqu'à 400 x 400 x 400 mm en métal.",
          "Des imprimantes de production, pas des machines de bureau : répétabilité et tolérances maîtrisées.",
        ],
        [
          "Post-traitements intégrés : dépoudrage, détensionnement sous vide, CIC, reprise d'usinage, microbillage, teinture.",
          "Nous livrons des pièces finies : traitement thermique, usinage des portées, finition de surface.",
          "Parachèvement complet en interne, de la découpe du plateau au polissage.",
        ],
        [
          "Prototypes fonctionnels, préséries, outillages, gabarits et pièces de rechange à la demande.",
          "Du prototype à la petite série, y compris des géométries impossibles à usiner (canaux internes, treillis).",
          "Allègement de pièces et optimisation topologique pour tirer parti du procédé.",
        ],
        [
          "Contrôle dimensionnel par scanner 3D et tomographie, éprouvettes témoins à chaque plateau.",
          "Traçabilité des lots de poudre, rapports matière et dimensionnels, démarche EN 9100 en cours.",
          "Laboratoire de métrologie avec machine tridimensionnelle.",
        ],
        [
          "Devis en ligne en 24 h à partir de vos fichiers STEP ou STL, délais de 3 à 10 jours.",
          "Envoyez-nous vos fichiers : nous vérifions l'imprimabilité et proposons l'orientation optimale.",
          "Service express en 48 h pour les pièces polymère.",
        ],
      ],
      vague: ["Impression 3D.", "Prototypage rapide.", "Fabrication de pièces à la demande.", "Solutions de fabrication innovantes pour l'industrie."],
    },
    {
      key: "h-pfa-bureau-etudes-conception-mecanique",
      naf: ["71.12B", "74.10Z", "62.01Z"],
      names: [
        "CAO CONCEPT SUD",
        "MECA ETUDES PROVENCE",
        "BUREAU D'ETUDES DUVAL",
        "INGENIERIE MECANIQUE DU LUBERON",
        "DESIGN ET MECANIQUE",
        "MODELIS",
        "TECHNIPLAN 13",
        "VOLUMIC INGENIERIE",
      ],
      ideas: [
        [
          "Bureau d'études en conception mécanique : machines spéciales, outillages, sous-ensembles, équipements de production.",
          "Nous concevons vos équipements industriels, du cahier des charges au dossier de fabrication.",
          "Conception et modélisation 3D de produits et d'équipements mécaniques.",
        ],
        [
          "Maîtrise de SolidWorks, CATIA V5, Creo et Inventor.",
          "Nos projeteurs travaillent sous CATIA et SolidWorks, dans votre environnement si besoin.",
          "Outils : SolidWorks Premium, Simulation, Inventor, AutoCAD.",
        ],
        [
          "Calculs de résistance des matériaux, simulations par éléments finis, dimensionnement des liaisons.",
          "Notes de calcul et justification des choix de conception.",
          "Analyse statique, fatigue et thermique pour valider vos pièces avant fabrication.",
        ],
        [
          "Plans de définition cotés ISO GPS, mises en plan, listes de pièces et dossiers d'appel d'offres.",
          "Livraison de dossiers de fabrication complets, prêts à être envoyés aux ateliers.",
          "Mise au propre de vos plans existants et reprise de l'historique papier en 3D.",
        ],
        [
          "Rétro-conception à partir de numérisation 3D de pièces existantes.",
          "Scan 3D et reconstruction CAO de pièces obsolètes sans plan.",
          "Nous redessinons vos pièces d'usure pour pouvoir les refaire fabriquer.",
        ],
        [
          "Assistance technique en régie dans vos locaux ou forfait au projet depuis notre bureau d'Aix-en-Provence.",
          "Ingénieurs et projeteurs disponibles en renfort de vos équipes.",
          "Je suis ingénieur Arts et Métiers, j'ai passé 12 ans dans l'aéronautique avant de créer mon bureau d'études.",
        ],
        [
          "Accompagnement du design produit à l'industrialisation, choix des procédés et des matériaux.",
          "Design industriel, ergonomie, maquettes et aide au choix du procédé de fabrication.",
          "Nous vous aidons à passer de l'idée à la pièce fabricable au meilleur coût.",
        ],
      ],
      vague: ["Bureau d'études.", "Ingénierie, études techniques.", "Conception mécanique.", "Études et conseils pour l'industrie."],
    },
    {
      key: "h-pfa-injection-plastique",
      naf: ["22.29A", "22.29B", "25.73A"],
      names: [
        "PLASTI INJECT PROVENCE",
        "MOULAGE TECHNIQUE DU SUD",
        "INJECTAL",
        "SOCIETE ROUSSELOT PLASTURGIE",
        "POLYMOULE",
        "MEDIPLAST INJECTION",
        "THERMOPLAST AUBAGNE",
        "PLASTIFORM 84",
      ],
      ideas: [
        [
          "Injection de pièces thermoplastiques techniques sur 22 presses de 50 à 800 tonnes.",
          "Plasturgiste, nous moulons vos pièces plastiques en moyenne et grande série.",
          "Transformation des matières plastiques par injection, de quelques grammes à plusieurs kilos.",
        ],
        [
          "Outillerie intégrée : conception et fabrication des moules, maintenance et modifications.",
          "Nos moules sont étudiés et réalisés dans notre atelier, y compris des moules prototypes en aluminium.",
          "Nous gérons l'outillage de A à Z : étude rhéologique, fabrication, mise au point.",
        ],
        [
          "Matières : PP, PE, ABS, PC, POM, PA6 et PA66 chargés verre, TPE, PEEK.",
          "Surmoulage d'inserts métalliques et bi-injection.",
          "Nous maîtrisons les polymères techniques chargés et les matières recyclées.",
        ],
        [
          "Séries de 1 000 à plusieurs millions de pièces par an.",
          "Production en 3x8, robots de dépose et contrôle en ligne.",
          "Capacité pour les grandes séries comme pour les petits lots de réassort.",
        ],
        [
          "Opérations de reprise : assemblage, soudure ultrason, tampographie, marquage à chaud.",
          "Nous livrons des sous-ensembles assemblés et conditionnés.",
          "Finitions et décor : tampographie, sérigraphie, étiquetage.",
        ],
        [
          "Certifiés ISO 9001 et ISO 13485, salle propre ISO 8 pour le médical.",
          "Système qualité rigoureux, PPAP et AMDEC pour les clients automobiles.",
          "Contrôle dimensionnel sur machine 3D et suivi statistique des procédés.",
        ],
        [
          "Secteurs : cosmétique, automobile, matériel électrique, médical, électroménager.",
          "Entreprise familiale implantée à Aubagne depuis 1972.",
          "Nous accompagnons aussi bien les start-ups que les grands comptes industriels.",
        ],
      ],
      vague: ["Plasturgie.", "Fabrication de pièces plastiques.", "Moulage et transformation des plastiques.", "Sous-traitance industrielle."],
    },
    {
      key: "h-pfa-decoupe-gravure-laser",
      naf: ["32.99Z", "18.12Z", "73.11Z", "25.62B"],
      names: [
        "LASER GRAVURE PROVENCE",
        "SIGNALETIQUE ET DECOUPE 13",
        "PLEXI CONCEPT",
        "GRAV'TECH",
        "ATELIER DU PLEXI",
        "ENSEIGNES MARTIN",
        "LASERIA",
        "GRAVURE INDUSTRIELLE DE L'ARC",
      ],
      ideas: [
        [
          "Découpe laser CO2 de PMMA (plexiglas), bois, MDF, carton, textile et mousse jusqu'à 20 mm.",
          "Nous découpons au laser vos plaques d'acrylique, de contreplaqué ou de médium, à l'unité ou en série.",
          "Découpe et gravure de matériaux non métalliques sur table de 1 300 x 900 mm.",
        ],
        [
          "Gravure de plaques professionnelles, plaques de porte, signalétique intérieure, trophées.",
          "Signalétique sur mesure : plaques nominatives, panneaux de bureaux, pictogrammes, plans d'évacuation.",
          "Plaques en laiton, aluminium, PVC ou plexiglas gravées et personnalisées.",
        ],
        [
          "Marquage laser fibre sur métaux : plaques signalétiques de machines, étiquettes de traçabilité, numéros de série.",
          "Gravure industrielle de plaques d'identification, repères de câblage et étiquettes inaltérables.",
          "Marquage permanent de pièces et d'outillages, QR codes et Datamatrix.",
        ],
        [
          "Pliage à chaud et collage de plexiglas : présentoirs, PLV, vitrines, urnes, protections.",
          "Fabrication d'objets en acrylique : présentoirs, boîtes, totems, écrans de protection.",
          "Thermopliage et assemblage de pièces en plexi sur mesure.",
        ],
        [
          "Travail à partir de vos fichiers vectoriels (DXF, AI, PDF) ou création graphique par notre studio.",
          "Notre graphiste met en forme votre logo et vos textes avant gravure.",
          "Envoyez-nous votre fichier, nous vous répondons avec un devis dans la journée.",
        ],
        [
          "Clients : entreprises, agences de communication, architectes, commerçants, collectivités.",
          "Nous travaillons pour les agenceurs, les musées, les hôtels et les industriels.",
          "Particuliers bienvenus pour cadeaux personnalisés et objets de décoration.",
        ],
        [
          "Atelier créé en 2011 à Aubagne, trois machines laser et une équipe de 5 personnes.",
          "Je suis graveur de métier, j'ai ouvert mon atelier il y a 10 ans.",
          "Petite structure réactive, délais courts et prix justes.",
        ],
      ],
      vague: ["Gravure, découpe laser.", "Signalétique et enseignes.", "Atelier de personnalisation.", "Création et fabrication sur mesure."],
    },
  ],
  needs: [
    {
      target: "h-pfa-impression-3d-industrielle",
      title: "Préserie 40 supports Ti6Al4V en LPBF",
      description:
        "Dans le cadre d'un programme de développement, nous avons besoin de 40 supports en Ti6Al4V (encombrement 150 x 80 x 60 mm) fabriqués par procédé LPBF, avec traitement thermique de détente des contraintes et rapport de contrôle dimensionnel par pièce. Fichiers STEP fournis. Livraison sous 6 semaines à Marignane.",
      kind: "supplies",
      nafPicked: ["72.19Z"],
      budget: [20000, 45000],
    },
    {
      target: "h-pfa-bureau-etudes-conception-mecanique",
      related: ["h-ai-integration-robotique"],
      title: "Étude mécanique poste de vissage semi-automatique",
      description:
        "Nous souhaitons sous-traiter l'étude d'un poste de vissage semi-automatique pour carters aluminium : modélisation 3D sous SolidWorks, calcul des efforts, plans de fabrication et nomenclature, dossier de consultation des ateliers. Livrables attendus fin juin, points d'avancement toutes les deux semaines sur notre site de Rousset.",
      kind: "services",
      nafPicked: ["74.10Z"],
      budget: [12000, 25000],
    },
  ],
};
