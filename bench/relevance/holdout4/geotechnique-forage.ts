import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-geotechnique-forage",
  specialties: [
    {
      key: "h4-etude-geotechnique",
      naf: ["71.12B", "71.20B", "43.13Z"],
      names: [
        "GEOTECHNIQUE PROVENCE",
        "SOLETUDES",
        "GEOSUD INGENIERIE",
        "HYDROGEOSOL",
        "BUREAU D'ETUDES DU SOL",
        "GEOMEDIA",
        "CABINET ROUSSEL GEOTECHNIQUE",
        "AGS 13",
        "LITHOS ETUDES",
        "GEOSPHERE CONSEIL",
      ],
      ideas: [
        [
          "Bureau d'études géotechniques réalisant les missions G1 à G5 selon la norme NF P94-500.",
          "Nous réalisons les études de sol de vos projets de construction, de l'étude préalable au suivi d'exécution.",
          "Études géotechniques pour bâtiments, plateformes industrielles, ouvrages d'art et voiries.",
        ],
        [
          "Moyens de reconnaissance en propre : foreuses, pénétromètres, matériel pressiométrique.",
          "Nos ateliers de sondage réalisent sondages destructifs, carottés et à la pelle mécanique.",
          "Campagnes de reconnaissance : sondages carottés, essais pressiométriques Ménard, pénétromètres dynamiques.",
        ],
        [
          "Dimensionnement des fondations, des dallages et des soutènements.",
          "Nous préconisons le type de fondations et les hypothèses de calcul du dallage et des terrassements.",
          "Conseil sur les fondations superficielles ou profondes, la gestion des eaux et la stabilité des talus.",
        ],
        [
          "Études de sol G1 loi ELAN pour les terrains en zone d'aléa retrait-gonflement des argiles.",
          "Études préalables pour la vente de terrains constructibles exposés au retrait-gonflement.",
          "Missions G1 ES et PGC pour promoteurs et aménageurs.",
        ],
        [
          "Pose de piézomètres et suivi des niveaux de nappe.",
          "Études hydrogéologiques, essais de perméabilité et dimensionnement des ouvrages d'infiltration.",
          "Essais Lefranc, Porchet et Matsuo pour la gestion des eaux pluviales.",
        ],
        [
          "Diagnostic de sinistres : fissurations, tassements, glissements de terrain.",
          "Expertise géotechnique après désordres sur des bâtiments existants (mission G5).",
          "Nous analysons les causes des tassements et proposons des solutions de confortement.",
        ],
        [
          "Implantés à Aix-en-Provence, nous connaissons bien les sols de Provence : marnes, poudingues, argiles gonflantes.",
          "Ingénieurs géotechniciens intervenant en Provence-Alpes-Côte d'Azur depuis 20 ans.",
          "Une équipe de 12 ingénieurs et techniciens, agence à Aubagne.",
        ],
      ],
      vague: ["Bureau d'études.", "Ingénierie, études techniques.", "Études de sols.", "Conseil en géologie et géotechnique."],
    },
    {
      key: "h4-forage-eau-geothermie",
      naf: ["43.13Z", "42.21Z", "43.22B"],
      names: [
        "FORAGES DU MIDI",
        "AQUAFORAGE",
        "PUITS ET FORAGES PROVENCE",
        "SOC ARNAUD FORAGES",
        "GEOTHERM SUD",
        "HYDROFORE",
        "CALVET ET FILS FORAGE",
        "SOURCEO",
        "FORAGE ENVIRONNEMENT MEDITERRANEE",
        "MISTRAL FORAGES",
      ],
      ideas: [
        [
          "Forage de puits pour l'eau d'irrigation, l'eau industrielle et l'alimentation en eau potable.",
          "Nous créons des forages d'eau de 20 à 300 mètres de profondeur pour agriculteurs, collectivités et industriels.",
          "Entreprise de forage d'eau : recherche, réalisation, équipement et entretien des forages.",
        ],
        [
          "Forages géothermiques sur sondes verticales et sur nappe pour les pompes à chaleur.",
          "Champs de sondes géothermiques pour bâtiments tertiaires et logements collectifs.",
          "Qualification RGE Qualiforage pour la géothermie de minime importance.",
        ],
        [
          "Ateliers de forage rotary, marteau fond de trou et battage, adaptés aux terrains durs de Provence.",
          "Foreuses sur camion et sur chenilles pour accéder aux terrains difficiles.",
          "Forage au marteau fond de trou ou à la boue selon la nature des terrains.",
        ],
        [
          "Équipement complet : tubage, crépines, massif filtrant, cimentation et tête de forage.",
          "Fourniture et pose des pompes immergées, armoires de commande et compteurs.",
          "Nous équipons le forage jusqu'au robinet : pompe, colonne d'exhaure, régulation.",
        ],
        [
          "Essais de pompage, développement et analyses d'eau en fin de travaux.",
          "Réhabilitation de forages anciens : nettoyage, inspection caméra, retubage.",
          "Régénération des forages colmatés et rebouchage dans les règles de l'art des ouvrages abandonnés.",
        ],
        [
          "Accompagnement dans les démarches : déclaration en mairie, dossier loi sur l'eau, déclaration au sous-sol.",
          "Nous préparons les déclarations réglementaires (code minier, loi sur l'eau) avant les travaux.",
          "Travaux conformes à la norme NF X10-999 et à l'arrêté du 11 septembre 2003.",
        ],
        ["Entreprise familiale installée dans les Alpilles depuis 1975.", "Interventions dans tout le Sud-Est.", "Plus de 2 000 forages réalisés en Provence."],
      ],
      vague: ["Entreprise de forage.", "Forages et sondages.", "Travaux hydrauliques.", "Puits, pompes et forages."],
    },
    {
      key: "h4-carottage-sciage-beton",
      naf: ["43.99D", "43.11Z", "43.99C"],
      names: [
        "CAROTTAGE SCIAGE PROVENCE",
        "DIAMANT BETON SERVICES",
        "SOC MEDITERRANEENNE DE DECOUPE",
        "CAROBETON",
        "CUT CONCEPT",
        "PASCAL CAROTTAGE",
        "SCIBETON 13",
        "TECHNI DECOUPE",
        "DIAMCUT SUD",
        "L'ATELIER DU CAROTTAGE",
      ],
      ideas: [
        [
          "Carottage du béton, de la maçonnerie et de la pierre, du Ø 12 au Ø 1 000 mm.",
          "Nous réalisons tous les percements dans le béton armé : carottages pour gaines, réseaux, ventilation, fixations.",
          "Spécialistes du forage et du carottage béton pour les corps d'état techniques.",
        ],
        [
          "Sciage de murs et de dalles à la scie murale et à la scie de sol, découpe au câble diamanté.",
          "Création d'ouvertures, de trémies et de baies dans les voiles et planchers en béton.",
          "Découpe de structures massives au fil diamanté, jusqu'à plusieurs mètres d'épaisseur.",
        ],
        [
          "Travail propre, sans vibration ni poussière, grâce aux outils diamantés sous eau.",
          "Découpe sans choc qui préserve la structure, idéale en bâtiment occupé.",
          "Récupération des eaux de sciage et aspiration pour travailler en milieu sensible.",
        ],
        [
          "Détection des armatures et des réseaux noyés par scanner avant chaque percement.",
          "Scan radar du béton avant carottage pour éviter câbles et fers.",
          "Nous localisons ferraillages et gaines noyées avant d'intervenir.",
        ],
        [
          "Carottages de prélèvement pour essais de résistance du béton.",
          "Prélèvement d'échantillons par carottage à la demande des bureaux d'études.",
          "Extraction de carottes pour le diagnostic des bétons existants.",
        ],
        [
          "Démolition contrôlée par éclatement hydraulique et pince croqueuse.",
          "Grignotage et démolition sélective d'éléments en béton en intérieur.",
          "Nous intervenons aussi en démolition soignée : éclateur, pince, robot.",
        ],
        [
          "Intervention rapide sur toute la région, même pour un seul trou.",
          "Équipes disponibles de nuit et le week-end pour les sites en activité.",
          "Clients : électriciens, plombiers, entreprises générales, industriels.",
        ],
      ],
      vague: ["Travaux de découpe.", "Carottage.", "Sciage et forage béton.", "Travaux spécialisés du bâtiment."],
    },
    {
      key: "h4-fondations-speciales",
      naf: ["43.99C", "43.13Z", "42.99Z"],
      names: [
        "FONDATIONS SPECIALES MEDITERRANEE",
        "MICROPIEUX PROVENCE",
        "SOUTENEMENT SUD",
        "ANCRAGES ET FONDATIONS",
        "SOC BARTOLI FONDATIONS",
        "INJECT SOL",
        "PILOTIS",
        "ROCHE ET PIEUX",
        "GEOFONDATIONS",
        "SUBSTRATUM",
      ],
      ideas: [
        [
          "Réalisation de micropieux, pieux forés et pieux vissés pour les fondations profondes.",
          "Nous réalisons les fondations profondes quand le sol ne porte pas : micropieux, pieux, colonnes.",
          "Entreprise de fondations spéciales pour bâtiments, ouvrages et équipements industriels.",
        ],
        [
          "Reprises en sous-œuvre de bâtiments fissurés ou surélevés.",
          "Confortement de fondations existantes par micropieux ou injection de résine.",
          "Nous stabilisons les bâtiments sinistrés par reprise en sous-œuvre.",
        ],
        [
          "Parois berlinoises, parois clouées, tirants d'ancrage et soutènements provisoires.",
          "Soutènement des fouilles en site urbain : berlinoise, paroi parisienne, clouage.",
          "Tirants et ancrages passifs ou actifs, confortement de falaises et de talus.",
        ],
        [
          "Injections de consolidation et comblement de cavités.",
          "Traitement des sols par injection de coulis pour combler vides et karsts.",
          "Comblement de carrières souterraines et de cavités karstiques.",
        ],
        [
          "Foreuses compactes pour travailler en hauteur réduite ou en intérieur.",
          "Matériel adapté aux accès difficiles : foreuses de petit gabarit, travail sous 2,50 m de hauteur.",
          "Nous intervenons dans des caves, sous des auvents ou en bâtiment exploité.",
        ],
        [
          "Exécution sur la base des études G3, en lien avec les bureaux d'études géotechniques.",
          "Nous prenons en charge la mission G3 et les essais de chargement des pieux.",
          "Essais de réception et contrôle d'intégrité des pieux.",
        ],
        [
          "Basés à Aubagne, chantiers en PACA et en Corse.",
          "Une vingtaine de compagnons spécialisés.",
          "Références : hôpitaux, sites industriels, copropriétés, ouvrages publics.",
        ],
      ],
      vague: ["Fondations spéciales.", "Travaux de gros œuvre.", "Génie civil et travaux spéciaux.", "Forages, sondages et injections."],
    },
  ],
  needs: [
    {
      target: "h4-etude-geotechnique",
      related: ["h4-fondations-speciales"],
      title: "Étude de sol G2 AVP/PRO – extension entrepôt 6 000 m² St-Martin-de-Crau",
      description:
        "Pour l'extension de notre plateforme logistique (dallage industriel chargé à 5 t/m², racks de 12 m), nous avons besoin d'une mission géotechnique G2 phases AVP et PRO conforme à la NF P94-500 : sondages destructifs et carottés, essais pressiométriques, piézomètres. Terrain en plaine de Crau, présence possible de poudingue. Rendu souhaité sous 8 semaines.",
      kind: "services",
      nafPicked: ["43.13Z"],
      budget: [15000, 28000],
    },
    {
      target: "h4-forage-eau-geothermie",
      related: ["h4-etude-geotechnique"],
      title: "Forage eau industrielle 60-80 m + pompe – usine Châteaurenard",
      description:
        "Création d'un forage pour l'eau de process (besoin d'environ 20 m³/h), profondeur estimée entre 60 et 80 m : tubage PVC, cimentation de tête, essai de pompage longue durée et dossier de déclaration loi sur l'eau. Fourniture et pose de la pompe immergée incluses. Accès poids lourds possible, site en activité.",
      kind: "works",
      nafPicked: ["43.13Z"],
      budget: [35000, 60000],
    },
    {
      target: "h4-carottage-sciage-beton",
      title: "24 carottages Ø150-250 dalle BA + sciage trémie 2×1,5 m – labo R+1",
      description:
        "Réalisation de 24 carottages de Ø150 à Ø250 dans une dalle en béton armé de 30 cm et sciage d'une trémie de 2 × 1,5 m au R+1 de notre laboratoire, pour le passage des gaines du nouveau réseau de ventilation. Scan du ferraillage préalable obligatoire, travail sous eau avec récupération des boues, étaiement si nécessaire. Intervention un week-end.",
      kind: "works",
      nafPicked: ["43.99C"],
      budget: [8000, 15000],
    },
    {
      target: "h4-fondations-speciales",
      related: ["h4-etude-geotechnique"],
      title: "Micropieux reprise en sous-œuvre quai de chargement – entrepôt Marseille 15e",
      description:
        "Suite aux tassements constatés sur le quai de chargement de notre entrepôt, reprise en sous-œuvre par environ 30 micropieux (type III, forage Ø 150 mm, 12 m) suivant l'étude G3 du bureau d'études géotechnique. Travail en hauteur limitée sous auvent (4 m), site en exploitation. Démarrage souhaité en octobre.",
      kind: "works",
      nafPicked: ["43.13Z", "43.99D"],
      budget: [70000, 120000],
    },
  ],
};
