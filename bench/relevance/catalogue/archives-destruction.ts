import type { Trade } from "./types";

export const trade: Trade = {
  key: "archives-destruction",
  specialties: [
    {
      key: "destruction-documents-confidentiels",
      naf: ["38.21Z", "38.11Z", "82.99Z"],
      names: [
        "DESTRUCTA",
        "BROYSECUR",
        "CONFIDENTIA RECYCLAGE",
        "SHREDLOGIC",
        "PAPIERS SURS",
        "ARCHIDESTRUCT",
        "SECURIDOC ENVIRONNEMENT",
        "DESTRUCTION CONFIDENTIELLE NORMANDE",
      ],
      ideas: [
        [
          "Destruction sécurisée de vos documents confidentiels : archives papier, dossiers clients, bulletins de paie.",
          "Broyage de documents sensibles avec certificat de destruction remis à chaque intervention.",
          "Élimination confidentielle de vos archives arrivées en fin de durée de conservation.",
        ],
        [
          "Conteneurs verrouillés mis à disposition dans vos bureaux et collectés à fréquence régulière.",
          "Consoles sécurisées à fente installées à chaque étage, vidées par nos agents habilités.",
          "Bacs fermés à clé, tournées programmées ou enlèvements ponctuels de gros volumes.",
        ],
        [
          "Broyage sur site dans notre camion-broyeur, sous vos yeux.",
          "Destruction sur place par camion équipé ou dans notre centre sous vidéosurveillance.",
          "Vous assistez au broyage de vos documents devant vos locaux.",
        ],
        [
          "Process conforme à la norme NF EN 15713 et au RGPD.",
          "Niveaux de sécurité DIN 66399 adaptés à la sensibilité des documents.",
          "Traçabilité complète : bordereau d'enlèvement, scellés, certificat de destruction horodaté.",
        ],
        [
          "Destruction de supports numériques : disques durs, clés USB, bandes, CD.",
          "Broyage de disques durs et de supports informatiques avec numéros de série consignés.",
          "Nous détruisons aussi badges, cartes, uniformes et produits contrefaits.",
        ],
        [
          "Le papier broyé est intégralement recyclé en papeterie.",
          "Les broyats sont valorisés en filière de recyclage, avec attestation.",
          "100 % du papier détruit est recyclé dans des papeteries françaises.",
        ],
      ],
      vague: ["Gestion des déchets confidentiels.", "Services aux entreprises.", "Recyclage et sécurité documentaire."],
    },
    {
      key: "archivage-numerisation",
      naf: ["82.99Z", "52.10B", "63.11Z", "82.19Z"],
      names: [
        "ARCHIVEO",
        "MEMORIA DOCUMENTS",
        "NUMERIS ARCHIVES",
        "LE COFFRE DOCUMENTAIRE",
        "DOCUTHEQUE SERVICES",
        "ARCHIPEL STOCKAGE",
        "SCANPAPER",
        "CONSERVATOIRE DES ARCHIVES D'ENTREPRISE",
      ],
      ideas: [
        [
          "Stockage externalisé de vos archives papier dans nos entrepôts sécurisés.",
          "Conservation de vos boîtes d'archives en bâtiment sécurisé, avec consultation à la demande.",
          "Externalisation des archives intermédiaires : enlèvement, inventaire, stockage, restitution.",
        ],
        [
          "Numérisation de dossiers, plans, registres et fiches, avec indexation.",
          "Dématérialisation de vos documents : scan haute résolution, OCR, indexation par métadonnées.",
          "Scan de masse de factures, dossiers du personnel et plans grand format.",
        ],
        [
          "Tri, classement, récolement et tableaux de gestion réalisés par des archivistes diplômés.",
          "Nos archivistes réorganisent vos archives et fixent les durées de conservation.",
          "Audit de vos archives et plan de classement sur mesure.",
        ],
        [
          "Consultation de vos dossiers en 24 heures : livraison physique ou envoi numérique.",
          "Portail web pour commander vos boîtes et suivre les mouvements d'archives.",
          "Mise à disposition par scan à la demande.",
        ],
        [
          "Locaux sous alarme, détection incendie, contrôle d'accès et hygrométrie maîtrisée.",
          "Magasins à température et humidité contrôlées, conformes aux préconisations des Archives de France.",
          "Coffre-fort électronique et archivage à valeur probante (NF Z42-013).",
        ],
        [
          "En fin de durée de conservation, élimination des archives sur bordereau.",
          "Gestion du cycle de vie complet, jusqu'à l'élimination des documents échus.",
          "Nous organisons la destruction des archives échues avec un partenaire certifié.",
        ],
      ],
      vague: ["Gestion documentaire.", "Archives et numérisation.", "Services aux entreprises."],
    },
    {
      key: "collecte-papier-bureau-recyclage",
      naf: ["38.11Z", "38.32Z", "38.21Z"],
      names: [
        "RECYCLOBUREAU",
        "PAPIVERT",
        "LA TOURNEE VERTE",
        "COLLECTE ET TRI DU BUREAU",
        "ECOPAPIERS SERVICES",
        "REVALPAP",
        "TRIMALIN",
        "CYCLAMEN ENVIRONNEMENT",
      ],
      ideas: [
        [
          "Collecte du papier de bureau pour recyclage : corbeilles de tri et enlèvement régulier.",
          "Nous récupérons vos papiers, cartons et journaux pour les recycler.",
          "Collecte sélective des déchets de bureau : papier, carton, gobelets, canettes, bouteilles.",
        ],
        [
          "Mise en place de bacs et corbeilles de tri à chaque poste de travail.",
          "Fourniture de bacs de collecte et sensibilisation de vos salariés au tri.",
          "Boîtes de tri individuelles et conteneurs centralisés.",
        ],
        [
          "Conformité au décret 5 flux : attestation annuelle de valorisation.",
          "Nous vous aidons à respecter l'obligation de tri 5 flux (papier, métal, plastique, verre, bois).",
          "Registre des déchets et attestations réglementaires fournis.",
        ],
        [
          "Entreprise adaptée : nos tournées sont assurées par des salariés en situation de handicap.",
          "Structure d'insertion : collecte et tri créateurs d'emplois locaux.",
          "Contrat avec une entreprise adaptée, valorisable dans votre déclaration OETH.",
        ],
        [
          "Collecte à vélo-cargo et en véhicules électriques en centre-ville.",
          "Tournées optimisées en utilitaires électriques.",
          "Enlèvement hebdomadaire ou mensuel selon vos volumes.",
        ],
        [
          "Le papier trié est revendu aux papeteries pour fabriquer du papier recyclé.",
          "Tonnages recyclés et bilan carbone communiqués chaque trimestre.",
          "Reporting RSE : tonnes collectées, CO2 évité.",
        ],
      ],
      vague: ["Recyclage.", "Collecte de déchets.", "Entreprise engagée pour l'environnement."],
    },
  ],
  needs: [
    {
      target: "destruction-documents-confidentiels",
      related: ["archivage-numerisation", "collecte-papier-bureau-recyclage"],
      title: "Élimination de 300 cartons d'archives avec procès-verbal",
      description:
        "Suite au déménagement du siège, 300 cartons d'archives comptables et RH arrivés en fin de durée légale doivent être éliminés de façon sûre. Nous voulons un procès-verbal de destruction et, si possible, assister au broyage. Enlèvement en une fois, accès par quai de chargement.",
      kind: "services",
      nafPicked: ["82.99Z"],
      budget: [1500, 4000],
    },
    {
      target: "archivage-numerisation",
      related: ["destruction-documents-confidentiels"],
      title: "Scan des dossiers du personnel et stockage des originaux",
      description:
        "Dématérialiser environ 40 mètres linéaires de dossiers salariés (1 800 dossiers) avec indexation par nom et matricule, pour import dans notre SIRH. Les originaux seront ensuite conservés hors de nos locaux et consultables sous 48 h. Démarrage en septembre.",
      kind: "services",
      nafPicked: ["63.11Z"],
      budget: [15000, 30000],
    },
  ],
};
