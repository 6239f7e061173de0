import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "vegetal-decoration",
  specialties: [
    {
      key: "h-location-plantes-interieur",
      naf: ["81.30Z", "77.39Z", "47.76Z"],
      names: [
        "VERT BUREAU",
        "PLANTES ET BUREAUX PROVENCE",
        "HYDROCULTURE SUD",
        "JARDIN D'INTERIEUR SERVICES",
        "GREEN OFFICE MEDITERRANEE",
        "ESPACES VERTS INTERIEURS 13",
        "ROUX PAYSAGE INTERIEUR",
        "FEUILLAGES",
      ],
      ideas: [
        [
          "Location et entretien de plantes vertes pour bureaux, halls d’accueil et showrooms.",
          "Nous aménageons vos espaces de travail avec des végétaux en bacs, suivis par nos techniciens.",
          "Paysagiste d’intérieur : conception, installation et suivi de vos végétaux.",
        ],
        [
          "Visite d’un technicien toutes les 2 à 3 semaines : arrosage, taille, dépoussiérage des feuilles, traitement.",
          "Tout végétal qui dépérit est changé sans frais, c’est inclus dans l’abonnement.",
          "Culture en hydroculture et réserves d’eau pour espacer les passages.",
        ],
        [
          "Large choix de bacs : fibre de verre, céramique, métal laqué, bois, dans les teintes de votre identité visuelle.",
          "Cache-pots design et jardinières sur mesure.",
          "Pots autoarrosants adaptés aux open spaces.",
        ],
        [
          "Plantes stabilisées et lichen pour les zones sans lumière naturelle.",
          "Compositions stabilisées ne nécessitant ni eau ni lumière.",
          "Tableaux de mousse et cadres végétaux pour vos salles de réunion.",
        ],
        [
          "Formule locative mensuelle tout compris, ou achat avec contrat d’entretien.",
          "Devis après visite gratuite et mesure de la luminosité de chaque zone.",
          "Nous choisissons les espèces en fonction de l’éclairement et du chauffage.",
        ],
        [
          "Plus de 400 sites entretenus entre Marseille, Aix et Toulon.",
          "Serre d’acclimatation à Aubagne pour préparer les végétaux avant livraison.",
          "Entreprise labellisée Plante Bleue.",
        ],
        [
          "En décembre, nous livrons aussi des sapins naturels décorés pour vos accueils.",
          "Sapins de Noël en pot, livrés, décorés et repris après les fêtes.",
          "Décors végétaux saisonniers pour les fêtes de fin d’année.",
        ],
      ],
      vague: ["Aménagement paysager intérieur.", "Plantes pour entreprises.", "Paysagiste."],
    },
    {
      key: "h-fleuriste-entreprise",
      naf: ["47.76Z", "46.22Z", "82.30Z"],
      names: [
        "ATELIER FLORAL DU VIEUX PORT",
        "FLEURS DE LUNE EVENEMENT",
        "L'HERBIER DE PROVENCE",
        "PETALES ET CO",
        "BOUQUET PRO SUD",
        "SANCHEZ MARIE-PIERRE",
        "MAISON FLORA",
        "LES FLEURS DE CAMILLE",
      ],
      ideas: [
        [
          "Abonnement floral pour entreprises : bouquets d’accueil renouvelés chaque semaine.",
          "Nous livrons chaque lundi des compositions fraîches pour vos accueils, salles de réunion et bureaux de direction.",
          "Fleuriste artisan, je crée des bouquets de saison pour les hôtels, restaurants et entreprises.",
        ],
        [
          "Décoration florale d’événements : séminaires, soirées de gala, inaugurations, salons.",
          "Centres de table, arches fleuries, habillage de buffets et de scènes.",
          "Scénographie florale pour vos événements d’entreprise et réceptions.",
        ],
        [
          "Fleurs de saison en circuit court auprès des horticulteurs du Var.",
          "Fleurs françaises et locales, démarche slow flower.",
          "Approvisionnement chaque semaine au MIN de Châteaurenard.",
        ],
        [
          "Cadeaux clients et collaborateurs : bouquets, plantes fleuries, coffrets.",
          "Livraison de bouquets pour naissances, départs en retraite et anniversaires de vos salariés.",
          "Deuil : gerbes et couronnes livrées en toute discrétion.",
        ],
        [
          "Livraison dans la journée sur Marseille et Aix pour toute commande avant 11 h.",
          "Compte professionnel avec facturation mensuelle.",
          "Devis sur mesure sous 48 h.",
        ],
        [
          "Meilleur Ouvrier de France fleuriste.",
          "Formée dans une grande école d’art floral, 15 ans d’expérience.",
          "Boutique-atelier ouverte du mardi au samedi.",
        ],
      ],
      vague: ["Fleuriste.", "Art floral.", "Fleurs et plantes."],
    },
    {
      key: "h-murs-vegetaux",
      naf: ["81.30Z", "43.39Z", "71.11Z"],
      names: [
        "MURMURE VEGETAL",
        "VERTICAL GARDEN SUD",
        "CANOPEE DESIGN",
        "PAROI VIVANTE",
        "BIOTOPE ARCHITECTURE VEGETALE",
        "GREENWALL PROVENCE",
        "TERRE ET FACADES",
        "DUPUY ARNAUD",
      ],
      ideas: [
        [
          "Conception et réalisation de murs végétaux intérieurs et extérieurs, sur mesure.",
          "Jardins verticaux vivants pour halls, façades, patios et terrasses.",
          "Nous créons des parois végétalisées spectaculaires, de 2 à 400 m².",
        ],
        [
          "Système hydroponique sur feutre ou substrat en cassettes, irrigation automatique en circuit fermé.",
          "Arrosage goutte-à-goutte programmé, fertilisation intégrée et supervision à distance.",
          "Éclairage horticole LED pour les zones peu lumineuses.",
        ],
        [
          "Étude de faisabilité avec l’architecte : structure porteuse, étanchéité, évacuations, charges.",
          "Intervention en lot de second œuvre sur chantiers neufs et rénovations.",
          "Collaboration avec les bureaux d’études et les maîtres d’œuvre dès l’esquisse.",
        ],
        [
          "Contrat de maintenance annuel : visites mensuelles, taille, remplacement des sujets, contrôle de l’irrigation.",
          "Reprise en maintenance de murs existants, y compris installés par d’autres entreprises.",
          "Suivi sanitaire des végétaux et vérification des pompes.",
        ],
        [
          "Murs végétaux stabilisés sans entretien : mousses, lichens, fougères naturelles préservées.",
          "Alternative stabilisée pour les espaces sans lumière naturelle.",
          "Cloisons et claustras végétalisés.",
        ],
        [
          "Références : centres commerciaux, hôtels, sièges sociaux, bâtiments HQE et BREEAM.",
          "Contribution aux certifications environnementales et à la biodiversité urbaine.",
          "Plus de 150 murs réalisés en France.",
        ],
      ],
      vague: ["Végétalisation de bâtiments.", "Paysagisme et design végétal.", "Travaux de finition."],
    },
    {
      key: "h-decoration-noel-illuminations",
      naf: ["77.39Z", "43.21A", "90.02Z", "47.78C"],
      names: [
        "LUMIERES DE FETES SUD",
        "FESTILUM PROVENCE",
        "DECOR EVENEMENT MEDITERRANEE",
        "NOEL CREATIONS PRO",
        "ETOILE ILLUMINATION",
        "SCENOGRAPHIE SAISONNIERE",
        "LECOMTE DECORATION",
        "ATMOSPHERE FESTIVE",
      ],
      ideas: [
        [
          "Décorations de fin d’année pour centres commerciaux, halls d’entreprise, hôtels et collectivités.",
          "Sapins artificiels géants, boules XXL, guirlandes et scénographies de Noël.",
          "Nous habillons vos espaces pour les fêtes : vitrines, accueils, parvis.",
        ],
        [
          "Illuminations festives : rideaux lumineux, motifs LED, traversées de rue, arbres lumineux.",
          "Motifs lumineux 2D et 3D à LED basse consommation.",
          "Mises en lumière de façades et de végétaux extérieurs.",
        ],
        [
          "Location ou achat du décor, entreposage hors saison dans nos locaux.",
          "Formule tout compris : conception, fourniture, installation, démontage et entreposage.",
          "Garde de vos décorations d’une année sur l’autre.",
        ],
        [
          "Pose en nacelle par nos équipes habilitées travaux en hauteur et électricité.",
          "Raccordements électriques réalisés par nos électriciens, conformité NF C 15-100.",
          "Installation de nuit pour ne pas gêner votre activité.",
        ],
        [
          "Matériaux classés M1 et non feu pour les établissements recevant du public.",
          "Sapins artificiels ignifugés avec procès-verbal de réaction au feu.",
          "Produits conformes aux exigences des commissions de sécurité.",
        ],
        [
          "Décors saisonniers toute l’année : Pâques, été, Halloween, Saint-Valentin.",
          "Thèmes renouvelés chaque année par notre bureau de création.",
          "Créations sur mesure par nos décorateurs.",
        ],
      ],
      vague: ["Décoration événementielle.", "Illuminations.", "Fourniture et pose de décors."],
    },
  ],
  needs: [
    {
      target: "h-location-plantes-interieur",
      related: ["h-murs-vegetaux", "h-fleuriste-entreprise"],
      title: "Végétalisation 3 plateaux de bureaux (env. 70 plantes)",
      description:
        "Nous emménageons en mars dans 2 400 m² de bureaux à Aix-la-Duranne, sur 3 plateaux. Nous souhaitons une prestation de mise à disposition de 60 à 80 plantes en pots avec passage régulier d’un jardinier et remplacement des plantes abîmées. Contrat de 3 ans, pots assortis à notre charte graphique.",
      kind: "services",
      nafPicked: ["81.30Z"],
      budget: [15000, 30000],
    },
    {
      target: "h-decoration-noel-illuminations",
      related: ["h-location-plantes-interieur", "h-fleuriste-entreprise"],
      title: "Décoration de Noël hall + parvis – décembre",
      description:
        "Pour notre siège de Marseille (hall de 600 m² et parvis), nous recherchons un prestataire pour l’habillage de fin d’année : sapin de 6 m, éléments décoratifs et mise en lumière des palmiers et de la façade. Pose semaine 47, dépose après le 6 janvier, matériaux M1 obligatoires (ERP). Devis en location avec stockage souhaité.",
      kind: "services",
      nafPicked: ["47.76Z"],
      budget: [18000, 35000],
    },
  ],
};
