import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "location-materiel",
  specialties: [
    {
      key: "h-location-engins",
      naf: ["77.32Z", "77.39Z", "43.99E"],
      names: [
        "LOCA TP PROVENCE",
        "ENGINS LOCATION SUD",
        "MEDILOC MATERIEL",
        "ETANG DE BERRE LOCATION",
        "ELEVATION NACELLES 13",
        "LOUEUR DU BATIMENT",
        "TP LOC SERVICES",
        "FABRE LOCATION",
        "HAUTEUR ET LEVAGE",
        "LOCPELLE AUBAGNE",
      ],
      ideas: [
        [
          "Location de matériel de BTP : mini-pelles, chargeuses, compacteurs, dumpers.",
          "Nous louons des engins de terrassement de 1 à 25 tonnes, avec ou sans chauffeur.",
          "Parc de plus de 400 machines pour le terrassement, le levage et le compactage.",
          "Location courte et longue durée d'engins de chantier pour les professionnels et les particuliers.",
        ],
        [
          "Nacelles ciseaux, articulées et télescopiques jusqu'à 43 m, chariots télescopiques.",
          "Matériel d'élévation de personnes : PEMP, nacelles sur porteur, échafaudages roulants.",
          "Location de plateformes élévatrices et de chariots télescopiques pour vos travaux en hauteur.",
        ],
        [
          "Petit outillage : marteaux-piqueurs, groupes électrogènes, bétonnières, pompes de relevage.",
          "Outillage électroportatif, compresseurs, scies de sol, aspirateurs de chantier.",
          "Tout le petit matériel pour vos chantiers : carotteuses, ponceuses, nettoyeurs haute pression.",
        ],
        [
          "Livraison et reprise sur chantier par nos porte-engins.",
          "Transport du matériel sur site avec nos camions plateaux, prise en main incluse.",
          "Livraison sous 24 h dans un rayon de 60 km autour de Vitrolles.",
        ],
        [
          "Matériel récent, contrôlé selon les VGP et entretenu dans nos ateliers.",
          "Vérifications générales périodiques à jour, rapports remis à la livraison.",
          "Dépannage sur chantier et remplacement de la machine en cas de panne.",
        ],
        [
          "Possibilité de location avec conducteur titulaire du CACES.",
          "Nous mettons à disposition des opérateurs qualifiés avec la machine.",
          "Prestations avec conducteur pour vos travaux de terrassement et de levage.",
        ],
        [
          "Trois agences : Vitrolles, Aubagne et Salon-de-Provence.",
          "Clients : entreprises du BTP, industriels, collectivités, artisans.",
          "Comptes professionnels, tarifs dégressifs selon la durée.",
        ],
      ],
      vague: ["Location de matériel.", "Loueur professionnel.", "Matériel BTP.", "Location et vente de matériel."],
    },
    {
      key: "h-location-evenementiel",
      naf: ["77.29Z", "77.39Z", "90.02Z", "82.30Z"],
      names: [
        "EVENT LOCATION PROVENCE",
        "TENTES ET RECEPTIONS DU SUD",
        "FESTILOC",
        "SONO LUMIERE MEDITERRANEE",
        "LA MAISON DE LA RECEPTION",
        "STRUCTURES EVENEMENTIELLES 13",
        "MOBILIER EVENT SERVICES",
        "BLANC ET DECOR",
        "AZUR CHAPITEAUX",
        "AUDIO VISION EVENT",
      ],
      ideas: [
        [
          "Location de tentes, chapiteaux et structures pliantes pour vos réceptions.",
          "Nous louons des structures de réception de 9 à 2 000 m² : tentes, chapiteaux, barnums.",
          "Montage de chapiteaux et de structures aluminium pour salons, séminaires et mariages.",
          "Barnums, tentes de réception et planchers pour vos événements en extérieur.",
        ],
        [
          "Location de mobilier : tables, chaises, mange-debout, salons lounge, comptoirs.",
          "Mobilier de réception et de séminaire, nappage et vaisselle.",
          "Mobilier design et lumineux pour soirées d'entreprise et cocktails.",
        ],
        [
          "Sonorisation, éclairage scénique, écrans LED et vidéoprojection.",
          "Location de matériel audiovisuel avec techniciens pour conventions et concerts.",
          "Prestation technique complète : son, lumière, vidéo, régie.",
        ],
        [
          "Pour les agences événementielles, comités d'entreprise, collectivités et particuliers.",
          "Nous équipons vos séminaires, soirées de gala, inaugurations et salons professionnels.",
          "Partenaire des traiteurs et des lieux de réception de la région.",
        ],
        [
          "Livraison, montage et démontage assurés par nos équipes.",
          "Équipes de montage disponibles 7j/7, y compris la nuit.",
          "Logistique clé en main : transport, installation, reprise.",
        ],
        [
          "Structures conformes aux règles ERP, notes de calcul et attestations fournies.",
          "Chapiteaux inscrits au registre de sécurité, montage par du personnel habilité.",
          "Accompagnement pour les déclarations en préfecture et le passage de la commission de sécurité.",
        ],
        [
          "Chauffages de terrasse, climatiseurs mobiles, groupes électrogènes silencieux.",
          "Podiums, scènes, praticables et barrières de foule.",
          "Décoration florale, signalétique et habillage d'espace.",
        ],
      ],
      vague: ["Location événementielle.", "Événementiel.", "Location de matériel pour réceptions.", "Services pour vos événements."],
    },
    {
      key: "h-location-utilitaires",
      naf: ["77.11A", "77.12Z", "45.11Z"],
      names: [
        "UTILIX LOCATION",
        "LOCUTIL 13",
        "PROVENCE VEHICULES SERVICES",
        "RENT A VAN MARSEILLE",
        "CAMIONS ET FOURGONS DU SUD",
        "GARAGE ESTEVE LOCATION",
        "FLOTTE PRO MEDITERRANEE",
        "DEMENAGEZ MALIN LOCATION",
        "LOCAVAN",
        "ROCHE AUTOMOBILES",
      ],
      ideas: [
        [
          "Location de véhicules utilitaires de 3 à 20 m³, à la journée, à la semaine ou au mois.",
          "Nous louons fourgons, fourgonnettes et camions avec hayon élévateur.",
          "Parc de véhicules utilitaires récents : fourgons, plateaux, bennes, frigorifiques.",
          "Utilitaires de location pour vos déménagements, livraisons et chantiers.",
        ],
        [
          "Location moyenne et longue durée pour les flottes d'entreprise, entretien inclus.",
          "Contrats LLD et LMD sur mesure pour les professionnels, véhicule de remplacement garanti.",
          "Solutions de flotte : mise à disposition, entretien, pneumatiques et assurance compris.",
        ],
        [
          "Véhicules accessibles avec le permis B jusqu'à 3,5 tonnes, porteurs 12 et 19 tonnes pour le permis C.",
          "Camions porteurs et tracteurs sans chauffeur pour les transporteurs.",
          "Du petit fourgon au poids lourd, avec options d'aménagement.",
        ],
        [
          "Véhicules aménagés : bennes, plateaux, caisses frigorifiques, ateliers mobiles.",
          "Utilitaires équipés de galeries, porte-échelles et rangements pour les artisans.",
          "Camions frigorifiques conformes ATP pour le transport de denrées.",
        ],
        [
          "Agence ouverte 7j/7 près de la gare Saint-Charles.",
          "Retrait et retour 24h/24 grâce à notre boîte à clés.",
          "Livraison du véhicule sur votre site à la demande.",
        ],
        [
          "Kilométrage illimité en option, tarifs dégressifs.",
          "Devis immédiat, tarifs professionnels, facturation mensuelle.",
          "Assurance tous risques et assistance 24h/24 incluses.",
        ],
        [
          "Garage multimarques : vente de véhicules d'occasion et location.",
          "Concessionnaire et loueur, nous assurons aussi l'entretien de vos véhicules.",
          "Vente, entretien et location de véhicules légers.",
        ],
      ],
      vague: ["Location de véhicules.", "Location courte durée.", "Loueur.", "Mobilité professionnelle."],
    },
    {
      key: "h-bungalows-modulaires",
      naf: ["77.39Z", "77.32Z", "25.11Z"],
      names: [
        "MODULO CHANTIER",
        "CHANTIER MODULAIRE SUD",
        "CONTAINERS ET MODULES PROVENCE",
        "BATIMODUL",
        "BUNGALOC",
        "ESPACE MODULAIRE MEDITERRANEE",
        "CABINES ET SANITAIRES DE CHANTIER",
        "ROUX MODULAIRES",
        "CUBIK CONSTRUCTION",
        "PORTABLOC",
      ],
      ideas: [
        [
          "Location de bâtiments modulaires : bureaux de chantier, vestiaires, réfectoires, sanitaires.",
          "Nous mettons à disposition des installations de chantier complètes, conformes au Code du travail.",
          "Modules de chantier à la location : bureaux, vestiaires, blocs sanitaires.",
          "Installation de cantonnements de chantier, de 1 à 200 personnes.",
        ],
        [
          "Conception et fabrication de bâtiments modulaires pour écoles, bureaux et établissements de santé.",
          "Constructions modulaires durables, en location ou à la vente, livrées clés en main.",
          "Bâtiments préfabriqués à ossature acier, assemblés en usine et posés en quelques jours.",
        ],
        [
          "Conteneurs maritimes et conteneurs de stockage sécurisés.",
          "Location et vente de containers de stockage de 10, 20 et 40 pieds.",
          "Conteneurs aménagés : ateliers, locaux techniques, stockage de produits dangereux.",
        ],
        [
          "Transport par camion-grue, calage, raccordements eau, électricité et assainissement.",
          "Livraison, pose et raccordement des modules par nos équipes.",
          "Nous prenons en charge l'étude d'implantation et les raccordements.",
        ],
        [
          "Modules isolés, climatisés, conformes à la réglementation thermique et accessibles PMR.",
          "Équipements : climatisation réversible, mobilier, sanitaires, kitchenettes.",
          "Modules conformes aux règles ERP et d'accessibilité.",
        ],
        [
          "Sanitaires autonomes et toilettes mobiles avec service de vidange.",
          "Cabines WC chimiques et blocs sanitaires pour chantiers sans raccordement.",
          "Entretien et vidange de sanitaires mobiles.",
        ],
        [
          "Parc de plus de 1 500 modules, dépôt à Fos-sur-Mer.",
          "Réactivité : livraison sous 5 jours en région Sud.",
          "Chantiers de tout l'arc méditerranéen, de Montpellier à Nice.",
        ],
      ],
      vague: ["Constructions modulaires.", "Location de modules.", "Équipements de chantier.", "Solutions d'espaces temporaires."],
    },
  ],
  needs: [
    {
      target: "h-location-engins",
      title: "Loc nacelle 16 m + mini-pelle 2,5 T - 6 semaines",
      description:
        "Pour les travaux d'extension de notre site de Vitrolles, nous avons besoin d'une nacelle articulée 16 m diesel et d'une mini-pelle 2,5 T avec jeu de godets, du 3 juin au 12 juillet. Livraison et reprise sur site, VGP à jour, assistance en cas de panne.",
      kind: "services",
      nafPicked: ["77.39Z"],
      budget: [8000, 14000],
    },
    {
      target: "h-bungalows-modulaires",
      related: ["h-location-engins"],
      title: "Base vie 25 compagnons - arrêt technique Fos",
      description:
        "Pour un arrêt technique de 4 mois sur notre usine de Fos-sur-Mer (septembre à décembre), nous devons installer une base vie pour 25 intervenants : 2 bureaux, vestiaires hommes/femmes, réfectoire et sanitaires raccordés. Transport, pose, raccordements et repli à inclure dans l'offre.",
      kind: "services",
      nafPicked: ["77.32Z"],
      budget: [30000, 55000],
    },
  ],
};
