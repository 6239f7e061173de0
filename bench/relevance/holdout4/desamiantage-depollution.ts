import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-desamiantage-depollution",
  specialties: [
    {
      key: "h4-desamiantage",
      naf: ["43.11Z", "39.00Z", "43.99D"],
      names: [
        "DESAMIANTAGE PROVENCE",
        "AMIANTE SUD TRAVAUX",
        "SOCIETE BRUNEL ET FILS",
        "ARDES",
        "CONFINEO",
        "MEDITERRANEE RETRAIT AMIANTE",
        "GAUTIER DESAMIANTAGE",
        "S.T.A.R. 13",
        "NETRIS ENVIRONNEMENT",
        "ABEILLE TRAVAUX SPECIAUX",
      ],
      ideas: [
        [
          "Nous réalisons le retrait et l'encapsulage de matériaux amiantés en sous-section 3, en bâtiment occupé ou vide.",
          "Entreprise spécialisée dans le désamiantage : dépose de dalles, flocages, calorifugeages, conduits et toitures en fibres-ciment.",
          "Notre métier : retirer l'amiante des bâtiments avant travaux ou démolition, du simple joint de fenêtre au flocage de plusieurs milliers de mètres carrés.",
        ],
        [
          "Certifiés pour le traitement de l'amiante en sous-section 3 (Qualibat 1552), audits de chantier réguliers par l'organisme certificateur.",
          "Titulaires de la certification amiante SS3 depuis 2012, nos opérateurs sont formés et suivis médicalement.",
          "Certification sous-section 3 en cours de validité, encadrement technique et opérateurs tous formés au risque amiante.",
        ],
        [
          "Confinement statique et dynamique, extracteurs à filtration absolue, sas de décontamination à 5 compartiments.",
          "Nous mettons en place le confinement, les sas personnel et déchets, et assurons le suivi de la dépression en continu.",
          "Chaque chantier fait l'objet d'un plan de retrait transmis à l'inspection du travail, à la CARSAT et à l'OPPBTP un mois avant le démarrage.",
        ],
        [
          "Techniques de retrait adaptées au matériau : ponçage sous aspiration, grenaillage, décapage chimique, dépose en éléments entiers.",
          "Selon le support, nous travaillons au rabot, à l'aspirateur THE ou à l'hydrodécapage très haute pression.",
          "Dépose de colles bitumineuses, d'enduits et de peintures amiantées par des procédés qui limitent l'empoussièrement.",
        ],
        [
          "Nous intervenons aussi en sous-section 4 pour les opérations ponctuelles de maintenance sur matériaux amiantés.",
          "Interventions pour industriels, bailleurs sociaux, collectivités et promoteurs.",
          "Nos clients : sites industriels en activité, établissements de santé, immeubles de bureaux et logements.",
        ],
        [
          "Conditionnement des déchets amiantés en big-bags et évacuation vers ISDD avec BSDA dématérialisé.",
          "Gestion complète des déchets d'amiante, traçabilité Trackdéchets jusqu'à l'installation de stockage.",
          "Nous nous chargeons de l'évacuation des déchets et de la restitution des zones après mesures libératoires.",
        ],
        [
          "Basés à Vitrolles, nous intervenons dans toute la région Provence-Alpes-Côte d'Azur.",
          "Agence à Marseille, chantiers dans les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Équipes mobiles sur le grand Sud-Est depuis notre dépôt des Pennes-Mirabeau.",
        ],
      ],
      vague: [
        "Entreprise de désamiantage.",
        "Travaux spéciaux du bâtiment.",
        "Traitement de l'amiante et travaux associés.",
        "Travaux de démolition et de dépollution.",
      ],
    },
    {
      key: "h4-depollution-sols",
      naf: ["39.00Z", "43.12B", "71.12B"],
      names: [
        "SOLS ET SITES MEDITERRANEE",
        "TERRA REMEDIATION",
        "GEOREHAB",
        "BIOSOL SUD",
        "ENVIRO TERRASSEMENT PROVENCE",
        "SANCHEZ TP ENVIRONNEMENT",
        "HYDROTERRE",
        "DEPOLLUTION DES SOLS DU RHONE",
        "REMEX",
        "TRAITEMENT SITES INDUSTRIELS",
      ],
      ideas: [
        [
          "Nous traitons les sols et les eaux souterraines pollués par les hydrocarbures, les solvants chlorés et les métaux lourds.",
          "Entreprise de travaux de dépollution des sols : excavation sélective, traitement sur site ou hors site des terres impactées.",
          "Spécialistes de la réhabilitation des friches industrielles et des anciens sites pétroliers.",
        ],
        [
          "Certifiés LNE selon la norme NF X31-620 pour les travaux de réhabilitation (domaine B).",
          "Notre certification sites et sols pollués NF X31-620-3 garantit que nos chantiers suivent la méthodologie nationale.",
          "Entreprise certifiée SSP domaine B, adhérente à l'UPDS.",
        ],
        [
          "Techniques in situ : venting, sparging, bioventing, oxydation chimique, pompage-écrémage de phase flottante.",
          "Nous montons des biotertres sur site pour dégrader les hydrocarbures sans transporter les terres.",
          "Traitement des eaux de nappe par pompage et filtration sur charbon actif, barrières perméables réactives.",
        ],
        [
          "Retrait de cuves enterrées, dégazage, neutralisation et dépollution des fonds de fouille.",
          "Nous intervenons après la dépose des cuves de stations-service et de dépôts pétroliers pour traiter les terres souillées.",
          "Neutralisation et enlèvement des réservoirs enterrés, puis excavation des terres polluées autour.",
        ],
        [
          "Contrôle des fonds et bords de fouille par analyses, tri des terres par classe d'acceptation (ISDI, ISDND, ISDD).",
          "Chaque lot de terres excavées est caractérisé avant d'être orienté vers la filière adaptée.",
          "Nous assurons le suivi analytique en cours de chantier et remettons un rapport de fin de travaux au bureau d'études.",
        ],
        [
          "Intervention dans le cadre des plans de gestion et des cessations d'activité d'installations classées.",
          "Nous travaillons pour des industriels, aménageurs et promoteurs qui doivent rendre un terrain compatible avec son futur usage.",
          "Nous accompagnons les maîtres d'ouvrage en cessation d'activité jusqu'au procès-verbal de récolement.",
        ],
        [
          "Parc matériel en propre : pelles, cribleurs, unité mobile de traitement des eaux.",
          "Équipes basées à Martigues, chantiers en PACA et en Occitanie.",
          "Plus de 200 sites réhabilités depuis 2005 dans le Sud-Est.",
        ],
      ],
      vague: [
        "Dépollution et réhabilitation de sites.",
        "Travaux d'environnement.",
        "Terrassement et environnement.",
        "Entreprise de travaux publics spécialisée.",
      ],
    },
    {
      key: "h4-deplombage",
      naf: ["43.99D", "43.34Z", "39.00Z"],
      names: [
        "PLOMB SERVICES PROVENCE",
        "DEPLOMB SUD",
        "ATELIERS MARTINI",
        "DECAP 13",
        "SATURNE TRAVAUX",
        "SOCIETE FABRE DECAPAGE",
        "PB ZERO",
        "ALPHA DEPLOMBAGE",
        "LES COMPAGNONS DU DECAPAGE",
        "RENOVA DECAP",
      ],
      ideas: [
        [
          "Nous supprimons les risques d'exposition au plomb dans les bâtiments : décapage, recouvrement ou dépose des éléments peints.",
          "Entreprise de déplombage : traitement des peintures au plomb sur menuiseries, murs, ferronneries et boiseries.",
          "Spécialistes du retrait des revêtements contenant du plomb, avant travaux ou à la suite d'un CREP positif.",
        ],
        [
          "Intervention dans les écoles, crèches, logements sociaux et bâtiments construits avant 1949.",
          "Nous travaillons souvent dans des lieux qui accueillent des enfants, où les délais de libération sont serrés.",
          "Chantiers en logements occupés ou vacants, pour bailleurs et collectivités.",
        ],
        [
          "Confinement des zones, aspiration à filtration absolue et décontamination des intervenants selon le Code du travail.",
          "Nos chantiers sont confinés et nos opérateurs bénéficient d'un suivi de plombémie.",
          "Protection des occupants et du voisinage : cloisonnement, sas et nettoyage final à l'aspirateur HEPA.",
        ],
        [
          "Décapage chimique par gel, décapage thermique basse température ou ponçage sous aspiration selon le support.",
          "Nous choisissons la technique selon le support : décapant en gel sur bois, microgommage sur métal, dépose pure et simple quand c'est plus sûr.",
          "Encapsulage par peinture ou revêtement spécifique lorsque la dépose n'est pas justifiée.",
        ],
        [
          "Contrôle après travaux par mesure des poussières de plomb au sol, avant remise des locaux.",
          "Nous faisons réaliser les prélèvements par lingettes et remettons un dossier de fin de chantier.",
          "Restitution des locaux après contrôle des empoussièrements, conformément à la réglementation des travaux en présence de plomb.",
        ],
        [
          "Également décapage de charpentes et d'ouvrages métalliques anciennement peints au minium.",
          "Traitement du plomb sur structures métalliques : minium, peintures anciennes de ponts et de passerelles.",
          "Nous intervenons aussi en milieu industriel sur les anciennes peintures anticorrosion au plomb.",
        ],
        [
          "Une équipe d'une quinzaine de personnes basée à Aubagne.",
          "PME familiale créée en 1998, intervenant dans les Bouches-du-Rhône et le Var.",
          "Nous couvrons toute la région, de Nîmes à Toulon.",
        ],
      ],
      vague: [
        "Décapage et traitement des peintures.",
        "Travaux de peinture et de décapage.",
        "Entreprise de second œuvre.",
        "Traitement du plomb dans l'habitat.",
      ],
    },
    {
      key: "h4-curage-demolition",
      naf: ["43.11Z", "43.12A", "43.99E"],
      names: [
        "DEMOLITION CURAGE MEDITERRANEE",
        "DECONSTRUCTION PROVENCALE",
        "ETS LOMBARDI",
        "CURA DEMOL",
        "PERRIN DEMOLITION",
        "SUD DECONSTRUCTION",
        "ATOUT CURAGE",
        "MARTIN TP DEMOLITION",
        "GRAND DELTA DEMOLITION",
        "D.C.S. 13",
      ],
      ideas: [
        [
          "Curage intérieur de bâtiments avant réhabilitation : dépose des cloisons, faux plafonds, sols, sanitaires et réseaux.",
          "Nous préparons les bâtiments pour leur rénovation en les mettant à nu jusqu'à la structure.",
          "Entreprise de curage et de déconstruction pour les réhabilitations lourdes de bureaux, d'hôtels et de locaux industriels.",
        ],
        [
          "Démolition mécanique à la pelle équipée de pinces et de brise-roche, démolition manuelle en milieu contraint.",
          "Démolition totale ou partielle de bâtiments, d'ouvrages en béton et de charpentes métalliques.",
          "Nous déconstruisons des bâtiments de toutes tailles, du hangar agricole à l'immeuble de bureaux.",
        ],
        [
          "Tri sélectif des matériaux sur chantier, valorisation des bétons, métaux et bois.",
          "Plus de 90 % des déchets de nos chantiers sont valorisés grâce au tri à la source.",
          "Diagnostic PEMD pris en compte, traçabilité de chaque benne jusqu'à l'exutoire.",
        ],
        [
          "Démolition en site occupé : découpe, robots télécommandés, maîtrise du bruit et des poussières.",
          "Robots de démolition pour les travaux intérieurs et les zones exiguës.",
          "Nous travaillons en site occupé, avec un phasage adapté à l'activité du client.",
        ],
        [
          "Dépose de machines et d'équipements industriels, démantèlement d'installations.",
          "Démantèlement d'usines, de cuves et de charpentes, récupération des métaux ferreux et non ferreux.",
          "Déconstruction de sites industriels en fin de vie, démontage de process et évacuation des équipements.",
        ],
        [
          "Parc de pelles de 2 à 45 tonnes, dont une pelle de démolition grande hauteur.",
          "Matériel en propre : mini-pelles, chargeuses, pelle à bras long, concasseur mobile.",
          "Nous disposons d'un concasseur mobile pour recycler les gravats sur place.",
        ],
        [
          "Intervention sur toute la métropole Aix-Marseille.",
          "Entreprise implantée à Gardanne depuis trois générations.",
          "Nos équipes interviennent dans les Bouches-du-Rhône, les Alpes-de-Haute-Provence et le Var.",
        ],
      ],
      vague: ["Démolition.", "Entreprise de travaux publics.", "Terrassement, démolition, location d'engins.", "Tous travaux de démolition et de curage."],
    },
  ],
  needs: [
    {
      target: "h4-desamiantage",
      related: ["h4-curage-demolition"],
      title: "Désamiantage dalles + colle bureaux R+2 – 800 m²",
      description:
        "Dans le cadre du réaménagement du plateau R+2 de notre siège d'Aix (La Duranne), retrait des dalles vinyle-amiante et de la colle bitumineuse sur environ 800 m², selon le repérage avant travaux joint. Intervention en sous-section 3, plan de retrait à déposer par vos soins, locaux vides à partir du 15 septembre. Le curage des cloisons fait l'objet d'un autre lot.",
      kind: "works",
      nafPicked: ["43.11Z"],
      budget: [60000, 110000],
    },
    {
      target: "h4-depollution-sols",
      related: ["h4-curage-demolition"],
      title: "Traitement terres polluées HCT ex-station carburant – Vitrolles",
      description:
        "Suite à la dépose des cuves enterrées de notre site logistique de Vitrolles, le diagnostic a mis en évidence environ 1 200 m³ de terres impactées aux hydrocarbures (HCT C10-C40) et BTEX. Nous cherchons une entreprise certifiée NF X31-620 domaine B pour l'excavation, le tri, le traitement hors site ou en biotertre et le contrôle des fonds de fouille. Plan de gestion disponible sur demande.",
      kind: "works",
      nafPicked: ["39.00Z"],
      budget: [150000, 280000],
    },
    {
      target: "h4-deplombage",
      related: ["h4-desamiantage"],
      title: "Déplombage menuiseries/garde-corps future crèche interentreprises Marseille 13e",
      description:
        "Le CREP du bâtiment qui accueillera notre crèche interentreprises relève des peintures au plomb (> 1 mg/cm²) sur les menuiseries bois, garde-corps et plinthes, environ 350 m² développés. Décapage ou dépose sous confinement, contrôle des poussières de plomb et libération des locaux avant fin juin. Pas d'amiante détectée dans cette zone.",
      kind: "works",
      nafPicked: ["43.34Z"],
      budget: [25000, 50000],
    },
    {
      target: "h4-curage-demolition",
      related: ["h4-desamiantage", "h4-depollution-sols"],
      title: "Curage complet bât. B + démolition auvent – site Rousset",
      description:
        "Avant réhabilitation de l'ancien bâtiment de production B (2 400 m² sur 2 niveaux) : curage intégral des faux plafonds, cloisons, revêtements de sol et réseaux hors service, avec tri par filière et traçabilité des bordereaux. Démolition de l'auvent métallique de la façade nord. Le désamiantage a déjà été réalisé l'an dernier, rapport de restitution disponible.",
      kind: "works",
      nafPicked: ["43.11Z", "43.12A"],
      budget: [90000, 160000],
    },
  ],
};
