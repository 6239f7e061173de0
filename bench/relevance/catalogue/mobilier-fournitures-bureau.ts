import type { Trade } from "./types";

export const trade: Trade = {
  key: "mobilier-fournitures-bureau",
  specialties: [
    {
      key: "amenagement-mobilier-bureau",
      naf: ["46.65Z", "31.01Z", "74.10Z"],
      names: [
        "ESPACE BUREAU CONCEPT",
        "OFFICE DESIGN AMENAGEMENT",
        "BUREAUX ET CO",
        "AGENCEMENT TERTIAIRE DU SUD",
        "MOBILIS PRO",
        "ATELIER DU TRAVAIL",
        "SIEGES ET ESPACES",
        "QUADRA AGENCEMENT",
      ],
      ideas: [
        [
          "Conception et aménagement d'espaces de bureaux : plans, choix du mobilier, livraison et installation.",
          "Aménageur d'espaces tertiaires : nous dessinons, meublons et installons vos bureaux.",
          "Space planning et fourniture de mobilier professionnel pour entreprises et administrations.",
        ],
        [
          "Sièges ergonomiques testés et certifiés, bureaux assis-debout électriques.",
          "Large choix de sièges de travail, fauteuils de direction et sièges 24 h/24.",
          "Postes de travail réglables en hauteur et conseils d'un ergonome.",
        ],
        [
          "Cabines acoustiques, panneaux absorbants et cloisons amovibles pour les open spaces.",
          "Traitement acoustique des espaces ouverts : cabines téléphoniques, écrans, cloisonnettes.",
          "Cloisons vitrées démontables et box de réunion insonorisés.",
        ],
        [
          "Mobilier de réunion, d'accueil et de détente, espaces collaboratifs et flex office.",
          "Aménagement de salles de réunion, de cafétérias et d'espaces de coworking.",
          "Projets de flex office : casiers, tables partagées, zones de concentration.",
        ],
        [
          "Mobilier conforme aux normes NF EN 1335 et NF EN 527, garanti jusqu'à 10 ans.",
          "Partenaire de fabricants européens, gammes labellisées NF Environnement.",
          "Nous fabriquons une partie de nos bureaux et rangements dans notre atelier de Saint-Étienne.",
        ],
        [
          "Livraison, montage, déménagement interne et reprise de l'ancien mobilier.",
          "Installation par nos équipes, y compris le week-end, sans interrompre votre activité.",
          "Reprise et recyclage de votre ancien mobilier via la filière agréée.",
        ],
      ],
      vague: ["Mobilier de bureau.", "Aménagement de bureaux.", "Agencement.", "Équipement des entreprises."],
    },
    {
      key: "fournitures-papeterie-bureau",
      naf: ["46.49Z", "46.66Z", "47.62Z"],
      names: [
        "BUREAU FOURNITURES EXPRESS",
        "PAPETERIE DU COMMERCE",
        "FOURNIPRO",
        "LE COMPTOIR DU BUREAU",
        "OFFICE DIRECT SERVICES",
        "PAPIERS ET CLASSEMENT",
        "STYLO PLUS DISTRIBUTION",
        "CENTRAL BUREAUTIQUE",
      ],
      ideas: [
        [
          "Fournitures de bureau pour les entreprises : papier, classement, écriture, petit matériel.",
          "Distributeur de fournitures de bureau et de papeterie professionnelle, livraison en 24 heures.",
          "Tout pour le bureau : ramettes, enveloppes, classeurs, stylos, agendas.",
        ],
        [
          "Cartouches d'encre et toners d'origine ou compatibles pour toutes les marques d'imprimantes.",
          "Consommables informatiques : toners, tambours, cartouches, collecte des usagés.",
          "Toners livrés avec reprise gratuite des cartouches vides.",
        ],
        [
          "Plus de 15 000 références, commande en ligne sur notre site réservé aux professionnels.",
          "Plateforme de commande avec validation hiérarchique et budgets par service.",
          "Commande par internet, e-mail ou téléphone, tarifs négociés selon vos volumes.",
        ],
        [
          "Produits d'entretien, hygiène, café et fournitures pour les espaces de pause.",
          "Nous livrons aussi les produits d'hygiène, essuie-mains et produits pour vos cuisines.",
          "Services généraux : café, thé, vaisselle jetable, produits ménagers.",
        ],
        [
          "Gamme éco-responsable : papier recyclé labellisé, produits rechargeables.",
          "Papier recyclé certifié Ange Bleu, FSC ou PEFC.",
          "Fournitures écologiques et emballages réduits.",
        ],
        [
          "Livraison gratuite dès 80 € HT en Île-de-France.",
          "Livraison par nos propres camions en Auvergne-Rhône-Alpes, rangement dans vos locaux.",
          "Magasin ouvert aux professionnels et aux particuliers, rentrée scolaire comprise.",
        ],
      ],
      vague: ["Fournitures de bureau.", "Papeterie.", "Fournitures pour entreprises.", "Commerce de gros."],
    },
    {
      key: "meubles-occasion-particuliers",
      naf: ["47.79Z", "47.59A", "38.32Z"],
      names: [
        "LA CAVERNE AUX MEUBLES",
        "DEPOT-VENTE DU MARCHE",
        "BROC ET MEUBLES",
        "SECONDE MAISON",
        "TROC MEUBLES",
        "RESSOURCERIE DU BOCAGE",
        "AU GRENIER D'ANTAN",
        "MEUBLES A PETITS PRIX",
      ],
      ideas: [
        [
          "Dépôt-vente de meubles d'occasion pour les particuliers : bureaux, armoires, tables, canapés.",
          "Brocante et dépôt-vente : meubles anciens, vintage et d'occasion à petits prix.",
          "Magasin de mobilier de seconde main ouvert à tous.",
        ],
        [
          "Déposez vos meubles : nous les exposons et les vendons pour vous, moyennant une commission.",
          "Nous achetons ou prenons en dépôt vos meubles, bibelots et électroménager.",
          "Estimation gratuite de vos meubles à domicile.",
        ],
        [
          "Débarras de maisons, caves et greniers, vide-maisons après succession.",
          "Enlèvement de meubles à domicile et débarras complets.",
          "Vidage d'appartements avec tri des objets.",
        ],
        [
          "Ressourcerie associative : nous donnons une seconde vie aux meubles et objets.",
          "Réemploi et réparation de meubles, ateliers de relooking.",
          "Meubles récupérés, nettoyés et revendus à prix solidaires.",
        ],
        [
          "Petits bureaux, chaises et rangements pour télétravailler à la maison ou meubler la chambre des enfants.",
          "Meubles pour étudiants : bureaux, étagères, lits, à prix mini.",
          "Bureaux d'écolier, secrétaires anciens, chaises dépareillées.",
        ],
        [
          "Ouvert du mardi au samedi, 1 200 m² d'exposition, arrivages chaque semaine.",
          "Plus de 800 m² de meubles exposés, nouveautés tous les jours.",
          "Livraison chez vous dans un rayon de 30 km.",
        ],
      ],
      vague: ["Meubles d'occasion.", "Brocante.", "Mobilier.", "Commerce de détail."],
    },
    {
      key: "location-copieurs-imprimantes",
      naf: ["46.66Z", "77.33Z", "95.11Z"],
      names: [
        "COPIE SERVICE PRO",
        "BUREAUTIQUE SOLUTIONS",
        "IMPRIM LEASE",
        "DOCUMENT SYSTEMES OUEST",
        "MULTIFONCTION CONSEIL",
        "PRINT MANAGEMENT FRANCE",
        "COPYTECH",
        "DIGITAL BUREAUTIQUE",
      ],
      ideas: [
        [
          "Location et vente de photocopieurs et d'imprimantes multifonctions pour les entreprises.",
          "Distributeur agréé de copieurs multifonctions, en location financière ou à l'achat.",
          "Solutions d'impression : copieurs couleur, imprimantes, traceurs en location longue durée.",
        ],
        [
          "Contrat de maintenance au coût copie, toners et pièces compris.",
          "Facturation à la page : consommables, entretien et déplacements inclus.",
          "Contrat tout compris de 36 à 63 mois : matériel, maintenance, toners.",
        ],
        [
          "Techniciens certifiés, intervention sous 4 à 8 heures ouvrées.",
          "Service après-vente de proximité avec délai d'intervention garanti.",
          "Télémaintenance, relevé automatique des compteurs et envoi préventif des toners.",
        ],
        [
          "Marques Canon, Kyocera, Ricoh, Sharp, Konica Minolta.",
          "Multifonctions A3 et A4 des grandes marques japonaises.",
          "Équipements neufs ou reconditionnés.",
        ],
        [
          "Gestion électronique de documents, numérisation, impression sécurisée par badge.",
          "Logiciels de gestion des impressions, suivi des volumes par service, quotas.",
          "Dématérialisation : numérisation vers dossiers partagés, circuit de validation des factures.",
        ],
        [
          "Audit gratuit de votre parc d'impression et rationalisation.",
          "Nous analysons vos volumes pour réduire le nombre d'imprimantes et le coût par page.",
          "Reprise de vos contrats en cours et solde des engagements.",
        ],
      ],
      vague: ["Bureautique.", "Matériel de bureau.", "Solutions d'impression.", "Équipement de bureau."],
    },
  ],
  needs: [
    {
      target: "amenagement-mobilier-bureau",
      title: "Aménagement de notre nouveau plateau de 600 m²",
      description:
        "Nous emménageons en juin dans un plateau de 600 m² à Nantes : 55 postes de travail, 4 salles de réunion, 3 cabines téléphoniques et un espace de pause. Nous attendons un plan d'implantation, la fourniture et le montage. Sièges ergonomiques exigés.",
      kind: "supplies",
      nafPicked: ["31.01Z"],
      budget: [90000, 150000],
    },
    {
      target: "location-copieurs-imprimantes",
      related: ["fournitures-papeterie-bureau"],
      title: "Remplacement de 8 copieurs multifonctions en location",
      description:
        "Notre contrat arrive à échéance fin mars. Nous recherchons 8 multifonctions A3 couleur pour trois sites, avec maintenance au coût page, impression sécurisée par badge et intervention sous 8 h. Environ 40 000 pages par mois au total.",
      kind: "supplies",
      nafPicked: ["46.65Z"],
      budget: [15000, 25000],
    },
  ],
};
