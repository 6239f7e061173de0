import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-hydraulique-industrielle",
  specialties: [
    {
      key: "h5-reparation-verins",
      naf: ["33.12Z", "28.12Z", "25.62B"],
      names: [
        "VERINS SERVICE PROVENCE",
        "HYDRO VERIN MEDITERRANEE",
        "ETS COSTE",
        "RECTIF'SUD",
        "SARL VIDAL HYDRAULIQUE",
        "CHROME DUR PROVENCE",
        "ATELIER BERNARDI",
        "MVH MAINTENANCE VERINS HYDRAULIQUES",
        "JOINTS ET VERINS DU SUD",
        "MERLE ET FILS",
      ],
      ideas: [
        [
          "Réparation et réfection de vérins hydrauliques toutes marques, simple et double effet.",
          "Remise en état de vérins : démontage, expertise, changement des joints, essais.",
          "Nous réparons les vérins de presses, de bennes, de grues, d'engins de chantier et de machines agricoles.",
        ],
        [
          "Rechromage et rectification des tiges, réalésage et rodage des chemises.",
          "Atelier d'usinage intégré : tours, rectifieuses, rodeuse, bain de chrome dur.",
          "Fabrication de tiges et de fûts à l'identique quand la pièce n'est plus disponible.",
        ],
        [
          "Fabrication de vérins spéciaux sur plan ou sur échantillon.",
          "Conception de vérins sur mesure jusqu'à 6 mètres de course.",
          "Vérins neufs à la demande, à l'unité ou en petites séries.",
        ],
        [
          "Banc d'essai en pression jusqu'à 700 bars, rapport d'essai remis avec chaque vérin.",
          "Chaque vérin réparé est testé sur banc avant livraison.",
          "Contrôle d'étanchéité et essai de fonctionnement en atelier.",
        ],
        [
          "Stock de joints hydrauliques et fabrication de joints à l'unité par usinage.",
          "Kits de joints pour les principales marques d'engins.",
          "Remplacement des joints en urgence pour limiter l'immobilisation.",
        ],
        [
          "Clients : BTP, industrie, agriculture, manutention, collecte des déchets.",
          "Pour les industriels, loueurs de matériel, carrières et transporteurs.",
          "Entreprise familiale installée dans la zone industrielle de Vitrolles.",
        ],
        ["Délais courts, enlèvement et livraison sur site.", "Devis gratuit après expertise.", "Intervention dans tout le Sud-Est."],
      ],
      vague: ["Mécanique générale.", "Atelier hydraulique.", "Maintenance industrielle."],
    },
    {
      key: "h5-flexibles-depannage",
      naf: ["46.69B", "33.12Z", "22.19Z"],
      names: [
        "FLEXI SERVICE 13",
        "HYDRO FLEX PROVENCE",
        "ETS MARTIN RACCORDS",
        "FLEX'URGENCE",
        "SARL ROCHE",
        "PROVENCE FLEXIBLES ET RACCORDS",
        "HYDRAUFLEX",
        "DEPANN'HYDRAU",
        "SOLER ET FILS",
        "MISTRAL RACCORDS",
      ],
      ideas: [
        [
          "Fabrication de flexibles hydrauliques à la demande, en atelier ou sur site.",
          "Sertissage de flexibles haute pression toutes dimensions, en moins de 15 minutes.",
          "Nous refaisons vos flexibles à l'identique à partir de l'ancien.",
        ],
        [
          "Dépannage sur site avec camions-ateliers équipés de sertisseuses.",
          "Intervention sur chantier, en carrière ou en usine pour remplacer un flexible éclaté.",
          "Unité mobile de dépannage hydraulique 7j/7.",
        ],
        [
          "Large stock de raccords, adaptateurs, coupleurs rapides et embouts.",
          "Comptoir de vente de raccords hydrauliques, tuyaux et accessoires.",
          "Distribution de raccords DIN, JIC, BSP, ORFS et de coupleurs.",
        ],
        [
          "Remplacement préventif des flexibles et repérage par étiquettes.",
          "Audit du parc de flexibles et plan de remplacement préventif.",
          "Gestion du parc de flexibles avec traçabilité de chaque tuyau.",
        ],
        [
          "Flexibles pour l'hydraulique, l'air comprimé, l'eau haute pression et les hydrocarbures.",
          "Tuyaux industriels : aspiration, refoulement, vapeur, produits alimentaires.",
          "Flexibles PTFE et inox pour la chimie.",
        ],
        [
          "Clients : BTP, industrie, agriculture, manutention, collecte des déchets.",
          "Pour les loueurs d'engins, les collectivités et les transporteurs.",
          "Astreinte 24h/24 pour les chantiers et les usines.",
        ],
        ["Basés à Marignane, nous couvrons Marseille, Aix et l'étang de Berre.", "Devis gratuit.", "Plus de 30 ans dans l'hydraulique."],
      ],
      vague: ["Hydraulique.", "Vente de pièces industrielles.", "Fournitures industrielles."],
    },
    {
      key: "h5-centrales-hydrauliques",
      naf: ["28.12Z", "33.20C", "33.12Z"],
      names: [
        "HYDRO SYSTEMES PROVENCE",
        "CENTRALE HYDRAULIQUE MEDITERRANEE",
        "ETS PAYAN INGENIERIE",
        "OLEOTECH",
        "SARL BLANC HYDRAULIQUE",
        "SYSTEMES OLEO-HYDRAULIQUES DU SUD",
        "GIRARD AUTOMATISMES",
        "HYDROCONCEPT",
        "AH INGENIERIE",
      ],
      ideas: [
        [
          "Conception et fabrication de centrales et groupes hydrauliques sur mesure.",
          "Étude, montage et mise en service de groupes hydrauliques pour machines spéciales.",
          "Nous concevons les circuits hydrauliques de vos machines, du schéma à la mise en service.",
        ],
        [
          "Blocs forés, distributeurs proportionnels et servovalves.",
          "Intégration de composants hydrauliques : pompes, distributeurs, accumulateurs, échangeurs.",
          "Schémas hydrauliques, dimensionnement et choix des composants.",
        ],
        [
          "Modernisation de machines : remplacement de centrales, ajout de variateurs, réduction du bruit et de la consommation.",
          "Rétrofit de presses et de machines anciennes.",
          "Amélioration énergétique des groupes hydrauliques avec pompes à vitesse variable.",
        ],
        [
          "Automatisme et contrôle-commande associés aux installations hydrauliques.",
          "Armoires électriques et programmation des automates qui pilotent les centrales.",
          "Mise en service, réglages et formation des équipes de maintenance.",
        ],
        [
          "Tuyautage rigide et montage sur site par nos équipes.",
          "Installation sur site : tuyauteries, flexibles, rinçage et essais.",
          "Tuyauteries inox et acier, brides SAE.",
        ],
        [
          "Clients : industrie, BTP, agroalimentaire, naval, énergie.",
          "Pour les constructeurs de machines, les industriels et les chantiers navals.",
          "Bureau d'études intégré à Aix-en-Provence.",
        ],
        ["Devis gratuit.", "Intervention dans tout le Sud-Est.", "Entreprise certifiée ISO 9001."],
      ],
      vague: ["Ingénierie hydraulique.", "Fabrication de machines.", "Études et réalisations industrielles."],
    },
    {
      key: "h5-analyse-filtration-huile",
      naf: ["33.12Z", "71.20B", "46.71Z"],
      names: [
        "OLEO PROPRE",
        "FILTRATION SERVICES SUD",
        "ETS RICHARD LUBRIFIANTS",
        "PURHUILE",
        "HYDROCLEAN MEDITERRANEE",
        "SARL TESTUD",
        "LUBRI'PROVENCE",
        "CONTROLE HUILES ET FLUIDES",
        "MICROFILTRE 13",
        "DELMAS MAINTENANCE",
      ],
      ideas: [
        [
          "Analyse d'huile hydraulique : contamination particulaire (classe ISO 4406), eau, viscosité, usure.",
          "Prélèvements d'huile et analyses en laboratoire avec interprétation.",
          "Comptage de particules sur site avec compteur portable.",
        ],
        [
          "Filtration hors ligne et dépollution de l'huile en place, sans vidange.",
          "Groupes de filtration mobiles pour nettoyer les huiles de vos machines.",
          "Déshydratation des huiles par déshydrateurs sous vide.",
        ],
        [
          "Rinçage de circuits hydrauliques après casse de pompe ou remplacement de composants.",
          "Rinçage des tuyauteries neuves avant mise en service.",
          "Nettoyage des réservoirs et remplacement complet de l'huile.",
        ],
        [
          "Fourniture de lubrifiants, huiles hydrauliques et filtres.",
          "Distribution d'huiles industrielles et de cartouches filtrantes.",
          "Vidanges programmées et suivi des niveaux.",
        ],
        [
          "Contrats de maintenance conditionnelle fondés sur l'état de l'huile.",
          "Plans de surveillance des fluides pour anticiper les pannes.",
          "Suivi de l'état de vos huiles avec historique et alertes.",
        ],
        [
          "Clients : industrie, BTP, agroalimentaire, naval, énergie.",
          "Pour les presses, les machines d'injection plastique, les turbines et les engins.",
          "Entreprise implantée à Gémenos.",
        ],
        ["Intervention dans tout le Sud-Est.", "Devis gratuit.", "Intervention sous 48 heures."],
      ],
      vague: ["Maintenance industrielle.", "Services aux industriels.", "Lubrification et filtration."],
    },
  ],
  needs: [
    {
      target: "h5-reparation-verins",
      title: "Benne – vérin de levage qui fuit",
      description:
        "Le vérin télescopique de notre camion benne (4 étages) fuit au niveau de la tige et la benne redescend toute seule. Le camion est immobilisé à notre dépôt de Martigues. Nous cherchons un atelier pour le déposer, le remettre en état et le tester, si possible en moins de deux semaines.",
      kind: "services",
      nafPicked: ["45.20B"],
      budget: [1500, 4000],
    },
    {
      target: "h5-flexibles-depannage",
      related: ["h5-reparation-verins"],
      title: "Tuyaux haute pression éclatés – carrière, prestataire 24h/24",
      description:
        "Nous exploitons une carrière à Châteauneuf-les-Martigues avec 12 engins (pelles, chargeuses, tombereaux). Nous voulons un contrat pour remplacer sur place, y compris le samedi, les tuyaux qui éclatent, et un état des tuyaux usés à changer. Le vérin du godet de la chargeuse fuit également.",
      kind: "services",
      nafPicked: ["46.69B"],
      budget: null,
    },
    {
      target: "h5-centrales-hydrauliques",
      title: "Presse 250 t – remplacement du groupe",
      description:
        "Notre presse de découpe de 1987 a un groupe bruyant qui chauffe et consomme beaucoup. Nous voulons le remplacer par un ensemble neuf plus économe, avec la partie électrique et la mise en route. Site de Rousset, arrêt possible fin juillet.",
      kind: "works",
      nafPicked: ["28.41Z", "33.12Z"],
      budget: [35000, 70000],
    },
    {
      target: "h5-analyse-filtration-huile",
      related: ["h5-centrales-hydrauliques"],
      title: "Pannes de distributeurs à répétition – presses à injecter",
      description:
        "Sur nos 8 presses d'injection plastique à Vitrolles, les distributeurs proportionnels se bloquent régulièrement. Le fabricant pense que le fluide est sale. Nous voulons savoir où on en est, machine par machine, et le nettoyer sans tout vidanger.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [3000, 8000],
    },
  ],
};
