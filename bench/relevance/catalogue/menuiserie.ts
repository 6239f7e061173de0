import type { Trade } from "./types";

export const trade: Trade = {
  key: "menuiserie",
  specialties: [
    {
      key: "menuiserie-exterieure",
      naf: ["43.32A", "16.23Z", "43.32B"],
      names: [
        "MENUISERIES DU VAL DE LOIRE",
        "OUVERTURES CONCEPT",
        "ATELIER FENETRES ET PORTES",
        "LEROUX MENUISERIE",
        "ALU PVC SERVICES",
        "BAIE ET LUMIERE",
        "SARL MARTINEAU ET FILS",
        "HABITAT FERMETURES 44",
        "ISOLFEN",
        "CLOS COUVERT MENUISERIE",
      ],
      ideas: [
        [
          "Fourniture et pose de fenêtres, portes-fenêtres et baies vitrées en bois, PVC et aluminium.",
          "Nous remplaçons vos menuiseries extérieures : fenêtres, portes d'entrée, baies coulissantes.",
          "Spécialiste de la menuiserie extérieure : châssis, portes, coulissants et fenêtres de toit.",
        ],
        [
          "Volets roulants, battants et brise-soleil orientables, motorisés ou manuels.",
          "Pose de fermetures : volets roulants, persiennes, stores extérieurs et portails.",
          "Nous installons également stores bannes et portes de garage sectionnelles.",
        ],
        [
          "Qualification Qualibat menuiseries extérieures avec mention RGE, éligible aux aides à la rénovation énergétique.",
          "Double et triple vitrage à isolation renforcée, profilés aluminium à rupture de pont thermique.",
          "Entreprise RGE : vos fenêtres performantes ouvrent droit aux primes CEE et MaPrimeRénov'.",
        ],
        [
          "Pose en rénovation sur dormant existant ou en dépose totale, sans gros travaux.",
          "Dépose totale ou pose en applique, reprise des tableaux et habillage alu des dormants.",
          "Intervention en site occupé : une fenêtre changée, une pièce rendue le jour même.",
        ],
        [
          "Nous travaillons pour les particuliers, les bailleurs sociaux et les collectivités.",
          "Marchés publics de remplacement de menuiseries dans les écoles, mairies et logements collectifs.",
          "Clientèle de syndics, promoteurs et maîtres d'ouvrage publics.",
        ],
        [
          "Atelier de fabrication intégré pour les fenêtres bois sur mesure et les modèles à l'ancienne.",
          "Menuiseries sur mesure, y compris pour les bâtiments classés et les secteurs sauvegardés.",
          "Fabrication française, profilés PVC multi-chambres et bois lamellé-collé.",
        ],
        [
          "Portes d'entrée à serrure multipoints et vitrages retardateurs d'effraction.",
          "Portes d'entrée bois, alu ou acier, isolantes et sécurisées.",
          "Portes de hall d'immeuble et ensembles vitrés sur mesure.",
        ],
      ],
      vague: ["Menuiserie.", "Menuiserie générale, bois et PVC.", "Entreprise du bâtiment.", "Fenêtres et fermetures."],
    },
    {
      key: "agencement-ebenisterie",
      naf: ["43.32A", "31.09B", "16.23Z", "43.32C"],
      names: [
        "ATELIER BOIS ET SENS",
        "EBENISTERIE DUVAL",
        "AGENCEMENT DESIGN OUEST",
        "MOBILIER SUR MESURE CREATION",
        "L'ETABLI",
        "ARTISANS DU CHENE",
        "MENUISERIE INTERIEURE DU RHONE",
        "BOISERIES ET CIE",
        "NOVAGENCE",
      ],
      ideas: [
        [
          "Conception et fabrication de mobilier sur mesure : bibliothèques, dressings, cuisines, meubles TV.",
          "Menuiserie intérieure et ébénisterie : nous dessinons et fabriquons des meubles uniques.",
          "Réalisation de placards, dressings et habillages muraux sur mesure en bois massif ou panneaux.",
        ],
        [
          "Agencement de bureaux, boutiques, hôtels et restaurants : comptoirs, banques d'accueil, présentoirs.",
          "Agencement de commerces et d'espaces tertiaires, de la conception à la pose.",
          "Banques d'accueil, claustras bois, habillages acoustiques et mobilier de réception pour les entreprises.",
        ],
        [
          "Atelier de 800 m² équipé d'un centre d'usinage à commande numérique 5 axes et d'une plaqueuse de chants.",
          "Parc machines moderne : CNC, scie à panneaux, cabine de vernissage.",
          "Fabrication en atelier, finitions laquées, vernies ou huilées.",
        ],
        [
          "Bois massifs (chêne, noyer, frêne), placages, stratifiés, Solid Surface et laques.",
          "Nous travaillons le chêne, le noyer, le MDF laqué et les panneaux compacts.",
          "Finitions haut de gamme : marqueterie, placage, vernis au tampon.",
        ],
        [
          "Bureau d'études intégré : plans 3D, rendus et fiches de fabrication.",
          "Accompagnement des architectes d'intérieur et décorateurs, du dessin à la pose.",
          "Modélisation 3D de chaque projet avant fabrication.",
        ],
        [
          "Artisan ébéniste, restauration de meubles anciens et créations contemporaines.",
          "Atelier labellisé Entreprise du Patrimoine Vivant.",
          "Savoir-faire traditionnel : assemblages tenon-mortaise, queues d'aronde, chantournage.",
        ],
      ],
      vague: ["Menuiserie intérieure.", "Travail du bois.", "Menuiserie, agencement.", "Atelier de menuiserie."],
    },
    {
      key: "escaliers-parquet",
      naf: ["43.32A", "43.33Z", "16.23Z"],
      names: [
        "ESCALIERS ATELIER DE FRANCE",
        "PARQUETS ET TRADITIONS",
        "MARCHE ET CONTREMARCHE",
        "L'ART DU PARQUET",
        "BERTRAND PARQUETEUR",
        "ESCALIERS GIRARD",
        "BOIS ET SOLS CREATIONS",
        "PARQUET CONCEPT ALSACE",
      ],
      ideas: [
        [
          "Fabrication et pose d'escaliers bois sur mesure : droits, quart tournant, hélicoïdaux.",
          "Création d'escaliers en chêne, hêtre ou frêne, à limon central ou à crémaillère.",
          "Escaliers intérieurs sur mesure, rampes et garde-corps bois assortis.",
        ],
        [
          "Pose de parquets massifs, contrecollés et flottants, collés ou cloués.",
          "Parqueteur : pose en point de Hongrie, bâton rompu, à l'anglaise.",
          "Fourniture et pose de parquet chêne massif et contrecollé.",
        ],
        [
          "Ponçage, vitrification et huilage de parquets anciens.",
          "Rénovation de parquets : ponçage sans poussière, teinte, vernis ou huile-cire.",
          "Remise en état de parquets et d'escaliers : rebouchage, ponçage, vitrificateur.",
        ],
        [
          "Habillage d'escaliers béton en bois : marches, contremarches, nez de marche.",
          "Rénovation d'escaliers existants par recouvrement, sans démolition.",
          "Habillage de marches béton et pose de garde-corps verre ou inox.",
        ],
        [
          "Nous intervenons chez les particuliers et pour les constructeurs de maisons individuelles.",
          "Clientèle de particuliers, d'architectes et de promoteurs.",
          "Chantiers de maisons neuves, appartements anciens et rénovations haut de gamme.",
        ],
        [
          "Escaliers conformes au DTU 36.1, prise de cotes au laser et fabrication en atelier.",
          "Parquets posés selon le DTU 51.2, compatibles plancher chauffant.",
          "Atelier équipé d'une commande numérique pour le débit des marches et limons.",
        ],
      ],
      vague: ["Menuiserie.", "Travaux de menuiserie bois.", "Escaliers, parquets.", "Entreprise artisanale du bâtiment."],
    },
  ],
  needs: [
    {
      target: "menuiserie-exterieure",
      related: ["metallerie-industrielle"],
      kind: "works",
      title: "Remplacement de 24 fenêtres de l'école Jean-Moulin",
      description:
        "La commune remplace les 24 fenêtres bois simple vitrage de l'école élémentaire par des menuiseries aluminium double vitrage à rupture de pont thermique, dont 8 avec volets roulants électriques. Travaux à réaliser pendant les vacances d'été (juillet-août). Entreprise RGE exigée pour le dossier de subvention.",
      nafPicked: ["43.32A"],
      budget: [45000, 70000],
    },
    {
      target: "agencement-ebenisterie",
      related: ["escaliers-parquet", "plaquiste-cloisons-faux-plafonds"],
      kind: "works",
      title: "Banque d'accueil et mobilier pour notre nouvelle agence",
      description:
        "Nous cherchons un professionnel pour concevoir et fabriquer une banque d'accueil de 4 m avec tablette PMR, un meuble de rangement mural et des panneaux bois acoustiques pour notre agence de 120 m². Finition chêne et laque blanche, pose prévue début mars.",
      nafPicked: ["31.01Z"],
      budget: [18000, 30000],
    },
  ],
};
