import type { Trade } from "./types";

export const trade: Trade = {
  key: "transport-marchandises",
  specialties: [
    {
      key: "transport-routier-marchandises",
      naf: ["49.41A", "49.41B", "52.29B"],
      names: [
        "TRANSPORTS GAUTHIER",
        "ROUTE ET FRET DU CENTRE",
        "TRANSLOG 42",
        "TRANSPORTS PERRIN ET FILS",
        "EUROCAMIONS",
        "STR SOCIETE DE TRANSPORTS REGIONAUX",
        "FRIGO TRANS OUEST",
        "LOGIROUTE",
        "TRANSPORTS MARCEAU",
      ],
      ideas: [
        [
          "Transport routier de marchandises en lots complets et partiels.",
          "Nous acheminons vos palettes en France et en Europe.",
          "Transport de fret par route : complets, demi-lots, groupage.",
        ],
        [
          "Flotte de 60 tracteurs et semi-remorques tautliner, frigorifiques et plateaux.",
          "Porteurs 19 t avec hayon, semi-remorques bâchées et savoyardes.",
          "Véhicules Euro 6 et poids lourds roulant au bioGNV.",
        ],
        [
          "Transport sous température dirigée pour les produits frais et surgelés.",
          "Transport frigorifique sous attestation ATP, enregistrement des températures.",
          "Spécialistes du transport alimentaire en froid positif et négatif.",
        ],
        [
          "Distribution régionale quotidienne et navettes entre vos usines et vos entrepôts.",
          "Tournées de livraison régionales au départ de votre plateforme.",
          "Lignes régulières entre la Bretagne, l'Île-de-France et Rhône-Alpes.",
        ],
        [
          "Suivi des expéditions en temps réel et preuves de livraison dématérialisées.",
          "Géolocalisation de la flotte et portail client pour suivre vos envois.",
          "Échanges EDI avec vos systèmes et prise de rendez-vous en plateforme.",
        ],
        [
          "Entrepôt de 10 000 m² pour le stockage et le cross-docking.",
          "Prestations logistiques : stockage, préparation de commandes, transport.",
          "Affrètement de camions en complément de notre flotte.",
        ],
        [
          "Engagés dans la démarche Objectif CO2 et certifiés ISO 9001.",
          "Conducteurs formés à l'écoconduite et au transport ADR.",
          "Transport de matières dangereuses par conducteurs certifiés ADR.",
        ],
      ],
      vague: ["Transport.", "Transports routiers.", "Logistique.", "Transports et services."],
    },
    {
      key: "coursier-livraison-express",
      naf: ["53.20Z", "49.41B", "52.29A"],
      names: [
        "URBAN COURSES",
        "PLI EXPRESS",
        "SPEED COURSIER",
        "CYCLO-LIVRAISON",
        "COURSES EXPRESS DE LA METROPOLE",
        "TOP CHRONO LIVRAISON",
        "ALLO COURSIER",
        "FLASH DELIVERY",
        "LE DERNIER KILOMETRE",
      ],
      ideas: [
        [
          "Coursiers pour vos plis, colis et documents urgents en ville.",
          "Livraison express de documents et de petits colis dans l'heure.",
          "Service de coursier pour les entreprises, cabinets d'avocats et laboratoires.",
        ],
        [
          "Coursiers à vélo cargo, scooters et petits utilitaires.",
          "Flotte de vélos électriques et de véhicules légers pour le centre-ville.",
          "Livraisons décarbonées en vélo cargo dans l'hypercentre.",
        ],
        [
          "Enlèvement en 30 minutes et livraison directe sans rupture de charge.",
          "Courses urgentes 24 h/24, 7 j/7, y compris les jours fériés.",
          "Livraison le jour même, en urgence ou programmée.",
        ],
        [
          "Livraison du dernier kilomètre pour les e-commerçants et les commerces de proximité.",
          "Tournées de livraison urbaines pour les enseignes et les grossistes.",
          "Livraison au domicile de vos clients sur créneau horaire.",
        ],
        [
          "Transport d'échantillons biologiques et de produits de santé en température dirigée.",
          "Courses sanitaires pour les laboratoires et les pharmacies.",
          "Acheminement urgent de pièces détachées pour l'industrie.",
        ],
        [
          "Commande par application, suivi GPS et preuve de livraison signée.",
          "Réservation en ligne, facturation mensuelle, compte professionnel.",
          "Notification SMS au destinataire et photo à la livraison.",
        ],
      ],
      vague: ["Livraison.", "Transport.", "Courses.", "Services de livraison."],
    },
    {
      key: "demenagement-entreprises",
      naf: ["49.42Z", "52.10B", "49.41B"],
      names: [
        "TRANSFERT PRO",
        "OFFICE MOVE FRANCE",
        "DEMENAGEMENTS INDUSTRIELS DU SUD",
        "BUREAUX EN MOUVEMENT",
        "SOCIETE DE TRANSFERT D'ENTREPRISES",
        "MOVIS ENTREPRISES",
        "DEMECO PRO NORD",
        "TRANSFERTS ARCHIVES ET MOBILIER",
        "LOGIMOVE",
      ],
      ideas: [
        [
          "Transfert de bureaux, de sièges sociaux et d'administrations.",
          "Déménagement d'entreprises : postes de travail, mobilier, archives, informatique.",
          "Nous organisons le transfert de vos locaux professionnels de A à Z.",
        ],
        [
          "Chef de projet dédié, plan de transfert et étiquetage poste par poste.",
          "Pré-visite, planning détaillé et coordination avec vos services généraux.",
          "Méthode éprouvée pour déménager 500 postes en un week-end.",
        ],
        [
          "Déménagement le week-end pour ne pas interrompre votre activité.",
          "Interventions de nuit et le week-end, reprise d'activité le lundi matin.",
          "Continuité de service garantie grâce à un transfert par phases.",
        ],
        [
          "Débranchement et rebranchement du parc informatique, transport de serveurs.",
          "Manutention de matériel sensible : baies, laboratoires, équipements médicaux.",
          "Transfert de machines et d'ateliers avec levage et manutention lourde.",
        ],
        [
          "Démontage et remontage du mobilier, réaménagement des espaces.",
          "Garde-meubles et archivage sécurisé, destruction de documents.",
          "Recyclage du mobilier inutilisé et rachat d'occasion.",
        ],
        [
          "Titulaires de marchés publics avec des ministères, des universités et des hôpitaux.",
          "Certifiés ISO 9001 et ISO 14001, adhérents de la Chambre syndicale du déménagement.",
          "Référencés auprès de grands comptes du tertiaire.",
        ],
      ],
      vague: ["Déménagement.", "Transport.", "Logistique.", "Services aux entreprises."],
    },
    {
      key: "demenagement-particuliers",
      naf: ["49.42Z"],
      names: [
        "DEMENAGEMENTS ROBERT",
        "ALLO DEMENAGEMENT",
        "LES GROS BRAS",
        "DEMENAG'FACILE",
        "CARTONS ET CAMIONS",
        "DEMENAGEMENTS DE LA VALLEE",
        "MOVE TON APPART",
        "GIRARD DEMENAGEMENTS",
        "HELP DEMENAGEMENT",
      ],
      ideas: [
        [
          "Déménagement de particuliers : appartements, maisons, studios étudiants.",
          "Nous déménageons les familles partout en France.",
          "Votre déménagement en toute sérénité, du studio à la grande maison.",
        ],
        [
          "Formules économique, standard et clés en main selon votre budget.",
          "Vous emballez, nous transportons : formule éco à petit prix.",
          "Formule tout compris : emballage, démontage et remontage des meubles.",
        ],
        [
          "Monte-meubles pour les étages sans ascenseur.",
          "Location de monte-meubles avec opérateur.",
          "Piano, meubles lourds et objets fragiles déplacés avec soin.",
        ],
        [
          "Fourniture de cartons, papier bulle et housses de protection.",
          "Kit de déménagement livré chez vous avant le jour J.",
          "Garde-meubles en box individuel au mois.",
        ],
        ["Devis gratuit après visite ou par vidéo.", "Visite technique gratuite pour évaluer le volume.", "Estimation du volume en ligne et devis sous 24 h."],
        [
          "Déménagements groupés longue distance à tarif réduit.",
          "Retours à vide : profitez de nos camions vers toutes les grandes villes.",
          "Nous vous aidons à obtenir l'autorisation de stationnement auprès de la mairie.",
        ],
      ],
      vague: ["Déménagement.", "Transport.", "Déménageur.", "Services aux particuliers."],
    },
  ],
  needs: [
    {
      target: "transport-routier-marchandises",
      related: ["coursier-livraison-express", "demenagement-entreprises"],
      title: "Navette quotidienne de palettes frais entre notre usine et la plateforme de Saint-Quentin-Fallavier",
      description:
        "Fabricant de produits laitiers frais : nous cherchons un transporteur pour une navette quotidienne sous température dirigée (+2/+4 °C), 20 à 26 palettes par jour, 5 jours sur 7. Enregistreur de température et hayon indispensables, démarrage au 1er mars.",
      kind: "services",
      nafPicked: ["49.41A"],
      budget: [90000, 140000],
    },
    {
      target: "demenagement-entreprises",
      related: ["demenagement-particuliers", "transport-routier-marchandises"],
      title: "Transfert de 180 postes de travail vers nos nouveaux locaux",
      description:
        "Notre siège déménage de Nanterre à Saint-Denis : 180 postes, 40 armoires d'archives et une petite salle serveur. Le transfert doit se faire le week-end du 14 au 16 novembre pour une reprise le lundi matin.",
      kind: "services",
      nafPicked: ["49.42Z"],
      budget: [35000, 60000],
    },
  ],
};
