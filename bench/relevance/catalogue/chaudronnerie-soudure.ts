import type { Trade } from "./types";

export const trade: Trade = {
  key: "chaudronnerie-soudure",
  specialties: [
    {
      key: "chaudronnerie-tuyauterie",
      naf: ["25.29Z", "33.11Z", "43.22A", "33.20A"],
      names: [
        "CHAUDRONNERIE INDUSTRIELLE DU RHONE",
        "TUYAUTERIE SERVICE BERTIN",
        "SOCOTUB",
        "CIT METAL",
        "ATELIERS DUVAL CHAUDRONNERIE",
        "PROTUB INDUSTRIE",
        "SOUDOTEC",
        "NORMANDIE PIPING",
        "LMT TUYAUTERIE",
      ],
      ideas: [
        [
          "Chaudronnerie industrielle : cuves, réservoirs, trémies et capotages.",
          "Fabrication d'ensembles chaudronnés en acier, inox et aluminium.",
          "Nous concevons et fabriquons des équipements chaudronnés sur mesure.",
        ],
        [
          "Tuyauterie industrielle : préfabrication en atelier et montage sur site.",
          "Réseaux de tuyauteries process, vapeur, air comprimé et fluides.",
          "Installation et modification de lignes de tuyauterie en usine.",
        ],
        [
          "Soudeurs qualifiés TIG, MIG/MAG et électrode enrobée selon NF EN ISO 9606.",
          "Modes opératoires de soudage qualifiés (QMOS) et soudeurs certifiés.",
          "Soudure TIG orbitale pour tuyauteries inox hygiéniques.",
        ],
        [
          "Équipements sous pression fabriqués selon la DESP et le CODAP.",
          "Maîtrise de la réglementation des appareils à pression et des contrôles non destructifs.",
          "Épreuves hydrauliques, ressuage et radiographie des soudures par organisme tiers.",
        ],
        [
          "Certification MASE et ISO 3834 pour intervenir en pétrochimie et dans le nucléaire.",
          "Habilités à intervenir sur sites Seveso, personnel formé aux risques chimiques.",
          "Entreprise certifiée ISO 9001, ISO 3834-2 et MASE.",
        ],
        [
          "Atelier de 3 000 m² avec ponts roulants de 20 t, rouleuse et presse plieuse de 200 t.",
          "Moyens : cisaille, presse plieuse, rouleuse 4 rouleaux, découpe plasma.",
          "Capacité de levage et de mise en forme pour des pièces de grandes dimensions.",
        ],
        [
          "Arrêts techniques et travaux de maintenance en chaufferies et sites industriels.",
          "Interventions lors des arrêts d'unités : remplacement de tronçons, réparation de fuites.",
          "Maintenance des équipements chaudronnés et des réseaux de tuyauteries.",
        ],
      ],
      vague: ["Chaudronnerie.", "Soudure.", "Travaux industriels.", "Métallerie industrielle."],
    },
    {
      key: "soudure-machinisme-agricole",
      naf: ["33.12Z", "25.62B", "46.61Z"],
      names: [
        "SOUDURE ET SERVICES AGRICOLES",
        "ATELIER MECA-AGRI BOISSEAU",
        "GARAGE AGRICOLE DU BOCAGE",
        "SARL FOURNIER SOUDURE",
        "AGRI REPAR",
        "METAL'AGRI",
        "LES ATELIERS DE LA PLAINE",
        "SOUDAGRI 51",
        "ETS MOREAU PERE ET FILS",
      ],
      ideas: [
        [
          "Réparation par soudure de matériel agricole : charrues, herses, bennes, remorques.",
          "Nous ressoudons et renforçons vos outils de travail du sol.",
          "Soudure de dépannage sur tracteurs, moissonneuses et outils attelés.",
        ],
        [
          "Intervention à la ferme avec camion-atelier et poste à souder autonome.",
          "Dépannage sur place, jusque dans les champs en pleine saison.",
          "Atelier mobile pour les réparations urgentes pendant les moissons.",
        ],
        [
          "Rechargement des pièces d'usure : socs, dents, pointes de sous-soleuse.",
          "Rechargement dur anti-abrasion des pièces qui travaillent dans le sol.",
          "Pose de plaques d'usure antiabrasion sur godets et bennes.",
        ],
        [
          "Fabrication de petites pièces et adaptations : attelages, supports, rallonges de godet.",
          "Transformations sur mesure de matériel agricole et de travaux publics.",
          "Nous adaptons vos outils : élargissement, renforts, modifications de châssis.",
        ],
        [
          "Clientèle d'agriculteurs, de CUMA, d'entrepreneurs de travaux agricoles et de paysagistes.",
          "Au service du monde agricole depuis 1987.",
          "Proches des exploitations du canton, nous connaissons vos machines.",
        ],
        [
          "Soudure acier, fonte et aluminium, oxycoupage et découpe plasma.",
          "Tous procédés : semi-automatique, arc, TIG alu.",
          "Brasage et soudure de la fonte pour les carters et pièces anciennes.",
        ],
      ],
      vague: ["Soudure.", "Réparation de matériel.", "Mécanique agricole.", "Atelier de réparation."],
    },
    {
      key: "fabrication-inox-cuisine",
      naf: ["25.99B", "28.93Z", "31.01Z"],
      names: [
        "INOX CONCEPT",
        "TOLERIE INOX DE BRETAGNE",
        "INOXIA",
        "ATELIER DE L'INOX",
        "CIM INOX",
        "ROUSSEAU AGENCEMENT INOX",
        "STEEL KITCHEN FABRICATION",
        "INOXMETAL 44",
        "MOBINOX",
      ],
      ideas: [
        [
          "Fabrication de mobilier inox sur mesure pour cuisines professionnelles : plans de travail, plonges, étagères.",
          "Tables inox, éviers, meubles bas et hottes fabriqués dans notre atelier.",
          "Conception et fabrication d'équipements en acier inoxydable pour la restauration.",
        ],
        [
          "Inox 304 et 316L, finition brossée ou polie, soudures TIG décapées et passivées.",
          "Tôlerie fine inox : découpe laser, pliage, soudure, polissage.",
          "Nous travaillons l'inox alimentaire avec des soudures hygiéniques sans recoins.",
        ],
        [
          "Plans de travail adaptés aux cotes exactes de votre cuisine, avec dosseret et passages de tuyaux.",
          "Fabrication sur mesure après relevé de cotes sur place.",
          "Chaque meuble est dessiné en 3D et validé avec vous avant fabrication.",
        ],
        [
          "Clients : restaurants, cuisines centrales, boulangeries, laboratoires agroalimentaires, installateurs.",
          "Nous fabriquons pour les cuisinistes professionnels et en direct pour les restaurateurs.",
          "Sous-traitance pour les installateurs de grandes cuisines.",
        ],
        [
          "Habillages inox, bardages muraux, comptoirs de self et passe-plats.",
          "Comptoirs de bar, vitrines habillées et passe-plats sur mesure.",
          "Agencement inox de selfs, cafétérias et laboratoires.",
        ],
        [
          "Conformité aux règles d'hygiène HACCP et aux normes de contact alimentaire.",
          "Matériaux et finitions compatibles avec les contrôles sanitaires.",
          "Surfaces faciles à nettoyer, angles arrondis, pieds réglables.",
        ],
      ],
      vague: ["Travail de l'inox.", "Tôlerie.", "Fabrication métallique.", "Agencement."],
    },
  ],
  needs: [
    {
      target: "chaudronnerie-tuyauterie",
      related: ["maintenance-mecanique-industrielle", "fabrication-inox-cuisine"],
      title: "Remplacement d'un réseau vapeur DN80 pendant l'arrêt d'août",
      description:
        "Site agroalimentaire classé ICPE. Remplacement d'environ 120 m de tuyauterie vapeur DN80 et de 6 vannes, soudures contrôlées par radiographie à 10 %. Travaux pendant l'arrêt d'usine du 5 au 19 août, entreprise certifiée MASE exigée.",
      kind: "works",
      nafPicked: ["43.22A"],
      budget: [60000, 90000],
    },
    {
      target: "soudure-machinisme-agricole",
      related: ["chaudronnerie-tuyauterie", "maintenance-mecanique-industrielle"],
      title: "Châssis de benne fissuré et socs à recharger avant les semis",
      description:
        "CUMA de 25 adhérents : une benne TP de 16 t a le châssis fissuré et une quarantaine de socs de charrue sont à recharger avant les semis d'automne. Intervention sur notre site si possible, sinon transport à prévoir.",
      kind: "works",
      nafPicked: ["33.12Z"],
      budget: [2500, 6000],
    },
  ],
};
