import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-controle-non-destructif",
  specialties: [
    {
      key: "h4-cnd-soudures",
      naf: ["71.20B", "74.90B"],
      names: [
        "CONTROLES SUD SOUDURE",
        "CND PROVENCE",
        "RADIOTEST",
        "ULTRA CONTROLE INDUSTRIE",
        "AXE INSPECTION",
        "SOCIETE MEDITERRANEENNE DE CONTROLES",
        "GAMMA X SERVICES",
        "NDT MARSEILLE",
        "BONNET CONTROLES",
        "PROCONTROL",
      ],
      ideas: [
        [
          "Contrôles non destructifs des assemblages soudés : radiographie, ultrasons, ressuage et magnétoscopie.",
          "Nous contrôlons les soudures en atelier et sur chantier, en fabrication neuve comme en réparation.",
          "Société de CND intervenant sur tuyauteries, réservoirs, charpentes et pièces mécaniques.",
        ],
        [
          "Nos agents sont certifiés COFREND niveaux 2 et 3 dans toutes les méthodes courantes.",
          "Personnel certifié selon l'ISO 9712, avec un niveau 3 pour l'établissement des procédures et instructions.",
          "Toutes nos interventions sont réalisées par des opérateurs certifiés et sous procédures validées.",
        ],
        [
          "Radiographie industrielle par rayons X et gammagraphie (iridium, sélénium), avec casemate dans nos locaux.",
          "Nous disposons d'une casemate de radiographie et de sources gamma pour les interventions sur site.",
          "Radiographie numérique ou argentique, balisage et radioprotection assurés par nos équipes.",
        ],
        [
          "Ultrasons conventionnels, multi-éléments et TOFD pour les soudures de forte épaisseur.",
          "Contrôle par ultrasons multi-éléments sur soudures bout à bout et piquages.",
          "Techniques avancées : TOFD, phased array, imagerie TFM.",
        ],
        [
          "Interventions selon CODAP, CODETI, EN ISO 17636 et ASME.",
          "Nous travaillons pour les chaudronniers, tuyauteurs et fabricants d'équipements sous pression.",
          "Clients : fabricants de structures, constructeurs d'équipements sous pression, donneurs d'ordres de la pétrochimie.",
        ],
        [
          "Interventions de nuit et pendant les arrêts techniques pour limiter les contraintes de radioprotection.",
          "Disponibilité 7 jours sur 7 pendant les arrêts d'unités.",
          "Mise à disposition d'agents sous 24 h sur les sites du pourtour de l'étang de Berre.",
        ],
        [
          "Accréditation COFRAC selon l'ISO/IEC 17025 pour une partie de nos méthodes.",
          "Entreprise certifiée MASE et ISO 9001.",
          "Agence de Martigues, présente depuis 1987.",
        ],
      ],
      vague: ["Contrôles et essais industriels.", "Essais et inspections techniques.", "Contrôle qualité pour l'industrie.", "Société de contrôles."],
    },
    {
      key: "h4-inspection-reservoirs-corrosion",
      naf: ["71.20B", "71.12B"],
      names: [
        "INSPECTION BACS ET RESERVOIRS",
        "CORROSCAN",
        "TANK INSPECT SUD",
        "EPSILON INSPECTION",
        "MESURES EPAISSEURS SERVICES",
        "SOC PROVENCALE D'INSPECTION INDUSTRIELLE",
        "INTEGRITAS",
        "ROUX INSPECTION",
        "DELTA CORROSION",
        "OMEGA TANK",
      ],
      ideas: [
        [
          "Inspection des réservoirs de stockage aériens : fonds, robes, toits fixes et flottants.",
          "Nous inspectons les bacs de stockage d'hydrocarbures et de produits chimiques, en exploitation et hors exploitation.",
          "Spécialistes de l'intégrité des capacités de stockage, de la petite cuve au bac de 100 000 m³.",
        ],
        [
          "Cartographie des fonds de bacs par fuite de flux magnétique (MFL) et contrôle des soudures des tôles.",
          "Scanner MFL pour détecter la corrosion côté sol des fonds de réservoirs.",
          "Contrôle exhaustif des tôles de fond par MFL, complété par ultrasons pour quantifier les pertes d'épaisseur.",
        ],
        [
          "Mesures d'épaisseur par ultrasons, cartographies de corrosion en C-scan, suivi des points de mesure.",
          "Nous réalisons des campagnes de mesures d'épaisseur sur tuyauteries et équipements, avec suivi dans le temps.",
          "Mesures d'épaisseur à travers revêtement, cartographie des zones corrodées et calcul de la vitesse de corrosion.",
        ],
        [
          "Inspections selon l'arrêté du 3 octobre 2010, le guide DT94, l'API 653 et l'EEMUA 159.",
          "Nos rapports répondent aux exigences du plan de modernisation des installations industrielles.",
          "Inspections hors exploitation détaillées et visites de routine, avec recommandations et estimation de durée de vie résiduelle.",
        ],
        [
          "Émission acoustique sur fonds de bacs en service pour prioriser les arrêts.",
          "Contrôle par émission acoustique sans vidange du réservoir.",
          "Nous proposons l'émission acoustique pour évaluer l'état d'un bac sans le sortir d'exploitation.",
        ],
        [
          "Inspecteurs certifiés API 653 et COFREND, rompus aux dépôts pétroliers et à la pétrochimie.",
          "Une équipe d'inspecteurs de terrain habitués aux sites Seveso seuil haut.",
          "Nous intervenons sur les dépôts de Fos, Lavéra et Berre depuis plus de quinze ans.",
        ],
        [
          "Inspection des tuyauteries inaccessibles par ondes guidées longue portée.",
          "Contrôle des tuyauteries enterrées ou calorifugées sans décalorifugeage complet.",
          "Recherche de corrosion sous calorifuge par ondes guidées et radiographie numérique.",
        ],
      ],
      vague: ["Inspection industrielle.", "Contrôle et expertise d'équipements.", "Ingénierie d'inspection.", "Essais et inspections techniques."],
    },
    {
      key: "h4-endoscopie-industrielle",
      naf: ["71.20B", "33.12Z", "74.90B"],
      names: [
        "ENDOSCOPIE INDUSTRIELLE DU SUD",
        "VIDEOSCOPE SERVICES",
        "INSIDE VISION",
        "OPTIPIPE",
        "CAMERA INSPECTION PROVENCE",
        "SPECTRE INSPECTION",
        "LUMEN INDUSTRIE",
        "SOCIETE GIRARD VIDEO-INSPECTION",
        "ROBOVISIO",
        "ENDOTECH",
      ],
      ideas: [
        [
          "Inspection visuelle à distance de l'intérieur des équipements : tuyauteries, échangeurs, turbines, moteurs, cuves.",
          "Nous voyons à l'intérieur de vos machines sans les démonter grâce à l'endoscopie industrielle.",
          "Spécialistes de la vidéoscopie industrielle et de l'inspection visuelle indirecte.",
        ],
        [
          "Vidéoscopes articulés de 4 à 8 mm de diamètre et jusqu'à 30 mètres de longueur.",
          "Matériel : vidéoscopes haute définition avec mesure 3D par stéréo ou projection de phase.",
          "Nous mesurons les défauts observés (profondeur de piqûre, longueur de fissure) directement à l'image.",
        ],
        [
          "Robots caméra sur chenilles pour les conduites de grand diamètre, gaines et collecteurs.",
          "Inspection par robot filoguidé des réseaux industriels, carneaux et gaines.",
          "Nos robots motorisés parcourent plusieurs centaines de mètres de canalisation.",
        ],
        [
          "Inspection boroscopique de turbines, compresseurs et moteurs sans démontage.",
          "Contrôles boroscopiques d'aubages et de chambres de combustion lors des visites de maintenance.",
          "Nous inspectons les turbines à gaz et à vapeur pendant les arrêts programmés.",
        ],
        [
          "Vérification de propreté après fabrication, recherche de corps étrangers, contrôle visuel des soudures côté racine.",
          "Contrôle de réception des pièces : bavures, propreté interne, pénétration des soudures.",
          "Recherche de corps étrangers dans les équipements après intervention.",
        ],
        [
          "Rapport vidéo et photo commenté remis sous 48 h.",
          "Chaque inspection donne lieu à un rapport illustré accompagné des enregistrements vidéo.",
          "Vous suivez l'inspection en direct sur écran, le rapport suit rapidement.",
        ],
        [
          "Interventions pour l'énergie, l'aéronautique, la chimie et l'agroalimentaire.",
          "Nos clients : services maintenance, motoristes, exploitants de chaufferies et de réseaux.",
          "Basés à Aix-en-Provence, nous nous déplaçons dans tout le Sud-Est.",
        ],
      ],
      vague: ["Inspection et contrôle visuel.", "Services à l'industrie.", "Contrôle technique industriel.", "Essais et inspections."],
    },
    {
      key: "h4-analyse-vibratoire",
      naf: ["33.12Z", "71.20B", "71.12B"],
      names: [
        "VIBRA CONTROLE",
        "ANALYSE VIBRATOIRE MEDITERRANEE",
        "PREDICTA",
        "MECA DIAGNOSTIC",
        "ROTOR EXPERTISE",
        "CHABERT MAINTENANCE CONDITIONNELLE",
        "SIGNATURE MACHINES",
        "EQUILIBRE INDUSTRIE",
        "ALIGN SERVICES",
        "ONDE MAINTENANCE",
      ],
      ideas: [
        [
          "Surveillance vibratoire des machines tournantes : pompes, ventilateurs, compresseurs, réducteurs.",
          "Nous détectons les défauts de roulements, balourds et désalignements avant la panne.",
          "Maintenance conditionnelle par analyse vibratoire, pour passer du correctif au prédictif.",
        ],
        [
          "Tournées de mesure périodiques au collecteur, analyse spectrale et rapport de tendance.",
          "Relevés mensuels ou trimestriels, diagnostic par un analyste certifié ISO 18436 catégorie II ou III.",
          "Analyse d'enveloppe, spectres haute résolution et suivi des tendances machine par machine.",
        ],
        [
          "Équilibrage dynamique sur site des rotors, ventilateurs et broyeurs.",
          "Nous équilibrons vos ventilateurs et rotors en place, sans démontage.",
          "Équilibrage in situ en un ou deux plans, selon l'ISO 21940.",
        ],
        [
          "Alignement laser des lignes d'arbres et contrôle de la géométrie des machines.",
          "Lignage laser des accouplements moteur-pompe après remontage.",
          "Alignement d'arbres et de poulies au laser, avec rapport avant/après.",
        ],
        [
          "Installation de capteurs de vibration connectés et télésurveillance des équipements critiques.",
          "Surveillance en ligne : capteurs sans fil, alertes et tableau de bord.",
          "Nous équipons les machines critiques de capteurs permanents suivis à distance.",
        ],
        [
          "Thermographie infrarouge des paliers et analyse des courants moteurs en complément.",
          "Diagnostic complété par mesures ultrasonores sur les roulements.",
          "Contrôle de la lubrification assisté par ultrasons.",
        ],
        [
          "Interventions en usines, stations de pompage, cimenteries et papeteries du Sud-Est.",
          "Plus de 3 000 machines suivies chez nos clients industriels.",
          "Expertise après avarie et assistance à la réception des machines neuves.",
        ],
      ],
      vague: ["Maintenance industrielle.", "Diagnostic machines.", "Réparation et maintenance de machines.", "Expertise en mécanique."],
    },
  ],
  needs: [
    {
      target: "h4-inspection-reservoirs-corrosion",
      related: ["h4-cnd-soudures"],
      title: "Inspection hors exploitation bac T-204 (Ø 24 m) – épaisseurs fond + robe",
      description:
        "Dans le cadre du plan de modernisation (arrêté du 3 octobre 2010), inspection hors exploitation détaillée d'un bac de gazole de notre dépôt de Fos : cartographie MFL du fond, mesures d'épaisseur par ultrasons sur la robe et le toit, contrôle visuel des soudures de la couronne annulaire. Bac dégazé et nettoyé disponible semaine 41. Rapport selon DT94 / EEMUA 159.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [18000, 35000],
    },
    {
      target: "h4-cnd-soudures",
      related: ["h4-inspection-reservoirs-corrosion"],
      title: "Radio + ressuage soudures tuyauteries inox – arrêt technique usine Berre",
      description:
        "Pour l'arrêt technique de juin, contrôle de 180 soudures bout à bout sur tuyauteries inox DN50 à DN200 : 10 % en radiographie, 100 % en ressuage, selon le CODETI, par agents COFREND niveau 2. Travail de nuit possible, balisage radioprotection à votre charge. Les soudures sont réalisées par notre sous-traitant tuyauteur.",
      kind: "services",
      nafPicked: ["33.11Z"],
      budget: [15000, 30000],
    },
    {
      target: "h4-endoscopie-industrielle",
      related: ["h4-analyse-vibratoire"],
      title: "Vidéoscopie 6 échangeurs + collecteur vapeur DN300",
      description:
        "Nous souhaitons faire inspecter par vidéoscopie l'intérieur de 6 échangeurs tubulaires et d'un collecteur vapeur DN300 (environ 40 m) pour localiser encrassement et piqûres avant de décider d'un remplacement. Accès par trous d'homme et brides démontées par notre maintenance. Vidéos et rapport photo attendus.",
      kind: "services",
      nafPicked: ["71.20B", "33.12Z"],
      budget: [4000, 9000],
    },
    {
      target: "h4-analyse-vibratoire",
      related: ["h4-endoscopie-industrielle"],
      title: "Suivi vibratoire trimestriel pompes & ventilateurs (45 machines) – Gardanne",
      description:
        "Mise en place d'un contrat de maintenance conditionnelle : mesures vibratoires trimestrielles sur 45 machines tournantes (pompes, motoventilateurs, réducteurs), analyse spectrale, préconisations et équilibrage sur site si nécessaire. Les contrôles réglementaires et les CND de nos équipements sous pression sont traités à part. Contrat de 3 ans.",
      kind: "services",
      nafPicked: ["33.12Z"],
      budget: [12000, 20000],
    },
  ],
};
