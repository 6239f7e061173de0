import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "distribution-automatique",
  specialties: [
    {
      key: "h-distributeurs-snacking",
      naf: ["47.99B", "46.39B", "56.29B"],
      names: [
        "SUD DISTRIBUTION AUTOMATIQUE",
        "PROVENCE VENDING",
        "DAP MEDITERRANEE",
        "SNACK'IN 13",
        "AUTOMATIC SERVICES SUD",
        "PAUSE GOURMANDE DISTRIBUTION",
        "LES AUTOMATES DU SUD",
        "GARCIA DISTRIBUTION AUTOMATIQUE",
      ],
      ideas: [
        [
          "Exploitant de distributeurs automatiques de boissons chaudes, boissons fraîches et confiseries.",
          "Nous installons, approvisionnons et entretenons des automates de snacking dans les entreprises, écoles et hôpitaux.",
          "Distribution automatique : friandises, sandwichs, canettes et cafés, disponibles 24 h/24.",
        ],
        [
          "Mise à disposition gratuite des appareils à partir de 50 personnes sur site, rémunération sur les consommations.",
          "Aucun investissement de votre part : le matériel est fourni, vos équipes paient leurs consommations.",
          "Possibilité de subventionner tout ou partie des prix de vente pour vos collaborateurs.",
        ],
        [
          "Réassort par nos agents de route 1 à 3 fois par semaine selon le débit de chaque appareil.",
          "Tournées de remplissage planifiées, contrôle des DLC et nettoyage à chaque passage.",
          "Télémétrie sur chaque machine : nous rechargeons avant la rupture.",
        ],
        [
          "Paiement sans contact, carte bancaire, badge ou application mobile.",
          "Monnayeurs rendeurs, lecteurs CB et clés prépayées rechargeables.",
          "Compatibles avec vos badges de restauration et le paiement par smartphone.",
        ],
        [
          "Gamme équilibrée : produits bio, sans sucres ajoutés, fruits secs, eau minérale.",
          "Assortiments santé conformes à la réglementation en milieu scolaire.",
          "Plus de 200 références : barres chocolatées, chips, biscuits, sodas, jus de fruits.",
        ],
        [
          "Dépannage en moins de 4 heures ouvrées sur Marseille, Aix et l’étang de Berre.",
          "Techniciens basés à Vitrolles, astreinte le week-end pour les sites en 3x8.",
          "SAV assuré par nos propres techniciens, jamais sous-traité.",
        ],
        [
          "Entreprise familiale de distribution automatique depuis 1979.",
          "Adhérent de la chambre syndicale nationale de vente et services automatiques (NAVSA).",
          "Plus de 1 200 appareils en exploitation en Provence.",
        ],
      ],
      vague: ["Distribution automatique.", "Vente par automates.", "Exploitant d’automates de boissons et snacks."],
    },
    {
      key: "h-fontaines-eau-reseau",
      naf: ["46.69B", "77.39Z", "33.12Z", "43.22A"],
      names: [
        "AQUA PROVENCE SERVICES",
        "FONTAINES DU SUD",
        "CRISTAL EAU ENTREPRISE",
        "H2O BUREAU",
        "PURE WATER MEDITERRANEE",
        "SOURCE VIVE EQUIPEMENT",
        "BLANC THIERRY",
        "OASIS FRAICHEUR",
      ],
      ideas: [
        [
          "Fontaines raccordées à l’eau de ville : eau fraîche, tempérée ou pétillante à volonté.",
          "Nous installons des points d’eau filtrée branchés sur votre arrivée d’eau, fini les bidons à stocker et à manipuler.",
          "Refroidisseurs d’eau sur eau courante, modèles sur pied, sur comptoir ou sous évier, avec ou sans CO2.",
        ],
        [
          "Filtration charbon actif, ultrafiltration ou osmose inverse selon la qualité de votre eau.",
          "Cartouches changées tous les 6 mois, désinfection sanitaire et analyses bactériologiques.",
          "Lampe UV intégrée contre le développement bactérien.",
        ],
        [
          "Location tout compris : appareil, maintenance préventive, consommables et dépannage.",
          "Contrats de 36 à 60 mois, ou achat avec contrat d’entretien.",
          "Un loyer mensuel par appareil, pièces et main-d’œuvre incluses, sans surprise.",
        ],
        [
          "Pose par nos plombiers : piquage, vanne d’arrêt, clapet anti-retour et évacuation si nécessaire.",
          "Mise en service en une demi-journée, y compris les raccordements hydrauliques.",
          "Nos techniciens réalisent le branchement et le contrôle d’étanchéité.",
        ],
        [
          "Démarche zéro plastique : moins de bouteilles et de gobelets jetables, gourdes personnalisées fournies.",
          "L’alternative écologique aux fontaines à bouteilles de 18,9 litres.",
          "Gourdes et verres à votre logo pour vos collaborateurs.",
        ],
        [
          "Intervention dans les Bouches-du-Rhône, le Var et le Gard.",
          "Plus de 3 000 appareils entretenus en région PACA.",
          "Pour les bureaux, ateliers, chantiers et établissements recevant du public.",
        ],
        [
          "Nous proposons aussi des machines à glaçons et des distributeurs d’eau bouillante pour le thé.",
          "Fontaines à bonbonnes disponibles pour les sites sans arrivée d’eau.",
          "Purificateurs d’eau pour cuisines d’entreprise et cafétérias.",
        ],
      ],
      vague: ["Traitement et distribution d’eau.", "Fontaines à eau.", "Location et maintenance d’équipements."],
    },
    {
      key: "h-cafe-bureau-capsules",
      naf: ["46.37Z", "47.99B", "77.29Z"],
      names: [
        "CAFE DES BUREAUX",
        "MAISON TORREFACTION PHOCEENNE",
        "EXPRESSO SERVICES SUD",
        "ARABICA PRO",
        "L'ATELIER DU CAFE PROVENCE",
        "OFFICE COFFEE 13",
        "LEONETTI CAFES",
        "DOSECO",
      ],
      ideas: [
        [
          "Machines à café pour les entreprises : à capsules, à dosettes ou avec broyeur à grains.",
          "Nous équipons les espaces de pause de machines expresso professionnelles automatiques.",
          "Machines broyeur pour 20 à 200 tasses par jour, boissons lactées, chocolat.",
        ],
        [
          "Livraison de capsules, café en grains, thé, sucre, gobelets et agitateurs.",
          "Réapprovisionnement en consommables : cafés, thés, lait en poudre, biscuits.",
          "Commande en ligne de vos capsules compatibles ou de nos cafés torréfiés artisanalement.",
        ],
        [
          "Torréfacteur depuis 1952, nous sélectionnons et torréfions nos cafés à Marseille.",
          "Cafés de spécialité, pure origine, issus du commerce équitable.",
          "Cafés bio torréfiés chaque semaine pour une fraîcheur optimale.",
        ],
        [
          "Machine prêtée gratuitement contre un engagement de consommation de café.",
          "Contrats de prêt, location ou vente selon votre consommation.",
          "Prêt du matériel sans durée d’engagement au-delà de 2 kg de café par mois.",
        ],
        [
          "Entretien, détartrage et réparation dans notre atelier ou sur site.",
          "Maintenance préventive et échange standard sous 48 h en cas de panne.",
          "Techniciens agréés Jura, WMF, Franke.",
        ],
        [
          "Idéal pour les cabinets, agences, open spaces et salles de réunion.",
          "Service café pour vos séminaires et réunions : thermos, viennoiseries.",
          "Nous accompagnons aussi bien les TPE que les sièges de 500 personnes.",
        ],
      ],
      vague: ["Café et accessoires pour professionnels.", "Torréfaction et distribution de café.", "Vente de machines à café."],
    },
    {
      key: "h-micro-market-frigo",
      naf: ["47.99B", "56.29B", "62.01Z"],
      names: [
        "FRIGO CONNECT SUD",
        "MICROMARKET PROVENCE",
        "PAUSE FRAICHE",
        "MY OFFICE CORNER",
        "LA CANTINE CONNECTEE",
        "FOODBOX ENTREPRISE",
        "SMART FRIDGE MEDITERRANEE",
        "NOUVELLE PAUSE",
      ],
      ideas: [
        [
          "Frigos connectés en libre-service : vos collaborateurs ouvrent, se servent, et sont débités automatiquement.",
          "Réfrigérateurs intelligents à ouverture par carte bancaire ou application, avec pesée ou RFID.",
          "Une cantine en libre-service dans vos locaux, sans personnel, ouverte jour et nuit.",
        ],
        [
          "Micro-market : espace de vente en self-service avec étagères, vitrines réfrigérées et borne d’encaissement.",
          "Nous aménageons des corners alimentaires avec caisses autonomes dans vos espaces de pause.",
          "Épicerie d’entreprise en accès libre, paiement sur borne.",
        ],
        [
          "Plats cuisinés, salades, sandwichs et desserts livrés chaque matin par notre cuisine centrale.",
          "Repas préparés par des traiteurs locaux, conditionnés en barquettes recyclables.",
          "Menus renouvelés chaque semaine, options végétariennes et sans gluten.",
        ],
        [
          "Pour les sites sans restaurant d’entreprise, à partir de 30 collaborateurs.",
          "Alternative à la cantine pour les entreprises de 50 à 500 salariés.",
          "Compatible titres-restaurant dématérialisés et subvention employeur paramétrable.",
        ],
        [
          "Suivi des ventes en temps réel et anti-gaspillage : les produits proches de la date sont remisés.",
          "Tableau de bord employeur : consommation, subvention, satisfaction.",
          "Application mobile pour réserver son plat et noter les produits.",
        ],
        [
          "Installation sans travaux : une prise électrique suffit.",
          "Mise en place sous 3 semaines, nettoyage et maintenance inclus.",
          "Chaîne du froid surveillée à distance, alertes de température et traçabilité HACCP.",
        ],
      ],
      vague: ["Restauration en entreprise.", "Solution de restauration connectée.", "Start-up foodtech."],
    },
  ],
  needs: [
    {
      target: "h-fontaines-eau-reseau",
      related: ["h-distributeurs-snacking"],
      title: "Remplacement fontaines bonbonnes par fontaines sur réseau (x14)",
      description:
        "Nous souhaitons remplacer les 14 fontaines à bonbonnes de nos 3 bâtiments de Rousset par des appareils branchés sur le réseau, avec eau froide et gazeuse dans les 4 espaces de pause. Contrat de location de 48 mois incluant maintenance et changement des filtres. Visite technique préalable à prévoir pour les raccordements.",
      kind: "services",
      nafPicked: ["47.99B"],
      budget: [12000, 25000],
    },
    {
      target: "h-micro-market-frigo",
      related: ["h-distributeurs-snacking"],
      title: "Distribution repas frais libre-service – site 120 salariés",
      description:
        "Notre plateforme logistique de Miramas (120 salariés en 2x8) n’a pas de restaurant d’entreprise. Nous cherchons une solution de repas frais en libre-service accessible de 5 h à 22 h, avec paiement par badge et participation employeur sur chaque repas. Démarrage au premier trimestre 2025.",
      kind: "services",
      nafPicked: ["56.29B"],
      budget: null,
    },
  ],
};
