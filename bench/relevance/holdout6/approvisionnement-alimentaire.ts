import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-approvisionnement-alimentaire",
  specialties: [
    {
      key: "h6-grossiste-fruits-legumes",
      naf: ["46.31Z", "47.21Z"],
      names: [
        "PRIMEURS DES ARNAVAUX",
        "SUD FRUITS ET LEGUMES",
        "ETS ORSINI ET FILS",
        "PROVENCE PRIMEUR DISTRIBUTION",
        "LE JARDIN DU MIN",
        "FRAICHEUR RESTAURATION",
        "VERGERS DE LA DURANCE NEGOCE",
        "MARAICHERS ASSOCIES DU 13",
      ],
      ideas: [
        [
          "Grossiste en fruits et légumes frais pour les restaurants, cantines et collectivités.",
          "Nous livrons chaque jour fruits et légumes aux professionnels de la restauration.",
          "Négoce de fruits et légumes au MIN de Marseille, livraison aux métiers de bouche.",
        ],
        [
          "Produits locaux et de saison : maraîchers de la Crau, du pays d'Arles et de la Durance.",
          "Nous privilégions les producteurs des Bouches-du-Rhône et du Vaucluse.",
          "Un approvisionnement en circuit court auprès de producteurs régionaux.",
        ],
        [
          "Fruits et légumes issus de l'agriculture biologique pour la restauration scolaire (loi EGalim).",
          "Gamme bio et labellisée pour répondre aux objectifs EGalim des cantines.",
          "Produits bio, HVE et Label rouge disponibles.",
        ],
        [
          "Légumes épluchés et prêts à l'emploi (4e gamme) pour les cuisines centrales.",
          "Légumerie : découpe et conditionnement de légumes frais sur commande.",
          "Crudités râpées, légumes taillés et salades lavées livrés prêts à cuisiner.",
        ],
        [
          "Livraison 6 jours sur 7 en camions frigorifiques, commande jusqu'à 22 h pour le lendemain.",
          "Flotte de véhicules réfrigérés, livraisons avant 7 h du matin.",
          "Commande en ligne ou par téléphone, livraison le lendemain matin.",
        ],
        [
          "Titulaire de marchés publics de denrées pour plusieurs communes et lycées.",
          "Nous répondons aux appels d'offres des collectivités et des hôpitaux.",
          "Fournisseur de cuisines centrales et d'établissements de santé.",
        ],
      ],
      vague: ["Commerce de fruits et légumes.", "Fournisseur alimentaire.", "Commerce de gros."],
    },
    {
      key: "h6-maree-produits-mer",
      naf: ["46.38A", "10.20Z", "47.23Z"],
      names: [
        "MAREE DU VIEUX PORT",
        "POISSONNERIE EN GROS SAUMATY",
        "OCEAN MEDITERRANEE DISTRIBUTION",
        "ETS CANTONI MAREE",
        "LES PECHEURS DE L'ESTAQUE",
        "COQUILLAGES DE CARRO",
        "SUD MAREE",
        "FRUITS DE MER PROVENCE",
      ],
      ideas: [
        [
          "Mareyeur et grossiste en poissons, crustacés et coquillages pour la restauration.",
          "Nous fournissons les restaurants, traiteurs et poissonniers en produits de la mer.",
          "Négoce de produits de la mer frais et surgelés.",
        ],
        [
          "Pêche locale achetée à la criée de Saumaty chaque matin.",
          "Poissons de Méditerranée issus de la pêche artisanale.",
          "Nous travaillons directement avec les pêcheurs du golfe de Marseille.",
        ],
        [
          "Filetage, découpe en portions et mise sous vide sur demande.",
          "Atelier agréé CE de découpe et de conditionnement du poisson.",
          "Poisson livré vidé, écaillé, en filets ou en portions calibrées.",
        ],
        [
          "Huîtres, moules et coquillages pour plateaux de fruits de mer.",
          "Coquillages et crustacés vivants, plateaux de fruits de mer sur commande.",
          "Huîtres de Bouzigues et de Camargue, moules de Carteau.",
        ],
        [
          "Traçabilité complète : zone de pêche, navire et date de débarquement.",
          "Agrément sanitaire européen et plan de maîtrise sanitaire.",
          "Respect strict de la chaîne du froid, du bateau à votre cuisine.",
        ],
        [
          "Livraisons quotidiennes sur Marseille, Aix, la Côte Bleue et Cassis.",
          "Livraison le matin même avant le service.",
          "Vente sur place aux particuliers le samedi matin.",
        ],
      ],
      vague: ["Produits de la mer.", "Mareyage.", "Commerce alimentaire."],
    },
    {
      key: "h6-boucherie-grossiste",
      naf: ["46.32A", "10.11Z", "47.22Z"],
      names: [
        "VIANDES DE PROVENCE",
        "BOUCHERIE EN GROS MONTEL",
        "SUD CARNES",
        "ETS GAZAGNE VIANDES",
        "AGNEAU DE SISTERON DISTRIBUTION",
        "LA BOUCHERIE DES CHEFS",
        "SALAISONS ET VIANDES DU MIDI",
        "PROVIANDES 13",
      ],
      ideas: [
        [
          "Grossiste en viandes pour la restauration traditionnelle et collective.",
          "Nous livrons bœuf, veau, agneau, porc et volailles aux professionnels.",
          "Boucherie en gros au service des restaurateurs et des cuisines collectives.",
        ],
        [
          "Atelier de découpe agréé : piéçage, portions calibrées, viande hachée.",
          "Découpe à la demande et conditionnement sous vide.",
          "Portions calibrées au gramme près pour la restauration collective.",
        ],
        [
          "Viandes françaises et régionales : agneau de Sisteron, taureau de Camargue AOP.",
          "Origine France garantie et labels Label rouge.",
          "Bœuf de race à viande et volailles fermières des Alpes-de-Haute-Provence.",
        ],
        [
          "Viande halal certifiée pour la restauration collective et commerciale.",
          "Gamme halal avec certification par un organisme reconnu.",
          "Viandes halal et casher sur commande.",
        ],
        [
          "Produits conformes aux exigences EGalim pour les cantines.",
          "Nous fournissons des viandes sous signe de qualité pour atteindre les 50 % EGalim.",
          "Référencé sur les marchés publics des collectivités et des hôpitaux.",
        ],
        [
          "Boucherie de détail ouverte au public à Aubagne.",
          "Notre boutique accueille aussi les particuliers du mardi au samedi.",
          "Rayon traiteur et colis de viande pour les familles.",
        ],
      ],
      vague: ["Boucherie.", "Viandes en gros.", "Métiers de bouche."],
    },
    {
      key: "h6-boulangerie-livraison-pro",
      naf: ["10.71C", "10.71A", "10.71D"],
      names: [
        "BOULANGERIE DU CANET",
        "FOURNIL DE PROVENCE",
        "LE PAIN DES COLLECTIVITES",
        "MAISON REYNAUD",
        "PANIFICATION MEDITERRANEE",
        "LES FOURNEES DU SUD",
        "BOULANGERIE PATISSERIE ESPOSITO",
        "AU BLE D'OR",
      ],
      ideas: [
        [
          "Boulangerie artisanale qui livre pain et viennoiseries aux restaurants, hôtels et cantines.",
          "Nous fabriquons et livrons le pain de nombreux restaurants et établissements scolaires.",
          "Fournisseur de pain frais pour les professionnels : restaurants, collectivités, traiteurs.",
        ],
        [
          "Livraison tous les matins avant 7 h, 7 jours sur 7.",
          "Tournées de livraison quotidiennes dans Marseille et les communes voisines.",
          "Pain livré chaud chaque matin, y compris le dimanche.",
        ],
        [
          "Pains spéciaux, pains bio, pains burger et pains individuels pour la restauration.",
          "Large gamme : baguettes, boules, pains de mie, petits pains individuels.",
          "Pains sur mesure pour les chefs : formats, farines et cuissons personnalisés.",
        ],
        [
          "Viennoiseries et petits-déjeuners pour hôtels et réunions d'entreprise.",
          "Plateaux de viennoiseries pour vos petits-déjeuners d'affaires.",
          "Mini-viennoiseries livrées pour les séminaires et les réunions.",
        ],
        [
          "Farines issues de blés de Provence, levain naturel.",
          "Farines Label rouge et blés locaux, fermentation longue.",
          "Pain au levain fabriqué sur place par nos boulangers.",
        ],
        [
          "Pâtisseries et gâteaux d'anniversaire pour les comités d'entreprise.",
          "Boutique ouverte à tous, gâteaux sur commande.",
          "Entremets, tartes et gâteaux personnalisés pour vos événements.",
        ],
      ],
      vague: ["Boulangerie-pâtisserie.", "Artisan boulanger.", "Fabrication de pain."],
    },
    {
      key: "h6-epicerie-fine-coffrets",
      naf: ["47.29Z", "46.39B", "47.25Z"],
      names: [
        "COFFRETS DE PROVENCE",
        "L'EPICERIE DU SUD",
        "SAVEURS ET CADEAUX D'AFFAIRES",
        "LA BASTIDE GOURMANDE",
        "DELICES DU MIDI",
        "PANIERS GOURMANDS MARSEILLAIS",
        "MAISON AMOUROUX",
        "TERROIRS ET COMPAGNIE",
      ],
      ideas: [
        [
          "Coffrets gourmands et paniers garnis pour les cadeaux d'entreprise.",
          "Nous composons des coffrets cadeaux de produits régionaux pour vos clients et salariés.",
          "Cadeaux d'affaires gourmands personnalisés.",
        ],
        [
          "Produits de Provence : huile d'olive, tapenades, calissons, navettes, vins de la région.",
          "Une sélection de producteurs provençaux et de spécialités marseillaises.",
          "Épicerie fine régionale : miels, confitures, huiles et biscuits artisanaux.",
        ],
        [
          "Personnalisation : carte de vœux, logo, ruban et emballage aux couleurs de l'entreprise.",
          "Coffrets à votre image avec message personnalisé.",
          "Marquage de votre logo sur les boîtes et étuis.",
        ],
        [
          "Livraison groupée dans vos locaux ou envoi individuel à chaque destinataire.",
          "Nous expédions les colis directement chez vos clients, partout en France.",
          "Gestion des envois à domicile pour les salariés en télétravail.",
        ],
        [
          "Colis de fin d'année pour les comités sociaux et économiques.",
          "Coffrets de Noël pour CSE, de 20 à plusieurs milliers d'unités.",
          "Offres spéciales CSE et collectivités pour les colis des aînés.",
        ],
        [
          "Boutique d'épicerie fine ouverte au public dans le Panier.",
          "Notre magasin accueille les particuliers toute l'année.",
          "Dégustations et ateliers en boutique.",
        ],
      ],
      vague: ["Épicerie fine.", "Produits régionaux.", "Cadeaux gourmands."],
    },
  ],
  needs: [
    {
      target: "h6-grossiste-fruits-legumes",
      related: ["h6-boucherie-grossiste"],
      title: "Fourniture fruits et légumes cuisine centrale",
      description:
        "Cuisine centrale de la commune de Martigues (3 200 repas/jour) : accord-cadre de 2 ans pour des fruits et légumes frais dont 30 % bio et des légumes 4e gamme. Livraison quotidienne avant 6 h 30, du lundi au vendredi.",
      kind: "supplies",
      nafPicked: ["46.31Z", "56.29A"],
      budget: [180000, 260000],
    },
    {
      target: "h6-maree-produits-mer",
      title: "Poisson frais pour notre restaurant",
      description:
        "Restaurant de 80 couverts sur le port de Cassis, nous cherchons un fournisseur de poisson de la pêche locale (loup, daurade, rougets) livré chaque matin en filets, ainsi que des coquillages pour les week-ends d'été.",
      kind: "supplies",
      nafPicked: ["47.23Z"],
      budget: null,
    },
    {
      target: "h6-boulangerie-livraison-pro",
      related: ["h6-epicerie-fine-coffrets"],
      title: "Pain et viennoiseries livrés chaque matin",
      description:
        "Hôtel de 110 chambres près de la gare Saint-Charles : il nous faut tous les jours du pain, des baguettes et environ 150 viennoiseries pour le petit-déjeuner, livrés avant 6 h 30, week-ends compris, à partir du 1er mai.",
      kind: "supplies",
      nafPicked: ["46.39B"],
      budget: [25000, 40000],
    },
    {
      target: "h6-epicerie-fine-coffrets",
      title: "Cadeaux de fin d'année pour nos clients",
      description:
        "Cabinet d'expertise comptable à Aix-en-Provence, nous souhaitons offrir 180 paniers de produits provençaux à nos clients, avec carte personnalisée, livrés individuellement entre le 10 et le 18 décembre.",
      kind: "supplies",
      nafPicked: ["47.29Z", "73.11Z"],
      budget: [8000, 12000],
    },
  ],
};
