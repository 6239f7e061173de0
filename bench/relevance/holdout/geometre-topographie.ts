import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "geometre-topographie",
  specialties: [
    {
      key: "h-geometre-expert",
      naf: ["71.12A", "71.12B"],
      names: [
        "CABINET ROUX GEOMETRES-EXPERTS",
        "GEOMEDITERRANEE",
        "SCP BLANC ET ASSOCIES",
        "AXIOME GEOMETRES EXPERTS",
        "PROVENCE TOPO FONCIER",
        "DURAND ALAIN",
        "GEO-LIMITES",
        "SELARL ARPENT SUD",
        "CADASTRE CONSEIL 13",
        "TERRAE GEOMETRES",
      ],
      ideas: [
        [
          "Géomètre-expert inscrit à l'Ordre, nous intervenons pour le bornage amiable ou judiciaire de vos propriétés.",
          "Le cabinet réalise la délimitation de la propriété foncière : bornage contradictoire, procès-verbal et plan signé par les riverains.",
          "Je fixe les limites de propriété et pose les bornes, avec un procès-verbal enregistré sur le portail Géofoncier.",
          "Délimitation foncière, rétablissement de bornes disparues, reconnaissance de limites entre voisins.",
        ],
        [
          "Division parcellaire, document d'arpentage et modification du parcellaire cadastral (DMPC).",
          "Nous préparons vos découpages de terrain : plan de division, document d'arpentage, dépôt auprès du service du cadastre.",
          "Détachement de lots à bâtir et divisions foncières en vue d'une vente, d'une donation ou d'une succession.",
        ],
        [
          "Dossiers de permis d'aménager, lotissements et déclarations préalables.",
          "Mise en copropriété : état descriptif de division, calcul des tantièmes, règlement de copropriété.",
          "Accompagnement des aménageurs et promoteurs : études foncières, lotissements, divisions en volumes.",
        ],
        [
          "Plans topographiques et relevés de terrain pour architectes et bureaux d'études.",
          "Levés topographiques au GPS RTK et à la station totale, rattachement en Lambert 93 et NGF.",
          "Nous fournissons les plans altimétriques et planimétriques nécessaires à vos projets de construction.",
        ],
        [
          "Nos clients : particuliers, notaires, collectivités, promoteurs immobiliers.",
          "Interlocuteur privilégié des notaires et des agences immobilières pour toutes les questions de limites.",
          "Nous travaillons aussi bien pour les communes que pour les particuliers et les entreprises.",
        ],
        [
          "Cabinet implanté à Aix-en-Provence depuis 1987, intervenant dans tout le département des Bouches-du-Rhône.",
          "Trois géomètres-experts associés et une équipe de techniciens sur le terrain.",
          "Présents dans le Var et les Bouches-du-Rhône depuis plus de 30 ans.",
        ],
        [
          "Certificats de superficie loi Carrez et loi Boutin, mesurage des surfaces de plancher.",
          "Mesurage des surfaces pour les ventes et les baux commerciaux (surface utile, GLA).",
          "Calculs de surfaces réglementaires : Carrez, Boutin, surface de plancher, emprise au sol.",
        ],
      ],
      vague: ["Cabinet de géomètre-expert.", "Géomètre.", "Foncier et topographie.", "Expertise foncière et conseil."],
    },
    {
      key: "h-scan-3d-bim",
      naf: ["71.12B", "71.12A", "74.90B"],
      names: [
        "NUAGE DE POINTS SERVICES",
        "SCAN3D PROVENCE",
        "BIMSURVEY",
        "LASERMETRIE SUD",
        "DIGITAL TWIN MEDITERRANEE",
        "MODELIA",
        "PRECISO RELEVES",
        "ARCHISCAN",
        "MARTIN RELEVES ARCHITECTURAUX",
        "ATELIER DU RELEVE",
      ],
      ideas: [
        [
          "Relevés de bâtiments existants par scanner laser 3D : façades, plans d'étages, coupes.",
          "Nous numérisons vos bâtiments au scanner laser pour produire des plans, coupes et élévations fiables.",
          "Spécialistes de la lasergrammétrie : acquisition de nuages de points de bâtiments, sites industriels et ouvrages d'art.",
          "Relevé d'architecture (plans 2D, façades, coupes) à partir de scans 3D.",
        ],
        [
          "Modélisation BIM (Revit, Archicad) à partir de nuages de points, maquette numérique de l'existant du LOD 200 au LOD 400.",
          "Création de maquettes numériques as-built pour la gestion de patrimoine et les projets de réhabilitation.",
          "Scan to BIM : du nuage de points à la maquette Revit directement exploitable par vos équipes de maîtrise d'œuvre.",
        ],
        [
          "Équipés de scanners Leica RTC360 et Faro Focus, ainsi que d'un scanner dynamique porté.",
          "Parc matériel : scanners laser statiques, SLAM portatif, appareils photo haute définition pour la colorisation.",
          "Nos relevés atteignent une précision millimétrique grâce à des scanners de dernière génération.",
        ],
        [
          "Relevés d'installations industrielles : tuyauteries, charpentes, équipements de process, pour vos projets de modification.",
          "Interventions en sites industriels et ICPE avec habilitations (N1, ATEX) pour le relevé 3D des unités.",
          "Modélisation 3D d'usines et de locaux techniques pour l'intégration de nouvelles machines.",
        ],
        [
          "Livrables : nuages de points (E57, RCP), plans DWG, maquettes IFC, visites virtuelles.",
          "Nous livrons des plans DWG, des modèles IFC et des visites immersives consultables en ligne.",
          "Formats adaptés à vos outils : AutoCAD, Revit, Navisworks, Recap.",
        ],
        [
          "Au service des architectes, bureaux d'études, property managers et directions immobilières.",
          "Nous accompagnons les foncières et les gestionnaires de patrimoine dans la numérisation de leur parc.",
          "Partenaire des maîtres d'œuvre pour la réhabilitation de bâtiments tertiaires, hospitaliers et patrimoniaux.",
        ],
        [
          "Calcul des surfaces locatives (GLA, SUB) à partir des plans issus du scan.",
          "Plans et tableaux de surfaces pour les gestionnaires d'actifs.",
          "Nous établissons aussi les plans de récolement et les surfaces utiles pour vos baux.",
        ],
      ],
      vague: ["Relevés et modélisation 3D.", "Bureau d'études techniques.", "Numérisation du bâti.", "Solutions BIM."],
    },
    {
      key: "h-drone-inspection",
      naf: ["74.20Z", "71.20B", "71.12B"],
      names: [
        "AEROVISION 13",
        "SKY INSPECT",
        "DRONEO SUD",
        "ALTI-PHOTO PROVENCE",
        "FALCO DRONE SERVICES",
        "BERNARD THOMAS",
        "HELIOSCAN",
        "AIR IMAGE MEDITERRANEE",
        "VISIODRONE",
        "OPTIVOL",
      ],
      ideas: [
        [
          "Inspection de toitures par drone : repérage des tuiles cassées, fuites, défauts d'étanchéité, sans échafaudage ni nacelle.",
          "Nous inspectons vos toitures et couvertures à l'aide de drones : un diagnostic rapide et sans risque pour les équipes.",
          "Contrôle visuel des toits, chéneaux et cheminées depuis les airs, rapport photo géolocalisé.",
          "Je réalise des inspections de couverture par drone pour les syndics, les assureurs et les industriels.",
        ],
        [
          "Thermographie aérienne des centrales photovoltaïques : détection des points chauds, diodes et strings défaillants.",
          "Audit des parcs solaires au sol et en toiture par caméra thermique embarquée, conforme à la norme IEC 62446-3.",
          "Inspection thermique de panneaux solaires par drone, rapport module par module avec localisation des anomalies.",
        ],
        [
          "Télépilotes certifiés, opérations déclarées auprès de la DGAC en scénarios standard et catégorie spécifique.",
          "Pilotes formés et brevetés, assurance responsabilité civile aéronautique, autorisations de vol en zone urbaine.",
          "Nous gérons toutes les démarches d'autorisation de vol (DGAC, préfecture, zones aéroportuaires).",
        ],
        [
          "Inspection d'ouvrages d'art, de pylônes, de cheminées industrielles et de façades en hauteur.",
          "Contrôle visuel des structures difficiles d'accès : silos, antennes, éoliennes, ponts.",
          "Inspections de façades et de bardages pour repérer fissures, corrosion et éléments dégradés.",
        ],
        [
          "Photogrammétrie et orthophotos, calcul de cubatures de stocks et de carrières.",
          "Modèles 3D et orthophotographies issus de prises de vues aériennes.",
          "Cartographie par drone pour le suivi de chantier et le calcul de volumes.",
        ],
        [
          "Prises de vues aériennes photo et vidéo 4K pour la communication et le suivi de travaux.",
          "Photographies et films aériens pour promoteurs, industriels et collectivités.",
          "Reportages aériens de chantier, timelapses et vidéos d'avancement.",
        ],
        [
          "Flotte de drones DJI Matrice équipés de caméras zoom et thermiques radiométriques.",
          "Drones professionnels avec caméra haute résolution et capteur thermique.",
          "Matériel récent : drones bi-capteurs visible/infrarouge, module RTK pour le géoréférencement.",
        ],
      ],
      vague: ["Services par drone.", "Prises de vues aériennes.", "Télépilote professionnel.", "Inspection et imagerie."],
    },
    {
      key: "h-detection-reseaux",
      naf: ["71.12B", "71.12A", "43.12A"],
      names: [
        "DETECT RESEAUX",
        "GEORADAR SUD",
        "ALPHA DETECTION",
        "RESO-LOCALISATION",
        "SOUS-SOL EXPERTISE",
        "CARTOREZO",
        "LOCALIS 13",
        "MAURIN DETECTION",
        "SONDAGE RESEAUX PROVENCE",
        "GEODETEC",
      ],
      ideas: [
        [
          "Détection et géoréférencement des ouvrages enterrés : électricité, gaz, eau, télécom, assainissement.",
          "Nous localisons les canalisations et câbles souterrains avant vos travaux de terrassement.",
          "Repérage des réseaux souterrains par détection électromagnétique et radar géologique.",
          "Localisation des réseaux existants et marquage au sol avant toute intervention.",
        ],
        [
          "Prestataire certifié en détection et géoréférencement dans le cadre de la réforme anti-endommagement.",
          "Investigations complémentaires (IC) et opérations de localisation conformes à la réglementation DT-DICT.",
          "Certification délivrée par un organisme accrédité, interventions conformes à la norme NF S70-003.",
        ],
        [
          "Techniques utilisées : radar géologique (GPR), détecteur électromagnétique, sonde émettrice, caméra d'inspection.",
          "Équipés de géoradars multi-fréquences et de récepteurs RD8100 pour les réseaux métalliques.",
          "Lorsque la détection non intrusive ne suffit pas, nous réalisons des sondages par aspiration.",
        ],
        [
          "Remise de plans géoréférencés en classe A, compatibles SIG.",
          "Livraison d'un plan DWG des ouvrages détectés, géoréférencé en Lambert 93.",
          "Rapport d'investigation, plan des réseaux et marquage peinture sur site.",
        ],
        [
          "Nous intervenons pour les maîtres d'ouvrage, collectivités, entreprises de TP et industriels.",
          "Clients : exploitants de réseaux, bureaux d'études VRD, entreprises de terrassement.",
          "Interventions sur sites industriels, zones d'activités, voiries et campus privés.",
        ],
        [
          "Marquage-piquetage des ouvrages avant démarrage de chantier.",
          "Matérialisation au sol des tracés selon le code couleur réglementaire.",
          "Piquetage et marquage des réseaux pour sécuriser vos terrassements.",
        ],
        [
          "Intervention sous 48 h en région PACA.",
          "Basés à Vitrolles, nous couvrons les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Équipes mobiles disponibles rapidement, y compris de nuit sur les sites sensibles.",
        ],
      ],
      vague: ["Détection de réseaux.", "Études et investigations du sous-sol.", "Bureau d'études VRD.", "Services aux travaux publics."],
    },
  ],
  needs: [
    {
      target: "h-geometre-expert",
      related: ["h-drone-inspection"],
      title: "Bornage + division parcelle 2,4 ha site de Rousset",
      description:
        "Dans le cadre de la cession d'une partie de notre site industriel de Rousset, nous devons faire borner la parcelle AB 112 (environ 2,4 ha) et la diviser en deux lots. Prestation attendue : bornage contradictoire avec les riverains, document d'arpentage, plan de division et levé topographique du lot cédé. Documents à transmettre au notaire avant fin mars.",
      kind: "services",
      nafPicked: ["71.12B"],
      budget: [4000, 9000],
    },
    {
      target: "h-detection-reseaux",
      related: ["h-geometre-expert"],
      title: "DT-DICT : repérage réseaux avant tranchée 350 ml",
      description:
        "Avant une tranchée de raccordement fibre et HTA entre deux bâtiments de notre site de Marignane (environ 350 ml), nous devons faire repérer l'ensemble des réseaux existants (électricité, eau, gaz, télécom). Marquage au sol et plan de récolement géoréférencé classe A exigés. Intervention souhaitée semaine 14.",
      kind: "services",
      nafPicked: ["43.12A"],
      budget: [2500, 6000],
    },
  ],
};
