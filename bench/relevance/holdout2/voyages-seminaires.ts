import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "voyages-seminaires",
  specialties: [
    {
      key: "h2-agence-voyages-affaires",
      naf: ["79.11Z", "79.90Z", "79.12Z"],
      names: [
        "PHOCEA BUSINESS TRAVEL",
        "AGENCE DE VOYAGES DU PRADO",
        "CORPORATE VOYAGES SUD",
        "SARL ESCALES PRO",
        "TRAVELDESK MEDITERRANEE",
        "VOYAGES BONNET",
        "AIRPORT CONNECT AFFAIRES",
        "MISTRAL TRAVEL MANAGEMENT",
        "OPTIMA DEPLACEMENTS",
      ],
      ideas: [
        [
          "Agence de voyages d'affaires : billets d'avion, de train, hôtels et locations de voitures pour vos collaborateurs.",
          "Nous organisons les déplacements professionnels des entreprises, en France comme à l'international.",
          "Travel management company indépendante au service des PME et des grands comptes.",
          "Je gère les réservations de transport et d'hébergement des salariés en mission, du devis à la facturation.",
        ],
        [
          "Outil de réservation en ligne (SBT) paramétré selon votre politique voyages.",
          "Vos voyageurs réservent eux-mêmes sur notre plateforme, avec circuit de validation par le manager.",
          "Self-booking tool connecté aux GDS et aux tarifs négociés de votre entreprise.",
        ],
        [
          "Agents dédiés joignables par téléphone de 7h à 21h, assistance d'urgence 24h/24 en cas de grève ou d'annulation.",
          "Une équipe de conseillers voyages qui connaît vos habitudes et vos préférences.",
          "Suivi des voyageurs en temps réel et gestion des imprévus : vols annulés, correspondances manquées, rapatriement.",
        ],
        [
          "Négociation de tarifs corporate avec les compagnies aériennes, la SNCF et les chaînes hôtelières.",
          "Nous vous faisons bénéficier de nos accords avec Air France, Lufthansa et les principaux groupes hôteliers.",
          "Optimisation du budget déplacements : reporting mensuel, analyse des dépenses, économies réalisées.",
        ],
        [
          "Facture unique mensuelle, intégration dans votre outil de notes de frais.",
          "Relevés centralisés, imputation par centre de coût et export comptable.",
          "Gestion des visas, passeports et formalités sanitaires pour les missions à l'étranger.",
        ],
        [
          "Agence agréée IATA, garantie APST.",
          "Immatriculée au registre des opérateurs de voyages Atout France, membre de l'APST.",
          "Plus de 25 ans d'expérience dans le voyage d'affaires, bureaux à Marseille et Aix-en-Provence.",
        ],
        [
          "Nous organisons aussi les déplacements de groupe : conventions, salons, voyages de stimulation.",
          "Billetterie groupe pour vos équipes commerciales et vos salons professionnels.",
          "Voyages incentive et séminaires à l'étranger clés en main.",
        ],
      ],
      vague: ["Agence de voyages.", "Voyages et déplacements professionnels.", "Billetterie, réservations.", "Services de voyages pour entreprises."],
    },
    {
      key: "h2-hotel-seminaires",
      naf: ["55.10Z", "82.30Z", "56.10A"],
      names: [
        "DOMAINE DE LA GARRIGUE",
        "HOTEL LES OLIVIERS",
        "CHATEAU DE SAINT-ANDIOL",
        "LE MAS DES CIGALES",
        "SAS BASTIDE DU LUBERON",
        "GOLF HOTEL DE PROVENCE",
        "RELAIS DE LA SAINTE-VICTOIRE",
        "HOTEL SPA LES CALANQUES",
        "SOCIETE HOTELIERE DU PIGEONNIER",
      ],
      ideas: [
        [
          "Hôtel 4 étoiles au cœur d'un parc de 12 hectares, idéal pour vos séminaires résidentiels.",
          "Domaine provençal avec 62 chambres et 8 salles modulables, à 25 minutes de l'aéroport Marseille-Provence.",
          "Notre bastide accueille vos comités de direction, conventions et journées d'étude au calme.",
          "Hôtel de séminaire en pleine nature, entre Aix et le Luberon.",
        ],
        [
          "Forfaits journée d'étude et séminaire résidentiel : salle, pauses, déjeuner, dîner et nuitée.",
          "Formule tout compris par participant, du petit-déjeuner d'accueil au dîner de gala.",
          "Tarifs à la journée ou en pension complète, devis sous 48 heures.",
        ],
        [
          "Salles de plain-pied avec lumière du jour, vidéoprojecteur, écran, wifi haut débit et sonorisation.",
          "Plénière jusqu'à 180 personnes en théâtre et sous-commissions de 10 à 30 places.",
          "Équipement audiovisuel complet et technicien sur place pour vos plénières.",
        ],
        [
          "Restaurant gastronomique aux produits locaux, terrasse et dîners à thème.",
          "Notre chef élabore des menus de saison pour vos déjeuners de travail et soirées.",
          "Cocktails, barbecues géants au bord de la piscine et soirées privatisées.",
        ],
        [
          "Activités de cohésion sur place : rallye en 2CV, olympiades, cours de cuisine, dégustation de vins.",
          "Team building organisé avec nos partenaires : escalade, paddle, pétanque, chasse au trésor.",
          "Spa, piscine chauffée, tennis et parcours de golf pour la détente de vos équipes.",
        ],
        [
          "Un coordinateur séminaire unique vous accompagne de la réservation au départ des participants.",
          "Privatisation possible de l'ensemble du domaine pour les groupes de plus de 80 personnes.",
          "Parking gratuit de 120 places et navettes depuis la gare TGV d'Aix-en-Provence.",
        ],
      ],
      vague: ["Hôtel restaurant.", "Hôtellerie, séminaires et réceptions.", "Établissement hôtelier 4 étoiles.", "Hébergement et restauration."],
    },
    {
      key: "h2-location-salles-reunion",
      naf: ["68.20B", "82.11Z", "82.30Z", "55.10Z"],
      names: [
        "WORKSPACE JOLIETTE",
        "CENTRE D AFFAIRES DU PRADO",
        "LES SALONS DE LA CANEBIERE",
        "SALLEO",
        "ESPACE EUROMED",
        "SAS BUREAUX ET REUNIONS",
        "LE HUB AIXOIS",
        "MEETING POINT SAINT-CHARLES",
        "LOFT 13 EVENEMENTS",
      ],
      ideas: [
        [
          "Location de salles de réunion à l'heure, à la demi-journée ou à la journée en plein centre-ville.",
          "Nous louons des espaces de réunion et de formation de 4 à 120 places, à deux pas de la gare Saint-Charles.",
          "Centre d'affaires proposant bureaux, salles de réunion et domiciliation.",
          "Espace événementiel privatisable pour vos réunions, formations, conférences de presse et afterworks.",
        ],
        [
          "Salles équipées : écran interactif, visioconférence, paperboard, wifi fibre.",
          "Toutes nos salles disposent d'un écran 75 pouces, d'un système de visio et de la climatisation.",
          "Configuration en U, en théâtre, en classe ou en îlots selon vos besoins.",
        ],
        [
          "Accès facile : métro, tramway et parking public à 100 mètres.",
          "Situé dans le quartier d'affaires d'Euroméditerranée, proche des autoroutes A7 et A55.",
          "En centre-ville d'Aix, à 5 minutes à pied de la Rotonde.",
        ],
        [
          "Café d'accueil, pauses gourmandes et plateaux-repas livrés en salle.",
          "Prestations traiteur sur demande, du petit-déjeuner au cocktail déjeunatoire.",
          "Espace détente avec machine à café en libre-service pour vos participants.",
        ],
        [
          "Réservation en ligne en quelques clics, confirmation immédiate.",
          "Tarifs dégressifs pour les organismes de formation et les réservations récurrentes.",
          "Accueil physique de vos invités par notre équipe de 8h à 19h.",
        ],
        [
          "Rooftop de 300 m² avec vue sur le port pour vos soirées d'entreprise.",
          "Une verrière lumineuse et un auditorium de 90 fauteuils pour vos conventions.",
          "Lieu atypique dans un ancien entrepôt réhabilité, à privatiser en totalité.",
        ],
      ],
      vague: ["Location de salles.", "Centre d'affaires.", "Espaces de travail et de réunion.", "Location de bureaux et services aux entreprises."],
    },
    {
      key: "h2-residences-appart-hotel",
      naf: ["55.20Z", "55.10Z", "68.20A"],
      names: [
        "RESIDENCE LES VOILES",
        "CITY SUITES PROVENCE",
        "SAS SEJOURS PROLONGES",
        "LES STUDIOS DE LA JOLIETTE",
        "RESIDENCE DE L ETANG",
        "STUDEO PRO",
        "MARTIGUES RESIDENCE AFFAIRES",
        "HOMEPRO MEDITERRANEE",
        "BAIL MOBILITE SUD",
      ],
      ideas: [
        [
          "Résidence hôtelière proposant studios et appartements meublés pour séjours de quelques nuits à plusieurs mois.",
          "Appart-hôtel avec 85 logements équipés, idéal pour les salariés en mission ou en mobilité.",
          "Nous hébergeons les techniciens, consultants et intérimaires en déplacement longue durée.",
          "Location meublée de courte et moyenne durée pour les entreprises.",
        ],
        [
          "Chaque appartement dispose d'une kitchenette équipée, d'un coin bureau et du wifi.",
          "Logements entièrement meublés : cuisine, lave-linge, linge de maison fourni.",
          "Du studio au T3, pour une ou plusieurs personnes, avec parking sécurisé.",
        ],
        [
          "Tarifs dégressifs à partir de 7 nuits, puis au mois.",
          "Prix longue durée négociés pour les entreprises, facturation mensuelle.",
          "Contrats de location en bail mobilité de 1 à 10 mois.",
        ],
        [
          "Ménage hebdomadaire, changement du linge, laverie en libre-service.",
          "Services à la carte : petit-déjeuner, ménage supplémentaire, pressing.",
          "Réception ouverte 7j/7 et arrivées autonomes par boîte à clés.",
        ],
        [
          "À proximité des zones industrielles de Fos, Martigues et Berre-l'Étang.",
          "Situés près du technopôle de Château-Gombert et de la zone d'Aix-Les Milles.",
          "Dix résidences dans la métropole Aix-Marseille, près des grands sites industriels.",
        ],
        [
          "Interlocuteur dédié aux entreprises pour loger vos équipes projets et chantiers.",
          "Nous logeons régulièrement les équipes d'arrêts techniques des raffineries et des grands chantiers.",
          "Blocage d'appartements pour vos équipes sur toute la durée du projet.",
        ],
      ],
      vague: ["Résidence de tourisme.", "Hébergement meublé.", "Location d'appartements.", "Résidence hôtelière."],
    },
  ],
  needs: [
    {
      target: "h2-hotel-seminaires",
      related: ["h2-location-salles-reunion", "h2-agence-voyages-affaires"],
      title: "Séminaire résidentiel CODIR 45 pers. — 2 jours",
      description:
        "Organisation d'un séminaire de direction les 12 et 13 juin pour 45 participants : une plénière, 3 salles de sous-groupes, hébergement en chambres individuelles pour la nuit du 12, dîner et une activité de cohésion. Lieu à moins d'une heure d'Aix-en-Provence, au vert.",
      kind: "services",
      nafPicked: ["82.30Z"],
      budget: [25000, 40000],
    },
    {
      target: "h2-residences-appart-hotel",
      related: ["h2-hotel-seminaires", "h2-agence-voyages-affaires"],
      title: "Hébergement 12 techniciens 5 mois Fos-sur-Mer",
      description:
        "Dans le cadre d'un arrêt de maintenance de notre unité, nous devons loger 12 techniciens de septembre à janvier à proximité de Fos-sur-Mer. Logements individuels avec cuisine, ménage hebdomadaire, parking. Facturation mensuelle à l'entreprise.",
      kind: "services",
      nafPicked: ["55.10Z"],
      budget: [90000, 130000],
    },
    {
      target: "h2-agence-voyages-affaires",
      title: "TMC — gestion des déplacements 2025-2027",
      description:
        "Consultation pour la gestion des voyages d'affaires de nos 600 collaborateurs basés à Marseille : environ 4 000 billets train/avion par an, réservations hôtelières, outil de réservation en ligne avec politique voyage, assistance 24/7 et reporting mensuel. Démarrage au 1er mars.",
      kind: "services",
      nafPicked: ["79.90Z"],
      budget: null,
    },
  ],
};
