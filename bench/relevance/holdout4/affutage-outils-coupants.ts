import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-affutage-outils-coupants",
  specialties: [
    {
      key: "h4-affutage-outils-carbure",
      naf: ["25.73B", "33.12Z", "95.29Z"],
      names: [
        "AFFUTAGE PRECISION PROVENCE",
        "REAFFUTAGE INDUSTRIEL DU SUD",
        "CARBUR'AFF",
        "SOC BLANC AFFUTAGE",
        "AFFUTEC",
        "OUTIL NEUF SERVICE",
        "MEDIT AFFUTAGE",
        "ATELIER DE L'ARETE",
        "CORBIERE OUTILLAGE",
        "PRECI-OUTILS 13",
      ],
      ideas: [
        [
          "Réaffûtage de forets, fraises, tarauds et alésoirs en carbure et en acier rapide.",
          "Nous redonnons une seconde vie à vos outils coupants d'usinage.",
          "Atelier d'affûtage d'outils d'usinage, du Ø 1 au Ø 32 mm.",
        ],
        [
          "Affûteuses CNC 5 axes, contrôle de chaque outil sur banc optique.",
          "Géométries d'origine respectées grâce à nos machines CNC et au contrôle optique.",
          "Nous mesurons chaque outil avant et après affûtage.",
        ],
        [
          "Remise en revêtement TiAlN, AlCrN ou DLC après affûtage.",
          "Revêtements PVD réalisés avec un centre de dépôt partenaire.",
          "Outils réaffûtés et revêtus, comme neufs.",
        ],
        [
          "Collecte et livraison hebdomadaires chez nos clients.",
          "Tournées régulières de ramassage dans la métropole.",
          "Délai de 5 jours ouvrés, express en 48 h.",
        ],
        [
          "Traçabilité par lot et par outil, conforme aux exigences de l'aéronautique.",
          "Suivi du nombre de réaffûtages de chaque outil.",
          "Certification ISO 9001, clients certifiés EN 9100.",
        ],
        [
          "Affûtage d'outils de tournage, d'outils brasés et d'outils de forme.",
          "Reprise d'outils brasés et de fraises de forme.",
          "Rectification de fraises-mères et d'outils de taillage.",
        ],
        [
          "Clients : sous-traitants aéronautiques, décolleteurs, mouleurs.",
          "Atelier de 10 personnes à Marignane.",
          "Plus de 8 000 outils affûtés chaque mois.",
        ],
      ],
      vague: ["Affûtage.", "Outillage industriel.", "Travaux d'affûtage et réparation.", "Atelier de mécanique."],
    },
    {
      key: "h4-affutage-lames-couteaux-industriels",
      naf: ["25.71Z", "33.12Z", "25.73B"],
      names: [
        "LAMES ET COUTEAUX INDUSTRIELS DU SUD",
        "COUPE NETTE",
        "SOC DURAND AFFUTAGE INDUSTRIEL",
        "RECTIF LAMES",
        "TRANCHANT SERVICES",
        "BROYAGE AFFUTAGE MEDITERRANEE",
        "LAMINOX",
        "SCIES ET LAMES PROVENCE",
        "FIL D'ACIER",
        "GUILLOT AFFUTAGE",
      ],
      ideas: [
        [
          "Affûtage et rectification de lames et couteaux industriels : cisailles, massicots, broyeurs, granulateurs.",
          "Nous affûtons les couteaux de vos machines de coupe, de broyage et de refente.",
          "Spécialistes de l'affûtage des lames droites et circulaires.",
        ],
        [
          "Rectifieuses planes de 4 mètres et machines dédiées aux lames circulaires.",
          "Rectification au plan des lames longues jusqu'à 4 m.",
          "Des équipements dédiés aux couteaux de grande longueur.",
        ],
        [
          "Lames de scie circulaire carbure et scies à ruban pour le bois, le métal et les plastiques.",
          "Affûtage de scies à ruban et de scies circulaires, brasage des dents carbure.",
          "Réparation et soudure de rubans de scie.",
        ],
        [
          "Fabrication de lames neuves sur plan ou sur modèle.",
          "Lames neuves en acier ou en carbure à vos cotes.",
          "Fourniture de couteaux neufs pour broyeurs et déchiqueteurs.",
        ],
        [
          "Délais courts : retour en 48 à 72 heures pour éviter l'arrêt de vos lignes.",
          "Service express pour les industriels qui n'ont pas de jeu de rechange.",
          "Enlèvement et retour par nos soins.",
        ],
        [
          "Industries servies : papier-carton, emballage, recyclage, plasturgie, bois, imprimerie.",
          "Couteaux pour l'industrie du recyclage et la plasturgie.",
          "Lames de massicot pour les imprimeurs et façonniers.",
        ],
        ["Entreprise familiale depuis 1965 à Aubagne.", "Atelier de 900 m².", "Clients dans tout le Sud-Est."],
      ],
      vague: ["Affûtage industriel.", "Coutellerie industrielle.", "Réparation de machines.", "Rectification."],
    },
    {
      key: "h4-service-couteaux-agroalimentaire",
      naf: ["95.29Z", "33.12Z", "77.39Z"],
      names: [
        "AFFUTAGE SERVICE ALIMENTAIRE",
        "FIL ET LAME",
        "SOC MARTINEZ AFFUTAGE",
        "COUTEAUX SERVICES PROVENCE",
        "BOUCHERIE AFFUTAGE SUD",
        "ECHANGE COUTEAUX",
        "TRANCHEO",
        "AFFUT'VIANDE",
        "L'AFFUTEUR AMBULANT",
        "LAME D'OR SERVICES",
      ],
      ideas: [
        [
          "Service d'affûtage de couteaux pour abattoirs, ateliers de découpe, boucheries et conserveries.",
          "Nous affûtons les couteaux des professionnels de la viande et du poisson.",
          "Spécialistes de l'affûtage des couteaux professionnels de l'agroalimentaire.",
        ],
        [
          "Échange standard : nous reprenons vos couteaux usés et laissons des couteaux affûtés.",
          "Location-entretien de couteaux : un parc tournant toujours affûté.",
          "Système de rotation avec un stock de couteaux propre à chaque client.",
        ],
        ["Passage une ou deux fois par semaine selon vos volumes.", "Tournées régulières en camion-atelier.", "Collecte sur site et retour sous 48 h."],
        [
          "Couteaux de désossage, de parage, de tranchage et lames de scie à os.",
          "Affûtage des lames de trancheurs et des couteaux de hachoirs.",
          "Nous traitons aussi les grilles et couteaux de hachoirs et de cutters.",
        ],
        [
          "Respect des règles d'hygiène : valises lavables, nettoyage et désinfection après affûtage.",
          "Couteaux restitués propres et désinfectés, en mallettes fermées.",
          "Protocole d'hygiène compatible avec votre plan HACCP.",
        ],
        [
          "Vente de couteaux, fusils et gants anti-coupure.",
          "Fourniture de couteaux neufs des grandes marques professionnelles.",
          "Conseils sur le choix des lames et l'entretien du fil.",
        ],
        [
          "Tournées dans les Bouches-du-Rhône, le Vaucluse et le Gard.",
          "Entreprise créée par un ancien boucher.",
          "Plus de 150 clients industriels et artisans.",
        ],
      ],
      vague: ["Affûtage.", "Services aux professionnels de l'alimentation.", "Coutellerie.", "Réparation d'articles divers."],
    },
    {
      key: "h4-outils-speciaux-sur-plan",
      naf: ["25.73B", "25.62B"],
      names: [
        "OUTILS SPECIAUX PROVENCE",
        "CARBURE CONCEPT",
        "SOC ESPOSITO OUTILLAGE",
        "FORMOUTIL",
        "OUTILCAD",
        "SPECIAL TOOLS SUD",
        "DIAMOUTIL",
        "AXIAL OUTILS COUPANTS",
        "MONOBLOC CARBURE",
        "ARCHIMEDE OUTILLAGE",
      ],
      ideas: [
        [
          "Fabrication d'outils coupants spéciaux sur plan : forets étagés, alésoirs, fraises de forme.",
          "Nous concevons et fabriquons l'outil qui n'existe pas au catalogue.",
          "Outils spéciaux en carbure monobloc et en PCD pour l'usinage de série.",
        ],
        [
          "Étude et conception de l'outil par notre bureau d'études, à partir de votre pièce.",
          "Nos techniciens définissent la géométrie adaptée à votre matière et à votre machine.",
          "Nous réduisons vos temps de cycle en combinant plusieurs opérations dans un seul outil.",
        ],
        [
          "Carbure monobloc, carbure brasé, PCD et CBN.",
          "Outils diamant PCD pour l'aluminium et les composites.",
          "Plaquettes spéciales rectifiées sur mesure.",
        ],
        [
          "Tolérances serrées, contrôle sur machine de mesure et certificat de conformité.",
          "Précision au micron contrôlée sur machine de mesure optique.",
          "Chaque outil est livré avec sa fiche de contrôle.",
        ],
        [
          "Petites séries et prototypes, délais de 3 à 6 semaines.",
          "De l'outil unitaire à la série de plusieurs centaines.",
          "Réactivité pour les prototypes et les lancements de production.",
        ],
        [
          "Réaffûtage et remise en état de nos outils spéciaux.",
          "Service après-vente : réaffûtage à la géométrie d'origine.",
          "Suivi de la durée de vie et réaffûtages inclus dans nos offres.",
        ],
        ["Clients : aéronautique, automobile, médical, hydraulique.", "Atelier de 25 personnes près d'Aix-en-Provence.", "Nous exportons dans toute l'Europe."],
      ],
      vague: ["Fabrication d'outillage.", "Outillage de précision.", "Mécanique de précision.", "Outils coupants."],
    },
  ],
  needs: [
    {
      target: "h4-affutage-outils-carbure",
      related: ["h4-outils-speciaux-sur-plan"],
      title: "Réaffûtage forets/fraises carbure – env. 600 outils/mois",
      description:
        "Notre atelier d'usinage aéronautique de Marignane cherche un prestataire pour le réaffûtage de ses forets et fraises carbure monobloc (Ø 3 à 20 mm), environ 600 outils par mois, avec remise en revêtement TiAlN et contrôle géométrique. Collecte et livraison hebdomadaires, traçabilité par lot exigée (EN 9100 appréciée).",
      kind: "services",
      nafPicked: ["25.62B"],
      budget: [60000, 90000],
    },
    {
      target: "h4-affutage-lames-couteaux-industriels",
      related: ["h4-affutage-outils-carbure"],
      title: "Affûtage couteaux broyeur + lames cisaille – ligne recyclage plastiques",
      description:
        "Affûtage régulier des couteaux rotatifs et contre-couteaux de notre broyeur à plastiques (24 couteaux de 400 mm) et des lames de la cisaille guillotine de la ligne de mise en balles. Rectification au plan en respectant les cotes du constructeur, retour sous 72 h maximum car nous n'avons qu'un jeu de rechange.",
      kind: "services",
      nafPicked: ["38.32Z"],
      budget: [8000, 15000],
    },
    {
      target: "h4-service-couteaux-agroalimentaire",
      related: ["h4-affutage-lames-couteaux-industriels"],
      title: "Service affûtage couteaux atelier découpe volailles – 80 opérateurs",
      description:
        "Mise en place d'un service d'échange de couteaux affûtés pour notre atelier de découpe (80 opérateurs, 2 équipes) : rotation des couteaux de désossage et de parage, collecte deux fois par semaine, affûtage et contrôle du fil, rangement en valises lavables. Affûtage ponctuel des lames de scie à os à prévoir aussi.",
      kind: "services",
      nafPicked: ["10.12Z"],
      budget: [20000, 35000],
    },
    {
      target: "h4-outils-speciaux-sur-plan",
      related: ["h4-affutage-outils-carbure"],
      title: "Outils de forme carbure sur plan – alésage logements roulements",
      description:
        "Réalisation de 4 outils spéciaux en carbure monobloc (alésoirs étagés et fraises de forme) pour l'usinage de logements de roulements en aluminium sur nos centres 5 axes, plans et tolérances joints (IT6). Série de 10 outils par référence, puis réaffûtages. Délai souhaité : 5 semaines.",
      kind: "supplies",
      nafPicked: ["25.73B"],
      budget: [6000, 12000],
    },
  ],
};
