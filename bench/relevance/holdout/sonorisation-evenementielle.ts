import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "sonorisation-evenementielle",
  specialties: [
    {
      key: "h-se-prestataire-son-lumiere-video",
      naf: ["90.02Z", "77.39Z", "82.30Z"],
      names: [
        "SONO LIGHT PROVENCE",
        "AUDIOSCENE",
        "EVENT TECHNIQUE MEDITERRANEE",
        "SUD REGIE SPECTACLE",
        "LUMI'SON",
        "DECIBEL EVENEMENTS",
        "TECHNISCENE 13",
        "OPEN STAGE PRODUCTION",
      ],
      ideas: [
        [
          "Prestataire technique événementiel : sonorisation, éclairage scénique et vidéoprojection.",
          "Nous assurons la technique de vos événements : son, lumière, vidéo, de la conception au démontage.",
          "Location avec techniciens de matériel de sonorisation, d'éclairage et de projection pour tous types d'événements.",
        ],
        [
          "Conventions, séminaires, assemblées, lancements de produits, galas, concerts et festivals.",
          "Nous travaillons pour les agences événementielles, les entreprises, les collectivités et les producteurs de spectacles.",
          "Des réunions de 50 personnes aux plénières de 3 000 participants.",
        ],
        [
          "Parc matériel L-Acoustics et d&b, consoles Yamaha et DiGiCo, lyres Robe et Martin, vidéoprojecteurs Barco.",
          "Plus de 2 000 m² de stockage et un parc régulièrement renouvelé.",
          "Micros HF, pupitres, retours, régie son et lumière numériques.",
        ],
        [
          "Régisseurs, ingénieurs du son, éclairagistes et techniciens plateau, permanents et intermittents.",
          "Une équipe technique expérimentée qui connaît les salles de la région : Pharo, Parc Chanot, Silo, Dôme.",
          "Un chef de projet unique suit votre événement du repérage à la fin du démontage.",
        ],
        [
          "Étude technique, plans d'implantation, fiches techniques et coordination avec les lieux.",
          "Nous réalisons les repérages, les plans de feu et les synoptiques son et vidéo.",
          "Conseil sur la scénographie et la mise en lumière de vos espaces.",
        ],
        [
          "Montage et démontage de nuit si nécessaire, intervention dans toute la région Sud.",
          "Disponibles 7 jours sur 7, y compris les soirs et week-ends.",
          "Nous intervenons de Marseille à Nice, et partout en France sur demande.",
        ],
        [
          "Je suis ingénieur du son de formation, j'ai créé la société en 2005 après 10 ans de tournées.",
          "Société créée par deux techniciens du spectacle vivant, aujourd'hui 15 salariés.",
          "Passionnés de scène, nous mettons la même exigence dans un séminaire que dans un concert.",
        ],
      ],
      vague: [
        "Sonorisation, éclairage.",
        "Prestations techniques pour l'événementiel.",
        "Location de matériel de spectacle.",
        "Votre partenaire pour réussir vos événements.",
      ],
    },
    {
      key: "h-se-location-materiel-interpretation-congres",
      naf: ["77.39Z", "74.30Z", "82.30Z"],
      names: [
        "CONGRES EQUIPEMENT INTERPRETATION",
        "INTERSON CONFERENCE",
        "BABEL SYSTEMES",
        "MULTILINGUA TECHNIQUE",
        "CABINES ET CONGRES SUD",
        "VOXCONF",
        "AUDIO CONGRES MEDITERRANEE",
        "POLYGLOTTE EQUIPEMENTS",
      ],
      ideas: [
        [
          "Location de cabines insonorisées pour la traduction simultanée, conformes à la norme ISO 4043.",
          "Nous fournissons et installons les cabines de traduction, mobiles ou intégrées, pour 1 à 8 langues.",
          "Cabines de traduction simultanée démontables, ventilées et éclairées, normes ISO.",
        ],
        [
          "Systèmes de diffusion infrarouge Bosch Integrus, récepteurs multicanaux et casques légers.",
          "Plus de 3 000 récepteurs et écouteurs disponibles, désinfectés après chaque utilisation.",
          "Diffusion des langues par infrarouge ou radiofréquence, récepteurs à sélection de canal.",
        ],
        [
          "Systèmes de conférence : micros de délégués, gestion des prises de parole, vote électronique.",
          "Nous installons des pupitres de discussion avec micro pour les réunions de conseil et assemblées.",
          "Solutions de débat et de vote pour conseils municipaux, comités d'entreprise et congrès.",
        ],
        [
          "Interprétation à distance (RSI) : plateforme, hub d'interprètes et intégration à vos visioconférences.",
          "Les interprètes peuvent travailler depuis nos studios ou à distance, pour les réunions hybrides.",
          "Solutions multilingues pour Zoom et Teams avec canaux d'interprétation.",
        ],
        [
          "Valises de visite guidée (audioguides) pour les visites d'usine et les sorties en groupe.",
          "Systèmes portables sans fil pour les visites de sites industriels, de 10 à 200 participants.",
          "Location de kits de guidage pour les visites en plusieurs langues.",
        ],
        [
          "Un technicien dédié assure l'installation, la gestion des canaux et la distribution des récepteurs.",
          "Nos techniciens restent sur place pendant toute la durée de la réunion.",
          "Mise en relation avec des interprètes de conférence professionnels de notre réseau.",
        ],
        [
          "Références : congrès médicaux, sommets internationaux, comités européens, assemblées générales de sociétés cotées.",
          "Nous intervenons au Palais des congrès, dans les hôtels et sur les sites d'entreprises.",
          "Plus de 400 manifestations multilingues équipées chaque année.",
        ],
      ],
      vague: ["Équipements de conférence.", "Location de matériel pour congrès.", "Solutions multilingues.", "Services pour réunions et séminaires."],
    },
    {
      key: "h-se-ecrans-led-scenes-structures",
      naf: ["77.39Z", "90.02Z", "77.32Z"],
      names: [
        "LED SCREEN PROVENCE",
        "MEGA ECRAN LOCATION",
        "PODIUM SERVICES SUD",
        "STRUCTURES ET SCENES MEDITERRANEE",
        "VISUAL LED EVENT",
        "SCENIC LOCATION",
        "PIXEL MOBILE",
        "ALU STRUCTURE 13",
      ],
      ideas: [
        [
          "Location de murs d'images LED intérieurs (pitch 2,6 mm) et extérieurs haute luminosité (3,9 mm).",
          "Écrans géants LED modulaires, de 6 m² à plus de 100 m², avec processeurs et régie.",
          "Nous louons des écrans LED pour vos salons, plénières, festivals et événements sportifs.",
        ],
        [
          "Écrans LED sur remorque ou sur camion, autonomes, pour les événements en plein air.",
          "Écran mobile sur porteur, déployé en 30 minutes, idéal pour les fan zones et manifestations publiques.",
          "Solutions autonomes avec groupe électrogène pour les sites sans alimentation.",
        ],
        [
          "Location de scènes mobiles, podiums, praticables et estrades.",
          "Scènes couvertes de 40 à 150 m², homologuées, montées par nos équipes.",
          "Praticables, escaliers, garde-corps et jupes de scène pour vos estrades.",
        ],
        [
          "Structures aluminium : ponts, totems, grils, portiques, pieds de levage.",
          "Structures scéniques en alu pour accrocher lumières, écrans et décors.",
          "Tours et ponts alu pour le levage de matériel au-dessus de la scène.",
        ],
        [
          "Notes de calcul, vérification par bureau de contrôle et montage par des équipes formées au travail en hauteur.",
          "Toutes nos structures sont livrées avec attestations de montage et avis de bureau de contrôle.",
          "Respect des règles de sécurité ERP et des charges au vent pour l'extérieur.",
        ],
        [
          "Gradins démontables et tribunes pour les événements sportifs et culturels.",
          "Location de tribunes de 100 à 2 000 places.",
          "Nous installons aussi des gradins et des stands sur mesure.",
        ],
        [
          "Parc matériel basé à Aubagne, intervention sur tout le Sud-Est.",
          "Entreprise familiale fondée en 1998, 20 salariés et 3 000 m² d'entrepôt.",
          "Réactifs, nous pouvons livrer sous 48 h pour les demandes urgentes.",
        ],
      ],
      vague: ["Location de matériel événementiel.", "Écrans et structures.", "Location de scènes.", "Tout pour vos manifestations."],
    },
    {
      key: "h-se-captation-streaming-hybride",
      naf: ["59.11B", "59.12Z", "90.02Z", "73.11Z"],
      names: [
        "LIVE STREAM PROVENCE",
        "HYBRID EVENT STUDIO",
        "CAPTATION SUD",
        "REGIE MOBILE MEDITERRANEE",
        "STREAMCAST",
        "PRODUCTIONS DU VIEUX PORT",
        "MULTICAM EVENEMENTS",
        "ONAIR 13",
      ],
      ideas: [
        [
          "Captation vidéo multicaméra de conférences, conventions, concerts et tables rondes.",
          "Nous filmons vos événements avec plusieurs caméras et une réalisation en direct.",
          "Tournage et réalisation de vos prises de parole, de 2 à 8 caméras.",
        ],
        [
          "Diffusion en direct sur YouTube, LinkedIn, Teams, Zoom ou sur une plateforme web privée à votre marque.",
          "Webcasting sécurisé avec inscription, contrôle d'accès et statistiques d'audience.",
          "Retransmission live sur le web pour vos collaborateurs, clients ou partenaires.",
        ],
        [
          "Événements hybrides : le public connecté interagit avec la salle, vote et intervient en duplex.",
          "Nous connectons le public en salle et les spectateurs en ligne : chat modéré, sondages, intervenants à distance.",
          "Dispositifs interactifs pour associer l'audience connectée à vos séminaires.",
        ],
        [
          "Régie mobile complète, mélangeurs ATEM et vMix, liaisons 4G/5G agrégées et fibre.",
          "Valises de transmission et double connexion de secours pour une diffusion sans coupure.",
          "Une régie vidéo installée en flight-cases, opérationnelle en quelques heures sur n'importe quel lieu.",
        ],
        [
          "Montage, habillage graphique et sous-titrage pour la rediffusion et les réseaux sociaux.",
          "Post-production : version longue, best-of, capsules courtes et sous-titres multilingues.",
          "Livraison des vidéos de rediffusion sous quelques jours, prêtes à être publiées.",
        ],
        [
          "Studio plateau équipé à Marseille pour vos webinaires et émissions d'entreprise.",
          "Location de notre plateau TV avec fond vert, prompteur et équipe de réalisation.",
          "Studio de tournage pour webinaires, interviews et émissions en direct.",
        ],
        [
          "Une équipe de réalisateurs, cadreurs et techniciens issus de la télévision.",
          "Nous avons produit plus de 600 directs depuis 2015.",
          "Je suis réalisateur, j'ai travaillé 12 ans pour des chaînes de télévision avant de fonder la société.",
        ],
      ],
      vague: ["Production audiovisuelle.", "Vidéo et événementiel.", "Solutions vidéo pour les entreprises.", "Agence de contenus et de live."],
    },
  ],
  needs: [
    {
      target: "h-se-location-materiel-interpretation-congres",
      related: ["h-se-prestataire-son-lumiere-video"],
      title: "AG 400 pers. – matériel interprétation FR/EN/ES",
      description:
        "Pour notre assemblée générale des actionnaires du 12 juin au Palais du Pharo, nous recherchons la mise à disposition de 2 cabines (FR/EN et FR/ES), 400 récepteurs avec casques, émetteurs et un technicien présent toute la journée. Les interprètes sont fournis par nos soins. Montage la veille au soir.",
      kind: "services",
      nafPicked: ["74.30Z"],
      budget: [6000, 12000],
    },
    {
      target: "h-se-captation-streaming-hybride",
      related: ["h-se-prestataire-son-lumiere-video", "h-se-ecrans-led-scenes-structures"],
      title: "Diffusion live + replay convention commerciale",
      description:
        "Convention annuelle au Parc Chanot le 3 octobre : 600 participants sur place et environ 1 500 collaborateurs connectés à distance. Besoin : tournage 4 caméras, réalisation en direct, retransmission sécurisée avec questions des participants distants, puis replay monté sous 5 jours. Le son et la lumière de la plénière sont déjà assurés par le lieu.",
      kind: "services",
      nafPicked: ["59.11B"],
      budget: [15000, 35000],
    },
  ],
};
