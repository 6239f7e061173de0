import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "automatismes-industriels",
  specialties: [
    {
      key: "h-ai-automates-supervision",
      naf: ["33.20C", "71.12B", "62.01Z"],
      names: [
        "AUTOMATISMES ET PROCESS SUD",
        "SCADAWARE",
        "INFORMATIQUE INDUSTRIELLE PROVENCE",
        "API CONCEPT",
        "CONTROL SYSTEMES MEDITERRANEE",
        "AUTOMATIQUE BERTRAND",
        "PROCESS AUTOMATION 13",
        "IIOT SOLUTIONS",
      ],
      ideas: [
        [
          "Programmation d'automates Siemens (TIA Portal, Step 7), Schneider (Unity, EcoStruxure) et Rockwell (Studio 5000).",
          "Développement de programmes API et d'interfaces opérateur sur toutes les grandes marques.",
          "Nous écrivons et mettons au point le logiciel de contrôle-commande de vos installations.",
        ],
        [
          "Supervision et SCADA : PcVue, WinCC Unified, Ignition, Panorama, Topkapi.",
          "Conception d'écrans de conduite, historisation, alarmes, rapports de production.",
          "Nous développons vos postes de supervision et les tableaux de bord de pilotage de l'usine.",
        ],
        [
          "Rétrofit de systèmes obsolètes : conversion des anciens programmes, remplacement des CPU et des IHM sans perdre l'historique.",
          "Traitement de l'obsolescence des automates et des PC de conduite, avec reprise fonctionnelle à l'identique.",
          "Modernisation de vos installations de contrôle-commande pendant les arrêts techniques.",
        ],
        [
          "Analyse fonctionnelle, essais plateforme (FAT), mise en service et essais sur site (SAT).",
          "Nous suivons les projets de l'analyse fonctionnelle jusqu'à la réception et la formation des exploitants.",
          "Documentation complète : AF détaillée, cahiers de tests, dossiers de mise en service.",
        ],
        [
          "Réseaux et communications industrielles : Profinet, Modbus TCP, Ethernet/IP, OPC UA, liaison MES.",
          "Remontée de données vers vos systèmes de gestion, cybersécurité des réseaux industriels (IEC 62443).",
          "Architecture réseau, passerelles et collecte de données pour l'industrie 4.0.",
        ],
        [
          "Secteurs : eau et assainissement, chimie, pétrochimie, agroalimentaire, pharmacie, énergie.",
          "Nous intervenons sur les stations d'épuration, usines de process continu et sites Seveso.",
          "Références chez des industriels du pourtour de l'étang de Berre et des régies des eaux.",
        ],
        [
          "Contrats de maintenance logicielle et astreinte 24/7.",
          "Tierce maintenance applicative, télémaintenance sécurisée et assistance à distance.",
          "Une équipe de 12 automaticiens basée à Vitrolles.",
        ],
      ],
      vague: ["Automatisme.", "Informatique industrielle.", "Ingénierie en automatisme et contrôle-commande.", "Solutions pour l'industrie."],
    },
    {
      key: "h-ai-integration-robotique",
      naf: ["28.99B", "33.20C", "28.29B", "71.12B"],
      names: [
        "ROBOTIQUE INTEGRATION PROVENCE",
        "CELLUROB",
        "MECATRONIC SUD",
        "AXE 6 ROBOTIQUE",
        "ROBOTEAM MEDITERRANEE",
        "SOCIETE NOUVELLE DE MACHINES SPECIALES",
        "PICK AND PLACE SYSTEMES",
        "ARTIROB",
      ],
      ideas: [
        [
          "Intégrateur robotique : conception et réalisation de cellules robotisées clé en main.",
          "Nous automatisons vos postes de travail avec des robots industriels, de l'étude à la mise en production.",
          "Fabricant de machines spéciales et d'îlots robotisés sur mesure.",
        ],
        [
          "Partenaire ABB, Fanuc, KUKA et Yaskawa, intégrateur certifié Universal Robots pour les cobots.",
          "Robots 6 axes, SCARA, robots collaboratifs : nous choisissons le bon robot pour votre application.",
          "Intégration de cobots pour les PME qui veulent automatiser sans grosse infrastructure.",
        ],
        [
          "Applications : palettisation, soudage à l'arc, chargement de machines-outils, encollage, conditionnement.",
          "Prise et dépose guidée par vision, tri, assemblage, vissage automatisé.",
          "Nous robotisons les tâches pénibles et répétitives : manutention, ébavurage, polissage.",
        ],
        [
          "Simulation 3D et étude de cycle avant réalisation, pour garantir la cadence.",
          "Étude de faisabilité, simulation RobotStudio et Roboguide, maquette virtuelle de la cellule.",
          "Chaque projet commence par un audit du poste et une simulation des temps de cycle.",
        ],
        [
          "Conception mécanique des préhenseurs, convoyeurs, tables tournantes et protections de cellule.",
          "Bureau d'études mécanique et électrique intégré, atelier de montage de 1 200 m².",
          "Nous fabriquons nous-mêmes les outillages, bâtis et carters de nos cellules.",
        ],
        [
          "Marquage CE de l'ensemble, formation des opérateurs et des régleurs, service après-vente.",
          "Livraison avec dossier technique, formation et contrat de maintenance.",
          "Installation, mise en route et accompagnement de la montée en cadence.",
        ],
        [
          "Clients : automobile, aéronautique, agroalimentaire, plasturgie, logistique.",
          "Plus de 150 cellules installées en France depuis 2008.",
          "Nous accompagnons aussi bien les grands groupes que les ateliers de 20 personnes.",
        ],
      ],
      vague: ["Robotique.", "Machines spéciales.", "Automatisation industrielle.", "Conception et fabrication d'équipements industriels."],
    },
    {
      key: "h-ai-armoires-electricite-industrielle",
      naf: ["27.12Z", "43.21A", "33.20D"],
      names: [
        "ARMOIRES ELECTRIQUES DU SUD",
        "TABLEAUTIER PROVENCAL",
        "ELEC INDUS 13",
        "CABLAGE INDUSTRIEL MEDITERRANEE",
        "SOCIETE D'ELECTRICITE INDUSTRIELLE DE FOS",
        "GIRAUD ELECTRICITE",
        "ENERGIE ET CONTROLE",
        "ATELIER DE CABLAGE DE LA CIOTAT",
      ],
      ideas: [
        [
          "Tableautier : étude, fabrication et câblage d'armoires de commande, TGBT, coffrets et pupitres.",
          "Nous réalisons vos tableaux électriques de puissance et de commande dans notre atelier de 800 m².",
          "Fabrication d'armoires électriques sur plan ou sur cahier des charges, de l'unité à la série.",
        ],
        [
          "Schémas électriques sur EPLAN et SEE Electrical, nomenclatures et dossiers as-built.",
          "Notre bureau d'études électrique dessine les schémas et dimensionne les protections.",
          "Conception électrique complète : bilans de puissance, sélectivité, schémas.",
        ],
        [
          "Armoires conformes EN 61439 et EN 60204-1, essais individuels et rapport avant expédition.",
          "Chaque ensemble est contrôlé et testé sur banc avant livraison.",
          "Fabrication sous licence Prisma et Blokset, respect des normes en vigueur.",
        ],
        [
          "Installation électrique industrielle sur site : chemins de câbles, tirage, raccordement des machines et des moteurs.",
          "Électricité industrielle : distribution, éclairage d'ateliers, raccordement des équipements de production.",
          "Nous posons et raccordons vos équipements électriques, y compris en zone ATEX.",
        ],
        [
          "Variateurs de vitesse, démarreurs, relayage, instrumentation : fourniture, câblage et paramétrage.",
          "Intégration des variateurs et du contrôle moteur dans vos armoires.",
          "Remplacement de démarreurs et modernisation de tableaux anciens.",
        ],
        [
          "Dépannage et maintenance électrique, contrats d'entretien annuels.",
          "Électriciens habilités BR, B2V, H0V, intervention rapide en cas de panne.",
          "Thermographie infrarouge de vos armoires et levée des réserves des organismes de contrôle.",
        ],
        [
          "Entreprise de 30 personnes fondée en 1991, clients industriels de Marseille à Fos-sur-Mer.",
          "Nous travaillons pour les industriels, les fabricants de machines et les intégrateurs.",
          "Partenaire des constructeurs de machines de la région pour le câblage de leurs équipements.",
        ],
      ],
      vague: ["Électricité générale et industrielle.", "Tableaux électriques.", "Installation électrique.", "Travaux électriques pour professionnels."],
    },
    {
      key: "h-ai-conformite-securite-machines",
      naf: ["71.12B", "71.20B", "74.90B", "33.12Z"],
      names: [
        "SECURIMAC",
        "CONFORMITE MACHINES CONSEIL",
        "PREVENTEC INDUSTRIE",
        "MACHINE SAFETY SUD",
        "AUDIT SECURITE MACHINES PROVENCE",
        "NORMEA INGENIERIE",
        "CABINET LEROY SECURITE",
        "PROTECMACHINE",
      ],
      ideas: [
        [
          "Audit de conformité de votre parc de machines aux exigences du Code du travail (articles R4324-1 et suivants).",
          "Diagnostic sécurité de vos équipements de travail, machine par machine, avec hiérarchisation des écarts.",
          "Nous évaluons la sécurité de vos machines en service et proposons un plan d'action priorisé.",
        ],
        [
          "Appréciation des risques selon EN ISO 12100, calcul des niveaux de performance PL selon ISO 13849-1.",
          "Validation des fonctions de sécurité avec le logiciel SISTEMA et rédaction des rapports d'appréciation.",
          "Évaluation des risques mécaniques, électriques et ergonomiques de vos équipements.",
        ],
        [
          "Réalisation des travaux : carters, protecteurs mobiles interverrouillés, barrières immatérielles, tapis sensibles.",
          "Nous installons les dispositifs de protection : relais et automates de sécurité, arrêts d'urgence, consignation.",
          "Mise en sécurité clé en main : étude, fourniture, pose et validation.",
        ],
        [
          "Marquage CE de machines neuves ou modifiées, dossier technique et déclaration de conformité (directive 2006/42/CE, règlement 2023/1230).",
          "Accompagnement des fabricants et des utilisateurs pour les modifications importantes et l'assemblage de machines.",
          "Rédaction des notices d'instructions et constitution des dossiers techniques.",
        ],
        [
          "Assistance en cas de mise en demeure de la DREETS ou de la CARSAT.",
          "Nous vous aidons à répondre aux observations des organismes de contrôle et des assureurs.",
          "Expertise machines d'occasion avant achat ou remise en service.",
        ],
        [
          "Formations à la sécurité des machines pour les services maintenance et méthodes.",
          "Sensibilisation des équipes à la consignation et à l'utilisation des protections.",
          "Formation à la réglementation des équipements de travail.",
        ],
        [
          "Ingénieurs spécialisés, 20 ans d'expérience dans la métallurgie, la plasturgie et l'agroalimentaire.",
          "Je suis ancien responsable HSE d'un groupe industriel, aujourd'hui consultant indépendant.",
          "Plus de 3 000 machines auditées en région Sud.",
        ],
      ],
      vague: ["Sécurité des machines.", "Conseil en prévention des risques.", "Ingénierie sécurité et conformité.", "Bureau d'études et de conseil."],
    },
  ],
  needs: [
    {
      target: "h-ai-automates-supervision",
      related: ["h-ai-armoires-electricite-industrielle"],
      title: "Migration 3 API S7-300 vers S7-1500 + supervision",
      description:
        "Station de traitement des eaux industrielles de notre site de Berre-l'Étang : remplacement de 3 automates S7-300 en fin de vie par des S7-1500, reprise du programme et remplacement de la supervision existante (PC industriel sous WinCC flexible). Mise à jour de l'analyse fonctionnelle, essais et mise en service pendant l'arrêt technique de 10 jours en septembre.",
      kind: "services",
      nafPicked: ["62.01Z"],
      budget: [40000, 90000],
    },
    {
      target: "h-ai-conformite-securite-machines",
      related: ["h-ai-armoires-electricite-industrielle", "h-ai-integration-robotique"],
      title: "Mise en conformité 15 machines atelier suite contrôle",
      description:
        "À la suite d'une visite de l'inspection du travail, nous devons faire auditer 15 machines anciennes de notre atelier de Vitrolles (presses plieuses, cisailles guillotines, tours conventionnels) puis réaliser les travaux : analyse de risques, protecteurs, circuits de commande de sécurité. Rapport par machine et plan d'actions chiffré attendus avant fin mai.",
      kind: "works",
      nafPicked: ["71.12B"],
      budget: [25000, 70000],
    },
  ],
};
