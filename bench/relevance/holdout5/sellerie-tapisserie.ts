import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-sellerie-tapisserie",
  specialties: [
    {
      key: "h5-tapissier-sieges",
      naf: ["95.24Z", "31.09B", "31.01Z"],
      names: [
        "TAPISSERIE DU VIEUX PORT",
        "ATELIER SIEGES ET BANQUETTES",
        "ETS ESPOSITO",
        "LA MAISON DU FAUTEUIL",
        "SARL GUIGOU TAPISSIER",
        "REFECTION PRO PROVENCE",
        "ATELIER DE LA CANEBIERE",
        "ASSISES SERVICES",
        "ROSSI ET FILLES",
        "TAPISSIERS ASSOCIES DU PAYS D'AIX",
      ],
      ideas: [
        [
          "Réfection de sièges, fauteuils, banquettes et chaises pour les professionnels.",
          "Nous refaisons l'assise, la mousse et le garnissage de vos sièges.",
          "Tapissier d'ameublement : garniture traditionnelle et contemporaine.",
        ],
        [
          "Banquettes sur mesure pour restaurants, bars et hôtels.",
          "Fabrication de banquettes, têtes de lit et assises fixes.",
          "Agencement textile des lieux accueillant du public.",
        ],
        [
          "Tissus et simili-cuirs classés au feu M1, mousses haute résilience conformes aux ERP.",
          "Matériaux non feu adaptés aux établissements recevant du public.",
          "Large choix de tissus d'éditeurs, velours, cuirs et skaï.",
        ],
        [
          "Réfection des fauteuils de salles de spectacle, cinémas et amphithéâtres.",
          "Remise en état de sièges d'auditorium en série, sur place ou en atelier.",
          "Recouverture de sièges de bureau et de salles de réunion.",
        ],
        [
          "Enlèvement, travail en atelier et repose : nous organisons l'intervention pendant vos fermetures.",
          "Atelier à Marseille, avec enlèvement et livraison.",
          "Intervention possible sur site pour les grandes séries.",
        ],
        [
          "Savoir-faire artisanal, plus de 30 ans d'expérience.",
          "Devis gratuit sur photo ou après visite.",
          "Clients : hôtels, restaurants, collectivités, entreprises, cinémas.",
        ],
        ["Intervention dans les Bouches-du-Rhône et le Var.", "Maître artisan tapissier.", "Travail soigné, délais respectés."],
      ],
      vague: ["Tapissier.", "Artisan d'art.", "Ameublement et décoration."],
    },
    {
      key: "h5-sellerie-vehicules-nautique",
      naf: ["45.20A", "29.32Z", "33.15Z"],
      names: [
        "SELLERIE MARINE DU LACYDON",
        "AUTO SELLERIE PROVENCE",
        "ETS BARTOLI SELLIER",
        "SELLERIE DE LA CIOTAT",
        "SARL PONS",
        "NAUTIC SELLERIE 13",
        "SELLERIE BUS ET CARS DU SUD",
        "CAPITONNE",
        "ATELIER DU SELLIER",
        "MAZET SELLERIE",
      ],
      ideas: [
        [
          "Sellerie automobile : sièges, volants, ciels de toit, garnitures de portes.",
          "Réfection des intérieurs de véhicules de collection et de prestige.",
          "Rénovation des sièges de véhicules utilitaires, taxis et ambulances.",
        ],
        [
          "Sellerie nautique : coussins de cockpit, bains de soleil, capotes et biminis.",
          "Confection de tauds, lazy-bags et sellerie de pont pour voiliers et vedettes.",
          "Tissus marins, mousses à cellules ouvertes et skaï anti-UV.",
        ],
        [
          "Réfection des sièges d'autocars, de bus et de tramways pour les transporteurs.",
          "Remplacement des housses et mousses de sièges des flottes de transport.",
          "Sellerie des cabines d'engins de chantier et de tracteurs.",
        ],
        [
          "Cuir, alcantara, vinyle, tissus d'origine.",
          "Matériaux homologués pour le transport de voyageurs.",
          "Coutures à l'identique, broderie et marquage de logos.",
        ],
        [
          "Atelier situé près du port, bateaux en cale sèche ou à flot.",
          "Intervention sur place dans les ports de Marseille, Cassis et La Ciotat.",
          "Atelier équipé pour recevoir voitures, fourgons et bus.",
        ],
        [
          "Savoir-faire artisanal, plus de 30 ans d'expérience.",
          "Devis gratuit sur photo ou après visite.",
          "Clients : chantiers navals, loueurs de bateaux, transporteurs, garages.",
        ],
        ["Intervention dans les Bouches-du-Rhône et le Var.", "Délais courts pour les professionnels.", "Travail soigné et garanti."],
      ],
      vague: ["Sellerie.", "Sellier garnisseur.", "Garnissage et réparation."],
    },
    {
      key: "h5-baches-toiles-techniques",
      naf: ["13.92Z", "22.29A", "29.20Z"],
      names: [
        "BACHES PROVENCE",
        "ETS ANDREANI BACHES ET STORES",
        "MISTRAL BACHAGE",
        "SUD BACHES INDUSTRIE",
        "SARL ORTEGA",
        "TOILES ET STRUCTURES DU MIDI",
        "OMBRAGE CONCEPT",
        "BACHERIE MARSEILLAISE",
        "CONFECTION TECHNIQUE MEDITERRANEE",
        "RAYNAUD TOILES",
      ],
      ideas: [
        [
          "Confection de bâches PVC sur mesure : camions, remorques, couvertures de bennes, protections de machines.",
          "Fabrication et réparation de bâches techniques et de rideaux coulissants de semi-remorques.",
          "Bâches de protection, housses et couvertures sur mesure.",
        ],
        [
          "Soudure haute fréquence et air chaud, coutures renforcées, œillets et sangles.",
          "Atelier de confection équipé de machines à souder les toiles PVC.",
          "Toiles enduites, polyéthylène, microperforées, ignifugées.",
        ],
        [
          "Voiles d'ombrage, toiles tendues et pergolas en toile pour terrasses et parkings.",
          "Ombrières en toile pour restaurants, écoles et campings.",
          "Stores extérieurs et stores bannes pour les commerces.",
        ],
        [
          "Rideaux à lanières, portes souples et séparations d'ateliers en PVC.",
          "Cloisons souples et rideaux de quai pour entrepôts.",
          "Bâches de séparation et rideaux de soudure.",
        ],
        [
          "Marquage des bâches : logos, lettrage, numéro de flotte.",
          "Impression et découpe de lettrages adhésifs sur toile.",
          "Personnalisation des bâches aux couleurs de l'entreprise.",
        ],
        [
          "Devis gratuit sur photo ou après visite.",
          "Clients : transporteurs, collectivités, industriels, campings, restaurateurs.",
          "Plus de 30 ans d'expérience.",
        ],
        ["Intervention dans les Bouches-du-Rhône et le Var.", "Réparation rapide des bâches déchirées.", "Pose sur site par nos équipes."],
      ],
      vague: ["Bâches et stores.", "Confection textile.", "Fabrication sur mesure."],
    },
    {
      key: "h5-rideaux-voilages-erp",
      naf: ["13.92Z", "43.39Z", "47.53Z"],
      names: [
        "RIDEAUX ET SCENES DU SUD",
        "ETS LAUGIER DECORATION",
        "VOILAGES PRO MEDITERRANEE",
        "SARL ANTONINI",
        "TENTURES ET DRAPES",
        "ATELIER DES TISSUS D'AIX",
        "CONFECTION HOTELIERE PROVENCE",
        "OCCULTIS",
        "DECO TEXTILE SERVICES",
        "BRUN ET FILS",
      ],
      ideas: [
        [
          "Confection et pose de rideaux, voilages et doubles rideaux pour hôtels, résidences et bureaux.",
          "Rideaux occultants, tamisants et voilages sur mesure pour les professionnels.",
          "Habillage des fenêtres : rideaux, stores bateaux, cantonnières.",
        ],
        [
          "Tissus classés M1 ou B-s1,d0 pour les établissements recevant du public, avec procès-verbaux.",
          "Fourniture des PV de réaction au feu pour la commission de sécurité.",
          "Ignifugation des tentures existantes et certificats.",
        ],
        [
          "Rideaux de scène, pendrillons, frises et tentures pour théâtres, salles des fêtes et auditoriums.",
          "Équipement scénique textile : rideaux d'avant-scène, cycloramas, fonds de scène.",
          "Rideaux motorisés et patiences pour salles polyvalentes.",
        ],
        [
          "Tringles, rails, systèmes motorisés et embrasses.",
          "Pose de rails au plafond et de systèmes coulissants.",
          "Motorisation des rideaux et commandes centralisées.",
        ],
        [
          "Rideaux séparatifs pour hôpitaux et EHPAD, lavables à haute température.",
          "Rideaux de box et de chambres pour établissements de santé.",
          "Textiles antibactériens et traités pour les milieux de soins.",
        ],
        ["Savoir-faire artisanal, plus de 30 ans d'expérience.", "Devis gratuit sur photo ou après visite.", "Atelier de confection à Aix-en-Provence."],
        ["Intervention dans les Bouches-du-Rhône et le Var.", "Prise de mesures sur place.", "Travail soigné, délais respectés."],
      ],
      vague: ["Décoration textile.", "Confection.", "Rideaux et tissus d'ameublement."],
    },
  ],
  needs: [
    {
      target: "h5-tapissier-sieges",
      title: "Auditorium 120 places – assises abîmées",
      description:
        "Les fauteuils de notre auditorium (Aix-en-Provence, technopôle de l'Arbois) ont les assises affaissées et le tissu déchiré par endroits. Il faut refaire mousse et recouvrement avec un tissu qui passe la commission de sécurité, sans changer les structures. Travaux à faire en août.",
      kind: "services",
      nafPicked: ["95.24Z"],
      budget: [15000, 30000],
    },
    {
      target: "h5-sellerie-vehicules-nautique",
      related: ["h5-baches-toiles-techniques", "h5-tapissier-sieges"],
      title: "Coussins de pont et taud – 2 vedettes de promenade",
      description:
        "Nous exploitons deux bateaux de promenade en mer au départ du Vieux-Port. Les coussins des banquettes extérieures sont à refaire avant la saison, dans un tissu qui résiste au soleil et au sel, ainsi que la toile qui protège le poste de pilotage. Bateaux visibles à quai.",
      kind: "services",
      nafPicked: ["33.15Z"],
      budget: [5000, 9000],
    },
    {
      target: "h5-baches-toiles-techniques",
      title: "Rideaux latéraux semi-remorques x6",
      description:
        "Flotte de 6 semi-remorques tautliner basée à Vitrolles : rideaux déchirés et sangles usées. Nous voulons des rideaux neufs avec notre logo, posés dans notre dépôt.",
      kind: "supplies",
      nafPicked: ["29.20Z"],
      budget: [9000, 15000],
    },
    {
      target: "h5-rideaux-voilages-erp",
      related: ["h5-baches-toiles-techniques"],
      title: "Salle des fêtes – occultation et fond de scène",
      description:
        "La mairie de Pélissanne réaménage sa salle des fêtes : il faut occulter les 8 grandes baies (3 m de haut) et installer un fond de scène avec son rail. Les tissus doivent avoir leur PV de classement au feu. Budget voté, travaux avant la fin de l'année.",
      kind: "works",
      nafPicked: ["90.02Z"],
      budget: [12000, 20000],
    },
  ],
};
