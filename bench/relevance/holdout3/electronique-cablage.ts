import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "electronique-cablage",
  specialties: [
    {
      key: "h3-assemblage-cms",
      naf: ["26.12Z", "26.11Z", "27.90Z", "26.51B"],
      names: [
        "PROVENCE ELECTRONIQUE ASSEMBLAGE",
        "CMS INDUSTRIE",
        "ELECTRO-SOUDURE SUD",
        "CIRCUITEC",
        "SOCIETE AIXOISE D'ELECTRONIQUE",
        "ATELIERS PEYRON ELECTRONIQUE",
        "MICROCARTES",
        "EMS MEDITERRANEE",
        "SOLDERTEC",
      ],
      ideas: [
        [
          "Sous-traitant électronique : assemblage de cartes électroniques en CMS et traversant, du prototype à la série.",
          "Nous assemblons vos cartes électroniques en montage en surface et en traversant pour l'industrie et le médical.",
          "Fabrication de cartes électroniques assemblées pour le compte de bureaux d'études et d'industriels.",
        ],
        [
          "Deux lignes CMS complètes : sérigraphie, placement automatique, four de refusion à convection azote.",
          "Machines de report Fuji et Yamaha, composants jusqu'au 01005, BGA et QFN.",
          "Lignes de placement automatique, brasage à la vague sélective et poste de reprise BGA.",
        ],
        [
          "Contrôle optique automatique (AOI) 3D, inspection rayons X des BGA et tests in situ.",
          "Chaque carte est contrôlée : AOI, rayons X, test fonctionnel sur banc fourni ou conçu par nos soins.",
          "Tests électriques à sondes mobiles et tests fonctionnels, rapports de traçabilité par numéro de série.",
        ],
        [
          "Approvisionnement des composants et des circuits imprimés, gestion des obsolescences.",
          "Nous achetons les composants pour vous ou travaillons sur kit fourni par le client.",
          "Gestion des nomenclatures, recherche de composants de substitution en période de pénurie.",
        ],
        [
          "Vernissage de tropicalisation, résinage, intégration en boîtier et produit fini.",
          "Finitions : vernis de protection, enrobage, montage en coffret et câblage des sous-ensembles.",
          "Nous livrons la carte nue ou le produit intégré, testé et emballé.",
        ],
        [
          "Certifiés ISO 9001 et EN 9100, opérateurs formés à l'IPC-A-610 classe 3.",
          "Atelier protégé ESD, stockage des composants sensibles à l'humidité en armoires sèches.",
          "Qualité aéronautique et défense, traçabilité composant par composant.",
        ],
        [
          "Séries de 5 à 20 000 cartes, prototypes rapides en 5 jours ouvrés.",
          "Nous sommes à l'aise sur les petites séries à forte variété.",
          "Réactivité sur les prototypes et montée en cadence pour les séries.",
        ],
      ],
      vague: ["Électronique.", "Sous-traitance électronique.", "Fabrication électronique.", "Industrie."],
    },
    {
      key: "h3-cablage-faisceaux",
      naf: ["27.32Z", "27.12Z", "33.20D", "43.21A", "26.12Z"],
      names: [
        "CABLAGES ET FAISCEAUX DU SUD",
        "FILAIRE INDUSTRIE",
        "ARMOIRES ET CABLAGE ELECTRIQUE",
        "TORON",
        "MEDITERRANEE CABLAGE",
        "SOCIETE CHABERT CABLAGE",
        "CONNECTIQUE SERVICE",
        "CABLO PROVENCE",
      ],
      ideas: [
        [
          "Fabrication de faisceaux électriques et de câbles équipés sur plan client.",
          "Nous réalisons vos faisceaux et cordons : coupe, dénudage, sertissage, surmoulage et repérage.",
          "Câblage filaire : faisceaux, nappes, cordons coaxiaux et liaisons de puissance.",
        ],
        [
          "Câblage d'armoires et de coffrets électriques pour les constructeurs de machines et les intégrateurs.",
          "Nous câblons vos armoires de commande et de puissance d'après vos schémas électriques.",
          "Réalisation d'armoires électriques d'automatisme, du perçage de l'enveloppe au test avant expédition.",
        ],
        [
          "Sertissage automatique et semi-automatique, contrôle de la hauteur et de la force d'arrachement.",
          "Machines de coupe-dénudage-sertissage, bancs de test de continuité et d'isolement.",
          "Chaque faisceau est testé à 100 % sur banc de continuité avant livraison.",
        ],
        [
          "Connecteurs Deutsch, Souriau, Harting, Amphenol, M12 et connectique militaire.",
          "Nous travaillons les connecteurs circulaires, rectangulaires et les gaines thermorétractables.",
          "Approvisionnement des connecteurs, fils et gaines, y compris pour les références difficiles.",
        ],
        [
          "Références IPC/WHMA-A-620, UL 508A pour les armoires destinées à l'Amérique du Nord.",
          "Travail selon IPC/WHMA-A-620 et la norme EN 60204-1 pour les équipements de machines.",
          "Dossier de conformité, repérage des fils et plan de câblage tel que construit.",
        ],
        [
          "Secteurs : ferroviaire, défense, machines spéciales, énergie, agriculture.",
          "Nous fournissons des constructeurs de machines, des équipementiers ferroviaires et des intégrateurs.",
          "Clients dans l'industrie, le nautisme et les véhicules spéciaux.",
        ],
        [
          "Prototypes, petites séries et séries récurrentes avec livraisons cadencées.",
          "Atelier de 1 800 m² à Aubagne, 35 câbleurs qualifiés.",
          "Nous intervenons aussi sur site pour le raccordement et les modifications de câblage.",
        ],
      ],
      vague: ["Câblage.", "Électricité industrielle.", "Sous-traitance.", "Fabrication de câbles."],
    },
    {
      key: "h3-reparation-cartes",
      naf: ["33.13Z", "33.14Z", "95.11Z", "33.12Z"],
      names: [
        "REPAR'ELEC INDUSTRIE",
        "ELECTRONIC SERVICE MAINTENANCE",
        "CARTES ET VARIATEURS",
        "SOS CARTES",
        "ATELIER DE MAINTENANCE ELECTRONIQUE",
        "RENOVELEC",
        "DURAND MAINTENANCE",
        "TECHNIREPAR",
      ],
      ideas: [
        [
          "Réparation de cartes électroniques industrielles toutes marques, même sans schéma.",
          "Atelier de dépannage électronique : cartes de machines, variateurs, alimentations, automates.",
          "Nous réparons l'électronique de vos équipements de production au niveau composant.",
        ],
        [
          "Variateurs de vitesse, servo-moteurs, écrans tactiles, IHM, automates et cartes CNC.",
          "Réparation de pupitres opérateurs, commandes numériques, alimentations à découpage et onduleurs.",
          "Nous intervenons sur les marques Siemens, Fanuc, Schneider, ABB, Allen-Bradley, Heidenhain.",
        ],
        [
          "Solution aux obsolescences : remise en état de cartes qui ne sont plus fabriquées.",
          "Nous prolongeons la vie des équipements dont le constructeur ne fournit plus de pièces.",
          "Recherche de composants obsolètes et reconception partielle si nécessaire.",
        ],
        [
          "Diagnostic sous 48 h, devis gratuit, réparation garantie 12 mois.",
          "Service express en 24 h pour les arrêts de production.",
          "Devis avant intervention et garantie de 12 mois sur toutes nos réparations.",
        ],
        [
          "Tests sur bancs dédiés en charge réelle avant retour chez le client.",
          "Chaque carte réparée est testée en fonctionnement sur banc et nettoyée.",
          "Nous disposons de bancs moteurs pour tester les variateurs en charge.",
        ],
        [
          "Contrats de maintenance et stock de cartes de rechange réparées.",
          "Échange standard de cartes pour réduire vos temps d'arrêt.",
          "Audit de votre parc de cartes et constitution d'un stock de sécurité.",
        ],
      ],
      vague: ["Maintenance industrielle.", "Dépannage électronique.", "Réparation.", "Services techniques."],
    },
    {
      key: "h3-bureau-etudes-electronique",
      naf: ["71.12B", "72.19Z", "62.01Z", "26.12Z"],
      names: [
        "CONCEPT ELECTRONIQUE",
        "SCHEMA ET ROUTAGE",
        "ELEC'DESIGN PROVENCE",
        "LABO LUMINY ELECTRONIQUE",
        "INNOVELEC",
        "SIGNAL ET SYSTEMES",
        "GUERIN INGENIERIE",
        "PROTOBOARD",
        "EMBARK SYSTEMES",
      ],
      ideas: [
        [
          "Bureau d'études en électronique : conception de cartes, de l'expression du besoin au dossier de fabrication.",
          "Nous concevons des produits électroniques sur mesure : schéma, routage, logiciel embarqué, prototypes.",
          "Ingénierie électronique pour les industriels et les start-up : nous développons vos cartes et vos objets.",
        ],
        [
          "Schéma et routage de circuits imprimés multicouches sous Altium Designer et KiCad.",
          "Routage de cartes complexes : haute vitesse, RF, puissance, contraintes CEM.",
          "Placement-routage de PCB jusqu'à 12 couches, calcul d'impédance et dossier de fabrication.",
        ],
        [
          "Logiciel embarqué sur microcontrôleurs STM32, ESP32, nRF, Linux embarqué.",
          "Développement de firmware en C et C++, pilotes, protocoles de communication.",
          "Électronique connectée : LoRa, Bluetooth Low Energy, 4G, capteurs basse consommation.",
        ],
        [
          "Accompagnement aux essais CEM et au marquage CE, pré-essais dans notre laboratoire.",
          "Nous préparons vos dossiers de certification et les essais en laboratoire accrédité.",
          "Conception orientée CEM, sécurité électrique et normes du secteur médical.",
        ],
        [
          "Prototypes assemblés et testés dans notre atelier, puis transfert vers un sous-traitant de série.",
          "Nous suivons l'industrialisation et le passage en production chez l'assembleur.",
          "Réalisation de maquettes et de petites séries de validation.",
        ],
        [
          "Reconception de cartes obsolètes et rétro-ingénierie d'équipements existants.",
          "Refonte de cartes anciennes pour remplacer des composants qui ne se trouvent plus.",
          "Rétro-conception à partir d'une carte existante, sans documentation d'origine.",
        ],
        [
          "Équipe de 12 ingénieurs et techniciens, crédit d'impôt recherche et innovation possibles.",
          "Agréés CIR et CII, nous travaillons avec les pôles de compétitivité de la région.",
          "Plus de 150 projets menés pour l'industrie, l'énergie, le médical et le spatial.",
        ],
      ],
      vague: ["Ingénierie.", "Études et conseil.", "Innovation technologique.", "Développement de produits."],
    },
  ],
  needs: [
    {
      target: "h3-assemblage-cms",
      related: ["h3-bureau-etudes-electronique"],
      title: "Assemblage 800 cartes CMS – capteur connecté",
      description:
        "Nous industrialisons un capteur de niveau connecté pour les cuves de nos clients et cherchons un EMS pour l'assemblage de 800 cartes par an (4 couches, 210 composants dont un BGA, double face). Achat des composants à votre charge, test fonctionnel sur notre banc, vernis de tropicalisation. Fichiers Gerber et nomenclature disponibles, présérie en mai.",
      kind: "supplies",
      nafPicked: ["26.12Z"],
      budget: [35000, 70000],
    },
    {
      target: "h3-cablage-faisceaux",
      related: ["h3-assemblage-cms"],
      title: "Câblage armoires + faisceaux pour 6 lignes d'ensachage",
      description:
        "Constructeur de lignes d'ensachage pour l'agroalimentaire, nous sous-traitons le câblage de 6 armoires de commande (automate, variateurs, sécurité machine) d'après nos schémas EPLAN, ainsi que les faisceaux de liaison vers les capteurs. Conformité EN 60204-1, test avant livraison à notre atelier de Salon-de-Provence. Livraisons échelonnées de février à juin.",
      kind: "works",
      nafPicked: ["43.21A"],
      budget: [40000, 90000],
    },
    {
      target: "h3-reparation-cartes",
      related: ["h3-bureau-etudes-electronique"],
      title: "Dépannage cartes variateurs presse – urgent",
      description:
        "Deux cartes de puissance de variateur sur notre presse à découper sont en panne et le fabricant ne les fournit plus. Nous cherchons un atelier capable de diagnostiquer et remettre en état ces cartes, avec test en charge, puis de nous constituer un stock de rechange. La ligne est arrêtée, besoin d'un retour sous une semaine.",
      kind: "services",
      nafPicked: ["33.12Z"],
      budget: null,
    },
  ],
};
