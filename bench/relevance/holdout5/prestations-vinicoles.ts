import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-prestations-vinicoles",
  specialties: [
    {
      key: "h5-mise-en-bouteille-mobile",
      naf: ["82.92Z", "11.02B"],
      names: [
        "EMBOUTEILLAGE MOBILE PROVENCE",
        "BOUTEILLES ET BOUCHONS DU SUD",
        "ETS CASTELLAN MISE EN BOUTEILLE",
        "TIRAGE SERVICES",
        "SARL PERRIN EMBOUTEILLAGE",
        "CHAINE MOBILE DU LUBERON",
        "PROVENCE CONDITIONNEMENT VINS",
        "MOBIL'EMBOUTEILLAGE",
        "ROSE CONDITIONNEMENT",
        "BARTHELEMY ET FILS",
      ],
      ideas: [
        [
          "Mise en bouteille au domaine avec une chaîne d'embouteillage mobile sur camion.",
          "Prestation de mise en bouteille à la propriété : tirage, bouchage, capsulage, étiquetage.",
          "Camion d'embouteillage équipé pour venir directement dans votre cave.",
        ],
        [
          "Cadence jusqu'à 3 000 bouteilles par heure.",
          "Tirage isobarométrique pour vins tranquilles et effervescents.",
          "Bouchage liège, synthétique ou capsule à vis.",
        ],
        [
          "Étiquetage autocollant, contre-étiquette, collerette et marquage des lots.",
          "Pose des capsules de surbouchage et mise en cartons.",
          "Palettisation et filmage.",
        ],
        [
          "Filtration sur plaques ou sur cartouches juste avant le tirage.",
          "Inertage à l'azote et contrôle de l'oxygène dissous.",
          "Stérilisation de la chaîne à la vapeur avant chaque mise.",
        ],
        [
          "Approvisionnement des matières sèches : bouteilles, bouchons, cartons.",
          "Stockage possible des matières sèches entre deux tirages.",
          "Conditionnement en bag-in-box.",
        ],
        [
          "Pour les domaines, caves coopératives et négociants.",
          "Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Clients : AOP Coteaux d'Aix-en-Provence, Côtes de Provence, Cassis, Palette.",
        ],
        ["Devis gratuit.", "Planning des tirages réservable à l'avance.", "Plus de 20 ans au service des vignerons."],
      ],
      vague: ["Prestations viticoles.", "Conditionnement.", "Services aux domaines."],
    },
    {
      key: "h5-filtration-stabilisation-mobile",
      naf: ["11.02B", "82.92Z", "74.90B"],
      names: [
        "FILTRATION MOBILE DU MIDI",
        "TANGENTIEL SERVICES",
        "ETS BREMOND OENOSERVICES",
        "STABIVIN PROVENCE",
        "SARL SALVAT",
        "FLOTTAVIN",
        "CLARI'VIN",
        "CAVE ET TECHNIQUE MEDITERRANEE",
        "VINITRAITEMENT SUD",
        "GUIEU ET FILS",
      ],
      ideas: [
        [
          "Filtration tangentielle mobile des vins au domaine.",
          "Prestation de filtration avant mise en bouteille, sur terre, sur plaques ou tangentielle.",
          "Clarification des vins et des lies par filtres mobiles.",
        ],
        [
          "Stabilisation tartrique par le froid ou par électrodialyse.",
          "Traitement des vins contre les précipitations de tartre avant conditionnement.",
          "Stabilisation protéique et tartrique sur place.",
        ],
        ["Flottation des moûts et débourbage pendant les vendanges.", "Centrifugation des moûts et des vins.", "Filtration des lies et des bourbes."],
        [
          "Unités mobiles sur camion, raccordées directement à vos cuves.",
          "Matériel autonome, opérateur qualifié fourni.",
          "Traitement de 50 à 2 000 hl par jour.",
        ],
        [
          "Correction de l'excès d'alcool ou d'acidité volatile par techniques membranaires.",
          "Désalcoolisation partielle et correction de l'acidité volatile.",
          "Traitements autorisés par la réglementation européenne.",
        ],
        [
          "Pour les domaines, caves coopératives et négociants.",
          "Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Disponibilité pendant les vendanges.",
        ],
        ["Devis gratuit.", "Planning réservable à l'avance.", "Plus de 20 ans au service des vignerons."],
      ],
      vague: ["Prestations viticoles.", "Services aux caves.", "Traitement des vins."],
    },
    {
      key: "h5-laboratoire-oenologique",
      naf: ["71.20B", "72.19Z"],
      names: [
        "LABORATOIRE OENOLOGIQUE DE PROVENCE",
        "OENOLAB SUD",
        "ETS ISNARD ANALYSES",
        "LABO DES VINS DU PAYS D'AIX",
        "SARL MOUTTE",
        "VINANALYSE",
        "LABORATOIRE DE LA SAINTE-VICTOIRE",
        "CENTRE D'ANALYSES VITICOLES DU MIDI",
        "DIONYSOS LAB",
        "REBOUL LABORATOIRE",
      ],
      ideas: [
        [
          "Analyses des vins et des moûts : degré, acidité, SO2, sucres, acidité volatile.",
          "Laboratoire d'analyses œnologiques pour le suivi des vinifications.",
          "Bulletins d'analyses pour l'export, l'agrément AOP et la mise en marché.",
        ],
        ["Contrôles de maturité avant vendanges.", "Suivi des fermentations alcoolique et malolactique.", "Analyses de maturité et de polyphénols."],
        ["Laboratoire accrédité COFRAC.", "Méthodes conformes au recueil de l'OIV.", "Résultats sous 24 heures."],
        [
          "Tests de stabilité tartrique et protéique avant mise en bouteille.",
          "Analyses microbiologiques : Brettanomyces, bactéries, levures.",
          "Recherche de résidus de pesticides et d'allergènes.",
        ],
        [
          "Points de collecte des échantillons dans les caves coopératives.",
          "Ramassage des échantillons sur les domaines.",
          "Résultats consultables en ligne.",
        ],
        [
          "Pour les domaines, caves coopératives et négociants.",
          "Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Plus de 20 ans au service des vignerons.",
        ],
        ["Devis gratuit.", "Tarifs dégressifs pour les abonnés.", "Analyses des eaux de process et des effluents de cave."],
      ],
      vague: ["Laboratoire.", "Analyses.", "Services techniques à la viticulture."],
    },
    {
      key: "h5-oenologue-conseil",
      naf: ["74.90B", "70.22Z", "71.20B"],
      names: [
        "OENOCONSEIL PROVENCE",
        "CABINET FAURE OENOLOGIE",
        "VIN ET CONSEIL DU SUD",
        "ASSEMBLAGES ET TERROIRS",
        "SARL DAUMAS",
        "CONSEIL VITICOLE MEDITERRANEEN",
        "CEP ET CHAI",
        "AUDRIC OENOLOGUE",
        "CHAI EXPERTISE",
        "ROCHE-MARTIN CONSEIL",
      ],
      ideas: [
        [
          "Œnologue-conseil : accompagnement des domaines de la vigne à la bouteille.",
          "Suivi technique des vinifications et de l'élevage.",
          "Conseil en vinification pour les rosés, rouges et blancs de Provence.",
        ],
        [
          "Dégustations, élaboration des assemblages et choix des dates de vendange.",
          "Préparation des vins pour les concours et l'agrément AOP.",
          "Définition du profil des vins avec le vigneron.",
        ],
        [
          "Conception et réaménagement des chais : cuverie, flux, hygiène.",
          "Conseil pour l'équipement de la cave et le choix du matériel.",
          "Audit de cave et plan d'amélioration.",
        ],
        [
          "Titulaire du diplôme national d'œnologue, 20 ans d'expérience en Provence.",
          "Équipe d'œnologues diplômés.",
          "Présence régulière au domaine pendant les vendanges.",
        ],
        [
          "Accompagnement aux certifications HVE, bio et ISO.",
          "Aide à la conversion en agriculture biologique.",
          "Conseil en traçabilité et en réglementation des vins.",
        ],
        [
          "Pour les domaines, caves coopératives et négociants.",
          "Intervention dans les Bouches-du-Rhône, le Var et le Vaucluse.",
          "Analyses réalisées par notre laboratoire partenaire.",
        ],
        ["Devis gratuit.", "Forfaits annuels ou interventions à la carte.", "Plus de 20 ans au service des vignerons."],
      ],
      vague: ["Conseil.", "Œnologie.", "Conseil aux exploitations viticoles."],
    },
  ],
  needs: [
    {
      target: "h5-mise-en-bouteille-mobile",
      title: "Tirage 18 000 cols rosé – mi-février – Rognes",
      description:
        "Petit domaine sans matériel de conditionnement : nous cherchons un prestataire qui vienne au chai pour remplir, fermer (capsule à vis) et étiqueter 18 000 bouteilles de rosé en deux jours, à la mi-février. Les bouteilles et les étiquettes sont déjà commandées.",
      kind: "services",
      nafPicked: ["11.02B"],
      budget: [4000, 7000],
    },
    {
      target: "h5-filtration-stabilisation-mobile",
      related: ["h5-mise-en-bouteille-mobile"],
      title: "Rosés à stabiliser avant conditionnement – cave de Trets",
      description:
        "Notre cave coopérative doit traiter 4 500 hl de rosé pour éviter les cristaux au fond des bouteilles, puis filtrer avant les tirages de mars. Les analyses du laboratoire montrent que les vins sont instables. Nous n'avons pas l'équipement en interne.",
      kind: "services",
      nafPicked: ["11.02B"],
      budget: [10000, 20000],
    },
    {
      target: "h5-laboratoire-oenologique",
      title: "Analyses pour l'export – 12 cuvées",
      description:
        "Nous exportons 12 cuvées vers l'Asie et l'importateur demande des bulletins avec métaux lourds, résidus phytosanitaires et SO2 total, émis par un organisme accrédité. Domaine à Puyloubier, échantillons à récupérer sur place.",
      kind: "services",
      nafPicked: ["46.34Z"],
      budget: [1500, 3000],
    },
    {
      target: "h5-oenologue-conseil",
      related: ["h5-laboratoire-oenologique"],
      title: "Accompagnement technique – reprise d'un domaine à Lambesc",
      description:
        "Nous venons de racheter un domaine de 25 ha et nous n'avons aucune expérience en cave. Nous cherchons quelqu'un pour nous suivre pendant les vendanges et l'élevage, décider des assemblages et nous conseiller sur le matériel à acheter. Les analyses pourront être faites par le labo de son choix.",
      kind: "services",
      nafPicked: ["01.21Z"],
      budget: [6000, 12000],
    },
  ],
};
