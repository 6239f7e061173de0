import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-demenagement-stockage",
  specialties: [
    {
      key: "h6-transfert-bureaux",
      naf: ["49.42Z", "52.29B"],
      names: [
        "TRANSFERT ENTREPRISES MEDITERRANEE",
        "PROVENCE DEMENAGEMENTS PROFESSIONNELS",
        "BUREAUX EN MOUVEMENT",
        "ETS GIORDANO TRANSFERTS",
        "OFFICE MOVE SUD",
        "DEMENAGEMENTS TERTIAIRES DU MIDI",
        "LOGISTIQUE TRANSFERT ADMINISTRATIF",
        "SUD TRANSFERTS",
      ],
      ideas: [
        [
          "Transfert de bureaux et déménagement d'entreprises, administrations et hôpitaux.",
          "Spécialiste du déménagement de sièges sociaux, agences et services publics.",
          "Nous organisons le transfert complet de vos locaux professionnels.",
        ],
        [
          "Chef de projet dédié, plan de transfert et étiquetage poste par poste.",
          "Méthodologie éprouvée : repérage, codification des postes, planning par service.",
          "Un chef de projet coordonne le déménagement avec vos services généraux.",
        ],
        [
          "Déménagement le week-end ou de nuit pour ne pas interrompre votre activité.",
          "Interventions en horaires décalés, reprise du travail le lundi matin.",
          "Continuité d'activité garantie pendant le transfert.",
        ],
        [
          "Démontage et remontage du mobilier de bureau, transfert du matériel informatique.",
          "Débranchement, emballage et rebranchement des postes informatiques.",
          "Caisses navettes fournies et mobilier démonté puis réinstallé.",
        ],
        [
          "Transfert d'archives, de laboratoires et de matériel sensible.",
          "Déménagement d'archives et de salles serveurs avec traçabilité.",
          "Manutention de matériel de laboratoire et d'équipements fragiles.",
        ],
        [
          "Reprise du mobilier inutile et orientation vers les filières de réemploi.",
          "Débarras des locaux quittés et évacuation des encombrants.",
          "Gestion du mobilier usagé : don, réemploi ou recyclage.",
        ],
      ],
      vague: ["Déménagements.", "Transfert et logistique.", "Services aux entreprises."],
    },
    {
      key: "h6-demenagement-particuliers",
      naf: ["49.42Z"],
      names: [
        "DEMENAGEMENTS DU SOLEIL",
        "ALLO DEMENAGEMENT 13",
        "LES DEMENAGEURS MARSEILLAIS",
        "SARL TOMASI DEMENAGEMENTS",
        "MOVE AND GO",
        "DEMENAGEMENT FACILE AIX",
        "CARTONS ET COMPAGNIE",
        "BRAS ET CAMIONS",
      ],
      ideas: [
        [
          "Déménagement de particuliers : appartements, maisons, studios étudiants.",
          "Nous déménageons les familles dans toute la région et partout en France.",
          "Votre déménagement de A à Z, du studio à la villa.",
        ],
        [
          "Formules économique, standard ou clé en main avec emballage complet.",
          "Vous choisissez : nous emballons tout ou vous préparez vos cartons.",
          "Devis gratuit après visite ou estimation en visio.",
        ],
        [
          "Déménagements longue distance et groupages vers toute la France.",
          "Groupage pour les petits volumes à destination de Paris, Lyon et du Nord.",
          "Déménagements vers la Corse et l'étranger.",
        ],
        [
          "Transport de pianos, d'objets d'art et de meubles fragiles.",
          "Manutention de pianos et de meubles lourds.",
          "Emballage spécial pour la vaisselle et les objets fragiles.",
        ],
        [
          "Fourniture de cartons, adhésifs et papier bulle.",
          "Vente de cartons de déménagement et kits d'emballage.",
          "Cartons livrés chez vous avant le jour J.",
        ],
        [
          "Des déménageurs soigneux et une assurance tous risques.",
          "Équipe sympathique, ponctuelle et expérimentée.",
          "Plus de 2 000 familles déménagées, avis clients vérifiés.",
        ],
      ],
      vague: ["Déménagements.", "Transport de meubles.", "Déménageur."],
    },
    {
      key: "h6-garde-meubles-self-stockage",
      naf: ["52.10B", "68.20B"],
      names: [
        "BOX ET STOCKAGE PROVENCE",
        "GARDE MEUBLES DU PRADO",
        "STOCKAGE MALIN 13",
        "ESPACE BOX VITROLLES",
        "ABRI STOCK",
        "LES BOX DE LA VALENTINE",
        "HOMEBOX LOCAL",
        "MAGASINS GENERAUX D'ARENC",
      ],
      ideas: [
        [
          "Location de box de stockage de 1 à 50 m², accessibles 7 j/7.",
          "Garde-meubles et self-stockage pour particuliers et professionnels.",
          "Des boxes fermés à louer au mois, sans engagement de durée.",
        ],
        [
          "Site sécurisé : vidéosurveillance, alarme individuelle, accès par code.",
          "Bâtiment gardé et surveillé 24 h/24.",
          "Chaque box est fermé par votre propre cadenas.",
        ],
        [
          "Stockage pour les professionnels : stock de marchandises, archives, matériel de chantier.",
          "Une solution pour les artisans, e-commerçants et commerciaux qui manquent de place.",
          "Réception de vos livraisons en votre absence.",
        ],
        [
          "Garde-meubles en conteneurs pendant vos travaux ou entre deux logements.",
          "Entreposage de mobilier en caisses-conteneurs dans un entrepôt sec.",
          "Stockage temporaire pendant une rénovation ou un déménagement.",
        ],
        [
          "Chariots, diables et transpalettes à disposition gratuitement.",
          "Quai de chargement et monte-charge pour les gros volumes.",
          "Location de camionnettes sur place.",
        ],
        ["Accès facile depuis l'autoroute A7 et l'A50.", "Situé en zone commerciale avec grand parking.", "Ouvert du lundi au dimanche de 6 h à 22 h."],
      ],
      vague: ["Location de box.", "Stockage.", "Garde-meubles."],
    },
    {
      key: "h6-location-monte-meubles",
      naf: ["77.39Z", "49.42Z", "77.32Z"],
      names: [
        "MONTE MEUBLES SERVICES",
        "ELEVATEUR EXPRESS 13",
        "LIFT MOVE PROVENCE",
        "ETS DURAND MONTE CHARGES",
        "HAUTEUR ET LEVAGE MOBILIER",
        "SUD MONTE MEUBLES",
        "FACIL'LEVAGE",
        "ASCENSO LOCATION",
      ],
      ideas: [
        [
          "Location de monte-meubles avec opérateur pour déménagements et livraisons en étage.",
          "Monte-meubles sur camion jusqu'au 10e étage, avec conducteur qualifié.",
          "Nous montons vos meubles et matériaux par la fenêtre ou le balcon.",
        ],
        [
          "Interventions pour les déménageurs, les livreurs de mobilier et les particuliers.",
          "Partenaire des déménageurs et des magasins de meubles.",
          "Nous travaillons pour les professionnels comme pour les particuliers.",
        ],
        [
          "Montée de matériaux sur les toits et terrasses pour les artisans.",
          "Levage de tuiles, plaques de plâtre et vitrages pour les chantiers.",
          "Monte-matériaux pour couvreurs et plaquistes.",
        ],
        [
          "Demande d'autorisation de stationnement et de voirie prise en charge.",
          "Nous gérons les démarches d'occupation du domaine public auprès des mairies.",
          "Autorisation de stationnement obtenue pour vous.",
        ],
        [
          "Monte-meubles de toutes tailles, y compris pour les rues étroites du centre-ville.",
          "Matériel compact adapté aux ruelles du Panier et aux centres anciens.",
          "Parc de monte-meubles sur remorque et sur porteur.",
        ],
        ["Disponible le jour même, week-end compris.", "Réservation rapide par téléphone, intervention sous 24 h.", "Tarif à l'heure ou à la demi-journée."],
      ],
      vague: ["Location de matériel.", "Levage.", "Monte-meubles."],
    },
  ],
  needs: [
    {
      target: "h6-transfert-bureaux",
      related: ["h6-location-monte-meubles"],
      title: "Déménagement de nos bureaux 120 postes",
      description:
        "Nous déménageons notre siège de la rue de la République vers un immeuble neuf à Euroméditerranée : 120 postes de travail, 3 salles de réunion, 400 mètres linéaires d'archives. Transfert sur un week-end en octobre, avec démontage-remontage du mobilier et rebranchement des PC.",
      kind: "services",
      nafPicked: ["49.42Z"],
      budget: [25000, 45000],
    },
    {
      target: "h6-garde-meubles-self-stockage",
      related: ["h6-transfert-bureaux"],
      title: "Stocker du mobilier et des cartons pendant nos travaux",
      description:
        "Notre agence bancaire d'Aubagne ferme 5 mois pour travaux. Il nous faut un local fermé et sécurisé d'environ 30 m² pour stocker mobilier et cartons, accessible à nos équipes, à moins de 10 km.",
      kind: "services",
      nafPicked: ["68.20B"],
      budget: [1500, 3500],
    },
    {
      target: "h6-location-monte-meubles",
      title: "Monter des matériaux au 6e étage",
      description:
        "Rénovation d'un cabinet dentaire au 6e étage d'un immeuble du cours Julien (Marseille 6e), l'ascenseur étant trop petit. Nous avons besoin d'un élévateur avec opérateur une journée pour monter 2 fauteuils dentaires et des plaques de plâtre, autorisation de voirie comprise.",
      kind: "services",
      nafPicked: ["43.99D", "49.42Z"],
      budget: [500, 1200],
    },
    {
      target: "h6-transfert-bureaux",
      related: ["h6-garde-meubles-self-stockage"],
      title: "Transfert du service des archives et de la médiathèque",
      description:
        "La ville de Vitrolles regroupe ses archives municipales et un fonds de 20 000 documents dans un nouveau bâtiment. Le prestataire devra assurer le conditionnement, le transport et le reclassement dans l'ordre des rayonnages, avec traçabilité, sur 3 semaines en janvier.",
      kind: "services",
      nafPicked: ["91.01Z", "49.41B"],
      budget: [18000, 30000],
    },
  ],
};
