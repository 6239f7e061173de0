import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "traitement-eau",
  specialties: [
    {
      key: "h-traitement-eau-industrielle",
      naf: ["46.69B", "28.29B", "36.00Z", "71.12B"],
      names: [
        "AQUA PROCESS SUD",
        "HYDROTECH INDUSTRIE",
        "EAU PURE SYSTEMES",
        "OSMOTEC",
        "PROVENCE TRAITEMENT DES EAUX",
        "CHIMIE DES EAUX MEDITERRANEE",
        "PURALYS",
        "BERTRAND EAU INDUSTRIELLE",
        "H2O PROCESS",
        "ADOUCISSEURS ET FILTRATION DU SUD",
      ],
      ideas: [
        [
          "Conception et installation de stations de traitement d'eau pour l'industrie : filtration, adoucissement, osmose inverse.",
          "Nous produisons l'eau dont vos procédés ont besoin : eau adoucie, déminéralisée, osmosée ou ultrapure.",
          "Unités d'osmose inverse, déminéralisation sur résines, électrodéionisation (EDI).",
          "Ensemblier en traitement des eaux de process et des eaux d'appoint.",
        ],
        [
          "Conditionnement chimique des chaudières, des circuits de refroidissement et des tours aéroréfrigérantes.",
          "Traitement des circuits fermés et ouverts : inhibiteurs de corrosion, antitartre, biocides.",
          "Programmes de traitement des eaux de chaudières vapeur et de refroidissement, avec suivi analytique mensuel.",
        ],
        [
          "Contrats de maintenance, régénération des résines et remplacement des membranes.",
          "Maintenance préventive des adoucisseurs, osmoseurs et stations de dosage.",
          "Location d'unités mobiles de traitement d'eau pour les arrêts et les pics de production.",
        ],
        [
          "Secteurs : agroalimentaire, pharmacie, chimie, cosmétique, énergie.",
          "Nous intervenons dans l'industrie, les blanchisseries, les hôpitaux et les data centers.",
          "Références dans la pétrochimie de l'étang de Berre et dans l'agroalimentaire.",
        ],
        [
          "Traitement des effluents industriels : physico-chimie, neutralisation, recyclage.",
          "Stations de traitement des rejets, mise en conformité avec les arrêtés d'autorisation de rejet.",
          "Réutilisation des eaux usées traitées et objectif zéro rejet liquide.",
        ],
        [
          "Laboratoire interne pour les analyses d'eau et le suivi des installations.",
          "Audit de vos installations et optimisation des consommations d'eau et de réactifs.",
          "Télésurveillance des installations et rapports de suivi en ligne.",
        ],
        [
          "Distributeur de produits de traitement d'eau et de consommables : sel, cartouches, réactifs.",
          "Vente de pièces détachées, membranes, résines et pompes doseuses.",
          "Fourniture de produits chimiques de traitement conditionnés en bidons et IBC.",
        ],
      ],
      vague: ["Traitement de l'eau.", "Solutions pour l'eau.", "Équipements industriels.", "Eau et environnement."],
    },
    {
      key: "h-prevention-legionelle",
      naf: ["71.20B", "81.29A", "43.22A", "74.90B"],
      names: [
        "LEGIO CONTROLE",
        "HYGIENE DES RESEAUX PROVENCE",
        "AQUASANITAIRE",
        "SANIREZO",
        "BIOCONTROLE EAU",
        "CABINET VALENTIN HYGIENE",
        "ANALYSES ET PREVENTION SUD",
        "DESINFECTEAU",
        "PREVENTIA EAU",
        "CHOC THERMIQUE SERVICES",
      ],
      ideas: [
        [
          "Prévention du risque légionelle dans les réseaux d'eau des établissements recevant du public.",
          "Nous accompagnons les ERP, hôtels et établissements de santé dans la maîtrise du risque légionellose.",
          "Diagnostic des installations d'eau chaude et plan de surveillance selon l'arrêté du 1er février 2010.",
          "Spécialiste de la gestion du risque Legionella dans les bâtiments.",
        ],
        [
          "Prélèvements et analyses de légionelles par un laboratoire accrédité COFRAC.",
          "Campagnes de prélèvements, relevés de températures et interprétation des résultats.",
          "Prélèvements réalisés par des techniciens formés, analyses selon la norme NF T90-431.",
        ],
        [
          "Désinfection des réseaux par choc thermique ou chloré, après travaux ou suite à une contamination.",
          "Traitements curatifs : chocs chlorés, désinfection des ballons et des colonnes montantes.",
          "Désinfection des réseaux neufs avant mise en service, nettoyage des réservoirs et bâches à eau.",
        ],
        [
          "Rédaction et tenue du carnet sanitaire, analyse méthodique des risques.",
          "Mise en place du carnet sanitaire et formation de vos équipes techniques.",
          "Audit documentaire et réglementaire, plans d'actions correctives.",
        ],
        [
          "Suivi des tours aéroréfrigérantes soumises à la rubrique ICPE 2921.",
          "Analyses méthodiques de risques pour les installations de refroidissement par dispersion d'eau.",
          "Accompagnement des exploitants de tours de refroidissement : prélèvements, bilans, déclarations.",
        ],
        [
          "Clients : EHPAD, cliniques, hôtels, campings, gymnases, bailleurs sociaux.",
          "Nous intervenons pour les collectivités, les gestionnaires de patrimoine et les industriels.",
          "Contrats annuels pour les établissements multisites.",
        ],
        [
          "Pose de filtres terminaux, purgeurs automatiques et mitigeurs thermostatiques.",
          "Travaux de bouclage et d'équilibrage des réseaux pour garantir les températures.",
          "Recommandations techniques : suppression des bras morts, calorifugeage, équilibrage.",
        ],
      ],
      vague: ["Hygiène de l'eau.", "Analyses et contrôle.", "Prévention sanitaire.", "Qualité de l'eau."],
    },
    {
      key: "h-entretien-piscines",
      naf: ["81.29B", "43.22A", "96.09Z", "47.78C"],
      names: [
        "AZUR PISCINES SERVICES",
        "BLEU LAGON ENTRETIEN",
        "EAU CLAIRE PISCINES",
        "PISCINE PROPRE 13",
        "AQUA ENTRETIEN PROVENCE",
        "MASSON PISCINES",
        "HYDRO LOISIRS",
        "SPA ET PISCINE SERVICE",
        "DUPRE NICOLAS",
        "OASIS PISCINES",
      ],
      ideas: [
        [
          "Entretien de piscines privées et collectives : nettoyage, contrôle de l'eau, réglage de la filtration.",
          "Nous assurons l'entretien hebdomadaire de votre piscine, du printemps à l'automne.",
          "Contrats d'entretien annuels : passages réguliers, aspiration du bassin, nettoyage de la ligne d'eau.",
          "Je m'occupe de votre piscine toute l'année, vous n'avez plus qu'à en profiter.",
        ],
        [
          "Équilibre de l'eau : pH, chlore, stabilisant, traitement des eaux vertes.",
          "Traitement au sel, au chlore ou à l'oxygène actif, pose d'électrolyseurs et de régulateurs.",
          "Remise en état des eaux troubles ou vertes, hivernage et remise en route.",
        ],
        [
          "Piscines collectives : hôtels, campings, copropriétés, résidences de tourisme.",
          "Suivi sanitaire des bassins recevant du public, carnet sanitaire et contrôles de l'ARS.",
          "Nous entretenons les bassins des hôtels et résidences de la côte.",
        ],
        [
          "Dépannage de pompes, filtres à sable, robots et chauffages de piscine.",
          "Réparation des équipements : pompes, électrolyseurs, pompes à chaleur.",
          "Recherche de fuites et remplacement de liners.",
        ],
        [
          "Magasin de produits et accessoires de piscine.",
          "Vente de produits de traitement, de robots et de pièces détachées.",
          "Boutique ouverte toute l'année à Aubagne.",
        ],
        [
          "Entretien de spas et jacuzzis.",
          "Nous intervenons aussi sur les spas et bains à remous.",
          "Maintenance de spas, hammams et bassins de balnéothérapie.",
        ],
        [
          "Zone d'intervention : Marseille, Cassis, La Ciotat, Aubagne.",
          "Entreprise agréée services à la personne : 50 % de crédit d'impôt.",
          "Plus de 300 piscines suivies chaque saison.",
        ],
      ],
      vague: ["Pisciniste.", "Entretien de piscines.", "Services aux particuliers.", "Piscines et spas."],
    },
    {
      key: "h-curage-hydrocurage",
      naf: ["37.00Z", "81.29B", "38.12Z", "43.99D"],
      names: [
        "HYDROCURAGE PROVENCE",
        "ASSAINISSEMENT SERVICE 13",
        "VIDANGE ET CURAGE DU SUD",
        "SANIVIDANGE",
        "DEBOUCHAGE EXPRESS MEDITERRANEE",
        "CANALISATIONS NETTOYAGE SERVICE",
        "ARNAUD ASSAINISSEMENT",
        "ENVIRO POMPAGE",
        "BERRE ASSAINISSEMENT",
        "ECO CURAGE",
      ],
      ideas: [
        [
          "Curage et hydrocurage de canalisations, collecteurs et réseaux d'eaux usées.",
          "Débouchage haute pression de canalisations, colonnes et regards.",
          "Nous nettoyons vos réseaux d'assainissement par hydrocurage haute pression.",
          "Débouchage et curage de réseaux EU/EP pour particuliers, copropriétés et industriels.",
        ],
        [
          "Vidange des séparateurs d'hydrocarbures, débourbeurs et dégraisseurs.",
          "Pompage et nettoyage des séparateurs de graisses des cuisines professionnelles et restaurants.",
          "Entretien des séparateurs (graisses, hydrocarbures, fécules) avec bordereau de suivi des déchets.",
        ],
        [
          "Vidange de fosses septiques, fosses toutes eaux et micro-stations.",
          "Pompage de fosses et de postes de relevage, nettoyage de cuves.",
          "Entretien des postes de relèvement et des stations d'épuration autonomes.",
        ],
        [
          "Inspection télévisée des canalisations (ITV), rapport et localisation des défauts.",
          "Passage caméra dans les réseaux, contrôle avant réception des travaux.",
          "Diagnostic de réseaux par caméra et tests d'étanchéité.",
        ],
        [
          "Flotte de camions hydrocureurs combinés et de pompes aspiratrices.",
          "Hydrocureurs de 8 à 26 m³, camions ADR, pompes haute pression.",
          "Aspiratrice-excavatrice pour les interventions délicates.",
        ],
        [
          "Traitement des déchets en filières agréées, BSD fournis systématiquement.",
          "Traçabilité complète des déchets liquides : bordereaux, registres, attestations.",
          "Nous acheminons les boues et graisses vers des centres de traitement agréés.",
        ],
        [
          "Intervention d'urgence 24h/24, 7j/7.",
          "Contrats d'entretien préventif pour industriels, collectivités et restaurateurs.",
          "Astreinte permanente et délais d'intervention garantis.",
        ],
      ],
      vague: ["Assainissement.", "Curage - débouchage.", "Services environnement.", "Nettoyage industriel."],
    },
  ],
  needs: [
    {
      target: "h-curage-hydrocurage",
      title: "Contrat vidange bacs à graisse - 3 RIE",
      description:
        "Nous recherchons un prestataire pour l'entretien des bacs à graisse de nos 3 restaurants d'entreprise (Euroméditerranée, Aix La Duranne, Vitrolles), soit 6 bacs de 1 à 3 m³. Vidange trimestrielle avec nettoyage, curage annuel des canalisations en aval et BSD obligatoires. Contrat de 3 ans à partir de janvier.",
      kind: "services",
      nafPicked: ["38.11Z"],
      budget: [9000, 18000],
    },
    {
      target: "h-prevention-legionelle",
      related: ["h-traitement-eau-industrielle"],
      title: "Analyses légionelles + carnet sanitaire ECS - 4 sites",
      description:
        "Pour nos 4 bâtiments tertiaires de Marseille et d'Aix (vestiaires et douches du personnel), nous devons mettre à jour les carnets sanitaires et réaliser la campagne annuelle de prélèvements légionelles sur l'ECS, soit environ 24 points. Prévoir en option un choc thermique ou chloré en cas de dépassement de 1 000 UFC/L.",
      kind: "services",
      nafPicked: ["36.00Z"],
      budget: [5000, 12000],
    },
  ],
};
