import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-carburants-lubrifiants",
  specialties: [
    {
      key: "h6-livraison-carburants",
      naf: ["46.71Z", "47.30Z"],
      names: [
        "PROVENCE COMBUSTIBLES",
        "FIOUL SERVICE 13",
        "ETS BLANC ENERGIES",
        "SUD CARBURANTS LIVRAISON",
        "COMBUSTIBLES DE LA CRAU",
        "DISTRIGAZOLE",
        "MAZOUT ET CARBURANTS DU LITTORAL",
        "PETROLES ARNAUD",
      ],
      ideas: [
        [
          "Livraison de gazole non routier (GNR) sur chantiers, carrières et exploitations agricoles.",
          "Nous livrons le GNR directement dans vos engins et vos cuves de chantier.",
          "Avitaillement des engins de chantier sur site par camion-citerne.",
        ],
        [
          "Fioul domestique et fioul premium pour le chauffage des bâtiments.",
          "Livraison de fioul de chauffage pour entreprises, collectivités et particuliers.",
          "Remplissage des cuves de chauffage des écoles, gymnases et copropriétés.",
        ],
        [
          "Gazole routier livré dans vos cuves pour le plein de vos flottes.",
          "Carburant livré sur vos dépôts pour vos camions et véhicules utilitaires.",
          "Approvisionnement en gazole et AdBlue des entreprises de transport.",
        ],
        [
          "Carburants alternatifs : HVO, B100 et biocarburants.",
          "Nous proposons du HVO100 pour réduire les émissions de vos engins.",
          "Gazole de synthèse HVO pour les entreprises engagées dans la transition.",
        ],
        [
          "Camions équipés de compteurs homologués et bons de livraison électroniques.",
          "Flotte de porteurs et de semi-citernes, livraison sous 24 à 48 h.",
          "Livraisons planifiées ou en urgence, 6 jours sur 7.",
        ],
        [
          "Distributeur indépendant depuis trois générations dans les Bouches-du-Rhône.",
          "Entreprise familiale implantée à Salon-de-Provence.",
          "Dépôt pétrolier à Rognac et livraisons dans tout le département.",
        ],
      ],
      vague: ["Distributeur de produits pétroliers.", "Énergie.", "Commerce de combustibles."],
    },
    {
      key: "h6-lubrifiants-industriels",
      naf: ["46.71Z", "46.69B", "20.59Z"],
      names: [
        "LUBRISUD",
        "HUILES ET GRAISSES INDUSTRIELLES DU MIDI",
        "PROVENCE LUBRIFIANTS",
        "TECHNILUB",
        "ETS FERRARO LUBRIFICATION",
        "OLEOMECA",
        "LUBRIFICATION SERVICES MARSEILLE",
        "MECAFLUIDES",
      ],
      ideas: [
        [
          "Distributeur de lubrifiants industriels : huiles hydrauliques, huiles de coupe, graisses.",
          "Huiles et graisses pour l'industrie, le BTP, le transport et la marine.",
          "Nous fournissons toutes les huiles moteur, hydrauliques et de transmission.",
        ],
        [
          "Conditionnements du bidon de 5 litres au conteneur de 1 000 litres et au vrac.",
          "Livraison en fûts, IBC ou en vrac par camion.",
          "Stock important en fûts de 208 litres, livraison rapide.",
        ],
        [
          "Analyses d'huiles en service pour anticiper les pannes de vos machines.",
          "Programme d'analyse d'huile et de maintenance conditionnelle.",
          "Prélèvements et analyses pour surveiller l'usure de vos équipements.",
        ],
        [
          "Audit de lubrification et plan de graissage de vos ateliers.",
          "Optimisation de vos références pour réduire le nombre de produits.",
          "Mise en place de centrales de graissage et de stations de lubrification.",
        ],
        [
          "Lubrifiants alimentaires NSF H1 pour l'agroalimentaire.",
          "Huiles biodégradables pour les engins travaillant en milieu naturel ou portuaire.",
          "Gammes spéciales : agroalimentaire, marine, haute température.",
        ],
        [
          "Distributeur officiel de grandes marques de lubrifiants.",
          "Concessionnaire de marques reconnues, conseils techniques par nos ingénieurs.",
          "Des techniciens qui viennent sur site pour vous conseiller.",
        ],
        [
          "Collecte de vos huiles usagées par un ramasseur agréé.",
          "Reprise des huiles usagées et des emballages vides.",
          "Récupération des fûts vides et des huiles de vidange.",
        ],
      ],
      vague: ["Lubrifiants.", "Fournitures pour l'industrie.", "Commerce de gros."],
    },
    {
      key: "h6-gaz-industriels",
      naf: ["20.11Z", "46.75Z", "46.69B"],
      names: [
        "GAZ INDUSTRIELS PROVENCE",
        "SUD GAZ SERVICES",
        "AZOTE ET OXYGENE DU MIDI",
        "SOUDOGAZ",
        "MEDITERRANEE GAZ TECHNIQUES",
        "BOUTEILLES ET GAZ PRO",
        "CRYO SUD",
        "ETS LEONARDI GAZ",
      ],
      ideas: [
        [
          "Gaz industriels en bouteilles : oxygène, azote, argon, acétylène, CO2, mélanges de soudage.",
          "Fourniture de bouteilles de gaz techniques pour ateliers, garages et laboratoires.",
          "Gaz de soudage et de coupage en bouteilles et cadres.",
        ],
        [
          "Gaz en vrac livrés en citerne et installation de réservoirs cryogéniques.",
          "Azote et oxygène liquides livrés par citerne dans votre réservoir.",
          "Stockages cryogéniques installés sur site et télésurveillés.",
        ],
        [
          "Gaz alimentaires : CO2 et azote pour la restauration, les bars et l'agroalimentaire.",
          "CO2 pour tireuses à bière et mélanges pour emballage sous atmosphère protectrice.",
          "Gaz de qualité alimentaire certifiés.",
        ],
        [
          "Gaz de laboratoire et gaz étalons de haute pureté.",
          "Mélanges étalons certifiés pour analyseurs et laboratoires.",
          "Gaz spéciaux et détendeurs pour laboratoires de recherche.",
        ],
        [
          "Location de bouteilles sans engagement et consigne.",
          "Contrats de location de bouteilles et livraison en échange plein-vide.",
          "Point de retrait en agence ou livraison sur site.",
        ],
        [
          "Installation de réseaux de distribution de gaz et de centrales d'inversion.",
          "Nous concevons et posons les réseaux de gaz de vos ateliers et laboratoires.",
          "Détendeurs, rampes et postes de détente installés par nos techniciens.",
        ],
      ],
      vague: ["Gaz industriels.", "Fournisseur pour l'industrie.", "Gaz et équipements."],
    },
    {
      key: "h6-maintenance-stations-cuves",
      naf: ["33.12Z", "43.22B", "71.20B"],
      names: [
        "STATION SERVICE MAINTENANCE SUD",
        "CUVES ET POMPES PROVENCE",
        "PETROTECH MEDITERRANEE",
        "DISTRIBUTION CARBURANT EQUIPEMENT",
        "EPREUVE CUVES SERVICES",
        "ETS MARTEL HYDROCARBURES",
        "TECHNI STATIONS",
        "CITERNES ET DISTRIBUTEURS DU SUD",
      ],
      ideas: [
        [
          "Installation et maintenance de stations-service privées et de distributeurs de carburant.",
          "Nous installons des cuves et des pompes de distribution de carburant pour les flottes d'entreprise.",
          "Création de stations de carburant internes pour transporteurs, collectivités et BTP.",
        ],
        [
          "Contrôle d'étanchéité et épreuve des cuves à hydrocarbures.",
          "Tests d'étanchéité réglementaires des réservoirs enterrés.",
          "Contrôles périodiques des cuves et des tuyauteries.",
        ],
        [
          "Nettoyage, dégazage et neutralisation de cuves de fioul.",
          "Dégazage et enlèvement de vieilles cuves à fioul.",
          "Neutralisation de cuves enterrées par remplissage.",
        ],
        [
          "Gestion du carburant : badges, lecture des volumes et télé-jaugeage.",
          "Systèmes de gestion des pleins par badge pour suivre la consommation de chaque véhicule.",
          "Télé-jaugeage des cuves et alertes de réapprovisionnement.",
        ],
        [
          "Mise en conformité des installations classées de distribution de carburant.",
          "Mise aux normes ICPE des aires de distribution : séparateurs, rétention.",
          "Séparateurs d'hydrocarbures et aires de dépotage conformes.",
        ],
        [
          "Contrats de maintenance avec dépannage sous 24 h.",
          "Maintenance préventive des volucompteurs et des pistolets.",
          "Vérification métrologique des ensembles de mesurage.",
        ],
      ],
      vague: ["Équipements pétroliers.", "Maintenance industrielle.", "Installation et maintenance."],
    },
  ],
  needs: [
    {
      target: "h6-livraison-carburants",
      related: ["h6-maintenance-stations-cuves"],
      title: "Livraison GNR sur chantier",
      description:
        "Entreprise de terrassement, nous avons un chantier routier de 8 mois entre Istres et Miramas avec 12 engins. Nous cherchons un fournisseur qui livre le gazole non routier directement dans les engins 2 fois par semaine, environ 15 000 litres par mois.",
      kind: "supplies",
      nafPicked: ["47.30Z"],
      budget: [120000, 180000],
    },
    {
      target: "h6-lubrifiants-industriels",
      related: ["h6-livraison-carburants"],
      title: "Huiles pour nos machines et engins",
      description:
        "Site de production de granulats à Saint-Chamas : besoin d'un fournisseur d'huiles hydrauliques, huiles moteur et graisses (environ 12 000 litres/an en fûts et IBC) avec analyses d'huile des concasseurs et reprise des huiles usagées.",
      kind: "supplies",
      nafPicked: ["46.69B", "19.20Z"],
      budget: [30000, 50000],
    },
    {
      target: "h6-gaz-industriels",
      title: "Bouteilles de gaz pour soudure et CO2",
      description:
        "Atelier de métallerie à Marignane : fourniture de bouteilles d'argon, de mélange argon/CO2 et d'oxygène-acétylène, environ 20 bouteilles par mois en échange plein-vide, avec location des emballages.",
      kind: "supplies",
      nafPicked: ["46.71Z"],
      budget: [6000, 12000],
    },
    {
      target: "h6-maintenance-stations-cuves",
      related: ["h6-livraison-carburants"],
      title: "Installation d'une cuve de carburant pour nos véhicules",
      description:
        "Dépôt de transport de 40 camions à Vitrolles : nous voulons installer une cuve aérienne double paroi de 30 000 litres avec pompe de distribution et gestion des pleins par badge, conforme à la réglementation ICPE. Travaux au premier trimestre.",
      kind: "works",
      nafPicked: ["46.71Z", "43.22A"],
      budget: [45000, 80000],
    },
  ],
};
