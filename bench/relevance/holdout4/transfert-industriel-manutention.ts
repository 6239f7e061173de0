import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-transfert-industriel-manutention",
  specialties: [
    {
      key: "h4-transfert-machines",
      naf: ["49.42Z", "52.24B", "43.99E"],
      names: [
        "TRANSFERT INDUSTRIEL PROVENCE",
        "MANUTENTION LOURDE SUD",
        "RIPAGE SERVICES",
        "ATLAS TRANSFERT",
        "SOC GUIGOU MANUTENTION",
        "DEMENAGEMENTS INDUSTRIELS DU MIDI",
        "MOVE INDUSTRIE",
        "HERCULE LEVAGE",
        "MTI 13",
        "TITAN MANUTENTION",
      ],
      ideas: [
        [
          "Transfert de machines et déménagement d'ateliers complets, d'un bâtiment à l'autre ou d'un site à l'autre.",
          "Nous déplaçons vos machines-outils, presses et lignes de production en toute sécurité.",
          "Spécialistes du déménagement industriel et de la manutention de machines lourdes.",
        ],
        [
          "Ripage sur patins et chariots, vérins hydrauliques, portiques de levage jusqu'à 200 tonnes.",
          "Manutention en intérieur avec chariots élévateurs grande capacité, rouleurs et vérins.",
          "Nous levons et ripons des charges de plusieurs dizaines de tonnes là où aucune grue n'accède.",
        ],
        [
          "Dépose, calage, chargement, transport et remise en place sur massif.",
          "Prise en charge complète : démontage, emballage, transport, repositionnement et mise à niveau.",
          "Mise en place précise sur fondations, avec calage et nivellement.",
        ],
        [
          "Étude de manutention et mode opératoire rédigé pour chaque opération.",
          "Visite technique préalable et plans de manutention établis par notre bureau technique.",
          "Chaque transfert est préparé : relevés, vérification de la portance des sols, plan de prévention.",
        ],
        [
          "Interventions pendant les arrêts de production, les week-ends et les congés.",
          "Nous travaillons dans des fenêtres courtes pour limiter l'arrêt de votre activité.",
          "Planning construit autour de vos contraintes de production.",
        ],
        [
          "Stockage temporaire de machines dans nos entrepôts sécurisés.",
          "Entrepôt de 3 000 m² pour le stockage provisoire de vos équipements.",
          "Garde temporaire d'équipements possible entre deux sites.",
        ],
        [
          "Clients : mécanique, aéronautique, microélectronique, imprimeries.",
          "Implantés à Vitrolles depuis 1992, nous intervenons dans toute la France.",
          "Expérience des salles propres et des équipements sensibles.",
        ],
      ],
      vague: ["Manutention.", "Transport et manutention industrielle.", "Déménagements.", "Levage et manutention."],
    },
    {
      key: "h4-demenagement-entreprise",
      naf: ["49.42Z", "52.10B", "49.41B"],
      names: [
        "DEMENAGEMENTS DE PROVENCE",
        "BUREAU MOVE",
        "TRANSFERT ENTREPRISES MEDITERRANEE",
        "SOC MOREL DEMENAGEMENTS",
        "CAP TRANSFERT",
        "LES DEMENAGEURS PHOCEENS",
        "OFFICE SHIFT",
        "GARCIA DEMENAGEMENTS",
        "AIX MARSEILLE DEMENAGEMENT",
        "TRANSMOBIL",
      ],
      ideas: [
        [
          "Déménagement de bureaux, sièges sociaux, administrations et commerces.",
          "Nous organisons le transfert de vos équipes et de vos bureaux, de quelques postes à plusieurs centaines.",
          "Spécialistes du déménagement d'entreprise et du transfert de services.",
        ],
        [
          "Chef de projet dédié, plan de transfert et étiquetage par poste de travail.",
          "Méthode éprouvée : inventaire, code couleur par étage, planning service par service.",
          "Un coordinateur unique vous accompagne de la visite préalable au dernier carton.",
        ],
        [
          "Démontage et remontage du mobilier, installation dans les nouveaux espaces.",
          "Nos équipes démontent, transportent et remontent bureaux, armoires et caissons.",
          "Installation du mobilier selon vos plans d'implantation.",
        ],
        [
          "Fourniture de cartons, bacs navettes et protections.",
          "Location de bacs plastiques, rolls et chariots pour les collaborateurs.",
          "Emballage du matériel informatique dans des caisses adaptées.",
        ],
        [
          "Déménagements le soir et le week-end pour une reprise d'activité le lundi.",
          "Intervention hors heures ouvrées pour ne pas perturber vos équipes.",
          "Transferts de nuit ou sur deux week-ends consécutifs.",
        ],
        [
          "Transferts internes et réaménagements de plateaux.",
          "Déménagements internes, rotations de bureaux et passage en flex office.",
          "Nous réalisons aussi les petits transferts à l'intérieur d'un même bâtiment.",
        ],
        [
          "Garde-meubles et stockage du mobilier excédentaire.",
          "Entrepôt de stockage à Aubagne pour votre mobilier en attente.",
          "Évacuation et reprise du mobilier dont vous n'avez plus l'usage.",
        ],
      ],
      vague: ["Déménagements.", "Transports et déménagements.", "Déménageur professionnel.", "Services de déménagement."],
    },
    {
      key: "h4-levage-grutage",
      naf: ["43.99E", "77.32Z", "52.24B"],
      names: [
        "GRUES ET LEVAGE PROVENCE",
        "LEVAGE SERVICE 13",
        "SOC LAURENT GRUTAGE",
        "MEDIT GRUES",
        "ARGO LEVAGE",
        "SUD LEVAGE MANUTENTION",
        "GRUTAGE DU LUBERON",
        "HAUTEUR ET LEVAGE",
        "VERTICAL GRUES",
        "BRAS DE FER LEVAGE",
      ],
      ideas: [
        [
          "Location de grues mobiles avec grutier, de 30 à 250 tonnes.",
          "Grutage et levage de charges lourdes avec nos grues automotrices.",
          "Parc de grues mobiles et de camions-grues, toujours avec opérateur.",
        ],
        [
          "Levage d'équipements en toiture : groupes froids, centrales de traitement d'air, panneaux.",
          "Mise en place d'équipements techniques sur les toits et terrasses.",
          "Nous hissons vos équipements de toiture en toute sécurité, même en centre-ville.",
        ],
        [
          "Étude de levage, plan de calage et de balisage réalisés par notre bureau technique.",
          "Chef de manœuvre et élingueur qualifiés sur chaque intervention.",
          "Étude préalable de chaque opération : calcul des charges et choix de la grue.",
        ],
        [
          "Camions-grues avec plateau pour livrer et poser en une seule opération.",
          "Camions-grues à bras articulé pour les poses rapides.",
          "Transport et pose de conteneurs, bungalows et cuves.",
        ],
        [
          "Grues à tour et grues automontantes pour les chantiers de bâtiment.",
          "Location, montage et démontage de grues de chantier.",
          "Grutiers titulaires des CACES R487 et R483.",
        ],
        [
          "Disponibles 7 jours sur 7 pour les urgences industrielles.",
          "Intervention rapide dans tout le département.",
          "Demandes d'autorisation de voirie prises en charge.",
        ],
        ["Entreprise créée en 1979 à Marignane.", "Plus de 40 grues et 60 collaborateurs dans le Sud-Est.", "Certifications MASE et ISO 45001."],
      ],
      vague: ["Levage.", "Location de matériel avec opérateur.", "Grutage et manutention.", "Transport et levage."],
    },
    {
      key: "h4-installation-lignes-production",
      naf: ["33.20B", "25.62B", "28.29B"],
      names: [
        "MONTAGE INDUSTRIEL PROVENCE",
        "INSTALL'INDUS",
        "SOC MEDITERRANEENNE DE MONTAGE MECANIQUE",
        "ROSSI MONTAGE",
        "SMMI",
        "MECAPOSE",
        "LIGNES ET PROCESS",
        "ALPHA MONTAGE SERVICES",
        "ASSEMBLAGE SUR SITE SUD",
        "VALLAURI INSTALLATION",
      ],
      ideas: [
        [
          "Montage mécanique sur site de machines, lignes de production et convoyeurs.",
          "Nous installons les équipements industriels neufs livrés par les constructeurs.",
          "Installation, mise en place et assemblage de lignes de fabrication et de conditionnement.",
        ],
        [
          "Alignement, nivellement et scellement des équipements selon les tolérances du constructeur.",
          "Mise à niveau optique ou laser, scellement chimique ou sur massif.",
          "Nous garantissons la géométrie de vos installations : alignement, parallélisme, niveau.",
        ],
        [
          "Monteurs mécaniciens expérimentés, en régie ou au forfait.",
          "Mise à disposition d'équipes de monteurs pour vos projets d'installation.",
          "Montage sous supervision pour le compte de constructeurs étrangers.",
        ],
        [
          "Démontage, modification et remontage de lignes existantes.",
          "Réimplantation de lignes lors des réorganisations d'usine.",
          "Modification de convoyeurs, rehausses, ajout de modules.",
        ],
        [
          "Fabrication de supports, passerelles et châssis dans notre atelier.",
          "Atelier intégré pour les pièces d'adaptation et les châssis.",
          "Nous fabriquons les pièces d'interface manquantes dans notre atelier.",
        ],
        [
          "Secteurs : agroalimentaire, pharmacie, cosmétique, emballage, chimie.",
          "Références dans l'agroalimentaire et la cosmétique en Provence.",
          "Interventions en environnement propre et en zones ATEX.",
        ],
        ["Entreprise de 35 personnes basée à Rousset.", "Nous intervenons en France et à l'export.", "Certification MASE, habilitations N1/N2 chimie."],
      ],
      vague: ["Mécanique industrielle.", "Installation de machines et équipements.", "Maintenance et montage industriel.", "Services à l'industrie."],
    },
  ],
  needs: [
    {
      target: "h4-transfert-machines",
      related: ["h4-levage-grutage", "h4-installation-lignes-production"],
      title: "Transfert 3 presses (12 à 28 t) + 2 CU Rousset → Meyreuil",
      description:
        "Déménagement de 3 presses hydrauliques (12, 18 et 28 t) et de 2 centres d'usinage de notre atelier de Rousset vers le nouveau bâtiment de Meyreuil (15 km) : dépose, ripage, chargement, transport, mise en place sur massifs et calage. Débranchement électrique par nos soins. Fenêtre d'intervention de 2 semaines pendant la fermeture d'août.",
      kind: "services",
      nafPicked: ["49.42Z"],
      budget: [45000, 80000],
    },
    {
      target: "h4-demenagement-entreprise",
      related: ["h4-transfert-machines"],
      title: "Déménagement siège 220 postes – Marseille 2e vers Aix",
      description:
        "Transfert de notre siège (220 collaborateurs, environ 1 500 cartons, mobilier à démonter et remonter) d'un immeuble de la rue de la République vers notre nouveau bâtiment d'Aix-en-Provence ; les 2 salles serveurs seront déplacées par notre prestataire informatique. Déménagement sur deux week-ends de mars, fourniture des cartons et étiquetage inclus.",
      kind: "services",
      nafPicked: ["49.42Z"],
      budget: [40000, 70000],
    },
    {
      target: "h4-levage-grutage",
      related: ["h4-transfert-machines"],
      title: "Grutage groupe froid 9 t en toiture – bâtiment C",
      description:
        "Levage et mise en place en toiture-terrasse (hauteur 18 m, portée 30 m) d'un groupe froid de 9 t et dépose de l'ancien. Grue mobile avec opérateur, chef de manœuvre, étude de levage et plan de balisage de la voie d'accès (autorisation de voirie à notre charge). Le frigoriste sera présent pour le raccordement.",
      kind: "services",
      nafPicked: ["43.22B"],
      budget: [8000, 15000],
    },
    {
      target: "h4-installation-lignes-production",
      related: ["h4-transfert-machines"],
      title: "Montage mécanique nouvelle ligne d'ensachage – 40 m de convoyeurs",
      description:
        "Réception, mise en place, assemblage et alignement d'une ligne d'ensachage livrée en pièces par le constructeur italien (trémie, peseuse, ensacheuse, 40 m de convoyeurs, palettiseur), avec scellement chimique au sol et mise à niveau. Supervision par le constructeur, 3 monteurs demandés pendant 4 semaines à partir du 6 janvier. Câblage électrique hors lot.",
      kind: "works",
      nafPicked: ["28.29A"],
      budget: [50000, 90000],
    },
  ],
};
