import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-accueil-secretariat",
  specialties: [
    {
      key: "h6-accueil-entreprise",
      naf: ["82.99Z", "78.30Z", "82.11Z"],
      names: [
        "ACCUEIL PLUS PROVENCE",
        "HOTESSES ET SERVICES MEDITERRANEE",
        "FRONT OFFICE SERVICES",
        "ACCUEIL CONSEIL SUD",
        "L'ACCUEIL EN ENTREPRISE",
        "SERVIACCUEIL",
        "RECEPTION PRO 13",
        "OPALINE SERVICES",
      ],
      ideas: [
        [
          "Prestations d'accueil en entreprise : hôtes et hôtesses en poste à l'accueil de vos sièges et sites.",
          "Externalisation de l'accueil physique et téléphonique de vos bâtiments.",
          "Nous gérons l'accueil de vos visiteurs et de vos collaborateurs au quotidien.",
        ],
        [
          "Gestion du standard, des badges visiteurs et des salles de réunion.",
          "Réservation des salles, remise des badges et orientation des visiteurs.",
          "Tenue du standard, réception des colis et gestion du courrier.",
        ],
        [
          "Personnel formé, bilingue, en tenue, remplacé en cas d'absence.",
          "Continuité de service garantie : remplacement sous deux heures.",
          "Hôtes et hôtesses en CDI, formés aux consignes de sûreté de votre site.",
        ],
        [
          "Accueil des sites industriels : contrôle des entrées, gestion des plans de prévention.",
          "Accueil des entreprises extérieures sur les sites Seveso.",
          "Poste d'accueil-sûreté pour les sites industriels et logistiques.",
        ],
        [
          "Services complémentaires : conciergerie, gestion des fournitures, petits travaux administratifs.",
          "Nos hôtes peuvent aussi assurer des tâches de services généraux.",
          "Polyvalence accueil et assistanat administratif.",
        ],
        [
          "Références : sièges sociaux, tours de bureaux, hôpitaux et bâtiments publics.",
          "Nous intervenons dans les tours de la Joliette et les pôles tertiaires d'Aix.",
          "Plus de 80 sites clients dans la région Sud.",
        ],
      ],
      vague: ["Services d'accueil.", "Prestations aux entreprises.", "Accueil et services."],
    },
    {
      key: "h6-hotesses-evenementielles",
      naf: ["82.30Z", "78.30Z", "82.99Z"],
      names: [
        "HOTESSES EVENTS SUD",
        "AGENCE SOURIRE ET ACCUEIL",
        "EVENT STAFF PROVENCE",
        "ELEGANCE HOTESSES",
        "AGENCE BLEU AZUR",
        "PROMO ET ANIMATION 13",
        "SALONS ET CONGRES STAFFING",
        "LES AMBASSADRICES",
      ],
      ideas: [
        [
          "Agence d'hôtesses et d'hôtes pour salons, congrès, soirées et événements sportifs.",
          "Personnel d'accueil pour vos événements, du stand au gala.",
          "Hôtesses événementielles pour salons professionnels et conventions.",
        ],
        [
          "Accueil des invités, vestiaire, placement, remise de badges.",
          "Gestion des inscriptions, des listes d'invités et du vestiaire.",
          "Orientation du public et accueil VIP.",
        ],
        [
          "Animation commerciale et street marketing : distribution de flyers, dégustations.",
          "Animateurs pour lancements de produits et opérations en magasin.",
          "Promotion des ventes en grande surface et dans les galeries commerciales.",
        ],
        [
          "Hôtesses multilingues pour les congrès internationaux au Palais du Pharo et au Parc Chanot.",
          "Personnel parlant anglais, italien, espagnol ou allemand.",
          "Équipes bilingues pour les salons internationaux.",
        ],
        ["Mobilisation rapide, même pour une seule journée.", "Des missions d'une soirée à plusieurs semaines.", "Renfort ponctuel avec un préavis de 48 h."],
        [
          "Tenues fournies ou personnalisées à vos couleurs.",
          "Uniformes aux couleurs de votre marque.",
          "Personnel recruté sur casting, présentation soignée.",
        ],
      ],
      vague: ["Agence d'hôtesses.", "Événementiel.", "Personnel d'accueil."],
    },
    {
      key: "h6-telesecretariat",
      naf: ["82.19Z", "82.20Z", "82.11Z"],
      names: [
        "SECRETARIAT A DISTANCE PROVENCE",
        "ALLO PERMANENCE",
        "TELESECRETARIAT MEDICAL DU SUD",
        "ASSISTANCE BUREAU 13",
        "PLUME ET TELEPHONE",
        "VIRTUAL ASSIST MARSEILLE",
        "CABINET SECRETARIAT MARTINEZ",
        "SECRETARIA",
      ],
      ideas: [
        [
          "Permanence téléphonique : nous répondons à vos appels en votre nom quand vous êtes absent.",
          "Télésecrétariat : prise de messages, filtrage et transfert de vos appels.",
          "Votre standard externalisé, de 8 h à 19 h du lundi au samedi.",
        ],
        [
          "Prise de rendez-vous pour médecins, kinés, dentistes et avocats.",
          "Secrétariat médical à distance avec gestion de l'agenda en ligne.",
          "Gestion d'agenda et de rendez-vous pour les professions libérales.",
        ],
        [
          "Travaux de secrétariat : frappe de courriers, comptes rendus, mise en forme de documents.",
          "Dactylographie et transcription de fichiers audio.",
          "Saisie, mise en page et relecture de vos documents.",
        ],
        [
          "Assistante indépendante pour les TPE, artisans et professions libérales.",
          "Secrétaire indépendante à temps partagé pour les petites entreprises.",
          "Assistance administrative ponctuelle ou régulière, sans embauche.",
        ],
        [
          "Facturation, relances clients et gestion administrative courante.",
          "Préparation des devis, des factures et suivi des règlements.",
          "Classement, tri du courrier et préparation des éléments comptables.",
        ],
        [
          "Forfaits à partir de 50 appels par mois, sans engagement.",
          "Tarif à l'appel ou au forfait mensuel.",
          "Facturation à l'heure pour les travaux de secrétariat.",
        ],
      ],
      vague: ["Secrétariat.", "Assistance administrative.", "Services de bureau."],
    },
    {
      key: "h6-centre-appels",
      naf: ["82.20Z", "73.11Z"],
      names: [
        "CALL MEDITERRANEE",
        "RELATION CLIENT PROVENCE",
        "CONTACT SUD",
        "PLATEAU TELEPHONIQUE DE LA JOLIETTE",
        "PHONIX SERVICES",
        "VOIX ET CONTACTS",
        "MULTICANAL SUD EST",
        "ALTO RELATION",
      ],
      ideas: [
        [
          "Centre de contacts : service client externalisé par téléphone, e-mail et chat.",
          "Externalisation de votre relation client multicanale.",
          "Nous prenons en charge les appels entrants de vos clients et usagers.",
        ],
        [
          "Campagnes d'appels sortants : prise de rendez-vous commerciaux, enquêtes de satisfaction.",
          "Téléprospection et qualification de fichiers pour vos commerciaux.",
          "Appels sortants B2B pour générer des rendez-vous qualifiés.",
        ],
        [
          "Plateau de 60 positions à Marseille, téléconseillers francophones.",
          "Tous nos téléconseillers sont basés en France, à Marseille.",
          "Plateau téléphonique implanté localement, pas d'offshore.",
        ],
        [
          "Numéros d'information et lignes d'urgence pour les collectivités et les services publics.",
          "Gestion des numéros verts et des cellules de crise.",
          "Lignes d'information ponctuelles : travaux, événements, alertes.",
        ],
        [
          "Débordement d'appels et service client aux heures tardives et le week-end.",
          "Nous prenons le relais quand vos équipes sont saturées.",
          "Ouverture 7 j/7 et de 7 h à 22 h.",
        ],
        [
          "Outils CRM connectés à vos logiciels et tableaux de bord en temps réel.",
          "Enregistrement des appels et suivi de la qualité de service.",
          "Indicateurs partagés : taux de décroché, durée moyenne, satisfaction.",
        ],
      ],
      vague: ["Centre d'appels.", "Relation client.", "Services aux entreprises."],
    },
    {
      key: "h6-domiciliation",
      naf: ["82.11Z", "68.20B"],
      names: [
        "DOMICILIATION PROVENCE",
        "SIEGE SOCIAL SERVICES",
        "ADRESSE PRESTIGE MARSEILLE",
        "DOMI AIX",
        "CENTRE DE DOMICILIATION DU PRADO",
        "MONADRESSEPRO",
        "BUREAU VIRTUEL SUD",
        "KALLISTE DOMICILIATION",
      ],
      ideas: [
        [
          "Domiciliation d'entreprise : une adresse pour votre siège social.",
          "Domiciliez votre société à Marseille ou Aix-en-Provence dès aujourd'hui.",
          "Adresse de siège social pour sociétés, associations et auto-entrepreneurs.",
        ],
        [
          "Réception, tri et réexpédition de votre courrier.",
          "Courrier scanné et envoyé par e-mail le jour même.",
          "Réexpédition hebdomadaire ou mise à disposition de votre courrier.",
        ],
        [
          "Agrément préfectoral de domiciliation.",
          "Centre de domiciliation agréé par la préfecture des Bouches-du-Rhône.",
          "Société de domiciliation agréée, contrat conforme au code de commerce.",
        ],
        [
          "Contrat de domiciliation signé en ligne en quelques minutes.",
          "Attestation de domiciliation immédiate pour votre immatriculation.",
          "Démarches 100 % en ligne, sans déplacement.",
        ],
        [
          "Location ponctuelle de bureaux et de salles de réunion à l'heure.",
          "Accès à des bureaux pour recevoir vos clients.",
          "Salle de réunion disponible pour vos rendez-vous.",
        ],
        [
          "Formalités juridiques : création, transfert de siège, modifications statutaires.",
          "Aide aux formalités de création d'entreprise.",
          "Partenariat avec un cabinet d'expertise comptable.",
        ],
      ],
      vague: ["Domiciliation.", "Services administratifs.", "Centre d'affaires."],
    },
  ],
  needs: [
    {
      target: "h6-accueil-entreprise",
      related: ["h6-hotesses-evenementielles"],
      title: "Prestation d'accueil siège social",
      description:
        "Pour notre siège de 400 collaborateurs à la Joliette, nous recherchons un prestataire assurant l'accueil physique et le standard du lundi au vendredi de 8 h à 19 h (2 postes), la gestion des badges visiteurs et des salles de réunion. Contrat de 3 ans à partir de mars.",
      kind: "services",
      nafPicked: ["82.99Z"],
      budget: [110000, 160000],
    },
    {
      target: "h6-hotesses-evenementielles",
      related: ["h6-accueil-entreprise"],
      title: "Personnel d'accueil pour notre salon au Parc Chanot",
      description:
        "Nous organisons un salon professionnel de l'industrie les 14 et 15 novembre au Parc Chanot : il nous faut 12 personnes pour l'accueil des visiteurs, le vestiaire et les badges, dont 4 parlant anglais, en tenue aux couleurs de l'événement.",
      kind: "services",
      nafPicked: ["82.30Z", "78.20Z"],
      budget: [5000, 9000],
    },
    {
      target: "h6-telesecretariat",
      related: ["h6-centre-appels"],
      title: "Quelqu'un pour répondre au téléphone et prendre les rendez-vous",
      description:
        "Maison de santé pluriprofessionnelle à Aubagne (4 médecins, 3 kinés) : nous cherchons une solution pour prendre les appels des patients, gérer les agendas et les rendez-vous de 8 h à 19 h quand notre secrétaire n'est pas là, avec un planning en ligne.",
      kind: "services",
      nafPicked: ["86.21Z"],
      budget: [6000, 14000],
    },
    {
      target: "h6-centre-appels",
      related: ["h6-telesecretariat"],
      title: "Numéro d'information pour les usagers du réseau de bus",
      description:
        "Pendant les 4 mois de travaux de restructuration de notre réseau (été 2025), nous voulons externaliser une ligne d'information téléphonique et la réponse aux e-mails des usagers, 7 j/7 de 7 h à 20 h, avec un pic attendu de 2 000 appels par semaine.",
      kind: "services",
      nafPicked: ["49.31Z", "82.20Z"],
      budget: [40000, 75000],
    },
  ],
};
