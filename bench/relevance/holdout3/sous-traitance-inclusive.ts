import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "sous-traitance-inclusive",
  specialties: [
    {
      key: "h3-esat-ea-sous-traitance",
      naf: ["88.10C", "82.92Z", "82.19Z", "88.99B"],
      names: [
        "ESAT LES ATELIERS DU GARLABAN",
        "ENTREPRISE ADAPTEE SOLIPACK",
        "ESAT LA COLLINE",
        "ATELIERS PROTEGES DE L'ARC",
        "ESAT VAL DE DURANCE",
        "EA HANDI SERVICES PROVENCE",
        "ASSOCIATION LES PAPILLONS BLANCS ESAT",
        "TREMPLIN TRAVAIL ADAPTE",
        "ESAT SAINTE-VICTOIRE",
      ],
      ideas: [
        [
          "Établissement et service d'aide par le travail : nous proposons des prestations de sous-traitance aux entreprises.",
          "Entreprise adaptée employant plus de 80 % de travailleurs en situation de handicap, au service des industriels et des administrations.",
          "Notre ESAT accueille 90 travailleurs handicapés encadrés par des moniteurs d'atelier.",
        ],
        [
          "Conditionnement à façon : mise sous film, ensachage, étiquetage, assemblage de kits et de coffrets.",
          "Co-packing et reconditionnement : lots promotionnels, mise en présentoir, étiquetage réglementaire.",
          "Petits travaux de montage et de conditionnement pour l'industrie, la cosmétique et l'agroalimentaire.",
        ],
        [
          "Mise sous pli, routage, affranchissement et envois de mailings.",
          "Gestion de courrier : pliage, mise sous enveloppe, colisage et dépôt à La Poste.",
          "Préparation de campagnes de publipostage, de l'impression des adresses au dépôt.",
        ],
        [
          "Saisie de données, numérisation d'archives et indexation de documents.",
          "Atelier administratif : saisie informatique, scan de dossiers, contrôle qualité des données.",
          "Dématérialisation de documents papier et saisie de questionnaires ou de bons de commande.",
        ],
        [
          "Les achats auprès d'un ESAT ou d'une entreprise adaptée réduisent votre contribution OETH.",
          "Sous-traiter avec nous vous permet de déduire une partie de votre contribution à l'obligation d'emploi de travailleurs handicapés.",
          "Une attestation annuelle vous est remise pour déclarer les unités déductibles dans la DSN.",
        ],
        [
          "Ateliers de 2 500 m², zone de stockage, chariots et transpalettes, salle propre pour le conditionnement alimentaire.",
          "Nous disposons d'un entrepôt, de lignes d'ensachage et de filmeuses, et d'un camion pour les enlèvements.",
          "Capacité à absorber les pics saisonniers grâce à nos 4 ateliers.",
        ],
        [
          "Accompagnement médico-social des travailleurs et formation aux gestes professionnels.",
          "Nos moniteurs garantissent la qualité et les délais, certifiés ISO 9001 pour l'atelier conditionnement.",
          "Qualité contrôlée et délais tenus, avec un interlocuteur unique pour vos commandes.",
        ],
      ],
      vague: ["Établissement médico-social.", "Association.", "Prestations de services aux entreprises.", "Travail protégé."],
    },
    {
      key: "h3-copacking-routage",
      naf: ["82.92Z", "82.19Z", "53.20Z", "52.10B"],
      names: [
        "PACK ET SERVICES",
        "SOCIETE MERIDIONALE DE CONDITIONNEMENT",
        "ROUTAGE PROVENCE",
        "COPACK LOGISTIQUE",
        "EMBALLAGE A FACON DU LUBERON",
        "SUD MAILING",
        "LOGIPACK ETANG DE BERRE",
        "PREMIUM CONDITIONNEMENT",
      ],
      ideas: [
        [
          "Conditionnement à façon et co-packing pour les marques de grande consommation.",
          "Nous réalisons vos opérations de conditionnement : lots, coffrets, étiquetage, mise en présentoir.",
          "Façonnier en conditionnement secondaire pour l'agroalimentaire, la cosmétique et l'hygiène.",
        ],
        [
          "Lignes automatiques de fardelage, banderolage, étuyage et ensachage.",
          "Machines de mise sous film rétractable, encartonneuses et étiqueteuses automatiques.",
          "Capacité de 200 000 unités par jour sur nos lignes automatisées.",
        ],
        [
          "Routage de documents, mise sous pli automatique et affranchissement au meilleur tarif.",
          "Routeur agréé : mailings, catalogues, magazines et envois en nombre.",
          "Nous traitons vos campagnes de courrier, du fichier d'adresses au dépôt postal.",
        ],
        [
          "Stockage, préparation de commandes et logistique e-commerce.",
          "Entrepôt de 12 000 m², préparation de commandes et expéditions en B2B et B2C.",
          "Logistique promotionnelle : stockage de PLV et envoi vers les points de vente.",
        ],
        [
          "Certifiés IFS Logistics et BRC Packaging, traçabilité par lot.",
          "Zones sous température dirigée et conformité aux exigences de la grande distribution.",
          "Démarches qualité ISO 9001 et audits clients réguliers.",
        ],
        [
          "Interventions en urgence et reprises de non-conformités chez nos clients.",
          "Équipes de reconditionnement mobilisables rapidement, y compris le week-end.",
          "Travail intérimaire encadré pour les pics d'activité de fin d'année.",
        ],
      ],
      vague: ["Logistique.", "Conditionnement.", "Services aux entreprises."],
    },
    {
      key: "h3-insertion-espaces-verts",
      naf: ["81.30Z", "88.99B", "88.10C", "94.99Z"],
      names: [
        "CHANTIER D'INSERTION LES JARDINS DU PAYS D'AIX",
        "ASSOCIATION REAGIR NATURE",
        "ESAT LES TERRASSES",
        "ENTREPRISE D'INSERTION VERT AVENIR",
        "ACI MASSIF DES CALANQUES",
        "PASSERELLES ENVIRONNEMENT",
        "REGIE DE QUARTIER NORD ESPACES VERTS",
        "EA PAYSAGES SOLIDAIRES",
      ],
      ideas: [
        [
          "Atelier et chantier d'insertion : entretien d'espaces verts et d'espaces naturels par des salariés en parcours d'insertion.",
          "Structure d'insertion par l'activité économique conventionnée par l'État, activité principale espaces verts.",
          "Notre ESAT propose l'entretien des espaces verts avec des équipes de travailleurs handicapés encadrées.",
        ],
        [
          "Tonte, taille de haies, débroussaillage, ramassage des feuilles et entretien des massifs.",
          "Entretien courant des espaces verts d'entreprises, de résidences et de collectivités.",
          "Débroussaillement obligatoire autour des bâtiments, des pistes DFCI et des abords de voiries.",
        ],
        [
          "Restauration de sentiers, de murets en pierre sèche et de berges.",
          "Travaux en milieux naturels : lutte contre les espèces invasives, entretien de ripisylves.",
          "Chantiers nature pour les parcs naturels, les conservatoires et les syndicats de rivière.",
        ],
        [
          "Réponse aux marchés publics avec clause sociale d'insertion ou réservés aux structures d'insertion.",
          "Nous permettons aux acheteurs publics de remplir leurs clauses d'insertion.",
          "Marchés réservés aux SIAE et aux structures du travail protégé et adapté.",
        ],
        [
          "Chaque salarié est accompagné vers l'emploi : formation, suivi socioprofessionnel, levée des freins.",
          "Accompagnement vers l'emploi durable et formation aux métiers du paysage.",
          "Plus de 60 % de sorties dynamiques vers l'emploi ou la formation.",
        ],
        [
          "Équipes de 6 à 8 salariés avec un encadrant technique, matériel et véhicules fournis.",
          "Matériel professionnel : tondeuses autoportées, débroussailleuses, broyeur de végétaux.",
          "Évacuation des déchets verts et valorisation en compost.",
        ],
      ],
      vague: ["Association d'insertion.", "Économie sociale et solidaire.", "Entretien extérieur.", "Structure médico-sociale."],
    },
    {
      key: "h3-paysagiste-entretien",
      naf: ["81.30Z", "01.61Z", "43.12A", "02.40Z"],
      names: [
        "PROVENCE PAYSAGES ENTRETIEN",
        "JARDINS DE LA TREILLE",
        "SOCIETE VERTE ET FILS",
        "LOPEZ ESPACES VERTS",
        "ARBORIS",
        "GREEN SERVICES MEDITERRANEE",
        "L'ATELIER DU PAYSAGE",
        "ELAGAGE ET DEBROUSSAILLAGE DU SUD",
      ],
      ideas: [
        [
          "Entreprise du paysage : création et entretien de parcs et jardins pour les professionnels.",
          "Nous entretenons les espaces verts des sièges sociaux, des copropriétés et des zones d'activités.",
          "Paysagiste depuis 1995, nous aménageons et entretenons vos extérieurs.",
        ],
        [
          "Contrats d'entretien annuels : tonte, taille, désherbage sans produits chimiques, arrosage.",
          "Gestion différenciée des espaces verts et fauchage tardif.",
          "Entretien courant et remise en état des massifs, des haies et des pelouses.",
        ],
        [
          "Élagage, abattage et soins aux arbres par des grimpeurs certifiés.",
          "Travaux d'élagage en nacelle et en rappel, dessouchage et broyage.",
          "Diagnostic de l'état sanitaire des arbres et plan de gestion.",
        ],
        [
          "Création de jardins, plantations, engazonnement et arrosage automatique.",
          "Aménagement paysager : terrassement, dallages, clôtures, bassins.",
          "Installation de systèmes d'arrosage automatique et de récupération d'eau.",
        ],
        [
          "Membre de l'Unep, label Entreprise du paysage et certificat Certiphyto.",
          "Équipes qualifiées et matériel électrique pour limiter les nuisances sonores.",
          "Certification ISO 14001 et engagement zéro phyto.",
        ],
        [
          "Intervention sur les Bouches-du-Rhône et le Var, agences à Aix et à Toulon.",
          "30 salariés, 15 véhicules, interventions sous 48 h.",
          "Nous répondons aux appels d'offres des collectivités et des bailleurs sociaux.",
        ],
      ],
      vague: ["Paysagiste.", "Espaces verts.", "Jardins."],
    },
    {
      key: "h3-blanchisserie-adaptee",
      naf: ["96.01A", "88.10C", "96.01B", "77.29Z"],
      names: [
        "BLANCHISSERIE ESAT LE MOULIN",
        "LAVERIE SOLIDAIRE DE PROVENCE",
        "EA LINGE ET SERVICES",
        "ESAT BLANCHISSERIE DES ALPILLES",
        "BLANC D'ARGENT SOLIDAIRE",
        "ATELIER DU LINGE ADAPTE",
        "TEXTILE SERVICE HANDICAP",
        "LA BUANDERIE DU CANAL",
      ],
      ideas: [
        [
          "Blanchisserie en ESAT : lavage, séchage, repassage et pliage du linge des professionnels.",
          "Entreprise adaptée de blanchisserie industrielle au service des établissements de santé et des entreprises.",
          "Notre blanchisserie emploie des travailleurs handicapés pour traiter le linge plat et les vêtements de travail.",
        ],
        [
          "Linge plat des EHPAD, des cliniques, des hôtels et des restaurants.",
          "Traitement des draps, serviettes, nappes et du linge des résidents.",
          "Entretien du linge des résidents avec marquage et retour nominatif.",
        ],
        [
          "Entretien des vêtements de travail et des EPI : blouses, combinaisons, tenues de cuisine.",
          "Lavage des tenues professionnelles avec suivi par puce et retour en casier.",
          "Nettoyage des vêtements haute visibilité dans le respect des consignes des fabricants.",
        ],
        [
          "Méthode RABC et marche en avant du linge sale vers le linge propre.",
          "Blanchisserie certifiée RABC, tunnel de lavage et calandre.",
          "Traçabilité du cycle de lavage et contrôles microbiologiques réguliers.",
        ],
        [
          "Collecte et livraison en camion deux à trois fois par semaine.",
          "Tournées de ramassage et de livraison dans tout le Pays d'Aix.",
          "Enlèvement du linge sale et livraison du linge propre sous 48 h.",
        ],
        [
          "Nos prestations vous permettent de réduire votre contribution OETH.",
          "Acheter auprès de notre blanchisserie, c'est soutenir l'emploi des personnes handicapées.",
          "Attestation de déduction OETH fournie chaque année.",
        ],
      ],
      vague: ["Blanchisserie.", "Pressing.", "Entretien textile.", "ESAT."],
    },
  ],
  needs: [
    {
      target: "h3-esat-ea-sous-traitance",
      related: ["h3-copacking-routage"],
      title: "Sous-traitance conditionnement coffrets fin d'année – secteur protégé",
      description:
        "Dans le cadre de notre politique handicap, nous souhaitons confier à un ESAT ou une entreprise adaptée la mise en coffret de 40 000 produits cosmétiques (coffret carton, calage, film, étiquetage) entre septembre et novembre. Matières fournies, enlèvement et livraison à notre entrepôt de Vitrolles. Attestation permettant la déduction OETH indispensable.",
      kind: "services",
      nafPicked: ["82.92Z"],
      budget: [15000, 30000],
    },
    {
      target: "h3-insertion-espaces-verts",
      related: ["h3-paysagiste-entretien"],
      title: "Débroussaillement OLD et entretien sentiers – clause insertion",
      description:
        "La commune lance un marché de débroussaillement (obligations légales de débroussaillement) autour de 3 bâtiments communaux et d'entretien de 6 km de sentiers en colline, de février à mai. Le marché est réservé aux structures d'insertion par l'activité économique, avec un minimum de 1 200 heures d'insertion. Évacuation des rémanents à prévoir.",
      kind: "services",
      nafPicked: ["02.40Z"],
      budget: [25000, 50000],
    },
    {
      target: "h3-blanchisserie-adaptee",
      related: ["h3-esat-ea-sous-traitance"],
      title: "Linge plat + tenues – EHPAD 85 lits, prestataire ESAT/EA",
      description:
        "Notre EHPAD de 85 lits cherche un prestataire pour le linge plat (environ 900 kg par semaine) et les tenues du personnel soignant. Nous privilégions une blanchisserie du secteur adapté ou protégé. Méthode RABC exigée, deux collectes par semaine, démarrage au 1er avril.",
      kind: "services",
      nafPicked: ["96.01B"],
      budget: [30000, 55000],
    },
  ],
};
