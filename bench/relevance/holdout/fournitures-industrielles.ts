import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "fournitures-industrielles",
  specialties: [
    {
      key: "h-fi-distributeur-fournitures-industrielles",
      naf: ["46.69B", "46.74A", "47.52A"],
      names: [
        "PROVENCE FOURNITURES INDUSTRIELLES",
        "SUD EST ROULEMENTS",
        "TECHNI-APPRO 13",
        "ETABLISSEMENTS MARTINEZ ET FILS",
        "FIMAVIS",
        "DISTRI INDUS MEDITERRANEE",
        "COMPTOIR DE L'ETANG DE BERRE",
        "BRUNEL TRANSMISSIONS",
        "AXIAL FOURNITURES",
      ],
      ideas: [
        [
          "Distributeur de fournitures industrielles : visserie-boulonnerie, roulements, transmission de puissance, outillage et EPI.",
          "Nous approvisionnons les services maintenance en pièces et produits techniques : boulonnerie acier et inox, paliers, roulements, courroies, chaînes.",
          "Spécialiste de la fourniture industrielle depuis 1987, nous couvrons l'essentiel des besoins d'un atelier, de la vis au motoréducteur.",
          "Négoce interentreprises de quincaillerie industrielle, de composants mécaniques et d'outillage à main.",
        ],
        [
          "Plus de 25 000 références en stock dans notre entrepôt de Vitrolles, livraison le lendemain sur tout le département.",
          "Stock permanent important et tournées de livraison quotidiennes sur l'étang de Berre, Aix et Marseille.",
          "Livraison J+1 garantie sur les articles stockés, express dans la journée pour les arrêts machine.",
        ],
        [
          "Gestion de magasins avancés chez nos clients, réapprovisionnement par nos soins et distributeurs automatiques d'EPI et de consommables.",
          "Nous proposons la gestion déléguée de vos stocks (VMI) : inventaire, étiquetage, réassort automatique.",
          "Solutions d'approvisionnement sur mesure : catalogue personnalisé, commande en ligne ou par EDI, facturation mensuelle regroupée.",
        ],
        [
          "Partenaire agréé des grandes marques : SKF, FAG, NTN-SNR, Gates, Hutchinson, Facom, Stanley.",
          "Distributeur officiel SKF et Gates pour la région, nous garantissons l'origine des pièces.",
          "Marques premium et alternatives économiques, avec équivalences et interchangeabilité vérifiées par notre équipe.",
        ],
        [
          "Accouplements, poulies, pignons, moteurs électriques et réducteurs : notre service transmission vous conseille et dimensionne.",
          "Atelier de montage de transmissions : alésage de poulies, coupe de chaînes à la longueur, assemblage de paliers.",
          "Nous fournissons aussi joints, colles, lubrifiants et produits de maintenance (Loctite, graisses alimentaires).",
        ],
        [
          "Clients : raffineries, chimie, agroalimentaire, collectivités et entreprises du BTP de la zone de Fos à Aubagne.",
          "Nous travaillons avec les grands sites industriels de la région comme avec les artisans et PME.",
          "Fournisseur référencé auprès de plusieurs donneurs d'ordres de la pétrochimie et de la métallurgie.",
        ],
        [
          "Comptoir ouvert dès 7 h du lundi au vendredi, une équipe de technico-commerciaux sur le terrain.",
          "Une équipe de 18 personnes dont 6 commerciaux itinérants, réactifs et à l'écoute.",
          "Devis sous 24 h, conseil technique et recherche de pièces introuvables.",
        ],
      ],
      vague: [
        "Fournitures industrielles.",
        "Commerce de gros, équipements pour l'industrie.",
        "Distribution de produits techniques aux professionnels.",
        "Votre partenaire au quotidien pour tous vos achats industriels.",
      ],
    },
    {
      key: "h-fi-flexibles-hydrauliques-depannage",
      naf: ["33.12Z", "46.69B", "28.12Z", "22.19Z"],
      names: [
        "HYDRO FLEX SERVICES",
        "MEDITERRANEE HYDRAULIQUE",
        "FLEXI DEP 13",
        "SOS FLEXIBLES PROVENCE",
        "HYDRAU-TECH",
        "PERRIN HYDRAULIQUE",
        "JOINT ET RACCORD DU SUD",
        "HP FLUIDES SERVICES",
      ],
      ideas: [
        [
          "Fabrication de tuyaux hydrauliques à la demande : coupe, sertissage, test et marquage en quelques minutes.",
          "Nous confectionnons vos flexibles haute et très haute pression, du DN 6 au DN 51, sur échantillon ou sur plan.",
          "Atelier de sertissage ouvert à tous les professionnels : vous venez avec le tuyau abîmé, vous repartez avec le neuf.",
        ],
        [
          "Nos camions-ateliers interviennent directement sur vos engins, 24 h/24 et 7 j/7, y compris les jours fériés.",
          "Dépannage mobile : un technicien se déplace sur chantier, en carrière ou sur quai avec tout le nécessaire pour remplacer la conduite sur place.",
          "Astreinte téléphonique permanente et délai moyen d'intervention inférieur à 2 heures sur le secteur Marseille – Aix – Fos.",
        ],
        [
          "Raccords, adaptateurs, coupleurs rapides, vannes et tubes rigides cintrés en acier ou inox.",
          "Large stock de raccordements hydrauliques aux normes BSP, JIC, ORFS, métriques DIN.",
          "Nous cintrons et équipons également les tubes rigides pour vos circuits et centrales.",
        ],
        [
          "Réparation de vérins, remise en état de pompes et de centrales, remplacement des joints.",
          "Notre atelier rénove vos vérins hydrauliques : rechromage de tige, rejointage, essais au banc.",
          "Diagnostic de circuits, recherche de fuites, vidange et filtration d'huile.",
        ],
        [
          "Tuyaux conformes aux normes EN 853, EN 856 et ISO 18752, chaque assemblage est tracé et étiqueté.",
          "Contrôle en pression sur banc d'épreuve et certificat délivré sur demande.",
          "Étiquetage de traçabilité et suivi des dates de remplacement pour votre parc.",
        ],
        [
          "Nous intervenons pour les travaux publics, les carrières, l'agriculture, le portuaire et l'industrie.",
          "Clients : loueurs de matériel, entreprises de TP, manutentionnaires portuaires, collectivités.",
          "Engins de chantier, grues, chariots, presses, bennes : nous connaissons toutes les machines.",
        ],
        [
          "Contrats de maintenance préventive : inspection périodique et remplacement programmé des conduites de votre parc.",
          "Nous proposons des forfaits d'entretien annuels pour limiter les casses et les immobilisations.",
          "Audit de parc et plan de renouvellement préventif pour éviter les arrêts imprévus.",
        ],
      ],
      vague: ["Hydraulique, dépannage.", "Vente et réparation de matériel hydraulique.", "Flexibles et raccords.", "Entreprise de maintenance industrielle."],
    },
    {
      key: "h-fi-affutage-outils-coupants",
      naf: ["25.73B", "33.12Z", "95.29Z", "25.62B"],
      names: [
        "AFFUTAGE SERVICE MARSEILLE",
        "SHARP'OUTIL",
        "REAFFUTAGE INDUSTRIEL DU SUD",
        "LAMES ET OUTILS ROUSSET",
        "CARBURE 13",
        "OUTICOUPE",
        "MAILLET AFFUTAGE",
        "PRECI-COUPE",
      ],
      ideas: [
        [
          "Réaffûtage de forets, fraises, tarauds et alésoirs en carbure monobloc et en acier rapide.",
          "Nous redonnons vie à vos outils de coupe : forets étagés, fraises toriques, outils de forme.",
          "Affûtage de précision d'outils rotatifs pour l'usinage, en carbure comme en HSS.",
        ],
        [
          "Affûtage de lames de scies circulaires, scies à ruban et couteaux industriels.",
          "Couteaux de broyeurs, lames de massicot, couteaux de découpe agroalimentaire : nous affûtons toutes les lames.",
          "Remise en état de lames pour la menuiserie, le recyclage, la papeterie et l'industrie alimentaire.",
        ],
        [
          "Atelier équipé d'affûteuses CNC 5 axes et d'un banc de mesure optique pour contrôler chaque outil.",
          "Parc machines à commande numérique, meules diamant et CBN, contrôle systématique des géométries.",
          "Nous garantissons le respect des géométries d'origine grâce à nos machines numériques et notre banc de préréglage.",
        ],
        [
          "Revêtement PVD (TiAlN, AlCrN) après réaffûtage grâce à notre partenaire.",
          "Possibilité de re-revêtement pour retrouver les performances d'un outil neuf.",
          "Nous proposons le revêtement des outils réaffûtés pour allonger leur durée de vie.",
        ],
        [
          "Fabrication d'outils spéciaux sur plan : forets étagés, fraises de forme, outils à plaquettes.",
          "Conception et réalisation d'outils coupants spécifiques en petites séries.",
          "Nous fabriquons aussi vos outils sur mesure quand le standard ne suffit pas.",
        ],
        [
          "Ramassage et livraison gratuits chaque semaine chez nos clients, délai de retour de 5 jours ouvrés.",
          "Tournée hebdomadaire d'enlèvement sur les zones industrielles de Rousset, Aubagne, Vitrolles et Les Milles.",
          "Service express en 48 h pour les outils critiques.",
        ],
        [
          "Je suis affûteur depuis plus de 25 ans, formé chez un fabricant d'outils de coupe.",
          "Entreprise familiale, savoir-faire transmis depuis trois générations.",
          "Une petite équipe de techniciens passionnés, au service des ateliers d'usinage et de décolletage.",
        ],
      ],
      vague: ["Affûtage.", "Atelier d'affûtage toutes lames.", "Outillage, réparation.", "Services aux ateliers de mécanique."],
    },
    {
      key: "h-fi-levage-elingues-verifications",
      naf: ["46.69B", "28.22Z", "71.20B", "33.12Z"],
      names: [
        "LEVAGE SERVICES PROVENCE",
        "ELINGUES ET MANUTENTION DU SUD",
        "SOMALEV",
        "ARNAUD LEVAGE",
        "TECHNI LEVAGE 13",
        "CABLES ET CHAINES MEDITERRANEE",
        "LEVPRO",
        "MANUTEC FOS",
      ],
      ideas: [
        [
          "Vente d'accessoires de levage : élingues chaîne grade 80 et 100, élingues câble, sangles et élingues rondes polyester, manilles, crochets.",
          "Nous fournissons tout le matériel d'élingage : chaînes, câbles acier, sangles, anneaux, manilles, palonniers.",
          "Spécialiste des accessoires de levage conformes aux normes EN 818, EN 13414 et EN 1492.",
        ],
        [
          "Palans électriques et manuels, treuils, potences et ponts roulants : vente, installation et maintenance.",
          "Nous installons et entretenons vos appareils de levage : ponts roulants, portiques, palans à chaîne et à câble.",
          "Réparation de palans toutes marques dans notre atelier ou sur site.",
        ],
        [
          "Vérifications générales périodiques réglementaires (arrêté du 1er mars 2004) de vos appareils et accessoires de levage.",
          "Nos vérificateurs réalisent les VGP, examens d'adéquation, épreuves statiques et dynamiques, et remettent un rapport détaillé.",
          "Contrôles périodiques semestriels et annuels, mise en service et remise en service après réparation.",
        ],
        [
          "Confection d'élingues câble manchonnées dans notre atelier, banc de traction pour les essais.",
          "Nous fabriquons des élingues sur mesure à la longueur et à la charge demandées, avec certificat.",
          "Atelier de sertissage de câbles et assemblage d'élingues multi-brins.",
        ],
        [
          "Tenue à jour du carnet de maintenance, marquage et identification de chaque accessoire.",
          "Suivi informatisé de votre parc : chaque élingue est identifiée, ses contrôles sont planifiés.",
          "Les accessoires réformés sont détruits et remplacés immédiatement depuis notre stock.",
        ],
        [
          "Clients : ports, chantiers navals, BTP, sidérurgie, logistique et industrie chimique.",
          "Nous intervenons sur l'ensemble de la région PACA, principalement sur la zone industrialo-portuaire de Fos.",
          "Habitués aux sites Seveso, nos techniciens disposent des habilitations nécessaires.",
        ],
        [
          "Formation des élingueurs et des utilisateurs de ponts roulants.",
          "Nous formons vos équipes à l'élingage et à l'utilisation des appareils de levage en sécurité.",
          "Sessions de sensibilisation sur site adaptées à vos équipements.",
        ],
      ],
      vague: ["Levage et manutention.", "Matériel de levage.", "Contrôles et équipements industriels.", "Vente, location et réparation de matériels."],
    },
  ],
  needs: [
    {
      target: "h-fi-distributeur-fournitures-industrielles",
      related: ["h-fi-flexibles-hydrauliques-depannage", "h-fi-levage-elingues-verifications"],
      title: "Contrat cadre consommables maintenance – roulements, visserie, courroies",
      description:
        "Pour notre site chimique de Martigues-Lavéra, nous lançons une consultation pour la fourniture des consommables de maintenance sur 2 ans : roulements, visserie inox A4, courroies trapézoïdales, joints et graisses (environ 1 200 articles). Livraison J+1 au magasin central, catalogue à prix négociés et commandes par EDI. Démarrage du contrat au 1er janvier.",
      kind: "supplies",
      nafPicked: ["46.69B"],
      budget: [150000, 250000],
    },
    {
      target: "h-fi-levage-elingues-verifications",
      related: ["h-fi-distributeur-fournitures-industrielles"],
      title: "VGP 35 appareils de levage + remplacement accessoires",
      description:
        "Notre site de Fos-sur-Mer doit faire réaliser les contrôles réglementaires de 4 ponts roulants (5 à 20 t), 12 palans et une vingtaine d'élingues chaînes et sangles. Rapport par équipement, mise à jour du registre de sécurité et remplacement sur place des accessoires déclarés non conformes. Intervention en avril, en dehors des arrêts de production.",
      kind: "services",
      nafPicked: ["33.12Z"],
      budget: [6000, 12000],
    },
  ],
};
