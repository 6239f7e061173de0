import type { Trade } from "./types";

export const trade: Trade = {
  key: "toiture",
  specialties: [
    {
      key: "couverture-zinguerie",
      naf: ["43.91B", "43.91A"],
      names: [
        "COUVERTURE BRETONNE",
        "TOITS ET ZINC",
        "LEGRAND COUVERTURE",
        "ARDOISES ET TUILES DU NORD",
        "ZINGUERIE PARISIENNE",
        "SARL PERRIN TOITURES",
        "ABRI TOIT",
        "HAUTS DE SEINE COUVERTURE",
        "COUVREURS REUNIS",
      ],
      ideas: [
        [
          "Couverture neuve et rénovation en tuiles, ardoises naturelles et zinc.",
          "Couvreur-zingueur : réfection complète de toitures en tuile mécanique, tuile canal ou ardoise.",
          "Travaux de toiture : remaniage, réfection, remplacement de tuiles cassées.",
        ],
        [
          "Zinguerie : gouttières, chéneaux, descentes d'eaux pluviales, noues et solins.",
          "Fabrication et pose de gouttières zinc, cuivre ou alu, habillage de rives.",
          "Couverture zinc à joint debout, faîtages et abergements de cheminée.",
        ],
        [
          "Recherche de fuites et dépannage de toiture après intempéries, bâchage d'urgence.",
          "Intervention rapide après tempête : bâchage, réparation de tuiles envolées.",
          "Réparation de fuites, reprise de solins et de faîtages.",
        ],
        [
          "Démoussage, nettoyage et traitement hydrofuge des toitures.",
          "Entretien annuel : nettoyage des gouttières, contrôle des faîtages, démoussage.",
          "Traitement anti-mousse et imperméabilisation des tuiles.",
        ],
        [
          "Pose de fenêtres de toit et isolation des rampants par l'extérieur (sarking).",
          "Création d'ouvertures en toiture, pose de fenêtres de toit et de lucarnes.",
          "Isolation de toiture par l'extérieur, entreprise RGE Qualibat.",
        ],
        [
          "Chantiers sur bâtiments anciens et monuments historiques, ardoise au crochet et lauzes.",
          "Compagnons couvreurs formés au travail en hauteur, échafaudages et nacelles en propre.",
          "Plus de 30 ans d'expérience en couverture, garantie décennale.",
        ],
      ],
      vague: ["Couverture.", "Toiture.", "Travaux de toiture et façade.", "Entreprise du bâtiment."],
    },
    {
      key: "etancheite-toiture-terrasse",
      naf: ["43.99A", "43.91B"],
      names: [
        "ETANCHEITE INDUSTRIELLE DU SUD",
        "HYDRO TOIT",
        "TERRASSES ETANCHES 69",
        "ETANCH'EXPERT",
        "BITUME ET MEMBRANES",
        "COUVERTURE ETANCHEITE BARDAGE OUEST",
        "GROUPE AQUATOIT",
        "ROUSSEL ETANCHEITE",
        "PROTEC TERRASSES",
      ],
      ideas: [
        [
          "Étanchéité de toitures-terrasses : membranes bitumineuses, PVC, EPDM et résines liquides.",
          "Travaux d'étanchéité sur toitures plates, terrasses accessibles et inaccessibles.",
          "Réfection d'étanchéité de toits plats en bicouche élastomère SBS.",
        ],
        [
          "Toitures industrielles et tertiaires : isolation et étanchéité sur bacs acier de grandes surfaces.",
          "Nous intervenons sur les entrepôts, centres commerciaux, bâtiments logistiques et immeubles de bureaux.",
          "Isolation thermique et étanchéité de toitures sur bac acier pour plateformes logistiques.",
        ],
        [
          "Toitures végétalisées et terrasses jardins, rétention des eaux pluviales.",
          "Réalisation de toitures végétalisées extensives et semi-intensives.",
          "Étanchéité sous dalles sur plots et toitures techniques.",
        ],
        [
          "Contrats d'entretien : visite annuelle, nettoyage des évacuations, reprise des relevés.",
          "Diagnostic d'étanchéité et détection de fuites par test électrique ou gaz traceur.",
          "Maintenance préventive des toitures-terrasses.",
        ],
        [
          "Étanchéité de parkings, balcons, coursives et cuvelages.",
          "Étanchéité liquide de balcons, coursives et dalles de parking.",
          "Cuvelage de sous-sols et étanchéité des ouvrages enterrés.",
        ],
        [
          "Qualification Qualibat étanchéité, applicateur agréé par les fabricants de membranes.",
          "Travaux conformes au DTU 43.1 et aux avis techniques des systèmes posés.",
          "Compagnons formés à la sécurité en toiture : lignes de vie, garde-corps collectifs.",
        ],
      ],
      vague: ["Étanchéité.", "Couverture, étanchéité, bardage.", "Travaux du bâtiment.", "Entreprise de toiture."],
    },
    {
      key: "charpente-bois",
      naf: ["43.91A", "16.23Z"],
      names: [
        "CHARPENTES DU JURA",
        "ATELIER OSSATURE BOIS",
        "LES CHARPENTIERS DE L'AUBE",
        "BOIS CONSTRUCTION MORVAN",
        "TRADI CHARPENTE",
        "MAISON BOIS DUCLOS",
        "FERMES ET POUTRES",
        "CHARPENTE ET COUVERTURE MARTIN",
        "BOISTRUCTURE",
      ],
      ideas: [
        [
          "Charpente traditionnelle et industrielle (fermettes), neuve ou en rénovation.",
          "Conception, taille et levage de charpentes bois assemblées tenon-mortaise.",
          "Charpentier : fermes, pannes, chevrons, renforcement et remplacement de charpentes.",
        ],
        [
          "Construction à ossature bois : maisons, extensions, surélévations.",
          "Maisons et extensions en ossature bois, murs préfabriqués en atelier.",
          "Surélévation d'immeubles et extensions en bois, chantier sec et rapide.",
        ],
        [
          "Bâtiments agricoles, hangars, préaux et halles en bois lamellé-collé.",
          "Grandes portées en lamellé-collé pour gymnases, halles et bâtiments publics.",
          "Charpentes pour bâtiments d'activité, préaux d'écoles et auvents.",
        ],
        [
          "Traitement curatif et préventif des bois de charpente contre insectes xylophages et champignons.",
          "Diagnostic de charpente, traitement anti-termites et anti-capricornes.",
          "Renforcement de poutres attaquées, injection de produits de traitement certifiés.",
        ],
        [
          "Taille numérique sur machine de charpente, bois français certifiés PEFC.",
          "Atelier de taille équipé d'un centre d'usinage à commande numérique.",
          "Essences locales (douglas, mélèze, chêne), bois séchés et classés.",
        ],
        [
          "Terrasses bois, pergolas, carports et bardages.",
          "Réalisation de pergolas, abris et carports en mélèze ou douglas.",
          "Bardage bois et terrasses sur lambourdes.",
        ],
      ],
      vague: ["Charpente.", "Charpente, couverture.", "Travail du bois.", "Entreprise du bâtiment."],
    },
    {
      key: "photovoltaique-toiture",
      naf: ["43.21A", "43.91B", "35.11Z"],
      names: [
        "SOLAIRE TOITURES ENERGIE",
        "HELIOPOSE",
        "SUNTOIT INSTALLATION",
        "ENERGIES DU SOLEIL OCCITANIE",
        "PHOTON PRO",
        "TOITURE SOLAIRE SERVICES",
        "GREENWATT INSTALL",
        "ELEC SOLAIRE 33",
        "LUMIWATT",
      ],
      ideas: [
        [
          "Installation de panneaux solaires photovoltaïques en toiture, en autoconsommation ou en revente totale.",
          "Centrales photovoltaïques sur toitures de maisons, bâtiments agricoles et entrepôts.",
          "Pose de modules photovoltaïques en surimposition ou intégrés au bâti.",
        ],
        [
          "Installateur certifié QualiPV, éligible à la prime à l'autoconsommation.",
          "Qualifications QualiPV Elec et Bât, assurance décennale spécifique photovoltaïque.",
          "Entreprise RGE QualiPV, habilitations électriques et formation au travail en hauteur.",
        ],
        [
          "Nous gérons les démarches : déclaration préalable en mairie, raccordement Enedis, Consuel.",
          "Étude de productible, dimensionnement et demande de raccordement inclus.",
          "Accompagnement administratif complet jusqu'à la mise en service.",
        ],
        [
          "Onduleurs, micro-onduleurs, batteries de stockage et supervision de la production.",
          "Suivi de production en ligne et maintenance des centrales.",
          "Stockage par batteries et pilotage de l'autoconsommation.",
        ],
        [
          "Ombrières de parking et toitures industrielles de 36 à 500 kWc.",
          "Solutions pour les entreprises : toitures tertiaires, ombrières photovoltaïques.",
          "Centrales de moyenne puissance pour agriculteurs, industriels et collectivités.",
        ],
        [
          "Nos équipes couvreurs assurent l'étanchéité des intégrations.",
          "Reprise de couverture et pose de bac acier avant installation des panneaux.",
          "Double compétence électricien et couvreur pour des installations étanches.",
        ],
      ],
      vague: ["Énergies renouvelables.", "Électricité générale.", "Installation et maintenance.", "Transition énergétique."],
    },
  ],
  needs: [
    {
      target: "etancheite-toiture-terrasse",
      related: ["couverture-zinguerie"],
      kind: "works",
      title: "Réfection de l'étanchéité de la toiture de notre entrepôt",
      description:
        "Toit plat de 2 400 m² sur bac acier avec des infiltrations récurrentes au niveau des relevés et des évacuations. Nous souhaitons une réfection complète avec renforcement de l'isolant, avant l'automne, le site restant en activité. Garantie décennale et références sur bâtiments logistiques demandées.",
      nafPicked: ["43.91B"],
      budget: [120000, 180000],
    },
    {
      target: "photovoltaique-toiture",
      related: ["couverture-zinguerie", "demolition-desamiantage", "electricite-batiment-tertiaire"],
      kind: "works",
      title: "Panneaux solaires sur le toit de l'atelier (environ 100 kWc)",
      description:
        "Entreprise de mécanique, nous voulons une centrale d'environ 100 kWc en autoconsommation sur la toiture fibrociment de notre atelier (900 m²). La couverture est sans doute à remplacer avant (présence probable d'amiante). Étude de rentabilité et démarches de raccordement à inclure.",
      nafPicked: ["43.21A"],
      budget: [90000, 140000],
    },
  ],
};
