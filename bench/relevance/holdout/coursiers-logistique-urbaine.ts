import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "coursiers-logistique-urbaine",
  specialties: [
    {
      key: "h-coursier-express",
      naf: ["53.20Z", "49.41B", "52.29A"],
      names: [
        "FLASH COURSES MARSEILLE",
        "PROVENCE EXPRESS COURSIER",
        "TOP CHRONO SUD",
        "COURSIER 13",
        "MOTO PLIS SERVICES",
        "RAPIDO LIVRAISON",
        "EXPRESS MESSAGERIE PHOCEENNE",
        "BENSALAH KARIM",
      ],
      ideas: [
        [
          "Coursiers à moto et en véhicules utilitaires pour vos envois urgents dans Marseille et toute la métropole.",
          "Enlèvement sous 30 minutes et livraison directe, sans rupture de charge.",
          "Je suis coursier indépendant en deux-roues : plis, colis, documents urgents, 7j/7.",
        ],
        [
          "Course dédiée : un seul envoi par véhicule, de porte à porte.",
          "Livraison en 1 h, 2 h ou dans la journée selon l’urgence.",
          "Service express et sur mesure, y compris la nuit et le week-end.",
        ],
        [
          "Flotte de scooters, motos, Kangoo et fourgons de 12 m³.",
          "Véhicules légers jusqu’à 20 m³ pour les colis volumineux.",
          "Motos pour les plis, utilitaires pour les cartons et les petites palettes.",
        ],
        [
          "Clients : cabinets d’avocats, laboratoires d’analyses, imprimeurs, industriels.",
          "Transport de prélèvements biologiques et de produits de santé en caissons isothermes.",
          "Acheminement de pièces détachées urgentes pour éviter les arrêts de production.",
        ],
        [
          "Suivi en temps réel et preuve de livraison électronique (signature, photo).",
          "Commande par téléphone, e-mail ou plateforme en ligne, tarifs au kilomètre.",
          "Compte client avec facturation mensuelle.",
        ],
        [
          "Nous desservons tout le département : Marseille, Aix, Aubagne, Marignane, Fos, Martigues.",
          "Courses longue distance possibles vers Lyon, Nice ou Montpellier.",
          "Liaisons avec l’aéroport de Marignane et la gare Saint-Charles.",
        ],
      ],
      vague: ["Coursier.", "Transport express.", "Livraison de colis et plis."],
    },
    {
      key: "h-cyclologistique",
      naf: ["49.41B", "53.20Z", "52.29B"],
      names: [
        "VELOCITY MARSEILLE",
        "LES TRIPORTEURS PHOCEENS",
        "CARGO VELO SUD",
        "PEDALE ET LIVRE",
        "ROULE MA POULE LOGISTIQUE",
        "ECOLIVRE PROVENCE",
        "VELOTRANSPORT 13",
        "BOUCHET ANTOINE",
      ],
      ideas: [
        [
          "Livraison du dernier kilomètre en vélos-cargos à assistance électrique, zéro émission.",
          "Transport de marchandises à vélo dans le centre-ville de Marseille.",
          "Cyclologistique : nous livrons vos colis, sacs et charges lourdes à la force des mollets… et d’un moteur électrique.",
        ],
        [
          "Triporteurs et remorques jusqu’à 250 kg et 2 m³ de charge utile.",
          "Vélos-cargos électriques capables d’emporter jusqu’à 180 kg.",
          "Remorques attelées compatibles avec les rolls et les cartons standards.",
        ],
        [
          "Espace logistique urbain en cœur de ville pour le groupage et le stockage tampon.",
          "Vos poids lourds déchargent dans notre hub près du Vieux-Port, nous assurons la fin du trajet.",
          "Micro-entrepôt urbain pour préparer les tournées de distribution.",
        ],
        [
          "Compatible ZFE : accès aux zones piétonnes et aux secteurs à circulation restreinte.",
          "Aucune contrainte de stationnement ni d’horaires de livraison en zone piétonne.",
          "Bilan carbone de vos livraisons fourni chaque mois.",
        ],
        [
          "Tournées régulières pour commerçants, restaurateurs, pharmacies et e-commerçants.",
          "Livraison de repas, paniers de produits locaux, fournitures de bureau.",
          "Collecte de biodéchets et de cartons à vélo.",
        ],
        [
          "Coopérative (SCOP) de coursiers salariés, pas d’auto-entrepreneurs.",
          "Entreprise de l’économie sociale et solidaire.",
          "Nos cyclistes sont formés à la conduite en ville et équipés toute l’année.",
        ],
      ],
      vague: ["Livraison à vélo.", "Transport de marchandises.", "Logistique urbaine."],
    },
    {
      key: "h-messagerie-palette",
      naf: ["52.29A", "49.41A", "49.41B"],
      names: [
        "TRANSPORTS MARTIN ET FILS",
        "PALET'EXPRESS SUD",
        "GROUPAGE PROVENCE LOGISTIQUE",
        "MESSAGERIE DU MIDI",
        "TRANSPORTS ROUBAUD",
        "SUD EST FRET",
        "ALLIANCE PALETTES MEDITERRANEE",
        "TRANS-LUBERON",
      ],
      ideas: [
        [
          "Messagerie palettisée : transport de 1 à 6 palettes vers toute la France en 24/48 h.",
          "Membre d’un réseau de transporteurs indépendants pour l’acheminement de palettes en groupage.",
          "Transport de lots partiels et de palettes à l’unité au départ des Bouches-du-Rhône.",
        ],
        [
          "Groupage régional quotidien en PACA, Occitanie et Rhône-Alpes.",
          "Ramasse chaque après-midi, distribution le lendemain matin.",
          "Lignes régulières Marseille–Lyon, Marseille–Nice, Marseille–Montpellier.",
        ],
        [
          "Porteurs 19 t avec hayon, semi-remorques tautliner et camions de 12 t.",
          "Flotte équipée de hayons élévateurs pour livrer les sites sans quai.",
          "Véhicules Euro 6 et roulant au B100.",
        ],
        [
          "Quai de transbordement de 3 000 m² à Vitrolles et stockage de courte durée.",
          "Plateforme de cross-dock et entreposage.",
          "Stockage, préparation de commandes et expédition.",
        ],
        [
          "Livraison sur rendez-vous, hayon, transpalette, mise en place.",
          "Transport de marchandises dangereuses ADR en quantités limitées.",
          "Conducteurs formés ADR et FIMO/FCO à jour.",
        ],
        [
          "Suivi des expéditions en ligne et preuves de livraison numérisées.",
          "Échanges EDI avec votre ERP.",
          "Cotation immédiate au poids et au nombre de palettes.",
        ],
        [
          "Entreprise familiale depuis trois générations, 45 conducteurs.",
          "Transporteur régional indépendant depuis 1968.",
          "Une équipe d’exploitation joignable de 6 h à 20 h.",
        ],
      ],
      vague: ["Transports routiers.", "Transport et logistique.", "Messagerie et affrètement."],
    },
    {
      key: "h-navette-courrier-intersites",
      naf: ["53.20Z", "82.19Z", "82.11Z", "49.41B"],
      names: [
        "NAVETTES SERVICES ENTREPRISES",
        "COURRIER PLUS PROVENCE",
        "OFFICE LOGISTIC SUD",
        "MAILROOM SERVICES",
        "LIAISONS INTERSITES 13",
        "POSTALIS SERVICES",
        "ADMINISTRATIVE SUPPORT MEDITERRANEE",
        "PERRIN DOMINIQUE",
      ],
      ideas: [
        [
          "Liaisons régulières entre vos établissements, à horaires fixes, matin et après-midi.",
          "Nous transportons votre courrier interne, vos dossiers et vos valises entre vos agences.",
          "Circuits programmés reliant sièges, agences, entrepôts et antennes.",
        ],
        [
          "Levée du courrier départ et remise à La Poste, y compris les envois recommandés.",
          "Collecte de votre courrier sortant et dépôt en plateforme de tri, affranchissement compris.",
          "Machines à affranchir et optimisation de vos tarifs postaux.",
        ],
        [
          "Gestion externalisée de votre service courrier : tri, distribution aux services, numérisation du courrier entrant.",
          "Agents de courrier détachés sur votre site.",
          "Dématérialisation et numérisation du courrier à réception.",
        ],
        [
          "Transport d’échantillons, de dossiers et de pièces entre vos établissements.",
          "Valises inter-agences scellées, traçabilité par scan à chaque étape.",
          "Transport sécurisé de documents confidentiels.",
        ],
        [
          "Contrat annuel au forfait, véhicules dédiés ou mutualisés.",
          "Chauffeur dédié et véhicule à vos couleurs possible.",
          "Remplacement assuré en cas d’absence du chauffeur.",
        ],
        [
          "Clients : hôpitaux, collectivités, banques, mutuelles, groupes multi-sites.",
          "Entreprise adaptée : 80 % de nos salariés sont en situation de handicap.",
          "Présents sur toute l’aire métropolitaine Aix-Marseille.",
        ],
      ],
      vague: ["Services de courrier.", "Services administratifs aux entreprises.", "Transport de documents."],
    },
  ],
  needs: [
    {
      target: "h-navette-courrier-intersites",
      related: ["h-coursier-express"],
      title: "Marché navettes courrier inter-sites (6 sites)",
      description:
        "Nous recherchons un prestataire pour une tournée quotidienne du lundi au vendredi reliant notre siège de Marseille 2e à 5 établissements (Aix, Aubagne, Vitrolles, Marignane, La Ciotat) : ramassage et livraison des plis internes, dossiers et petits colis, passage au bureau de poste pour nos LRAR. Horaires fixes, marché de 3 ans à compter de juillet 2025.",
      kind: "services",
      nafPicked: ["52.29A"],
      budget: [45000, 80000],
    },
    {
      target: "h-cyclologistique",
      related: ["h-coursier-express", "h-messagerie-palette"],
      title: "Livraison décarbonée dernier km – 9 magasins hypercentre",
      description:
        "Avec la ZFE et la piétonnisation, nous souhaitons confier le réassort de nos 9 boutiques de l’hypercentre de Marseille (Canebière, Noailles, Panier) à un prestataire utilisant des véhicules sans émission, avec un point de rupture de charge proche du centre. Environ 1,5 t par jour en cartons, livrées avant 10 h. Démarrage en septembre.",
      kind: "services",
      nafPicked: ["49.41B"],
      budget: [60000, 110000],
    },
  ],
};
