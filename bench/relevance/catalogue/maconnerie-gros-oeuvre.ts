import type { Trade } from "./types";

export const trade: Trade = {
  key: "maconnerie-gros-oeuvre",
  specialties: [
    {
      key: "gros-oeuvre-beton-arme",
      naf: ["43.99C", "41.20B", "41.20A"],
      names: [
        "BATIR GROS OEUVRE",
        "BETON ET STRUCTURES DU MIDI",
        "SARL LOPES CONSTRUCTION",
        "MACONNERIE GENERALE ALPINE",
        "CONSTRUCTIONS MODERNES DE L'ORNE",
        "SOCIETE DE GROS OEUVRE NORMAND",
        "COFFRAGE BETON SERVICES",
        "BATIPRO STRUCTURES",
        "FONDATIONS ET MURS",
      ],
      ideas: [
        [
          "Gros œuvre de bâtiments collectifs, tertiaires et industriels : fondations, voiles, planchers.",
          "Entreprise de gros œuvre et béton armé pour logements collectifs et bâtiments publics.",
          "Structures en béton armé, maçonnerie de blocs et dallages.",
        ],
        [
          "Grues à tour, banches métalliques et coffrages outils en propre.",
          "Parc matériel : grues, coffrages, pompes à béton, mini-pelles.",
          "Coffrages bois et métalliques, béton prêt à l'emploi et éléments préfabriqués.",
        ],
        [
          "Murs de soutènement, cuvelages, longrines et dalles portées.",
          "Poutres et poteaux coulés en place, prédalles et planchers hourdis.",
          "Reprises en sous-œuvre et fondations en partenariat avec des spécialistes.",
        ],
        [
          "Marchés publics et privés, en entreprise générale ou en lot gros œuvre.",
          "Partenaire des promoteurs et bailleurs sociaux depuis 40 ans.",
          "Chantiers de 1 à 15 millions d'euros.",
        ],
        [
          "Construction de maisons individuelles et d'extensions en parpaing ou brique.",
          "Maçonnerie traditionnelle pour maisons neuves, garages et piscines.",
          "Construction de maisons sur plans d'architecte.",
        ],
        [
          "Qualification Qualibat gros œuvre technicité supérieure, certifié ISO 9001 et MASE.",
          "120 compagnons, encadrement et bureau des méthodes intégrés.",
          "Démarche sécurité et environnement, chantiers à faibles nuisances.",
        ],
      ],
      vague: ["Maçonnerie.", "Bâtiment, travaux publics.", "Construction.", "Entreprise générale du bâtiment."],
    },
    {
      key: "petits-travaux-renovation-particuliers",
      naf: ["43.99C", "43.39Z", "41.20A"],
      names: [
        "MULTI SERVICES RENOVATION",
        "L'ARTISAN DE VOTRE MAISON",
        "RENOV'HABITAT 72",
        "PETITS TRAVAUX ET CIE",
        "SARL DA SILVA BATIMENT",
        "BATI SERVICES PLUS",
        "MAISON ET JARDIN RENOVATION",
        "TOUT FAIRE BATIMENT",
        "ARTISANS DE LA PIERRE",
      ],
      ideas: [
        [
          "Petits travaux de maçonnerie chez les particuliers : murets, dalles, escaliers extérieurs, clôtures.",
          "Maçon pour particuliers : création de portes, réparation de fissures, reprises d'enduit.",
          "Tous petits travaux de maçonnerie et de rénovation pour votre maison.",
        ],
        [
          "Rénovation de maisons anciennes : reprise de murs en pierre, enduits, chapes.",
          "Rénovation intérieure : démolition de cloisons, chapes, carrelage, placo.",
          "Aménagement de combles et de garages en pièces à vivre.",
        ],
        [
          "Terrasses, allées, pavage, murets et piliers de portail.",
          "Aménagements extérieurs : terrasses béton, dallage, bordures.",
          "Piscines maçonnées et plages de piscine.",
        ],
        [
          "Ouverture de murs porteurs avec pose de linteaux ou de poutres IPN.",
          "Ouverture de mur pour cuisine ouverte, pose de poutre acier et étaiement.",
          "Agrandissement de baies et percements de murs.",
        ],
        [
          "Artisan maçon, entreprise familiale, devis gratuits.",
          "Intervention rapide sur la commune et les villages voisins.",
          "Garantie décennale, travail soigné et chantier propre.",
        ],
        [
          "Multiservices bâtiment : un seul artisan pour coordonner vos travaux.",
          "Plomberie, électricité et peinture assurées avec nos partenaires.",
          "Petits chantiers acceptés, même une demi-journée.",
        ],
      ],
      vague: ["Maçonnerie.", "Tous travaux.", "Entreprise du bâtiment.", "Rénovation."],
    },
    {
      key: "demolition-desamiantage",
      naf: ["43.11Z", "39.00Z", "43.12A"],
      names: [
        "DEMOLITION ET DESAMIANTAGE DU NORD",
        "DECONSTRUCTION SERVICES",
        "AMIANTE SOLUTIONS",
        "CURAGE ET DEMOLITION 38",
        "DEPOLLUTION BATIMENT",
        "SARL BERNIER DEMOLITION",
        "PROTEC AMIANTE",
        "RECYCLAGE ET DECONSTRUCTION",
        "DESAMIANT'EST",
      ],
      ideas: [
        [
          "Démolition totale ou partielle de bâtiments, déconstruction sélective et curage.",
          "Démolition mécanique de bâtiments industriels, commerciaux et d'habitation.",
          "Déconstruction avec tri et valorisation des matériaux.",
        ],
        [
          "Désamiantage en sous-section 3 : dalles, flocages, calorifugeages, toitures fibrociment.",
          "Entreprise certifiée pour le retrait et l'encapsulage de matériaux amiantés.",
          "Retrait d'amiante et de plomb sous confinement, extraction d'air et mesures d'empoussièrement.",
        ],
        [
          "Curage intérieur avant réhabilitation : faux plafonds, cloisons, revêtements de sols.",
          "Dépose des réseaux, cloisons et doublages jusqu'à la structure.",
          "Préparation de plateaux bruts pour rénovation lourde.",
        ],
        [
          "Pelles de démolition à grand bras, brise-roches, cisailles, robots télécommandés.",
          "Sciage et carottage du béton, démolition par robot en milieu confiné.",
          "Pelles équipées de pinces de tri et concasseurs mobiles.",
        ],
        [
          "Traçabilité des déchets : BSDA, filières agréées, recyclage des bétons.",
          "Évacuation des déchets amiantés vers des installations de stockage agréées.",
          "Plus de 80 % des déchets de chantier valorisés.",
        ],
        [
          "Plans de retrait, modes opératoires et mesures libératoires par laboratoire accrédité.",
          "Rédaction du plan de retrait et transmission à l'inspection du travail.",
          "Opérateurs formés et suivis médicalement, certification amiante par organisme accrédité.",
        ],
      ],
      vague: ["Démolition.", "Travaux préparatoires.", "Dépollution.", "Bâtiment et travaux publics."],
    },
  ],
  needs: [
    {
      target: "demolition-desamiantage",
      related: ["diagnostics-immobiliers", "gros-oeuvre-beton-arme"],
      kind: "works",
      title: "Démolition d'un ancien hangar de stockage",
      description:
        "Hangar de 1 200 m² (structure métallique, couverture fibrociment amiantée, dalles de sol amiantées dans les bureaux) à démolir pour construire une extension. Le repérage avant démolition est disponible. Retrait par entreprise certifiée, démolition, tri des déchets et plateforme nivelée avant le 30 avril.",
      nafPicked: ["43.12A"],
      budget: [90000, 150000],
    },
    {
      target: "petits-travaux-renovation-particuliers",
      related: ["gros-oeuvre-beton-arme", "bureau-etudes-structure"],
      kind: "works",
      title: "Ouverture d'un mur porteur dans notre cabinet",
      description:
        "Cabinet dentaire installé dans une maison de ville : nous voulons ouvrir un mur porteur sur 3 m entre l'accueil et la salle d'attente, avec poutre acier et reprise des enduits. Calcul de la poutre à fournir. Travaux sur deux semaines en août pendant la fermeture.",
      nafPicked: ["41.20A"],
      budget: [6000, 12000],
    },
  ],
};
