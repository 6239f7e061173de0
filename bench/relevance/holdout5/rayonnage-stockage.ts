import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-rayonnage-stockage",
  specialties: [
    {
      key: "h5-installation-rayonnages",
      naf: ["46.69B", "43.29B", "33.20D"],
      names: [
        "RACKS PROVENCE",
        "STOCKAGE SOLUTIONS SUD",
        "ETS DALMASSO",
        "RAYONNAGES INDUSTRIELS DE L'ETANG",
        "SARL TEISSEIRE MONTAGE",
        "MEDITERRANEE RACKS",
        "LOGISTOCK 13",
        "MONT'RACK",
        "ROUX STOCKAGE",
        "AIX RAYONNAGE",
      ],
      ideas: [
        [
          "Fourniture et installation de rayonnages à palettes, rayonnages légers et cantilevers.",
          "Conception et montage de racks pour entrepôts, plateformes logistiques et ateliers.",
          "Vente et pose de rayonnages neufs et d'occasion.",
        ],
        [
          "Étude d'implantation, plans et calcul des charges.",
          "Optimisation de l'espace de stockage et des allées en fonction de vos chariots.",
          "Implantation conforme aux exigences des assureurs et aux règles incendie.",
        ],
        [
          "Démontage, transfert et remontage de rayonnages lors des déménagements d'entrepôt.",
          "Déplacement et reconfiguration de racks existants.",
          "Achat et reprise de rayonnages d'occasion.",
        ],
        [
          "Accessoires : protections de pieds, grillages anti-chute, platelages, butées.",
          "Pose de protections d'échelles et de fins d'allées.",
          "Plaques de charge et signalisation.",
        ],
        [
          "Rayonnages dynamiques et par accumulation, rayonnages mobiles sur rails.",
          "Rayonnages pour pneus, tubes, barres et charges longues.",
          "Stockage en chambre froide et en milieu humide.",
        ],
        [
          "Pour les entrepôts logistiques, industriels, distributeurs et collectivités.",
          "Clients : logisticiens, grande distribution, industriels, négoces.",
          "Équipes de monteurs salariés et formés au travail en hauteur.",
        ],
        ["Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.", "Devis gratuit après visite.", "Plus de 15 ans d'expérience."],
      ],
      vague: ["Équipement d'entrepôts.", "Solutions de stockage.", "Aménagement industriel."],
    },
    {
      key: "h5-inspection-rayonnages",
      naf: ["71.20B", "74.90B", "46.69B"],
      names: [
        "RACK INSPECTION SUD",
        "CONTROLE STOCKAGE PROVENCE",
        "ETS BAYLE EXPERTISES",
        "SECURACK",
        "SARL MEYER INSPECTION",
        "VERIFRACK",
        "EXPERTISE RAYONNAGE MEDITERRANEE",
        "CHAMBON CONSEIL",
        "INSPECT'STOCK",
        "AUDIT LOGISTIQUE DU SUD",
      ],
      ideas: [
        [
          "Inspection annuelle des rayonnages par un expert qualifié, conformément à la norme NF EN 15635.",
          "Contrôle des racks : échelles, lisses, ancrages, verticalité, plaques de charge.",
          "Inspection technique des rayonnages à palettes et rapport de conformité.",
        ],
        [
          "Classement des dommages en vert, orange et rouge, avec les actions à prévoir.",
          "Rapport détaillé avec photos, localisation et préconisations.",
          "Repérage des lisses déformées, des échelles enfoncées et des ancrages manquants.",
        ],
        [
          "Inspecteurs indépendants des fabricants et des installateurs.",
          "Nous ne vendons pas de rayonnages : notre avis est neutre.",
          "Expertise après choc ou sinistre pour l'assureur.",
        ],
        [
          "Vérification de la capacité de charge et recalcul des plaques de charge.",
          "Analyse des modifications de configuration et de leur impact.",
          "Contrôle des ancrages au sol et de la planéité.",
        ],
        [
          "Accompagnement de la personne responsable de la sécurité des équipements de stockage (PRSES).",
          "Formation des équipes à l'inspection visuelle hebdomadaire.",
          "Mise en place de procédures de déclaration des chocs.",
        ],
        [
          "Pour les entrepôts logistiques, industriels, distributeurs et collectivités.",
          "Clients : logisticiens, grande distribution, industriels, négoces.",
          "Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.",
        ],
        ["Devis gratuit.", "Rapport remis sous une semaine.", "Plus de 15 ans d'expérience."],
      ],
      vague: ["Expertise technique.", "Contrôle et inspection.", "Conseil en sécurité."],
    },
    {
      key: "h5-mezzanines-plateformes",
      naf: ["25.11Z", "43.32B", "46.69B"],
      names: [
        "MEZZANINES PROVENCE",
        "PLATEFORMES INDUSTRIELLES DU SUD",
        "ETS GUIS METALLERIE",
        "SURF'ACTIV",
        "SARL AMIEL CONSTRUCTIONS METALLIQUES",
        "NIVEAU PLUS",
        "MEZZA SUD",
        "STRUCTURES ET STOCKAGE MEDITERRANEE",
        "ETAGE INDUSTRIE",
        "CAUVIN METAL",
      ],
      ideas: [
        [
          "Conception et installation de mezzanines industrielles et de plateformes de stockage.",
          "Création de surface supplémentaire dans vos entrepôts et ateliers grâce aux mezzanines.",
          "Mezzanines démontables pour stockage, bureaux ou vestiaires.",
        ],
        [
          "Planchers bois, caillebotis ou tôle, escaliers, garde-corps et portillons palettes.",
          "Équipements : escaliers droits, garde-corps, barrières écluses, monte-charges.",
          "Plancher en panneaux bois ou caillebotis selon la charge et la réglementation incendie.",
        ],
        [
          "Calcul de structure et note de charge jusqu'à 1 000 kg/m².",
          "Bureau d'études intégré : plans, notes de calcul, descentes de charges.",
          "Étude des dalles existantes et des fondations.",
        ],
        [
          "Mezzanines pour bureaux de chantier, vestiaires ou salles de repos au-dessus des ateliers.",
          "Aménagement de bureaux en mezzanine avec cloisons.",
          "Plateformes techniques pour machines et équipements.",
        ],
        ["Fabrication en atelier, pose par nos équipes.", "Structures en acier galvanisé ou thermolaqué.", "Montage rapide sans arrêt de l'activité."],
        [
          "Pour les entrepôts logistiques, industriels, distributeurs et collectivités.",
          "Clients : logisticiens, industriels, commerces, garages.",
          "Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.",
        ],
        ["Devis gratuit après visite.", "Plus de 15 ans d'expérience.", "Respect des délais."],
      ],
      vague: ["Construction métallique.", "Aménagement d'espaces industriels.", "Métallerie."],
    },
    {
      key: "h5-rayonnages-mobiles-archives",
      naf: ["46.65Z", "31.01Z", "46.69B"],
      names: [
        "ARCHIVAGE MOBILE PROVENCE",
        "COMPACT'SUD",
        "ETS VENTRE AGENCEMENT",
        "RAYONNAGES DE BUREAU DU MIDI",
        "SARL JULLIEN",
        "CLASSEMENT ET STOCKAGE",
        "MEDIATHEQUE EQUIPEMENT SUD",
        "MOBIL'ARCHIVES",
        "BUREAU ET RAYONNAGE",
        "ALLEGRE AGENCEMENT",
      ],
      ideas: [
        [
          "Rayonnages mobiles sur rails, manuels ou électriques, pour archives et documentation.",
          "Installation de rayonnages compacts pour gagner jusqu'à 50 % de place.",
          "Rayonnages mobiles pour salles d'archives, greffes et services d'état civil.",
        ],
        [
          "Rayonnages métalliques de bureau, armoires à dossiers suspendus et vestiaires.",
          "Mobilier de classement pour les bureaux et les services administratifs.",
          "Rayonnages pour bibliothèques, médiathèques et centres de documentation.",
        ],
        ["Étude de la surcharge admissible des planchers.", "Vérification de la résistance du sol avant installation.", "Plans et simulations d'implantation."],
        [
          "Stockage spécialisé : pharmacies, réserves de musées, magasins de pièces détachées.",
          "Rayonnages pour réserves de magasins et arrière-boutiques.",
          "Armoires et rayonnages pour le stockage du matériel médical.",
        ],
        [
          "Entretien et réparation de rayonnages mobiles : rails, volants, motorisations.",
          "Remise en état de rayonnages compacts anciens.",
          "Contrats d'entretien annuels.",
        ],
        [
          "Pour les administrations, hôpitaux, bureaux, collectivités et entreprises.",
          "Clients : mairies, notaires, hôpitaux, bibliothèques.",
          "Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.",
        ],
        ["Devis gratuit après visite.", "Plus de 15 ans d'expérience.", "Livraison et montage compris."],
      ],
      vague: ["Mobilier et agencement.", "Équipement de bureau.", "Solutions de stockage."],
    },
  ],
  needs: [
    {
      target: "h5-inspection-rayonnages",
      related: ["h5-installation-rayonnages"],
      title: "Contrôle annuel racks – plateforme de Saint-Martin-de-Crau (12 000 emplacements)",
      description:
        "Notre assureur exige une vérification annuelle des racks de la plateforme. Plusieurs montants ont été percutés par les chariots. Nous voulons un état complet avec le niveau de gravité de chaque dommage ; le devis de remplacement des éléments abîmés sera demandé séparément.",
      kind: "services",
      nafPicked: ["52.10B"],
      budget: [3000, 6000],
    },
    {
      target: "h5-installation-rayonnages",
      title: "Déménagement entrepôt Vitrolles → Rousset : racks à transférer",
      description:
        "Nous quittons notre entrepôt de Vitrolles pour un bâtiment neuf à Rousset. 1 800 places palettes à démonter, transporter et remonter, avec des protections en bout d'allée. Le nouveau bâtiment a 10 m de hauteur libre et nous voulons en profiter.",
      kind: "works",
      nafPicked: ["49.42Z", "52.10B"],
      budget: [40000, 80000],
    },
    {
      target: "h5-mezzanines-plateformes",
      related: ["h5-installation-rayonnages"],
      title: "Créer un étage de stockage au-dessus de l'atelier – Aubagne",
      description:
        "Notre atelier de 400 m² sous 7 m de hauteur est saturé. Nous voudrions créer un plancher en hauteur d'environ 150 m² pour stocker des cartons (500 kg/m²), avec escalier et une zone sécurisée pour déposer les palettes.",
      kind: "works",
      nafPicked: ["25.11Z"],
      budget: [25000, 45000],
    },
    {
      target: "h5-rayonnages-mobiles-archives",
      related: ["h5-installation-rayonnages"],
      title: "Archives municipales – salle saturée",
      description:
        "Le service des archives de la mairie de Martigues manque de place : 600 mètres linéaires de dossiers à ranger dans une salle de 60 m². On envisage des étagères montées sur rails. Il faudra vérifier que le plancher supporte la charge.",
      kind: "supplies",
      nafPicked: ["46.65Z"],
      budget: [20000, 40000],
    },
  ],
};
