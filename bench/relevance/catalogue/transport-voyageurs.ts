import type { Trade } from "./types";

export const trade: Trade = {
  key: "transport-voyageurs",
  specialties: [
    {
      key: "autocars-avec-chauffeur",
      naf: ["49.39A", "49.39B", "49.31Z"],
      names: [
        "AUTOCARS DU LUBERON",
        "VOYAGES TOURNIER",
        "CARS BLEUS DE PROVENCE",
        "TRANSPORTS DE VOYAGEURS MICHAUD",
        "NAVETTIS",
        "AUTOCARS DE L'ESTUAIRE",
        "LES CARS DU PLATEAU",
        "SOCIETE ROUTIERE DE VOYAGEURS",
        "GRAND TOURISME MERCIER",
      ],
      ideas: [
        [
          "Location d'autocars et de minicars avec chauffeur pour les groupes.",
          "Transport de groupes en autocar : entreprises, associations, scolaires.",
          "Autocariste : excursions, séminaires, transferts et voyages.",
        ],
        [
          "Navettes de personnel entre gares, parkings et sites industriels.",
          "Lignes privées régulières pour le transport des salariés en horaires postés.",
          "Ramassage du personnel en 3x8 sur des circuits définis avec vous.",
        ],
        [
          "Flotte de 45 véhicules de 19 à 83 places, climatisés, avec ceintures et accès PMR.",
          "Autocars grand tourisme, minicars et bus articulés.",
          "Véhicules récents Euro 6, dont plusieurs roulant au biocarburant HVO.",
        ],
        [
          "Conducteurs expérimentés, respect strict de la réglementation sur les temps de conduite.",
          "Conducteurs salariés, formés, titulaires de la FIMO et de la FCO voyageurs.",
          "Double équipage pour les longues distances.",
        ],
        [
          "Transferts depuis les aéroports et les gares pour congrès, salons et événements.",
          "Accueil de délégations et navettes événementielles avec signalétique.",
          "Gestion des flux de participants lors des grands événements.",
        ],
        [
          "Inscrits au registre des transporteurs de personnes, labellisés Label Excellence Autocar.",
          "Certifiés ISO 9001 et engagés dans la démarche Objectif CO2.",
          "Exploitant de lignes régulières pour le compte de la région.",
        ],
      ],
      vague: ["Transport de voyageurs.", "Autocars.", "Transport.", "Tourisme."],
    },
    {
      key: "taxi-vtc",
      naf: ["49.32Z", "49.39B"],
      names: [
        "TAXI AEROPORT SERVICE",
        "VTC PRESTIGE RIVIERA",
        "ALLO TAXI GARE",
        "DRIVER CLASS",
        "CHAUFFEUR PRIVE ELITE",
        "TAXIS DE LA CROIX ROUSSE",
        "BERLINE CONNECT",
        "TAXI CONVENTIONNE DUPRE",
        "MOVE VTC",
      ],
      ideas: [
        [
          "Taxi et voiture de transport avec chauffeur pour vos déplacements professionnels et privés.",
          "Chauffeur privé en berline pour les transferts d'affaires.",
          "Service de taxi 24 h/24 et 7 j/7.",
        ],
        [
          "Transferts vers les aéroports et les gares avec suivi des vols.",
          "Accueil avec pancarte à l'aéroport et prise en charge des bagages.",
          "Trajets longue distance et mise à disposition à l'heure.",
        ],
        ["Berlines haut de gamme et vans 7 places.", "Véhicules hybrides et électriques récents.", "Van jusqu'à 8 passagers pour les petits groupes."],
        [
          "Compte entreprise et facturation mensuelle pour vos collaborateurs.",
          "Réservation en ligne ou par téléphone, paiement par carte à bord.",
          "Application de réservation avec tarif annoncé à l'avance.",
        ],
        [
          "Taxi conventionné par l'Assurance maladie pour le transport de patients assis.",
          "Transport de personnes vers les hôpitaux et centres de soins.",
          "Agréés par la Sécurité sociale pour les trajets médicaux.",
        ],
        [
          "Chauffeurs bilingues anglais, discrétion et ponctualité.",
          "Mise à disposition pour roadshows, visites de sites et congrès.",
          "Chauffeurs professionnels titulaires de la carte VTC ou de la licence de taxi.",
        ],
      ],
      vague: ["Taxi.", "Transport de personnes.", "Chauffeur.", "Transport."],
    },
    {
      key: "location-minibus",
      naf: ["77.11B", "77.11A", "77.12Z"],
      names: [
        "LOC'MINIBUS",
        "RENT 9 PLACES",
        "LOCATION UTILITAIRES ET MINIBUS DU GARD",
        "FLEXILOC",
        "AUTO LOC DES ALPES",
        "MOBILOC",
        "VAN AND GO",
        "LOCATIONS BRUNEAU",
        "CAP LOCATION",
      ],
      ideas: [
        [
          "Location de minibus 9 places sans chauffeur, à la journée, au week-end ou au mois.",
          "Louez un minibus et conduisez-le vous-même avec un simple permis B.",
          "Location de véhicules de 9 places pour clubs, associations et entreprises.",
        ],
        [
          "Location longue durée de véhicules utilitaires et de minibus pour les professionnels.",
          "Contrats de location longue durée avec entretien et assurance inclus.",
          "Location de flottes de véhicules pour les entreprises et les collectivités.",
        ],
        [
          "Minibus climatisés de marques courantes, avec GPS et régulateur.",
          "Véhicules récents, attelage et galerie en option.",
          "Minibus aménagés pour le transport de personnes à mobilité réduite.",
        ],
        [
          "Kilométrage illimité et assurance tous risques comprise.",
          "Tarifs dégressifs selon la durée, caution raisonnable.",
          "Option rachat de franchise et deuxième conducteur gratuit.",
        ],
        [
          "Agence ouverte 7 j/7, retrait et retour possibles le dimanche.",
          "Livraison du véhicule sur votre site.",
          "Réservation en ligne avec confirmation immédiate.",
        ],
        [
          "Location de camionnettes et de camions de 20 m³ pour vos déménagements.",
          "Aussi : utilitaires de 12 et 20 m³ et véhicules frigorifiques.",
          "Voitures, utilitaires et minibus disponibles dans nos 4 agences.",
        ],
      ],
      vague: ["Location de véhicules.", "Location.", "Transport.", "Loueur."],
    },
  ],
  needs: [
    {
      target: "autocars-avec-chauffeur",
      related: ["taxi-vtc", "location-minibus"],
      title: "Navettes pour 120 salariés entre la gare d'Aix TGV et notre site",
      description:
        "À partir du 2 septembre, nous cherchons un transporteur pour des navettes matin et soir (arrivée du TGV de 7 h 45, départ de celui de 18 h 10) entre la gare d'Aix TGV et notre site de Rousset, soit environ 120 salariés par jour. Véhicules accessibles PMR, contrat d'un an reconductible.",
      kind: "services",
      nafPicked: ["49.31Z"],
      budget: [110000, 160000],
    },
    {
      target: "location-minibus",
      related: ["autocars-avec-chauffeur", "taxi-vtc"],
      title: "Deux 9 places au mois pour nos équipes de chantier",
      description:
        "Entreprise de gros œuvre : nous cherchons deux véhicules 9 places en location mensuelle, sans chauffeur, de mars à octobre, pour emmener nos compagnons sur les chantiers. Environ 3 000 km par mois et par véhicule, entretien inclus.",
      kind: "supplies",
      nafPicked: ["77.11A"],
      budget: [12000, 18000],
    },
  ],
};
