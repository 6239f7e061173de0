import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "plasturgie-composites",
  specialties: [
    {
      key: "h3-injection-plastique",
      naf: ["22.29A", "22.29B", "22.22Z", "25.73A"],
      names: [
        "PLASTI INJECT PROVENCE",
        "INJECTEC",
        "MOULAGES DU ROUET",
        "SOCIETE ALBIGEOISE DE PLASTURGIE",
        "POLYFORM TECHNIQUE",
        "ETABLISSEMENTS GAUTIER ET FILS",
        "TECHNOPOLYMERES SUD",
        "ISOMOULE",
        "LES PLASTIQUES DE L'ETANG",
      ],
      ideas: [
        [
          "Injection plastique de pièces techniques de 0,5 g à 2 kg, en petites et moyennes séries.",
          "Nous moulons par injection des pièces techniques en thermoplastiques pour l'industrie, le médical et l'automobile.",
          "Transformateur de matières plastiques par injection : pièces d'aspect, pièces fonctionnelles, clipsages.",
        ],
        [
          "Parc de 22 presses à injecter de 35 à 650 tonnes, robots de dépose et de préhension.",
          "Presses Engel et Arburg tout électriques, bi-matière et surmoulage d'inserts métalliques.",
          "Ateliers équipés de presses horizontales et verticales, étuves et dessiccateurs pour les matières techniques.",
        ],
        [
          "Matières travaillées : PA6, PA66 chargé verre, POM, PC, PBT, PEEK, ABS, PP et TPE.",
          "Nous maîtrisons les polymères techniques chargés fibres de verre ou minérales, jusqu'au PEEK et au PPS.",
          "Conseil sur le choix de la matière selon la tenue mécanique, thermique et chimique attendue.",
        ],
        [
          "Reprises et opérations de finition : tampographie, soudure ultrasons, insertion à chaud, assemblage.",
          "Nous livrons des sous-ensembles montés et conditionnés, prêts à intégrer sur vos lignes.",
          "Parachèvement en interne : ébavurage, marquage laser, montage d'inserts et contrôle unitaire.",
        ],
        [
          "Certifiés ISO 9001 et IATF 16949, salle propre ISO 8 pour les pièces médicales.",
          "Système qualité ISO 9001, PPAP, contrôle tridimensionnel et maîtrise statistique des procédés.",
          "Métrologie intégrée : machine tridimensionnelle, projecteur de profil, rapports de contrôle à chaque lot.",
        ],
        [
          "Plus de 40 ans d'expérience en sous-traitance plastique pour des donneurs d'ordre de l'aéronautique et de l'électroménager.",
          "Entreprise familiale de 60 salariés installée dans la zone industrielle de Vitrolles depuis 1982.",
          "Nous accompagnons nos clients de l'étude de faisabilité et du rhéologique jusqu'à la production en série.",
        ],
        [
          "Gestion des moules clients : stockage, maintenance préventive et petites réparations.",
          "Nous pouvons faire fabriquer le moule par nos partenaires mouleurs et le mettre au point sur nos presses.",
          "Prise en charge de transferts de moules depuis d'autres transformateurs, avec requalification.",
        ],
      ],
      vague: ["Plasturgie.", "Fabrication de pièces plastiques.", "Sous-traitance industrielle.", "Transformation des matières plastiques."],
    },
    {
      key: "h3-thermoformage",
      naf: ["22.29A", "22.21Z", "22.22Z", "22.29B"],
      names: [
        "THERMOFORM MEDITERRANEE",
        "FORMAPLAST",
        "SOCIETE NOUVELLE DE THERMOFORMAGE",
        "VACUUM PIECES",
        "CARTIER PLASTIQUES",
        "CALORIFORM",
        "ATELIER DU PLASTIQUE MOULE",
        "PLAQUES ET FORMES",
      ],
      ideas: [
        [
          "Thermoformage de plaques épaisses pour capots de machines, carénages et habillages.",
          "Spécialiste du thermoformage grande dimension : capotages, pièces de carrosserie, bacs techniques.",
          "Nous thermoformons des pièces à partir de plaques de 1 à 12 mm, jusqu'à 2 500 x 1 500 mm.",
        ],
        [
          "Formage sous vide et formage sous pression, moules en résine ou en aluminium régulé.",
          "Machines de thermoformage mono et double poste, chauffage par infrarouge céramique.",
          "Outillages bois, résine ou aluminium selon la série, pour des prix de pièce adaptés aux petites quantités.",
        ],
        [
          "Matériaux : ABS, PMMA, PC, PETG, PEHD, PVC et ABS/PMMA bicouche pour les pièces d'aspect.",
          "Nous transformons les plaques ABS grainées, les polycarbonates transparents et les matériaux classés feu M1.",
          "Possibilité de plaques teintées dans la masse, anti-UV ou antistatiques.",
        ],
        [
          "Détourage sur centre d'usinage 5 axes après formage, perçages et découpes précis.",
          "Reprise des pièces par fraisage numérique 5 axes, pose d'inserts, collage et peinture.",
          "Nous livrons des pièces finies : détourées, percées, équipées de leurs fixations.",
        ],
        [
          "Calages, plateaux et emballages techniques thermoformés pour la manutention de pièces.",
          "Thermoformage fine épaisseur : blisters, coques, plateaux de convoyage et alvéoles.",
          "Conception de calages sur mesure pour protéger vos produits entre les postes de travail.",
        ],
        [
          "Petites et moyennes séries de 10 à 5 000 pièces, prototypes livrés en trois semaines.",
          "Adapté aux séries où un moule d'injection ne serait pas rentable.",
          "Réactivité sur les prototypes et les présentations produit.",
        ],
      ],
      vague: ["Transformation de plaques plastiques.", "Plasturgie.", "Fabrication de pièces sur mesure."],
    },
    {
      key: "h3-composites",
      naf: ["22.29A", "30.12Z", "30.30Z", "13.96Z", "32.99Z"],
      names: [
        "CARBONE SUD COMPOSITES",
        "STRATIFIBRE",
        "NAVALCOMP",
        "LES STRATIFIES DE LA CIOTAT",
        "TISSAGE ET RESINES",
        "AXIAL COMPOSITES",
        "FIBREA",
        "MARTINEZ POLYESTER",
        "COMPOSITES TECHNIQUES AVANCES",
      ],
      ideas: [
        [
          "Fabrication de pièces en matériaux composites carbone, verre et aramide, à l'unité ou en série.",
          "Nous réalisons des pièces composites hautes performances pour le nautisme, l'aéronautique et le sport.",
          "Atelier de stratification : coques, capots, carénages et pièces de structure en fibres de verre ou de carbone.",
        ],
        [
          "Procédés maîtrisés : moulage au contact, infusion sous vide, RTM et préimprégnés cuits en autoclave.",
          "Drapage de préimprégnés et cuisson en autoclave ou en étuve, infusion pour les grandes pièces.",
          "Nous choisissons le procédé selon la série et la tenue : contact, infusion, RTM light ou préimprégné.",
        ],
        [
          "Résines polyester, vinylester et époxy, âmes en mousse PVC, balsa ou nid d'abeille.",
          "Structures sandwich légères : peaux carbone sur âme nid d'abeille ou mousse.",
          "Travail des tissus carbone UD et multiaxiaux, gelcoats et topcoats.",
        ],
        [
          "Réparation de pièces composites endommagées : délaminage, impact, fissures, reprise de gelcoat.",
          "Réparations structurales de coques, de pales et de pièces carbone, avec contrôle par ultrasons.",
          "Nous intervenons aussi sur site pour réparer vos cuves, gaines et capots en polyester.",
        ],
        [
          "Bureau d'études intégré : calcul de stratifiés, dessin des moules et des modèles.",
          "Réalisation des maîtres-modèles et des moules composites par usinage numérique.",
          "Accompagnement de la conception au prototype puis à la petite série.",
        ],
        [
          "Qualifiés EN 9100 pour l'aéronautique, traçabilité matière complète.",
          "Salle de drapage climatisée à hygrométrie contrôlée et autoclave de 2 m de diamètre.",
          "Opérateurs formés aux habilitations composites, équipe de 25 stratifieurs.",
        ],
        [
          "Clients : chantiers navals, équipementiers aéronautiques, fabricants de cycles, robotique et drones.",
          "Nous travaillons pour des écuries de course, des laboratoires et des industriels du ferroviaire.",
          "Pièces réalisées pour des bateaux de course au large, des prototypes automobiles et des bras robotisés.",
        ],
      ],
      vague: ["Matériaux composites.", "Stratification.", "Polyester et résines.", "Fabrication industrielle."],
    },
    {
      key: "h3-moules-outillage",
      naf: ["25.73A", "25.73B", "25.62B", "28.96Z", "33.12Z"],
      names: [
        "MOULES ET OUTILS DU MIDI",
        "OUTILLAGE PRECIS",
        "ERODE SERVICE",
        "ATELIER BONNAFOUS",
        "MOULAPLAST",
        "SOCIETE D'OUTILLAGE DE BERRE",
        "MECA-MOULES",
        "TECHNI EMPREINTE",
      ],
      ideas: [
        [
          "Conception et fabrication de moules d'injection plastique, de l'empreinte unique au moule multi-empreintes.",
          "Moulistes depuis trois générations : moules d'injection, moules de soufflage et de thermoformage.",
          "Nous dessinons et réalisons des moules pour l'injection thermoplastique et le surmoulage.",
        ],
        [
          "Réparation et modification de moules toutes marques : soudure laser, rechargement, reprise d'empreintes.",
          "Maintenance curative de moules en urgence : casse de noyau, fuites de régulation, bavures.",
          "Modifications de pièces sur moules existants, mise à jour d'indice, ajout d'inserts interchangeables.",
        ],
        [
          "Parc machines : électro-érosion enfonçage et à fil, fraisage UGV 5 axes, rectification.",
          "Usinage grande vitesse, érosion fil, perçage profond et polissage miroir en interne.",
          "Atelier équipé de centres d'usinage Hermle et de machines d'électro-érosion Charmilles.",
        ],
        [
          "Bureau d'études sur TopSolid et Cadmould : analyse de remplissage, refroidissement, éjection.",
          "Études rhéologiques pour anticiper les retassures, les lignes de soudure et les déformations.",
          "Nous reprenons vos plans de pièces et proposons les dépouilles et les plans de joint.",
        ],
        [
          "Mise au point des moules sur notre presse d'essai de 200 tonnes avant livraison.",
          "Essais sur presse en interne et livraison avec rapport dimensionnel des premières pièces.",
          "Nous validons les moules par une série d'essais et un contrôle des pièces échantillons.",
        ],
        [
          "Entretien préventif de parcs de moules chez les transformateurs, contrats annuels.",
          "Intervention sur site pour le démontage, le nettoyage et la remise en état des moules.",
          "Stockage, inventaire et carnet de vie de vos moules.",
        ],
      ],
      vague: ["Outillage.", "Mécanique de précision.", "Fabrication de moules.", "Atelier d'usinage."],
    },
    {
      key: "h3-recyclage-plastique",
      naf: ["38.32Z", "22.29A", "20.16Z", "46.77Z", "38.21Z"],
      names: [
        "REGRANULES DU SUD",
        "POLYCYCLE",
        "PROVENCE REGENERATION PLASTIQUES",
        "BROYAGE SERVICE INDUSTRIE",
        "SECONDE MATIERE",
        "RECYPLAST",
        "ETS MORIN RECUPERATION",
        "COMPOUND VERT",
      ],
      ideas: [
        [
          "Collecte et recyclage des chutes de production et des rebuts plastiques des industriels.",
          "Nous rachetons vos déchets plastiques de production : carottes, purges, pièces non conformes, films.",
          "Valorisation des déchets plastiques industriels triés par matière.",
        ],
        [
          "Broyage, lavage et régénération en granulés de PE, PP, ABS, PS et PA.",
          "Lignes de broyage et d'extrusion-régénération pour produire du granulé recyclé.",
          "Transformation de vos rebuts en broyé ou en regranulé prêt à réinjecter.",
        ],
        [
          "Broyage à façon : vous nous confiez vos rebuts, nous vous rendons un broyé calibré.",
          "Prestation de micronisation et de broyage pour les transformateurs qui réutilisent leur matière.",
          "Retour de la matière broyée en big-bags, avec analyse de l'indice de fluidité.",
        ],
        [
          "Compounds recyclés formulés sur demande : couleur, charge, additifs.",
          "Fabrication de matières recyclées techniques aux caractéristiques garanties.",
          "Formulation de compounds à taux de matière recyclée défini pour l'injection ou l'extrusion.",
        ],
        [
          "Mise à disposition de bennes et de caisses palettes, enlèvements réguliers sur vos sites.",
          "Logistique de collecte en région PACA et Occitanie, bordereaux de suivi fournis.",
          "Enlèvement sur site avec pesée, et certificats de recyclage pour votre reporting.",
        ],
        [
          "Installation classée pour le traitement des déchets, certifiée ISO 14001.",
          "Plus de 8 000 tonnes de plastiques régénérées chaque année.",
          "Nous aidons les industriels à respecter les objectifs de la loi AGEC sur l'incorporation de matière recyclée.",
        ],
      ],
      vague: ["Recyclage.", "Récupération de matières.", "Gestion des déchets industriels."],
    },
  ],
  needs: [
    {
      target: "h3-thermoformage",
      related: ["h3-composites", "h3-injection-plastique"],
      title: "Capots ABS thermoformés – 300 pcs/an",
      description:
        "Nous fabriquons des bornes de recharge et cherchons un sous-traitant pour les capots avant et arrière en ABS/PMMA, environ 900 x 600 mm, épaisseur 4 mm, teinte RAL 9016. Pièces livrées détourées et percées, avec inserts pour la fixation. Volume de 300 ensembles par an, premiers échantillons attendus pour fin mars.",
      kind: "supplies",
      nafPicked: ["22.29A"],
      budget: [25000, 60000],
    },
    {
      target: "h3-moules-outillage",
      related: ["h3-injection-plastique"],
      title: "Réparation moule 4 empreintes + modif indice B",
      description:
        "Notre moule d'injection 4 empreintes (boîtier PA66 GF30) présente une casse de noyau et des bavures sur le plan de joint. Nous demandons une remise en état et, dans la foulée, la modification de l'empreinte pour l'indice B du plan (ajout d'une nervure). La production est arrêtée, délai souhaité : 3 semaines maximum. Enlèvement du moule à Rousset.",
      kind: "services",
      nafPicked: ["33.12Z"],
      budget: [6000, 15000],
    },
    {
      target: "h3-composites",
      related: ["h3-moules-outillage"],
      title: "Bras carbone pour robot de manutention – proto + série 50",
      description:
        "Bureau d'études en robotique, nous devons alléger le bras de notre robot de palettisation. Nous cherchons un partenaire pour fabriquer un tube et deux flasques en carbone (préimprégné ou infusion), 1,2 m de long, avec inserts aluminium collés. Prototype sous 8 semaines puis une série de 50 pièces sur l'année.",
      kind: "supplies",
      nafPicked: ["28.22Z"],
      budget: [30000, 80000],
    },
  ],
};
