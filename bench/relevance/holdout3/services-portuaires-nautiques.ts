import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "services-portuaires-nautiques",
  specialties: [
    {
      key: "h3-avitaillement-shipchandler",
      naf: ["46.90Z", "46.39B", "52.22Z", "47.64Z"],
      names: [
        "SHIPCHANDLER DU VIEUX-PORT",
        "AVITAILLEMENT MARITIME PROVENCAL",
        "MED PROVISIONS",
        "COMPTOIR DE LA JOLIETTE",
        "BORD A BORD SERVICES",
        "SOCIETE FOSSEENNE D'APPROVISIONNEMENT",
        "ESCALE FOURNITURES",
        "MARINE STORES SUD",
      ],
      ideas: [
        [
          "Avitaillement des navires en escale : vivres, boissons, produits d'entretien et fournitures de bord.",
          "Shipchandler au service des armateurs : nous livrons tout ce dont un navire a besoin à quai ou en rade.",
          "Approvisionnement des navires de commerce, de croisière et des yachts à Marseille, Fos et Toulon.",
        ],
        [
          "Vivres frais, surgelés et secs, livrés en camion frigorifique jusqu'au pied de la coupée.",
          "Produits alimentaires, eau, boissons sous douane et tabac en franchise pour les navires en trafic international.",
          "Nous préparons les commandes de vivres selon les menus du bord et les habitudes de l'équipage.",
        ],
        [
          "Fournitures techniques : cordages, peintures marines, pièces de pont, EPI, produits chimiques.",
          "Magasin général : pièces de rechange, outillage, consommables et matériel de sécurité.",
          "Matériel de pont et de machine, fournitures de cabine, linge et articles d'hygiène.",
        ],
        [
          "Livraison 24 h/24 et 7 j/7, y compris par vedette pour les navires au mouillage.",
          "Nous livrons de nuit et le week-end, dans l'enceinte portuaire et aux terminaux.",
          "Service de livraison sur les quais et par bateau en rade, toute l'année.",
        ],
        [
          "Formalités douanières des livraisons sous régime d'avitaillement en franchise de taxes.",
          "Vente en exonération pour les navires quittant l'Union européenne.",
          "Entrepôt sous douane pour les produits d'avitaillement.",
        ],
        [
          "Membre de l'ISSA et de l'IMPA, catalogue IMPA complet.",
          "Commandes passées au code IMPA, devis sous 2 heures.",
          "Réseau de partenaires dans les ports de Méditerranée.",
        ],
      ],
      vague: ["Commerce de gros.", "Fournitures maritimes.", "Négoce et services aux navires."],
    },
    {
      key: "h3-carenage-antifouling",
      naf: ["33.15Z", "52.22Z", "81.29B", "30.12Z"],
      names: [
        "CARENAGE DES CALANQUES",
        "COQUE NETTE",
        "ANTIFOULING SERVICE MEDITERRANEE",
        "CHANTIER NAVAL DE LA POINTE ROUGE",
        "AQUA CLEAN HULL",
        "PLONGEE TECHNIQUE PORTUAIRE",
        "RAVEL NAUTIQUE",
        "ATELIER DU CARENAGE",
      ],
      ideas: [
        [
          "Carénage complet des bateaux de plaisance et des unités professionnelles : nettoyage, ponçage, antifouling.",
          "Nous assurons le carénage : sortie d'eau, lavage haute pression, grattage et application d'antifouling.",
          "Entretien des coques : nettoyage, traitement et peinture des œuvres vives.",
        ],
        [
          "Nettoyage de coque à flot par plongeurs professionnels, sans sortie d'eau.",
          "Plongeurs classe II mention B : nettoyage de carènes, hélices et prises d'eau en plongée.",
          "Brossage des coques en plongée entre deux carénages, pour les navettes et les navires de service.",
        ],
        [
          "Traitement de l'osmose, décapage par sablage ou hydrogommage, époxy et primaires.",
          "Décapage des anciennes couches, traitement de l'osmose et remise en peinture de la coque.",
          "Application de primaires époxy, antifouling érodable ou à matrice dure selon la zone de navigation.",
        ],
        [
          "Aire de carénage équipée de récupération et de traitement des eaux de lavage.",
          "Nos aires sont conformes : récupération des eaux de carénage, déchets de peinture éliminés en filière agréée.",
          "Respect des règles Ports Propres : pas de rejet en mer, traçabilité des déchets.",
        ],
        [
          "Remplacement des anodes, polissage des hélices et contrôle des passe-coques.",
          "Changement des zincs, polissage, contrôle des arbres et des lignes d'arbre.",
          "Petites interventions associées : anodes, presse-étoupe, passe-coques.",
        ],
        [
          "Bateaux de 5 à 30 mètres, vedettes professionnelles, navettes maritimes et catamarans.",
          "Nous intervenons pour les particuliers, les loueurs, les clubs nautiques et les collectivités.",
          "Clients : loueurs de bateaux, pêcheurs, vedettes de transport de passagers.",
        ],
      ],
      vague: ["Entretien de bateaux.", "Services nautiques.", "Chantier naval."],
    },
    {
      key: "h3-mecanique-marine",
      naf: ["33.15Z", "47.64Z", "28.11Z", "45.20A"],
      names: [
        "MECANIQUE MARINE DU FRIOUL",
        "MOTONAUTIC SERVICES",
        "DIESEL MER",
        "SAINT-CYR MARINE",
        "LES MOTEURS DU PORT",
        "HYDROMECA",
        "ATELIER BRUNO MARINE",
        "INBORD SERVICE",
      ],
      ideas: [
        [
          "Mécanique marine : entretien, réparation et remotorisation des moteurs in-bord et hors-bord.",
          "Atelier de mécanique bateau : révision des moteurs, diagnostic de pannes, remise en état.",
          "Nous entretenons les moteurs de vos bateaux, de la révision annuelle à la grosse réparation.",
        ],
        [
          "Concessionnaire agréé Yamaha, Suzuki Marine, Volvo Penta et Yanmar.",
          "Agents officiels Mercury et Volvo Penta, pièces d'origine et garantie constructeur.",
          "Techniciens formés par les motoristes, outils de diagnostic constructeurs.",
        ],
        [
          "Hivernage, vidanges, courroies, turbines de pompe à eau, embases et transmissions.",
          "Révisions annuelles : filtres, vidange, turbine, anodes, contrôle du refroidissement.",
          "Réparation des inverseurs, embases, lignes d'arbre et transmissions saildrive.",
        ],
        [
          "Intervention sur site au port ou au mouillage avec notre camion-atelier.",
          "Dépannage à quai et en mer, assistance en saison 7 jours sur 7.",
          "Nous nous déplaçons dans les ports de la côte entre Martigues et La Ciotat.",
        ],
        [
          "Électricité marine : batteries, alternateurs, chargeurs, électronique de navigation.",
          "Installation de groupes électrogènes, dessalinisateurs et propulseurs d'étrave.",
          "Circuits électriques de bord, démarreurs et électronique moteur.",
        ],
        [
          "Entretien de flottes professionnelles : semi-rigides, vedettes de police, bateaux de location.",
          "Contrats d'entretien pour les bases nautiques, les loueurs et les collectivités.",
          "Nous suivons des flottes de navettes et de bateaux de service portuaire.",
        ],
      ],
      vague: ["Mécanique.", "Réparation de bateaux.", "Nautisme."],
    },
    {
      key: "h3-greement-voilerie",
      naf: ["13.92Z", "33.15Z", "47.64Z", "13.94Z"],
      names: [
        "VOILERIE DU LACYDON",
        "GREEMENT SERVICES",
        "TOILES ET VOILES",
        "RIGGING MEDITERRANEE",
        "ATELIER DES ETAIS",
        "SELLERIE NAUTIQUE PROVENCALE",
        "VOILES LECOMTE",
        "MATURE ET CORDAGES",
      ],
      ideas: [
        [
          "Voilerie : fabrication de voiles neuves, réparation et recoupe de voiles existantes.",
          "Nous fabriquons et réparons les voiles de croiseurs, de régatiers et de voiliers de tradition.",
          "Atelier de voilerie : grand-voiles, génois, spis, housses et lazy-bags.",
        ],
        [
          "Gréement dormant et courant : remplacement des haubans, étais, drisses et écoutes.",
          "Nous changeons vos câbles et embouts de gréement, sertissage et terminaux mécaniques.",
          "Réglage et remplacement du gréement, contrôle des ridoirs et des cadènes.",
        ],
        [
          "Contrôle du mât en tête de mât, rapport photo et préconisations.",
          "Démâtage et remâtage, inspection du mât et des barres de flèche.",
          "Visite de gréement avant saison ou avant une traversée.",
        ],
        [
          "Sellerie nautique : biminis, capotes de descente, coussins et tauds.",
          "Travaux de sellerie : housses, tauds de soleil, protections de barre et d'accastillage.",
          "Confection de toiles sur mesure pour les bateaux et les terrasses de club.",
        ],
        [
          "Cordages : épissures, textile haute performance Dyneema, lignes de vie.",
          "Nous réalisons les épissures et les cordages textiles en remplacement des câbles inox.",
          "Matelotage et cordages sur mesure.",
        ],
        [
          "Équipement de voiliers d'école, de clubs et de centres nautiques.",
          "Clients : particuliers, écoles de voile, loueurs et chantiers.",
          "Plus de 25 ans de métier sur les voiliers de croisière et de course.",
        ],
      ],
      vague: ["Nautisme.", "Atelier de confection.", "Équipement de bateaux."],
    },
    {
      key: "h3-services-port-plaisance",
      naf: ["52.22Z", "93.29Z", "68.20B", "77.34Z"],
      names: [
        "PORT SERVICES CALANQUES",
        "MARINA GESTION SUD",
        "GARDIENNAGE NAUTIQUE DE L'ESTAQUE",
        "SOCIETE D'EXPLOITATION DU PORT DE CARRO",
        "ANNEAUX ET PONTONS",
        "BOAT CARE PROVENCE",
        "MANUTENTION NAUTIQUE BERROISE",
        "CAPITAINERIE SERVICES",
      ],
      ideas: [
        [
          "Gestion et exploitation de ports de plaisance : places à quai, accueil des escales, capitainerie.",
          "Nous exploitons des marinas pour le compte des collectivités : amarrage, sécurité, accueil des plaisanciers.",
          "Délégataire de service public portuaire : gestion des postes d'amarrage et des équipements.",
        ],
        [
          "Manutention : grutage, travel-lift de 50 tonnes, mise à l'eau et sortie d'eau.",
          "Levage des bateaux par portique élévateur, calage et stockage sur ber.",
          "Service de mise à l'eau et de sortie d'eau, transfert vers l'aire technique.",
        ],
        [
          "Gardiennage de bateaux à flot et à terre, surveillance et vérification des amarres.",
          "Conciergerie nautique : ventilation, vérification des batteries et des amarres, visites après coup de vent.",
          "Nous surveillons vos bateaux en votre absence et vous envoyons un compte rendu.",
        ],
        [
          "Hivernage à sec sous hangar ou sur parc extérieur.",
          "Stockage à terre sur parc clôturé, surveillance vidéo.",
          "Port à sec avec remises à l'eau à la demande.",
        ],
        [
          "Avitaillement en carburant, pompage des eaux noires, récupération des huiles usées.",
          "Station carburant, bornes eau et électricité, gestion des déchets portuaires.",
          "Services aux plaisanciers : sanitaires, Wi-Fi, tri des déchets et pompage des eaux grises et noires.",
        ],
        [
          "Certification Ports Propres et Pavillon Bleu.",
          "Démarche environnementale : certification Ports Propres, actions pour la biodiversité.",
          "Labellisés Pavillon Bleu, nous accueillons plus de 600 bateaux à l'année.",
        ],
      ],
      vague: ["Services portuaires.", "Nautisme et loisirs.", "Gestion d'équipements."],
    },
  ],
  needs: [
    {
      target: "h3-carenage-antifouling",
      related: ["h3-services-port-plaisance", "h3-mecanique-marine"],
      title: "Carénage annuel 3 navettes passagers (12 m)",
      description:
        "La régie des transports maritimes de la commune cherche un prestataire pour le carénage de ses 3 navettes de 12 m : sortie d'eau, lavage, ponçage, antifouling, changement des anodes et contrôle des hélices. Les travaux doivent se faire hors saison, entre le 5 janvier et le 15 mars, une navette à la fois pour maintenir le service. Aire de carénage conforme obligatoire.",
      kind: "services",
      nafPicked: ["30.11Z"],
      budget: [18000, 35000],
    },
    {
      target: "h3-mecanique-marine",
      related: ["h3-carenage-antifouling"],
      title: "Contrat entretien moteurs HB – 8 semi-rigides",
      description:
        "Notre base nautique (activités de plein air pour les scolaires et les comités d'entreprise) dispose de 8 semi-rigides équipés de moteurs hors-bord Yamaha de 40 à 90 CV. Nous souhaitons un contrat d'entretien sur 3 ans : révision avant saison, hivernage, dépannages sur place en été. Les bateaux sont amarrés à Port-Saint-Louis-du-Rhône.",
      kind: "services",
      nafPicked: ["33.15Z"],
      budget: [6000, 14000],
    },
  ],
};
