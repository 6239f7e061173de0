import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-vehicules-industriels",
  specialties: [
    {
      key: "h5-pneumatiques-poids-lourds",
      naf: ["45.32Z", "45.20B", "45.31Z"],
      names: [
        "PNEUS POIDS LOURDS PROVENCE",
        "ETS COURBON PNEUS",
        "SUD RECHAPAGE SERVICES",
        "PNEU SERVICE 24",
        "SARL VITALIS",
        "GOMME ET JANTES DU MIDI",
        "TRUCK PNEUS 13",
        "DEPANN'PNEUS VITROLLES",
        "ROUSSEL PNEUMATIQUES",
        "PNEUMATIQUES DE L'ETANG",
      ],
      ideas: [
        [
          "Vente et montage de pneumatiques poids lourds, utilitaires, agricoles et génie civil.",
          "Pneus neufs et rechapés pour camions, remorques et bus.",
          "Montage, équilibrage et permutation des pneumatiques de flottes.",
        ],
        [
          "Dépannage pneumatique sur route et sur site 24h/24.",
          "Camions de service pour intervenir sur votre parc ou au bord de la route.",
          "Assistance crevaison pour les transporteurs, de jour comme de nuit.",
        ],
        [
          "Géométrie et parallélisme des poids lourds.",
          "Contrôle de la géométrie pour réduire l'usure des pneus.",
          "Réglage du train avant et des essieux de remorques.",
        ],
        [
          "Gestion de flotte : visites de parc, relevés de pression et de profondeur, rapports.",
          "Contrats de gestion des pneumatiques au kilomètre.",
          "Suivi de l'usure et planification des remplacements.",
        ],
        ["Recreusage et rechapage des carcasses.", "Collecte des pneus usagés en filière agréée.", "Pneus pour engins de manutention et chariots élévateurs."],
        [
          "Clients : transporteurs, collectivités, entreprises de BTP, loueurs.",
          "Atelier poids lourds à Vitrolles, accès direct à l'A7.",
          "Intervention dans les Bouches-du-Rhône et le Var.",
        ],
        ["Devis gratuit.", "Plus de 25 ans d'expérience.", "Réseau national pour vos véhicules en déplacement."],
      ],
      vague: ["Pneumatiques.", "Garage poids lourds.", "Centre auto."],
    },
    {
      key: "h5-carrosserie-industrielle",
      naf: ["29.20Z", "45.20B"],
      names: [
        "CARROSSERIE INDUSTRIELLE DU SUD",
        "ETS MICHELIS CARROSSIER",
        "PROVENCE BENNES ET PLATEAUX",
        "SARL GAUTIER CARROSSERIE",
        "CIM CARROSSERIE INDUSTRIELLE MEDITERRANEE",
        "AMENAGEMENT UTILITAIRES 13",
        "ROUTIERS CARROSSERIE",
        "ATELIER DU CAMION",
        "CASSAN ET FILS",
        "PL CARROSSERIE AUBAGNE",
      ],
      ideas: [
        [
          "Carrosserie industrielle : fabrication et pose de bennes, plateaux, fourgons et caissons.",
          "Conception de carrosseries sur châssis poids lourds et utilitaires.",
          "Transformation de véhicules utilitaires pour artisans et collectivités.",
        ],
        [
          "Réparation de carrosseries de camions, remorques et bus après sinistre.",
          "Redressage de châssis et remplacement des éléments accidentés.",
          "Cabine de peinture poids lourds de 18 mètres.",
        ],
        [
          "Aménagements intérieurs d'utilitaires : étagères, tiroirs, galeries.",
          "Équipement de véhicules de service : gyrophares, rampes, coffres.",
          "Aménagement de véhicules ateliers et de véhicules d'intervention.",
        ],
        [
          "Réception à titre isolé (RTI) et homologation des transformations.",
          "Dossiers de réception auprès de la DREAL.",
          "Conformité des transformations au code de la route.",
        ],
        ["Agréé par les principaux assureurs et loueurs.", "Travail en lien avec les experts automobiles.", "Véhicule de remplacement selon disponibilité."],
        [
          "Clients : transporteurs, collectivités, entreprises de BTP, loueurs.",
          "Intervention dans les Bouches-du-Rhône et le Var.",
          "Atelier de 2 000 m² à Aubagne.",
        ],
        ["Devis gratuit.", "Plus de 25 ans d'expérience.", "Délais d'immobilisation réduits."],
      ],
      vague: ["Carrosserie.", "Garage poids lourds.", "Constructeur de carrosseries."],
    },
    {
      key: "h5-hayons-elevateurs",
      naf: ["45.20B", "33.12Z", "28.22Z"],
      names: [
        "HAYONS SERVICES PROVENCE",
        "ETS DURBEC HAYONS",
        "SUD HAYON",
        "HAYON DEPANNAGE 13",
        "SARL QUILICI",
        "ELEVA'HAYON",
        "MAINTENANCE HAYONS MEDITERRANEE",
        "ARNAUD HAYONS",
        "PLATEFORME ELEVATRICE SERVICES",
      ],
      ideas: [
        [
          "Vente, pose et réparation de hayons élévateurs toutes marques.",
          "Dépannage de hayons rétractables, repliables et rabattables.",
          "Installation de hayons élévateurs sur camions et utilitaires neufs.",
        ],
        [
          "Intervention sur site ou sur route avec nos camionnettes atelier.",
          "Dépannage de hayon en urgence pour ne pas bloquer vos tournées.",
          "Astreinte pour les transporteurs et les messageries.",
        ],
        [
          "Remplacement de vérins, pompes, flexibles et batteries de hayons.",
          "Réparation des circuits hydrauliques et électriques des hayons.",
          "Pièces détachées en stock pour les principales marques.",
        ],
        [
          "Vérifications générales périodiques des hayons tous les six mois.",
          "Contrôles semestriels réglementaires et entretien préventif.",
          "Mise à jour du registre et levée des observations.",
        ],
        [
          "Installation de hayons sur véhicules frigorifiques et porteurs.",
          "Adaptation des hayons aux quais et aux livraisons en ville.",
          "Montage de rampes d'accès et de plateformes de chargement sur utilitaires.",
        ],
        [
          "Clients : transporteurs, collectivités, entreprises de BTP, loueurs.",
          "Intervention dans les Bouches-du-Rhône et le Var.",
          "Atelier poids lourds à Vitrolles.",
        ],
        ["Devis gratuit.", "Plus de 25 ans d'expérience.", "Délais d'immobilisation réduits."],
      ],
      vague: ["Équipements pour véhicules.", "Dépannage poids lourds.", "Maintenance."],
    },
    {
      key: "h5-chronotachygraphes",
      naf: ["45.20B", "71.20A", "45.31Z"],
      names: [
        "CHRONO SERVICES PROVENCE",
        "ETS BONNET TACHYGRAPHES",
        "TACHY SUD",
        "CONTROLE CHRONO 13",
        "SARL AUZIAS",
        "ELECTRO DIESEL DU MIDI",
        "TACHYCENTRE MARSEILLE",
        "LIMIT'VITESSE SUD",
        "ROUVIER ELECTRICITE AUTOMOBILE",
        "DIGITACHY",
      ],
      ideas: [
        [
          "Installation, étalonnage et contrôle périodique des chronotachygraphes analogiques et numériques.",
          "Centre agréé pour le contrôle des tachygraphes tous les deux ans.",
          "Pose de tachygraphes intelligents de deuxième génération.",
        ],
        [
          "Contrôle et plombage des limiteurs de vitesse.",
          "Vérification des limiteurs de vitesse des poids lourds et des autocars.",
          "Installation et étalonnage des limiteurs.",
        ],
        [
          "Téléchargement des données des cartes conducteurs et des chronotachygraphes.",
          "Logiciels d'analyse des temps de conduite et des infractions.",
          "Archivage des données sociales réglementaires.",
        ],
        [
          "Installation d'éthylotests antidémarrage sur les autocars et véhicules de transport.",
          "Pose de boîtiers télématiques et de géolocalisation.",
          "Électricité automobile : faisceaux, alternateurs, démarreurs.",
        ],
        ["Centre agréé par la préfecture et habilité par les constructeurs.", "Atelier agréé pour les tachygraphes.", "Techniciens certifiés."],
        [
          "Clients : transporteurs, collectivités, entreprises de BTP, loueurs.",
          "Intervention dans les Bouches-du-Rhône et le Var.",
          "Atelier à Marseille, dans la vallée de l'Huveaune.",
        ],
        ["Devis gratuit.", "Plus de 25 ans d'expérience.", "Rendez-vous rapides pour limiter l'immobilisation."],
      ],
      vague: ["Électricité automobile.", "Garage poids lourds.", "Équipements pour camions."],
    },
  ],
  needs: [
    {
      target: "h5-chronotachygraphes",
      title: "Contrôle bisannuel – 14 porteurs + 3 cars",
      description:
        "Notre entreprise de transport de Salon-de-Provence doit faire passer le contrôle obligatoire des appareils qui enregistrent les temps de conduite sur 17 véhicules, avec des échéances entre mars et mai. Nous voulons aussi faire vérifier les limiteurs.",
      kind: "services",
      nafPicked: ["71.20A"],
      budget: [2500, 5000],
    },
    {
      target: "h5-hayons-elevateurs",
      title: "Plateforme arrière bloquée – porteur 19 t frigo",
      description:
        "La plateforme élévatrice arrière de notre porteur frigorifique ne remonte plus depuis hier, en pleine tournée de livraison des magasins de Marseille. Pompe ou vérin, on ne sait pas. Il faudrait quelqu'un aujourd'hui ou demain à notre dépôt de La Penne-sur-Huveaune.",
      kind: "services",
      nafPicked: ["33.12Z"],
      budget: null,
    },
    {
      target: "h5-pneumatiques-poids-lourds",
      title: "Contrat flotte – 60 tracteurs + 90 semis, Vitrolles",
      description:
        "Nous cherchons un partenaire pour suivre l'usure, remplacer et réparer les enveloppes de tout notre parc (60 tracteurs routiers et 90 semi-remorques), avec intervention sur la route en cas de crevaison. Remontée mensuelle des relevés souhaitée.",
      kind: "services",
      nafPicked: ["49.41A"],
      budget: [120000, 200000],
    },
    {
      target: "h5-carrosserie-industrielle",
      related: ["h5-hayons-elevateurs"],
      title: "Équiper 4 fourgons neufs pour les équipes réseaux",
      description:
        "Nos 4 fourgons neufs (L3H2) doivent être aménagés pour nos équipes d'entretien des réseaux : rangements, galerie avec échelle, gyrophares et une rampe pour charger un petit engin. Les démarches d'homologation des transformations sont à inclure.",
      kind: "works",
      nafPicked: ["29.20Z"],
      budget: [40000, 70000],
    },
  ],
};
