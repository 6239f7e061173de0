import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-immobilier-entreprise",
  specialties: [
    {
      key: "h6-transaction-immobilier-entreprise",
      naf: ["68.31Z"],
      names: [
        "PROVENCE IMMOBILIER D'ENTREPRISE",
        "SUD BUREAUX LOCAUX",
        "ACTIPOLE CONSEIL",
        "ENTREPOTS ET ACTIVITES 13",
        "ARNAUD COMMERCIAL PROPERTIES",
        "MASSILIA TERTIAIRE",
        "CABINET DELORME IMMOBILIER",
        "LOGISUD FONCIER",
      ],
      ideas: [
        [
          "Conseil en immobilier d'entreprise : bureaux, locaux d'activité, entrepôts et terrains.",
          "Nous aidons les entreprises à trouver leurs bureaux, entrepôts et locaux commerciaux.",
          "Agence spécialisée dans la location et la vente de locaux professionnels.",
        ],
        [
          "Recherche sur mesure de locaux pour les entreprises qui déménagent ou s'agrandissent.",
          "Mandat de recherche : nous visitons, présélectionnons et négocions pour vous.",
          "Nous représentons les utilisateurs dans la recherche de leurs futurs locaux.",
        ],
        [
          "Secteurs : Euroméditerranée, Marseille centre, Aix-Les Milles, Vitrolles, Aubagne, Fos.",
          "Une connaissance fine des parcs d'activités de la métropole Aix-Marseille.",
          "Présents sur les zones d'activités de l'étang de Berre et du pays d'Aubagne.",
        ],
        [
          "Négociation des baux commerciaux et professionnels : loyer, franchises, travaux.",
          "Nous négocions les conditions de votre bail commercial 3-6-9.",
          "Renégociation de bail et renouvellement pour les entreprises locataires.",
        ],
        [
          "Plateformes logistiques et entrepôts classés ICPE sur l'axe rhodanien.",
          "Commercialisation de plateformes logistiques de 5 000 à 50 000 m².",
          "Terrains à bâtir en zone d'activités et locaux mixtes bureaux-entrepôt.",
        ],
        [
          "Titulaire de la carte professionnelle transaction délivrée par la CCI.",
          "Carte T et garantie financière, membre de la FNAIM Entreprises.",
          "Agent immobilier titulaire de la carte transaction, assurance RCP.",
        ],
      ],
      vague: ["Agence immobilière.", "Conseil en immobilier.", "Transactions immobilières."],
    },
    {
      key: "h6-agence-immobiliere-residentielle",
      naf: ["68.31Z"],
      names: [
        "L'IMMOBILIER DU VIEUX PORT",
        "AGENCE DES CALANQUES",
        "PROVENCE HABITAT TRANSACTIONS",
        "CASSIS IMMO",
        "IMMOBILIERE SAINTE VICTOIRE",
        "AGENCE MARTINEZ",
        "MAISONS ET BASTIDES",
        "LE COMPTOIR IMMOBILIER",
      ],
      ideas: [
        [
          "Vente et location d'appartements, maisons et villas à Marseille et alentours.",
          "Votre agence de quartier pour vendre ou acheter votre logement.",
          "Achat, vente et location de biens résidentiels.",
        ],
        [
          "Estimation gratuite de votre maison ou de votre appartement.",
          "Nous estimons votre bien au prix du marché en 48 h.",
          "Avis de valeur offert pour les propriétaires vendeurs.",
        ],
        [
          "Location saisonnière et gestion de locations meublées pour les propriétaires.",
          "Nous louons votre appartement meublé en courte ou longue durée.",
          "Gestion de locations de vacances sur la côte.",
        ],
        [
          "Biens de prestige : bastides, mas et villas avec piscine.",
          "Propriétés d'exception dans le pays d'Aix et sur la côte Bleue.",
          "Une sélection de villas et maisons de caractère.",
        ],
        [
          "Accompagnement des acquéreurs jusqu'à la signature chez le notaire.",
          "Nous suivons votre dossier du compromis à l'acte authentique.",
          "Aide au montage du financement avec nos courtiers partenaires.",
        ],
        [
          "Agence familiale installée depuis 1992.",
          "Une équipe de six conseillers qui connaissent chaque rue du quartier.",
          "Plus de 30 ans d'expérience dans l'immobilier résidentiel.",
        ],
      ],
      vague: ["Agence immobilière.", "Immobilier.", "Transactions et locations."],
    },
    {
      key: "h6-gestion-locative-syndic",
      naf: ["68.32A"],
      names: [
        "CABINET FOURNIER GESTION",
        "SYNDIC PROVENCE COPROPRIETES",
        "ADMINISTRATION DE BIENS DU MIDI",
        "GESTIMMO SUD",
        "REGIE ROSSI",
        "FONCIA LOCALE PRADO",
        "PROPERTY MANAGEMENT MEDITERRANEE",
        "GERANCE ET SYNDIC DU PAYS D'AIX",
      ],
      ideas: [
        [
          "Syndic de copropriété : gestion administrative, comptable et technique des immeubles.",
          "Nous administrons plus de 300 copropriétés à Marseille et Aix.",
          "Syndic professionnel pour copropriétés résidentielles et mixtes.",
        ],
        [
          "Gestion locative : encaissement des loyers, quittances, régularisation des charges.",
          "Nous gérons vos biens loués de A à Z, de la mise en location à la fin du bail.",
          "Administration de biens pour propriétaires bailleurs et investisseurs.",
        ],
        [
          "Property management de bureaux, commerces et parcs d'activités pour les investisseurs.",
          "Gestion d'actifs tertiaires pour le compte de foncières et de SCPI.",
          "Nous gérons des immeubles de bureaux et des locaux d'activité pour des propriétaires institutionnels.",
        ],
        [
          "Suivi technique : entretien, contrats de maintenance, travaux et sinistres.",
          "Gestion des travaux et des interventions d'urgence dans les immeubles.",
          "Nous pilotons les prestataires d'entretien et les déclarations de sinistres.",
        ],
        [
          "Extranet propriétaires et copropriétaires accessible 24 h/24.",
          "Documents, comptes et assemblées générales consultables en ligne.",
          "Assemblées générales possibles en visioconférence.",
        ],
        [
          "Carte professionnelle gestion et syndic, garantie financière.",
          "Titulaire des cartes G et S délivrées par la CCI.",
          "Adhérent à l'UNIS, garantie financière et assurance RCP.",
        ],
      ],
      vague: ["Administrateur de biens.", "Gestion immobilière.", "Syndic et gestion."],
    },
    {
      key: "h6-expertise-immobiliere",
      naf: ["68.31Z", "74.90B", "71.12B"],
      names: [
        "CABINET D'EXPERTISE FONCIERE GIRAUD",
        "VALEUR IMMOBILIERE EXPERTISE",
        "EXPERTS IMMOBILIERS ASSOCIES PROVENCE",
        "EVAL PATRIMOINE",
        "CABINET ROUX EXPERTISES",
        "EXPERIMMO 13",
        "SUD VALORISATION",
        "CABINET CHABERT",
      ],
      ideas: [
        [
          "Expertise en évaluation immobilière : valeur vénale et valeur locative.",
          "Nous déterminons la valeur de marché de tout type de bien immobilier.",
          "Rapports d'expertise conformes à la Charte de l'expertise en évaluation immobilière.",
        ],
        [
          "Expert près la cour d'appel d'Aix-en-Provence.",
          "Expertises judiciaires et amiables, partages, successions, divorces.",
          "Expert agréé par les tribunaux pour les litiges immobiliers.",
        ],
        [
          "Évaluation d'actifs d'entreprise : locaux d'activité, murs commerciaux, entrepôts.",
          "Expertise de patrimoine immobilier d'entreprises et de collectivités.",
          "Valorisation de portefeuilles immobiliers pour les bilans et les opérations de cession.",
        ],
        [
          "Calcul d'indemnités d'éviction et fixation de loyers de renouvellement.",
          "Expertise du loyer de bail commercial en cas de révision ou de renouvellement.",
          "Indemnité d'éviction, droit au bail et valeur du fonds de commerce.",
        ],
        [
          "Certifié RICS / REV, membre de la Compagnie des experts immobiliers.",
          "Expert certifié REV (Recognised European Valuer).",
          "Membre de l'IFEI et assurance professionnelle dédiée.",
        ],
        [
          "Intervention pour les collectivités : cessions foncières, acquisitions, préemption.",
          "Nous évaluons les biens des communes avant une vente ou une préemption.",
          "Accompagnement des acteurs publics sur leurs opérations foncières.",
        ],
      ],
      vague: ["Cabinet d'expertise.", "Expert immobilier.", "Conseil immobilier."],
    },
    {
      key: "h6-centre-affaires-coworking",
      naf: ["68.20B", "82.11Z"],
      names: [
        "LE HUB JOLIETTE",
        "CENTRE D'AFFAIRES DU PRADO",
        "WORKSPACE AIX",
        "LA RUCHE DES ENTREPRENEURS",
        "BUSINESS CENTER PROVENCE",
        "ESPACES PARTAGES VELODROME",
        "OPEN SPACE CALANQUES",
        "COWORK SAINTE VICTOIRE",
      ],
      ideas: [
        [
          "Bureaux équipés et privatifs à louer à l'heure, au jour ou au mois.",
          "Location de bureaux meublés, sans bail commercial, avec contrat flexible.",
          "Espaces de travail clés en main, prêts à l'emploi.",
        ],
        [
          "Espace de coworking avec postes nomades et postes fixes.",
          "Un open space partagé pour indépendants, start-up et équipes projet.",
          "Abonnements coworking à la journée ou au mois.",
        ],
        [
          "Salles de réunion et de formation de 4 à 40 personnes, équipées d'écrans et de visioconférence.",
          "Location de salles de réunion à la demi-journée.",
          "Salles de séminaire avec café d'accueil et déjeuner sur demande.",
        ],
        [
          "Services inclus : accueil, internet très haut débit, ménage, cuisine partagée.",
          "Tout compris : charges, fibre, impression, café et entretien.",
          "Accueil physique, réception du courrier et domiciliation possible.",
        ],
        [
          "À deux minutes de la gare Saint-Charles et du métro.",
          "Situé en centre-ville, parking et transports en commun à proximité.",
          "Accessible en tramway, avec parking vélos et bornes de recharge.",
        ],
        [
          "Événements réguliers pour développer votre réseau professionnel.",
          "Une communauté de plus de 150 membres et des afterworks chaque mois.",
          "Ateliers et petits-déjeuners entre entrepreneurs.",
        ],
      ],
      vague: ["Centre d'affaires.", "Location de bureaux.", "Espaces de travail."],
    },
  ],
  needs: [
    {
      target: "h6-transaction-immobilier-entreprise",
      related: ["h6-centre-affaires-coworking"],
      title: "Recherche locaux 400 m² bureaux + stockage",
      description:
        "Notre société de maintenance (35 personnes) doit quitter ses locaux de Marseille 10e fin 2025. Nous cherchons environ 300 m² de bureaux et 100 m² de stockage avec 15 places de parking, entre Aubagne et La Valentine. Mandat de recherche et négociation du bail souhaités.",
      kind: "services",
      nafPicked: ["68.20B"],
      budget: null,
    },
    {
      target: "h6-gestion-locative-syndic",
      related: ["h6-expertise-immobiliere"],
      title: "Gestion de notre patrimoine de locaux loués",
      description:
        "Notre groupe familial possède 12 locaux commerciaux et 2 petits immeubles de bureaux à Marseille et Aix, loués à des tiers. Nous voulons confier l'encaissement des loyers, les révisions, les charges et le suivi des travaux à un professionnel à partir de janvier.",
      kind: "services",
      nafPicked: ["68.31Z"],
      budget: [20000, 45000],
    },
    {
      target: "h6-expertise-immobiliere",
      related: ["h6-transaction-immobilier-entreprise"],
      title: "Évaluation de la valeur d'un bâtiment communal",
      description:
        "La commune envisage de vendre une ancienne caserne de pompiers (900 m² sur 2 500 m² de terrain) à La Ciotat. Il nous faut un rapport indépendant sur la valeur du bien avant la délibération du conseil municipal en mars.",
      kind: "services",
      nafPicked: ["68.31Z", "71.12A"],
      budget: [2000, 6000],
    },
    {
      target: "h6-centre-affaires-coworking",
      title: "Bureaux provisoires pour équipe projet 6 mois",
      description:
        "Nous ouvrons une antenne à Marseille pour un chantier de 6 mois et avons besoin de 8 postes de travail meublés avec internet et une salle de réunion accessible, près de la gare Saint-Charles, dès le 1er avril. Pas de bail long.",
      kind: "services",
      nafPicked: ["68.20A", "82.11Z"],
      budget: [12000, 25000],
    },
  ],
};
