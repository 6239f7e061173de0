import type { Trade } from "./types";

export const trade: Trade = {
  key: "vetements-linge-pro",
  specialties: [
    {
      key: "vetements-travail-epi",
      naf: ["46.42Z", "46.69B", "14.12Z"],
      names: [
        "EPI PRO DISTRIBUTION",
        "WORKWEAR SERVICES",
        "TENUES ET PROTECTION",
        "SECURITE CHAUSSURES CENTRE",
        "PROTEC HOMME",
        "EQUIP TRAVAIL",
        "ATELIER DU BLEU DE CHAUFFE",
        "VETIPRO",
      ],
      ideas: [
        [
          "Vêtements de travail et équipements de protection individuelle pour l'industrie et le BTP.",
          "Distributeur d'EPI : chaussures de sécurité, gants, casques, protections auditives et respiratoires.",
          "Vêtements professionnels et EPI pour tous les métiers.",
        ],
        [
          "Produits conformes aux normes EN ISO 20345, EN 388 et EN ISO 20471.",
          "Haute visibilité classes 2 et 3, vêtements ignifugés et antistatiques pour zones ATEX.",
          "EPI marqués CE de catégories II et III.",
        ],
        [
          "Gestion des dotations par salarié : tailles, renouvellements, budgets.",
          "Essayages sur site, prise des tailles et colisage nominatif.",
          "Plateforme en ligne pour commander les dotations de vos équipes.",
        ],
        [
          "Personnalisation des tenues à vos couleurs et à votre logo.",
          "Marquage de vos vêtements de travail par broderie ou transfert.",
          "Logo et nom du salarié appliqués sur chaque tenue.",
        ],
        [
          "Tenues pour l'agroalimentaire : blouses, vestes, tabliers, bottes.",
          "Équipements pour la logistique, les chantiers et les collectivités.",
          "Tenues de cuisine et vêtements pour le secteur médico-social.",
        ],
        [
          "Stock permanent de 8 000 références, livraison sous 48 heures.",
          "Comptoir de vente ouvert aux artisans et aux entreprises.",
          "Conseil d'un préventeur pour bien choisir vos EPI.",
        ],
      ],
      vague: ["Vêtements professionnels.", "Équipements de protection.", "Commerce de gros.", "Fournitures industrielles."],
    },
    {
      key: "location-linge-blanchisserie",
      naf: ["96.01A", "77.29Z"],
      names: [
        "BLANCHISSERIE INDUSTRIELLE DE L'ESTUAIRE",
        "LINGE SERVICE PRO",
        "LAVERIE INDUSTRIELLE DU CENTRE",
        "TEXTILOC",
        "HYGIATEX BLANCHISSERIE",
        "LOCALINGE",
        "NETTOYAGE TEXTILE INDUSTRIEL",
        "BLANCHISSERIE DU MOULIN",
      ],
      ideas: [
        [
          "Blanchisserie industrielle : location et entretien de linge pour les professionnels.",
          "Location-entretien de vêtements de travail et de linge plat.",
          "Nous louons, lavons et livrons le linge des hôtels, restaurants, cliniques et industriels.",
        ],
        [
          "Linge plat pour l'hôtellerie et la restauration : draps, housses, éponges, nappes.",
          "Draps, serviettes et nappage pour hôtels, résidences et traiteurs.",
          "Linge de chambre et de table loué et renouvelé selon vos besoins.",
        ],
        [
          "Vêtements de travail loués, lavés, contrôlés et réparés.",
          "Tenues pucées RFID et distribution en casiers nominatifs.",
          "Nous gérons le cycle complet : dotation, lavage, réparation, remplacement.",
        ],
        [
          "Traitement du linge selon la méthode RABC, certification EN 14065.",
          "Process maîtrisé pour l'agroalimentaire et la santé, contrôle de la biocontamination.",
          "Entretien des vêtements de protection et des tenues haute visibilité selon les préconisations fabricants.",
        ],
        [
          "Collecte et livraison jusqu'à cinq fois par semaine par nos propres véhicules.",
          "Tournées régulières dans toute la région, stock tampon chez le client.",
          "Capacité de 20 tonnes de linge par jour.",
        ],
        [
          "Lessives écolabellisées et recyclage de l'eau de lavage.",
          "Usine certifiée ISO 14001, consommation d'eau réduite.",
          "Chaudière biomasse et récupération de chaleur sur nos tunnels de lavage.",
        ],
      ],
      vague: ["Blanchisserie.", "Location de linge.", "Services aux entreprises.", "Entretien textile."],
    },
    {
      key: "pressing-particuliers",
      naf: ["96.01B"],
      names: [
        "PRESSING DE LA GARE",
        "PRESSING DU CENTRE",
        "NET PRESSING",
        "AU LINGE PROPRE",
        "PRESSING ECOLOGIQUE DES HALLES",
        "CLEAN EXPRESS",
        "PRESSING SAINT-ROCH",
        "ATELIER BLANCHISSERIE DE LA PLACE",
      ],
      ideas: [
        [
          "Pressing et nettoyage à sec pour les particuliers.",
          "Pressing de quartier : costumes, robes, chemises, manteaux.",
          "Nettoyage et repassage de vos vêtements.",
        ],
        ["Aquanettoyage écologique, sans perchloréthylène.", "Nettoyage à l'eau respectueux des fibres délicates.", "Procédés sans solvant chloré."],
        ["Couettes, rideaux, linge de maison et tapis.", "Lavage et repassage de votre linge de maison.", "Blanchisserie au kilo pour le linge du quotidien."],
        ["Retouches, cuir et robes de mariée.", "Service de couture : ourlets, fermetures, ajustements.", "Entretien des cuirs, daims et fourrures."],
        ["Vêtements prêts en 48 heures, service express en une journée.", "Dépôt avant 9 h, retrait le soir même.", "Horaires élargis du lundi au samedi."],
        [
          "Chemises lavées et repassées à l'unité ou en abonnement.",
          "Carte de fidélité et formules pour les chemises.",
          "Nous traitons aussi le linge de quelques commerces du quartier.",
        ],
      ],
      vague: ["Pressing.", "Blanchisserie.", "Entretien du linge.", "Services aux particuliers."],
    },
    {
      key: "broderie-textile-personnalise",
      naf: ["13.99Z", "18.12Z", "46.42Z"],
      names: [
        "BRODERIE ET MARQUAGE",
        "ATELIER FIL D'OR",
        "TEXTILE PERSO",
        "LOGO BRODE",
        "SERIGRAPHIE DU PORT",
        "MARQUAGE TEXTILE SERVICES",
        "CREA TEXTILE",
        "AIGUILLE ET COULEURS",
      ],
      ideas: [
        [
          "Broderie et marquage textile personnalisé pour les entreprises, clubs et associations.",
          "Atelier de personnalisation textile : votre logo sur tous vos vêtements.",
          "Nous brodons et imprimons vos logos sur textiles et accessoires.",
        ],
        [
          "Broderie, sérigraphie, transfert DTF et flocage.",
          "Toutes les techniques de marquage réunies dans notre atelier.",
          "Impression textile numérique et sérigraphie jusqu'à 8 couleurs.",
        ],
        [
          "T-shirts, polos, sweats, casquettes, vestes et vêtements de travail fournis par vos soins ou par nous.",
          "Large catalogue de textiles vierges à personnaliser.",
          "Marquage de tenues de travail, de tabliers et de sacs.",
        ],
        [
          "Petites et grandes séries, sans minimum de commande.",
          "De la pièce unique à plusieurs milliers d'exemplaires.",
          "Réassorts rapides grâce à la conservation de vos programmes de broderie.",
        ],
        [
          "Textiles publicitaires pour salons, séminaires et événements sportifs.",
          "Goodies textiles et cadeaux d'affaires personnalisés.",
          "Tenues d'équipe pour vos événements et challenges.",
        ],
        ["Atelier intégré équipé de 12 têtes de broderie.", "Maquette gratuite et bon à tirer avant production.", "Délais de 5 à 10 jours ouvrés."],
      ],
      vague: ["Marquage textile.", "Broderie.", "Personnalisation.", "Textile."],
    },
  ],
  needs: [
    {
      target: "location-linge-blanchisserie",
      related: ["vetements-travail-epi"],
      title: "Location et entretien des tenues de 80 opérateurs agroalimentaires",
      description:
        "Usine de transformation de viande, 80 opérateurs en 2x8. Nous cherchons un prestataire pour fournir, laver et livrer les tenues (vestes, pantalons, tabliers) avec trois changes par semaine. Traitement RABC obligatoire et casiers nominatifs.",
      kind: "services",
      nafPicked: ["96.01B"],
      budget: [45000, 70000],
    },
    {
      target: "vetements-travail-epi",
      related: ["broderie-textile-personnalise", "location-linge-blanchisserie"],
      title: "Chaussures de sécurité et tenues haute visibilité pour nos agents",
      description:
        "Dotation annuelle pour 65 agents de voirie : chaussures S3, parkas et pantalons haute visibilité classe 2, gants anti-coupure. Prise des tailles sur site, logo brodé au dos et livraison en colis nominatifs avant le 15 octobre.",
      kind: "supplies",
      nafPicked: ["46.42Z"],
      budget: [18000, 28000],
    },
  ],
};
