import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-hydrocurage",
  specialties: [
    {
      key: "h5-curage-debouchage-reseaux",
      naf: ["37.00Z", "81.29B", "43.22A"],
      names: [
        "HYDRO CURAGE PROVENCE",
        "SANIKLEAN SUD",
        "ETS BONIFAY ASSAINISSEMENT",
        "DEBOUCH'EXPRESS 13",
        "ACR ASSAINISSEMENT CURAGE RESEAUX",
        "MARTINEZ ET FILS",
        "SUD EST HYDRODEBOUCHAGE",
        "CANALISA",
        "SARL GIRAUD TP SERVICES",
        "ASSAINISSEMENT DE L'ETANG",
      ],
      ideas: [
        [
          "Curage et débouchage de canalisations, collecteurs et réseaux d'eaux usées et pluviales.",
          "Nous débouchons et curons les réseaux EU/EP, colonnes de chute et regards.",
          "Hydrocurage haute pression des canalisations bouchées ou encrassées, du regard au collecteur.",
        ],
        [
          "Camions hydrocureurs combinés aspiration/haute pression jusqu'à 200 bars.",
          "Flotte de combinés hydrocureurs et de fourgons de débouchage équipés de furets motorisés.",
          "Matériel : hydrocureuses, têtes rotatives, fraiseuses pour racines et dépôts calcaires.",
        ],
        [
          "Interventions pour industriels, syndics de copropriété, bailleurs sociaux et collectivités.",
          "Clients : restaurants, centres commerciaux, zones d'activités, hôpitaux.",
          "Nous travaillons pour les gestionnaires de patrimoine, les mairies et les sites industriels.",
        ],
        [
          "Astreinte 24h/24 et 7j/7, intervention en urgence sous 2 heures.",
          "Service d'urgence jour et nuit, week-ends et jours fériés.",
          "Dépannage rapide sur toute la métropole Aix-Marseille.",
        ],
        [
          "Contrats d'entretien préventif : curage annuel des réseaux et des avaloirs.",
          "Planification de curages périodiques pour éviter les mises en charge et les débordements.",
          "Entretien programmé des grilles, caniveaux, avaloirs et postes de relevage.",
        ],
        [
          "Basés à Vitrolles, nous intervenons dans tout le département des Bouches-du-Rhône et dans le Var.",
          "Zone d'intervention : Marseille, Aix-en-Provence, Aubagne, pourtour de l'étang de Berre.",
          "Entreprise implantée dans les Bouches-du-Rhône depuis plus de 25 ans.",
        ],
        [
          "Devis gratuit, rapport d'intervention remis après chaque passage.",
          "Personnel formé CATEC pour les interventions en espaces confinés.",
          "Entreprise certifiée MASE, habilitée à intervenir sur sites industriels.",
        ],
      ],
      vague: ["Entreprise d'assainissement.", "Travaux de curage et de débouchage.", "Services aux collectivités et aux entreprises.", "Hydrocurage."],
    },
    {
      key: "h5-inspection-televisee-reseaux",
      naf: ["71.20B", "37.00Z", "42.21Z"],
      names: [
        "ITV SUD INSPECTION",
        "CAMERA RESEAUX PROVENCE",
        "DIAG'RESEAUX",
        "ETS ROUX CONTROLES ASSAINISSEMENT",
        "OPTIRESO",
        "MEDITERRANEE INSPECTION CANALISATIONS",
        "BERTRAND DIAGNOSTIC",
        "HYDROSCOPE",
        "SARL LOPEZ ET ASSOCIES",
        "CERT'ASSAINISSEMENT 13",
      ],
      ideas: [
        [
          "Inspection télévisée (ITV) des canalisations par caméra tractée et caméra poussée.",
          "Passage caméra dans les réseaux d'assainissement pour localiser fissures, racines, contre-pentes et branchements.",
          "Diagnostic vidéo des canalisations du DN 40 au DN 1500.",
        ],
        [
          "Contrôles de réception de réseaux neufs : ITV, tests d'étanchéité à l'air et à l'eau, essais de compactage.",
          "Réception des travaux d'assainissement selon le fascicule 70 : inspection, étanchéité, compactage.",
          "Nous réalisons les contrôles préalables à la réception des réseaux EU, EP et AEP.",
        ],
        [
          "Rapports conformes à la norme NF EN 13508-2, codage des défauts et films remis sur support numérique.",
          "Rapport détaillé avec photos, métrés, profil en long et codification des anomalies.",
          "Livraison des données compatibles SIG pour les services techniques.",
        ],
        [
          "Tests à la fumée et au colorant pour repérer les mauvais branchements et les eaux parasites.",
          "Enquêtes de conformité des branchements particuliers et industriels.",
          "Recherche des inversions de branchement EU/EP et des entrées d'eaux claires parasites.",
        ],
        [
          "Organisme d'inspection accrédité par le COFRAC pour les contrôles de réception de réseaux.",
          "Opérateurs qualifiés, indépendants des entreprises de travaux.",
          "Accréditation COFRAC et charte qualité des réseaux d'assainissement.",
        ],
        [
          "Pour les maîtres d'ouvrage publics, bureaux d'études, promoteurs et exploitants.",
          "Nous accompagnons les syndicats d'assainissement, les aménageurs et les industriels.",
          "Missions pour collectivités, régies des eaux, entreprises de TP et syndics.",
        ],
        [
          "Intervention rapide sur toute la métropole Aix-Marseille.",
          "Basés à Aubagne, nous couvrons les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Devis gratuit sous 48 heures.",
        ],
      ],
      vague: ["Bureau de contrôle.", "Diagnostic des réseaux.", "Inspection et contrôle.", "Prestations de services techniques."],
    },
    {
      key: "h5-nettoyage-cuves-citernes",
      naf: ["81.22Z", "39.00Z", "37.00Z"],
      names: [
        "CUVES NET SERVICES",
        "PROVENCE CITERNES ENTRETIEN",
        "SOCIETE MEDITERRANEENNE DE NETTOYAGE INDUSTRIEL",
        "ETS FABRE",
        "TANKNET",
        "SNI FOS",
        "DEGAZ SUD",
        "AUBERT ET FILS",
        "SERVICES INDUSTRIELS DU GOLFE",
        "HYDRO-TANK",
      ],
      ideas: [
        [
          "Nettoyage, dégazage et inspection de cuves, citernes et réservoirs de stockage.",
          "Vidange, nettoyage intérieur et dégazage de cuves à fioul, gasoil, huiles et produits chimiques.",
          "Nous nettoyons cuves enterrées ou aériennes, bacs de stockage, silos et trémies.",
        ],
        [
          "Interventions en espace confiné avec détection gaz, ventilation et surveillance extérieure.",
          "Personnel certifié CATEC, travail sous ARI, consignations réalisées avec l'exploitant.",
          "Entrée en capacité selon les procédures des sites Seveso.",
        ],
        [
          "Pompage et évacuation des boues et résidus vers des filières agréées, avec BSD.",
          "Traçabilité complète des déchets : bordereaux de suivi, certificats d'élimination.",
          "Aspiration des fonds de cuve, transport et élimination en centre de traitement autorisé.",
        ],
        [
          "Neutralisation de cuves : dégazage, nettoyage et remplissage au sable ou au béton.",
          "Mise hors service de cuves enterrées avec certificat de dégazage.",
          "Inertage de cuves avant abandon ou retrait, attestation remise au propriétaire.",
        ],
        [
          "Nettoyage de cuves inox de l'agroalimentaire et des caves : détartrage, désinfection.",
          "Nettoyage de réservoirs d'eau potable et de bâches incendie, avec désinfection.",
          "Nettoyage haute pression et robot de lavage rotatif pour grandes capacités.",
        ],
        [
          "Raffineries, dépôts pétroliers, chimie, industrie agroalimentaire, stations-service.",
          "Nous travaillons pour l'industrie de l'étang de Berre, de Fos et de Lavéra.",
          "Clients : industriels, transporteurs, collectivités et gestionnaires d'immeubles.",
        ],
        ["Entreprise certifiée MASE et ISO 14001.", "Devis gratuit après visite du site.", "Disponibles 24h/24 pour les arrêts techniques et les urgences."],
      ],
      vague: ["Nettoyage industriel.", "Services à l'industrie.", "Prestations de maintenance et de nettoyage.", "Entreprise de services pétroliers."],
    },
    {
      key: "h5-separateurs-bacs-graisse",
      naf: ["37.00Z", "38.12Z", "38.11Z"],
      names: [
        "SEPARATEURS SERVICES PROVENCE",
        "GRAISSE'NET",
        "VIDANGE ASSAINISSEMENT SUD",
        "ETS MOUREN",
        "ECOFOSSE 13",
        "ASSAINISSEMENT BLANC",
        "PROVIDANGE",
        "SOCIETE DES VIDANGES DU PAYS D'AIX",
        "HYDRO SEP",
        "BACS ET FOSSES SERVICES",
      ],
      ideas: [
        [
          "Vidange et entretien des séparateurs d'hydrocarbures, débourbeurs et bacs à graisses.",
          "Nous vidangeons bacs dégraisseurs, séparateurs à hydrocarbures, fosses septiques et fosses toutes eaux.",
          "Pompage des séparateurs de parkings, stations de lavage et aires de distribution.",
        ],
        [
          "Contrat d'entretien avec passages programmés selon la fréquence réglementaire.",
          "Visites semestrielles ou annuelles, contrôle de l'obturateur et du filtre coalesceur.",
          "Entretien périodique des bacs à graisse des restaurants, cantines et cuisines centrales.",
        ],
        [
          "Remise d'un bordereau de suivi des déchets (BSD) et d'une attestation d'entretien à chaque vidange.",
          "Traçabilité réglementaire pour vos contrôles et votre assureur.",
          "Carnet d'entretien tenu à jour et transmis au service assainissement.",
        ],
        [
          "Camions aspirateurs de 6 à 26 m³ avec recyclage de l'eau.",
          "Hydrocureurs aspirateurs adaptés aux accès difficiles des centres-villes.",
          "Matériel : aspiratrices, flexibles longue distance, pompes de relevage.",
        ],
        [
          "Restaurants, hôtels, grandes surfaces, garages, stations de lavage, collectivités.",
          "Clients : restauration collective, industriels agroalimentaires, concessions automobiles.",
          "Nous intervenons pour les parkings, les aires de stationnement poids lourds et les plateformes logistiques.",
        ],
        [
          "Traitement des graisses et des boues en station agréée, valorisation des déchets.",
          "Agrément préfectoral pour la vidange des installations d'assainissement non collectif.",
          "Élimination des hydrocarbures en filière agréée.",
        ],
        ["Intervention rapide sur Marseille, Aix, Aubagne et l'étang de Berre.", "Devis gratuit.", "Astreinte 7j/7 en cas de débordement."],
      ],
      vague: ["Vidanges.", "Assainissement et services.", "Entreprise de vidange et de pompage.", "Collecte de déchets liquides."],
    },
  ],
  needs: [
    {
      target: "h5-separateurs-bacs-graisse",
      related: ["h5-curage-debouchage-reseaux"],
      title: "Restaurant d'entreprise – odeurs et évacuation lente",
      description:
        "Notre cuisine centrale de Gémenos (600 repas par jour) a un bac sous la plonge qui déborde régulièrement et sent très fort. Nous cherchons un prestataire pour le vider tous les trimestres et nous fournir les justificatifs que demande la métropole.",
      kind: "services",
      nafPicked: ["81.21Z"],
      budget: [2000, 5000],
    },
    {
      target: "h5-inspection-televisee-reseaux",
      related: ["h5-curage-debouchage-reseaux"],
      title: "Réception réseaux EU/EP – lotissement d'activités, Marignane",
      description:
        "Fin de chantier prévue en mars : 1,2 km de canalisations d'eaux usées et pluviales à faire vérifier avant la remise à la métropole. Il nous faut le passage caméra, les essais d'étanchéité et le rapport au format demandé par le gestionnaire du réseau.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [8000, 15000],
    },
    {
      target: "h5-nettoyage-cuves-citernes",
      related: ["h5-separateurs-bacs-graisse"],
      title: "Cuves à vider – site de Rousset",
      description:
        "Deux réservoirs aériens de 30 m³ ayant contenu du gasoil non routier doivent être vidés, nettoyés et rendus sans gaz avant leur démontage. Il reste environ 2 m³ de boues au fond. Intervention possible uniquement pendant l'arrêt d'août.",
      kind: "services",
      nafPicked: ["38.12Z"],
      budget: [6000, 12000],
    },
    {
      target: "h5-curage-debouchage-reseaux",
      related: ["h5-inspection-televisee-reseaux"],
      title: "Évacuations bouchées à répétition – entrepôt Vitrolles",
      description:
        "Depuis l'hiver, les regards de la cour de notre entrepôt débordent à chaque orage et les WC du bâtiment B refoulent. Nous voulons un nettoyage complet des tuyaux enterrés (environ 300 m) et, si besoin, une vidéo pour comprendre d'où vient le problème.",
      kind: "services",
      nafPicked: ["43.22A"],
      budget: null,
    },
  ],
};
