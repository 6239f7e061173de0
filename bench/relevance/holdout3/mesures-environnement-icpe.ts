import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "mesures-environnement-icpe",
  specialties: [
    {
      key: "h3-mesures-acoustiques",
      naf: ["71.20B", "71.12B", "74.90B", "72.19Z"],
      names: [
        "ACOUSTIQUE ET ENVIRONNEMENT SUD",
        "DECIBEL CONSEIL",
        "SONOMETRIE PROVENCE",
        "BUREAU D'ETUDES VIBRATIONS ET BRUIT",
        "CABINET FABRE ACOUSTIQUE",
        "ECHELLE A",
        "ONDES ET MESURES",
        "ACOUSTIC LAB MEDITERRANEE",
      ],
      ideas: [
        [
          "Mesures de bruit dans l'environnement : bruit de voisinage, bruit industriel, bruit des infrastructures.",
          "Bureau d'études acoustiques : nous mesurons et analysons le bruit émis par vos installations.",
          "Diagnostics acoustiques et mesures sonores pour les industriels, les collectivités et les particuliers.",
        ],
        [
          "Mesures en limite de propriété et d'émergence dans les zones à émergence réglementée.",
          "Contrôles de niveaux sonores exigés par les arrêtés préfectoraux des installations classées.",
          "Mesures d'émergence de jour et de nuit selon la norme NF S 31-010.",
        ],
        [
          "Mesure de l'exposition au bruit des salariés et cartographie sonore des ateliers.",
          "Dosimétrie et cartographie du bruit au poste de travail, conformément au Code du travail.",
          "Évaluation de l'exposition sonore des opérateurs et propositions de réduction.",
        ],
        [
          "Études de réduction du bruit : capotages, écrans, silencieux, traitement des locaux.",
          "Nous proposons des solutions de traitement acoustique et vérifions leur efficacité après travaux.",
          "Modélisation acoustique sur CadnaA pour prévoir l'impact d'un projet.",
        ],
        [
          "Mesures vibratoires liées aux chantiers, aux tirs de mines et aux machines.",
          "Surveillance des vibrations pendant les travaux à proximité de bâtiments sensibles.",
          "Mesures de vibrations et de bruit de chantier, avec alertes en temps réel.",
        ],
        [
          "Sonomètres de classe 1 étalonnés, stations de mesure autonomes longue durée.",
          "Acousticiens diplômés, matériel vérifié annuellement en laboratoire accrédité.",
          "Plus de 15 ans d'expérience en acoustique de l'environnement.",
        ],
      ],
      vague: ["Bureau d'études.", "Acoustique.", "Mesures et contrôles."],
    },
    {
      key: "h3-mesures-emissions-air",
      naf: ["71.20B", "74.90B", "71.12B"],
      names: [
        "AIR EMISSIONS CONTROLE",
        "LABORATOIRE D'ANALYSES DES REJETS ATMOSPHERIQUES",
        "CHEMINEES ET MESURES",
        "ATMO-TECH",
        "SOCIETE MERIDIONALE DE PRELEVEMENTS",
        "AEROLAB",
        "BERTRAND MESURES INDUSTRIELLES",
        "EMISSIA",
      ],
      ideas: [
        [
          "Mesures des rejets atmosphériques des installations industrielles : cheminées, fours, chaudières, incinérateurs.",
          "Laboratoire de prélèvements à l'émission : poussières, gaz de combustion, COV, métaux lourds.",
          "Contrôles réglementaires des émissions atmosphériques canalisées.",
        ],
        [
          "Accrédités COFRAC pour les prélèvements et les analyses à l'émission, agréés par le ministère.",
          "Agrément du ministère de la Transition écologique et accréditation COFRAC selon la norme NF EN ISO/IEC 17025.",
          "Nos mesures sont reconnues par l'inspection des installations classées.",
        ],
        [
          "Poussières, NOx, SO2, CO, HCl, HF, dioxines et furanes, COV totaux et spécifiques.",
          "Prélèvements isocinétiques de poussières, analyses en continu des gaz et prélèvements sur supports.",
          "Mesure des débits, de la température, de l'humidité et de l'oxygène dans les conduits.",
        ],
        [
          "Contrôle des analyseurs en continu : QAL2, AST et tests de surveillance.",
          "Étalonnage des systèmes de mesure automatiques (AMS) selon la norme NF EN 14181.",
          "Vérification de vos analyseurs de fumées et de la justesse de l'autosurveillance.",
        ],
        [
          "Mesures de qualité de l'air ambiant, d'odeurs et de retombées de poussières autour des sites.",
          "Jauges de retombées et mesures d'odeurs par olfactométrie dynamique.",
          "Surveillance de l'air autour des carrières, des centres de déchets et des sites industriels.",
        ],
        [
          "Mesures de l'air intérieur des locaux de travail : COV, formaldéhyde, poussières.",
          "Contrôles des valeurs limites d'exposition professionnelle aux agents chimiques.",
          "Évaluation des expositions professionnelles et efficacité des captages.",
        ],
        [
          "Rapports conformes aux prescriptions des arrêtés préfectoraux et transmis à la DREAL si demandé.",
          "Équipes mobiles avec camion-laboratoire, intervention dans tout le quart Sud-Est.",
          "Interventions sur les sites industriels, les chaufferies collectives et les stations d'épuration.",
        ],
      ],
      vague: ["Laboratoire.", "Contrôles et analyses.", "Environnement industriel."],
    },
    {
      key: "h3-dossiers-icpe",
      naf: ["71.12B", "74.90B", "70.22Z", "71.20B"],
      names: [
        "ENVIRONNEMENT CONSEIL INDUSTRIE",
        "ICPE SOLUTIONS",
        "CABINET BERTIN ENVIRONNEMENT",
        "REGLEMENTAIRE ET TERRITOIRES",
        "ECO-DOSSIERS",
        "ARCHIPEL ENVIRONNEMENT",
        "NATURE ET INDUSTRIE CONSEIL",
        "SOCIETE D'ETUDES ENVIRONNEMENTALES DU RHONE",
        "ENVIROCONSEIL",
      ],
      ideas: [
        [
          "Dossiers réglementaires ICPE : déclaration, enregistrement et demande d'autorisation environnementale.",
          "Nous rédigeons les dossiers d'installations classées pour la protection de l'environnement.",
          "Montage de dossiers de demande d'autorisation environnementale et suivi de l'instruction.",
        ],
        [
          "Études d'impact, études de dangers et notices d'incidence.",
          "Rédaction des études de dangers, des modélisations d'accidents et des études d'impact.",
          "Évaluation environnementale des projets industriels et logistiques.",
        ],
        [
          "Veille réglementaire et audits de conformité environnementale de vos sites.",
          "Audit de conformité aux arrêtés préfectoraux et aux arrêtés ministériels de prescriptions générales.",
          "Préparation des inspections de la DREAL et réponses aux mises en demeure.",
        ],
        [
          "Accompagnement des entrepôts logistiques : rubriques 1510, 2662, 2663, défense incendie.",
          "Classement des activités au titre de la nomenclature et des rubriques ICPE.",
          "Porter à connaissance lors des modifications de vos installations.",
        ],
        [
          "Cessation d'activité, mise en sécurité et remise en état des sites.",
          "Dossiers de cessation d'activité et attestations requises à la fermeture d'un site.",
          "Accompagnement des déménagements industriels et des fermetures de sites classés.",
        ],
        [
          "Inventaires faune-flore, loi sur l'eau et volet naturel des projets.",
          "Dossiers loi sur l'eau, dérogations espèces protégées et études Natura 2000.",
          "Nos écologues réalisent les inventaires sur quatre saisons.",
        ],
        [
          "Consultants ingénieurs environnement, anciens inspecteurs des installations classées.",
          "Plus de 300 dossiers ICPE déposés en région Sud.",
          "Système de management environnemental ISO 14001 : mise en place et audits internes.",
        ],
      ],
      vague: ["Conseil en environnement.", "Bureau d'études.", "Ingénierie environnementale.", "Développement durable."],
    },
    {
      key: "h3-sites-sols-pollues",
      naf: ["71.12B", "74.90B", "43.13Z", "39.00Z"],
      names: [
        "SOLS ET DIAGNOSTICS",
        "GEOPOLLUTION CONSEIL",
        "TERRA ANALYSE",
        "SOCIETE D'EXPERTISE DES SITES POLLUES",
        "HYDROSOL",
        "FORAGES ET SOLS PROVENCE",
        "REMEDIA ENVIRONNEMENT",
        "CABINET MARCHETTI GEOLOGIE",
      ],
      ideas: [
        [
          "Études de sites et sols pollués : diagnostics de pollution des sols, des eaux souterraines et des gaz du sol.",
          "Bureau d'études spécialisé en pollution des sols : historique, investigations, interprétation.",
          "Nous évaluons l'état de pollution de vos terrains avant une vente, un projet ou une cessation.",
        ],
        [
          "Certifiés LNE sites et sols pollués, domaines A et B, selon la norme NF X 31-620.",
          "Certification de service LNE, prestations conformes à la méthodologie nationale.",
          "Prestations normalisées : étude historique, diagnostic, plan de gestion, suivi.",
        ],
        [
          "Sondages à la tarière mécanique, piézomètres, prélèvements de sols et d'eaux souterraines.",
          "Moyens de forage en propre et partenaires laboratoires accrédités.",
          "Campagnes d'investigations : sondages, piézairs, analyses d'hydrocarbures et de métaux.",
        ],
        [
          "Plans de gestion, analyses des risques résiduels et évaluation quantitative des risques sanitaires.",
          "Calculs de risques sanitaires pour les projets de logements et d'établissements sensibles.",
          "Nous définissons les mesures de gestion adaptées à l'usage futur du site.",
        ],
        [
          "Attestations ATTES pour les permis de construire en secteur d'information sur les sols.",
          "Attestation de prise en compte de la pollution dans la conception des projets (ATTES).",
          "Accompagnement des promoteurs sur les terrains en SIS et les anciennes friches.",
        ],
        [
          "Suivi des travaux de dépollution et gestion des terres excavées.",
          "Maîtrise d'œuvre des travaux de réhabilitation et contrôle des fonds de fouille.",
          "Orientation des déblais vers les bonnes filières et optimisation des coûts d'évacuation.",
        ],
      ],
      vague: ["Géologie et environnement.", "Études techniques.", "Expertise environnementale."],
    },
    {
      key: "h3-bilan-carbone",
      naf: ["70.22Z", "74.90B", "71.12B", "85.59A"],
      names: [
        "CARBONE CLAIR",
        "EMPREINTE ET STRATEGIE",
        "CLIMAT ACTION CONSEIL",
        "BAS CARBONE PROVENCE",
        "CABINET RIVIERE TRANSITION",
        "SOBRIETE CONSEIL",
        "DECARBONA",
        "TRAJECTOIRE 2050",
      ],
      ideas: [
        [
          "Bilan carbone et bilan des émissions de gaz à effet de serre (BEGES) des entreprises et des collectivités.",
          "Nous mesurons l'empreinte carbone de votre organisation sur les scopes 1, 2 et 3.",
          "Calcul d'empreinte carbone et plan de réduction des émissions.",
        ],
        [
          "Praticiens formés à la méthode Bilan Carbone de l'ABC, réalisation du BEGES réglementaire.",
          "Déclaration du BEGES sur la plateforme de l'ADEME.",
          "Méthodologie conforme au GHG Protocol et à la norme ISO 14064.",
        ],
        [
          "Plan de transition et trajectoire de réduction alignée sur l'Accord de Paris.",
          "Définition d'objectifs de réduction et accompagnement SBTi.",
          "Construction d'une feuille de route bas carbone et suivi des indicateurs.",
        ],
        [
          "Reporting extra-financier CSRD, analyse de double matérialité.",
          "Accompagnement à la directive CSRD et aux normes ESRS.",
          "Rédaction du volet climat de votre rapport de durabilité.",
        ],
        [
          "Analyse de cycle de vie et empreinte carbone des produits.",
          "ACV simplifiées et fiches environnementales de produits.",
          "Écoconception et calcul de l'empreinte de vos produits et services.",
        ],
        [
          "Fresque du climat et ateliers de sensibilisation des équipes.",
          "Formation des collaborateurs aux enjeux climatiques.",
          "Animation d'ateliers pour impliquer les salariés dans la démarche.",
        ],
      ],
      vague: ["Conseil RSE.", "Développement durable.", "Conseil en stratégie."],
    },
  ],
  needs: [
    {
      target: "h3-mesures-emissions-air",
      related: ["h3-dossiers-icpe"],
      title: "Contrôle rejets cheminées 2 fours + QAL2 – arrêté préfectoral",
      description:
        "Notre arrêté préfectoral impose une mesure annuelle des rejets de nos deux fours de cuisson (poussières, NOx, SO2, HCl, COV) par un organisme agréé, ainsi que le QAL2 de l'analyseur en continu du four 1. Site de production de tuiles à Aubagne, mesures à réaliser avant fin juin pour notre déclaration GEREP.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [8000, 18000],
    },
    {
      target: "h3-sites-sols-pollues",
      related: ["h3-dossiers-icpe"],
      title: "Diag pollution sols ancien atelier traitement de surface – avant cession",
      description:
        "Nous vendons un terrain de 1,2 ha sur lequel fonctionnait un atelier de traitement de surface jusqu'en 2019. L'acquéreur, un promoteur qui prévoit des logements et une crèche, demande une étude historique, un diagnostic des sols et des eaux souterraines et, si nécessaire, un plan de gestion. Prestataire certifié LNE exigé, résultats attendus sous 3 mois.",
      kind: "services",
      nafPicked: ["39.00Z"],
      budget: [15000, 45000],
    },
  ],
};
