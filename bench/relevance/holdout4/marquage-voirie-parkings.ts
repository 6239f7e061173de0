import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-marquage-voirie-parkings",
  specialties: [
    {
      key: "h4-marquage-routier",
      naf: ["43.99D", "42.11Z", "43.34Z"],
      names: [
        "SIGNALISATION HORIZONTALE PROVENCE",
        "MARQUAGE ROUTIER DU SUD",
        "LIGNES ET TRACES",
        "SOC BLANC MARQUAGE",
        "TRACEO",
        "ZEBRA 13",
        "MEDITERRANEE SIGNALISATION",
        "GAUDIN MARQUAGE",
        "AXE ROUTE",
        "CHROMAROUTE",
      ],
      ideas: [
        [
          "Marquage au sol routier : lignes, passages piétons, places de stationnement, flèches.",
          "Nous réalisons la signalisation horizontale des routes, parkings et voiries privées.",
          "Spécialistes du marquage de parkings et de voiries.",
        ],
        [
          "Peinture routière, résine à froid, enduits thermoplastiques et produits préformés.",
          "Produits certifiés NF Équipements de la route, adaptés au trafic.",
          "Marquage en peinture ou en résine selon la durabilité souhaitée.",
        ],
        [
          "Places PMR, pictogrammes, logos et numérotation des places.",
          "Marquage des places réservées aux personnes handicapées et des places de recharge.",
          "Pochoirs et pictogrammes sur mesure.",
        ],
        [
          "Machines autotractées pour le traçage de grandes longueurs.",
          "Un matériel de traçage moderne pour travailler vite et droit.",
          "Traçage mécanisé, effacement des anciens marquages par grenaillage ou rabotage.",
        ],
        [
          "Interventions la nuit ou le week-end sur les parkings en exploitation.",
          "Travaux réalisés sans gêner l'accès à vos sites.",
          "Nous organisons le balisage et la neutralisation des zones de travail.",
        ],
        [
          "Clients : collectivités, centres commerciaux, hôpitaux, sites industriels.",
          "Marquage des parkings de supermarchés et des zones d'activités.",
          "Marchés publics et clients privés.",
        ],
        [
          "Entreprise créée en 1990 à Aubagne.",
          "Titulaires de marchés à bons de commande sur les routes départementales.",
          "Équipes dans les Bouches-du-Rhône et le Vaucluse.",
        ],
      ],
      vague: ["Signalisation.", "Marquage au sol.", "Travaux routiers.", "Signalisation et sécurité routière."],
    },
    {
      key: "h4-marquage-industriel",
      naf: ["43.34Z", "43.39Z", "43.99D"],
      names: [
        "MARQUAGE INDUSTRIEL SUD",
        "SOL SECURITE ENTREPOTS",
        "LOGIMARK",
        "SOC PELLEGRIN SOLS INDUSTRIELS",
        "ALLEE ET ZONE",
        "FLOORMARK PROVENCE",
        "5S MARQUAGE",
        "INDUSTRIAL LINES",
        "SECURISOL",
        "REPERE ATELIER",
      ],
      ideas: [
        [
          "Marquage au sol dans les entrepôts, usines et ateliers : allées, zones, emplacements.",
          "Nous matérialisons vos plans de circulation intérieurs pour séparer piétons et chariots.",
          "Spécialistes du marquage de sécurité dans les bâtiments industriels et logistiques.",
        ],
        [
          "Peintures époxy et polyuréthane résistantes au trafic des chariots.",
          "Marquage en résine ou en bandes adhésives industrielles selon l'usage.",
          "Produits à forte adhérence sur béton quartzé ou sol résine.",
        ],
        [
          "Démarche 5S et lean : délimitation des postes et des zones de stockage.",
          "Marquage des emplacements de stockage, des zones de préparation et de réception.",
          "Repérage des racks et numérotation des allées.",
        ],
        [
          "Préparation du support par ponçage ou grenaillage avant marquage.",
          "Nettoyage et dégraissage du dallage pour une accroche durable.",
          "Nous préparons le sol pour garantir la tenue du marquage dans le temps.",
        ],
        [
          "Intervention de nuit ou le week-end, zone par zone, sans arrêter votre activité.",
          "Travaux phasés pour maintenir l'exploitation de l'entrepôt.",
          "Séchage rapide pour une remise en circulation dans la journée.",
        ],
        [
          "Marquage des zones ATEX, des issues de secours et des zones de danger.",
          "Bandes de danger, zones interdites, marquage photoluminescent.",
          "Marquage des parkings intérieurs et souterrains.",
        ],
        ["Clients : logisticiens, industriels, grande distribution.", "Plus de 300 entrepôts marqués.", "Basés à Marseille, intervention partout en France."],
      ],
      vague: ["Peinture industrielle.", "Marquage au sol.", "Revêtements et marquage.", "Aménagement d'entrepôts."],
    },
    {
      key: "h4-enrobes-voirie",
      naf: ["42.11Z", "43.12A", "42.99Z"],
      names: [
        "ENROBES ET VOIRIE DE PROVENCE",
        "ROUTES DU SUD-EST",
        "SOC FERRERO TP",
        "BITUMES MEDITERRANEE",
        "VOIRIE SERVICES 13",
        "ASPHALTEO",
        "GOUDRONNAGE PROVENCAL",
        "TP MANCINI",
        "CHAUSSEES ET RESEAUX",
        "SUD ENROBES",
      ],
      ideas: [
        [
          "Travaux de voirie : création et réfection de chaussées, parkings et plateformes.",
          "Nous réalisons vos voiries en enrobé, de la cour d'usine à la voie poids lourds.",
          "Entreprise de travaux routiers et de VRD.",
        ],
        [
          "Rabotage, reprofilage et mise en œuvre d'enrobés à chaud au finisseur.",
          "Enrobés BBSG, BBME, grave-bitume, adaptés au trafic poids lourds.",
          "Mise en œuvre d'enrobés au finisseur ou manuelle selon la surface.",
        ],
        [
          "Reprise de structure : purges, décaissement, grave non traitée.",
          "Traitement des nids-de-poule, ornières et faïençages.",
          "Renforcement des voiries dégradées par le passage des camions.",
        ],
        [
          "Assainissement : caniveaux, avaloirs, regards, bassins.",
          "Gestion des eaux pluviales des voiries et parkings.",
          "Mise à niveau des regards et tampons.",
        ],
        ["Bordures, trottoirs et îlots.", "Pose de bordures et de caniveaux béton.", "Aménagements piétons, trottoirs et cheminements PMR."],
        [
          "Enrobés drainants, colorés ou grenaillés.",
          "Revêtements spéciaux : enrobé coloré, béton désactivé, résine gravillonnée.",
          "Bicouches et enduits superficiels pour les voiries peu circulées.",
        ],
        [
          "Parc matériel en propre : raboteuse, finisseur, compacteurs.",
          "Entreprise de 60 salariés à Berre-l'Étang.",
          "Interventions pour industriels, collectivités et promoteurs.",
        ],
      ],
      vague: ["Travaux publics.", "Terrassement et voirie.", "Construction de routes.", "VRD."],
    },
    {
      key: "h4-signalisation-verticale",
      naf: ["43.99D", "42.11Z", "46.69B"],
      names: [
        "SIGNALISATION VERTICALE PROVENCE",
        "EQUIPEMENTS DE LA ROUTE DU SUD",
        "SOC AMIEL SIGNALISATION",
        "PANNOSUD",
        "SECURITE VOIRIE SERVICES",
        "RALENTIR",
        "SIGNAPOSE",
        "VIAEQUIP",
        "MIROIR ET BORNE",
        "STOP SIGNAL",
      ],
      ideas: [
        [
          "Fourniture et pose de panneaux de signalisation routière et de police.",
          "Nous équipons routes, parkings et sites privés en panneaux réglementaires.",
          "Signalisation verticale permanente et temporaire.",
        ],
        [
          "Ralentisseurs, coussins berlinois, butées de parking et arceaux.",
          "Dispositifs de modération de la vitesse : dos-d'âne, ralentisseurs modulaires.",
          "Équipements de parking : butées de roues, arceaux vélos, potelets.",
        ],
        [
          "Miroirs de sécurité, potelets, barrières de protection et glissières.",
          "Glissières de sécurité et garde-corps de protection des piétons.",
          "Protections de racks et barrières anti-chocs pour les zones logistiques.",
        ],
        [
          "Étude du plan de circulation et conseil réglementaire.",
          "Nous vous aidons à concevoir un plan de circulation conforme au Code de la route.",
          "Audit de la signalisation existante.",
        ],
        ["Panneaux conformes aux normes NF, rétroréfléchissants de classe 1 ou 2.", "Produits homologués et certifiés NF.", "Panneaux et supports galvanisés."],
        [
          "Signalisation temporaire de chantier en location.",
          "Location de panneaux et de feux de chantier.",
          "Balisage de chantier et signalisation temporaire.",
        ],
        ["Basés à Vitrolles.", "Livraison et pose dans toute la région.", "Clients : industriels, collectivités, bailleurs."],
      ],
      vague: ["Signalisation.", "Équipements de sécurité.", "Vente de matériel de signalisation.", "Aménagement de voirie."],
    },
  ],
  needs: [
    {
      target: "h4-marquage-industriel",
      related: ["h4-marquage-routier"],
      title: "Marquage au sol allées + zones de stockage – entrepôt 12 000 m²",
      description:
        "Reprise complète du marquage au sol intérieur de notre entrepôt de Saint-Martin-de-Crau : allées piétonnes, voies chariots, emplacements palettes et zones de préparation, soit environ 4 km de lignes sur dallage béton. Peinture époxy ou résine compatible avec le trafic des chariots, travaux par zones de nuit ou le week-end. Plan de circulation fourni par notre service HSE.",
      kind: "works",
      nafPicked: ["43.99D"],
      budget: [25000, 45000],
    },
    {
      target: "h4-marquage-routier",
      related: ["h4-marquage-industriel", "h4-signalisation-verticale"],
      title: "Retraçage parking VL 420 places + PMR + passages piétons",
      description:
        "Retraçage du parking du personnel (420 places), dont 12 places PMR avec pictogrammes, flèches directionnelles, 6 passages piétons et lignes d'arrêt en résine à froid. L'enrobé existant est en bon état. Intervention un samedi pour ne pas gêner l'accès.",
      kind: "works",
      nafPicked: ["42.11Z"],
      budget: [10000, 18000],
    },
    {
      target: "h4-enrobes-voirie",
      related: ["h4-marquage-routier"],
      title: "Réfection enrobés voie PL + aire de retournement – 3 500 m²",
      description:
        "Rabotage et mise en œuvre d'un BBSG 0/10 sur 6 cm pour la voie poids lourds et l'aire de retournement de notre plateforme (environ 3 500 m²), avec reprise ponctuelle de structure au droit des ornières et mise à niveau de 8 regards. Le marquage sera refait ensuite par un autre prestataire. Travaux en août, pendant la baisse d'activité.",
      kind: "works",
      nafPicked: ["43.99D"],
      budget: [90000, 150000],
    },
    {
      target: "h4-signalisation-verticale",
      related: ["h4-marquage-routier"],
      title: "Fourniture/pose panneaux + ralentisseurs – nouveau plan de circulation usine",
      description:
        "Mise en œuvre du nouveau plan de circulation interne de l'usine : fourniture et pose de 35 panneaux de police (20 km/h, stop, sens interdit), 4 ralentisseurs modulaires en caoutchouc, 10 miroirs de sécurité et 60 potelets. Le marquage au sol correspondant fait partie d'un autre marché.",
      kind: "works",
      nafPicked: ["46.69B"],
      budget: [18000, 30000],
    },
  ],
};
