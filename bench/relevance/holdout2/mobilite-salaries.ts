import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "mobilite-salaries",
  specialties: [
    {
      key: "h2-conseil-plan-mobilite",
      naf: ["71.12B", "70.22Z", "73.20Z", "74.90B"],
      names: [
        "MOBILIDEES CONSEIL",
        "TRAJECTOIRES ET TERRITOIRES",
        "ITINERA ETUDES",
        "CABINET BONNAFOUX MOBILITES",
        "ECOMOBIL'ACTION",
        "DEPLACEMENTS DURABLES PROVENCE",
        "SYNAPSE MOBILITE",
        "MARTIN-REYNAUD INGENIERIE DES DEPLACEMENTS",
        "ALTERMODE",
      ],
      ideas: [
        [
          "Nous accompagnons les employeurs dans leur démarche mobilité, du diagnostic initial jusqu'au plan d'actions chiffré.",
          "Bureau d'études spécialisé dans les déplacements domicile-travail : diagnostic, scénarios, plan d'actions et suivi.",
          "Je conseille entreprises et administrations sur l'organisation des trajets de leurs collaborateurs et la réduction de l'autosolisme.",
        ],
        [
          "Enquêtes auprès du personnel (questionnaire en ligne, entretiens), géolocalisation anonymisée des lieux de résidence et cartographie des flux.",
          "Notre diagnostic s'appuie sur une enquête salariés, une analyse de l'accessibilité du site et une cartographie isochrone des temps de parcours.",
          "Recueil des pratiques de déplacement par sondage, analyse de l'offre de transport autour du site, carte de chaleur des domiciles.",
        ],
        [
          "Maîtrise du cadre réglementaire : loi d'orientation des mobilités (LOM), indemnisation des trajets à vélo ou en covoiturage, négociation annuelle.",
          "Nous aidons les DRH à intégrer la mobilité dans le dialogue social (NAO) et à mettre en place le forfait mobilités durables.",
          "Veille juridique et accompagnement sur les obligations issues de la LOM et du Code des transports.",
        ],
        [
          "Animation de la démarche : comités de pilotage, ateliers participatifs, semaine de la mobilité, challenges inter-entreprises.",
          "Nous ne livrons pas qu'un rapport : sensibilisation des équipes, événements, communication interne et indicateurs de suivi.",
          "Conduite du changement auprès des salariés : ateliers, stands d'information, défis covoiturage et vélo.",
        ],
        [
          "Calcul de l'empreinte carbone des trajets domicile-travail et des déplacements professionnels, en lien avec votre bilan GES.",
          "Évaluation des émissions liées aux déplacements et scénarios de réduction, compatibles avec la démarche bilan carbone.",
          "Quantification des gains attendus (CO2, coûts, temps de trajet) pour chaque action proposée.",
        ],
        [
          "Références auprès de zones d'activités, hôpitaux, collectivités et grands sites industriels de la région Sud.",
          "Plus de 80 diagnostics réalisés pour des sites de 50 à 5 000 personnes, en zone urbaine comme en zone d'activités.",
          "Interventions en Bouches-du-Rhône, Var et Vaucluse, notamment pour des plans de mobilité inter-entreprises.",
        ],
        [
          "Mise en relation avec les autorités organisatrices de la mobilité et les opérateurs locaux pour faire évoluer la desserte.",
          "Nous faisons le lien avec la Métropole, les exploitants de transport et les plateformes de covoiturage.",
          "Dialogue avec les AOM pour adapter horaires et arrêts de bus à vos horaires de poste.",
        ],
      ],
      vague: [
        "Conseil en mobilité.",
        "Bureau d'études, conseil aux entreprises et aux collectivités.",
        "Études et accompagnement dans le domaine des transports.",
        "Cabinet de conseil en développement durable.",
      ],
    },
    {
      key: "h2-velos-de-fonction",
      naf: ["77.39Z", "77.21Z", "64.91Z", "47.64Z"],
      names: [
        "CYCLOPRO LEASING",
        "VELOTAF SOLUTIONS",
        "PEDALE ENTREPRISE",
        "ROUE LIBRE SERVICES",
        "E-BIKE FLOTTE",
        "BICI'PRO MEDITERRANEE",
        "ATELIER GARCIA CYCLES",
        "DYNAMO LOCATION",
        "SELLE ET GUIDON",
      ],
      ideas: [
        [
          "Location longue durée de vélos à assistance électrique pour les entreprises, mis à disposition de vos collaborateurs.",
          "Nous proposons des vélos de fonction en leasing, entretien et assurance compris, sur 36 mois.",
          "Offre de location-bail de VAE, vélos cargo et vélos pliants destinés aux salariés, avec option d'achat en fin de contrat.",
        ],
        [
          "Maintenance directement sur votre parking : un technicien passe avec son atelier mobile, sans immobiliser les vélos.",
          "Révisions annuelles et réparations réalisées sur site par nos mécaniciens, pièces d'usure incluses.",
          "Atelier itinérant : entretien, changement de pneus, freins et batteries au pied de vos bureaux.",
        ],
        [
          "Large choix de modèles : vélo urbain, VTC électrique, longtail, pliant pour combiner avec le train.",
          "Marques françaises et européennes, moteurs centraux, batteries 500 à 750 Wh, antivol et éclairage fournis.",
          "Chaque collaborateur choisit son modèle et sa taille lors d'une journée d'essais organisée dans vos locaux.",
        ],
        [
          "Formule avec participation de l'employeur ou avantage en nature, en cohérence avec le forfait mobilités durables.",
          "Nous vous aidons à monter le dispositif : charte d'utilisation, retenue sur salaire possible, traitement fiscal.",
          "Montage juridique et fiscal clé en main pour l'entreprise, gestion administrative de chaque contrat.",
        ],
        [
          "Assurance vol et casse, assistance dépannage 7j/7 et vélo de remplacement en cas d'immobilisation.",
          "Contrat tout compris : assurance, assistance, gravage antivol Bicycode, entretien.",
          "En cas de panne sur le trajet, notre assistance rapatrie le cycliste et son vélo.",
        ],
        [
          "Installation d'abris, d'arceaux et de bornes de recharge pour le stationnement des cycles.",
          "Nous équipons aussi vos locaux : parc à vélos sécurisé, casiers, stations de gonflage.",
          "Aménagement du stationnement vélo sur site, conforme aux exigences du Code de la construction.",
        ],
        [
          "Flotte en libre-service pour les déplacements entre bâtiments ou vers la gare.",
          "Pool de vélos partagés avec réservation par application et cadenas connectés.",
          "Vélos de service mutualisés pour les trajets professionnels courts.",
        ],
      ],
      vague: ["Location de vélos.", "Vente, location et réparation de cycles.", "Mobilité douce pour les entreprises."],
    },
    {
      key: "h2-navettes-salaries",
      naf: ["49.39B", "49.39A", "49.31Z", "49.32Z"],
      names: [
        "AUTOCARS DU PAYS D'AIX",
        "TRANSPORTS ROUBAUD ET FILS",
        "CARS MEDITERRANEE EXPRESS",
        "ETANG DE BERRE VOYAGEURS",
        "LIGNES DU SUD",
        "ALLO MINIBUS 13",
        "VOYAGES CASTELLANE",
        "SOCIETE PROVENCALE DE TRANSPORT DE PERSONNES",
        "TRANS'INDUS",
      ],
      ideas: [
        [
          "Transport de personnel pour les industriels : ramassage du matin et retour en fin de poste, y compris pour les équipes postées.",
          "Nous assurons le transport collectif des équipes entre leurs points de prise en charge et les sites de production.",
          "Organisation de circuits de ramassage du personnel, lignes dédiées et horaires calés sur vos postes.",
        ],
        [
          "Parc de 45 autocars et midibus, de 19 à 63 places, dont plusieurs véhicules GNV et électriques.",
          "Flotte récente : minibus 8 et 19 places, midicars 35 places, autocars grand tourisme.",
          "Véhicules équipés climatisation, Wi-Fi, prises USB, éthylotest antidémarrage et accès PMR.",
        ],
        [
          "Liaisons régulières entre gares, pôles d'échanges et zones d'activités (Rousset, Gémenos, Les Milles, Fos).",
          "Desserte des zones industrielles de l'étang de Berre et du pays d'Aix depuis les gares et parkings relais.",
          "Rabattement depuis les gares TER et les parkings relais vers vos sites, matin, midi et soir.",
        ],
        [
          "Conducteurs salariés formés (FIMO/FCO), habitués aux sites Seveso et aux consignes de sécurité industrielle.",
          "Tous nos chauffeurs sont titulaires du permis D et de la FCO à jour, et suivent une formation à l'éco-conduite.",
          "Personnel de conduite stable qui connaît vos sites et vos équipes.",
        ],
        [
          "Contrats annuels avec tableau de bord de fréquentation, ponctualité et incidents.",
          "Suivi des véhicules en temps réel et application pour que vos salariés voient l'heure de passage.",
          "Reporting mensuel : taux de remplissage, retards, kilomètres parcourus.",
        ],
        [
          "Transports occasionnels : séminaires, excursions, transferts aéroport, événements d'entreprise.",
          "Nous répondons aussi aux demandes ponctuelles : transferts vers l'aéroport Marseille-Provence, congrès, sorties.",
          "Location d'autocar avec chauffeur pour vos déplacements de groupe.",
        ],
        [
          "Entreprise familiale fondée en 1968, inscrite au registre des transporteurs de voyageurs.",
          "Plus de cinquante ans de transport de voyageurs dans les Bouches-du-Rhône.",
          "Certifiés ISO 9001 et engagés dans la démarche Objectif CO2.",
        ],
      ],
      vague: [
        "Transport de voyageurs.",
        "Autocariste.",
        "Transports routiers de personnes, services réguliers et occasionnels.",
        "Location de cars avec conducteur.",
      ],
    },
    {
      key: "h2-autopartage-flotte",
      naf: ["77.11A", "77.11B", "58.29C", "70.22Z"],
      names: ["POOLCAR SYSTEMS", "FLEETIA", "AUTOPARTAGE PRO SUD", "KLEDRIVE", "PARTAGE ET ROULE", "GESTIFLOTTE", "CLEFCONNECT", "MOBIPARC SERVICES"],
      ideas: [
        [
          "Solution d'autopartage pour les entreprises : vos véhicules de service deviennent réservables par tous les collaborateurs.",
          "Nous transformons votre parc de voitures de service en flotte partagée, réservable en ligne.",
          "Mutualisation des véhicules de l'entreprise : réservation, ouverture sans clé et suivi de l'utilisation.",
        ],
        [
          "Boîtier télématique installé dans chaque véhicule, ouverture par badge ou smartphone, sans gestion de clés.",
          "Plateforme de réservation web et mobile, boîte à clés connectée ou ouverture par badge RFID.",
          "Notre boîtier connecté remonte kilométrage, niveau de carburant ou de charge et état des lieux photo.",
        ],
        [
          "Audit de votre flotte automobile : taux d'utilisation réel, coûts, possibilité de réduire le nombre de véhicules.",
          "Analyse du parc et dimensionnement : combien de véhicules faut-il vraiment, et lesquels électrifier.",
          "Étude TCO et optimisation de la car policy, renouvellement vers des véhicules à faibles émissions.",
        ],
        [
          "Nous pouvons fournir les véhicules (citadines, utilitaires, électriques) en location avec la solution de partage.",
          "Offre complète véhicules + technologie + entretien, ou technologie seule sur votre parc existant.",
          "Mise à disposition de voitures électriques en location, avec bornes de recharge et badge.",
        ],
        [
          "Ouverture du service aux salariés le soir et le week-end pour un usage personnel, facturé directement.",
          "Option d'usage privé : vos collaborateurs louent les véhicules hors heures de travail, à tarif préférentiel.",
          "Usage mixte pro/perso qui améliore l'amortissement du parc.",
        ],
        [
          "Gestion administrative du parc : contraventions, désignation du conducteur, sinistres, carte carburant.",
          "Nous reprenons la gestion quotidienne de votre flotte : entretiens, pneus, contrôle technique, PV.",
          "Externalisation de la gestion de flotte pour les PME et ETI.",
        ],
      ],
      vague: ["Solutions de mobilité pour les entreprises.", "Gestion de flotte automobile.", "Location de véhicules."],
    },
  ],
  needs: [
    {
      target: "h2-navettes-salaries",
      related: ["h2-conseil-plan-mobilite"],
      title: "Navettes salariés gare de Vitrolles ↔ site Marignane",
      description:
        "Dans le cadre de notre plan de mobilité, nous souhaitons mettre en place une navette pour environ 150 salariés entre la gare Vitrolles Aéroport Marseille-Provence et notre site de Marignane. Rotations à 5h30, 13h30 et 21h30 (travail en 3x8), du lundi au samedi. Véhicules de 30 à 50 places, démarrage au 1er mars, contrat de 3 ans.",
      kind: "services",
      nafPicked: ["49.31Z"],
      budget: [180000, 260000],
    },
    {
      target: "h2-conseil-plan-mobilite",
      related: ["h2-autopartage-flotte", "h2-velos-de-fonction"],
      title: "PDME – diagnostic et plan d'actions 3 sites",
      description:
        "Accompagnement à l'élaboration d'un plan de mobilité employeur pour nos 3 établissements d'Aix-en-Provence, Gémenos et Fos-sur-Mer (1 900 collaborateurs). Attendus : enquête déplacements, diagnostic d'accessibilité, propositions sur le covoiturage, le vélo et la flotte de véhicules de service, chiffrage du forfait mobilités durables. Livrable avant la NAO de novembre.",
      kind: "services",
      nafPicked: ["70.22Z"],
      budget: [25000, 45000],
    },
  ],
};
