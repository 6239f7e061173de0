import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "traitement-surface",
  specialties: [
    {
      key: "h-ts-thermolaquage-peinture-poudre",
      naf: ["25.61Z", "43.34Z", "25.62B"],
      names: [
        "THERMOLAQUAGE PROVENCE",
        "POUDRE ET COULEURS",
        "LAQUAGE INDUSTRIEL DU SUD",
        "COLOR METAL 13",
        "EPOXY SERVICES AUBAGNE",
        "ATELIER RAL",
        "REVETECH",
        "SOLER PEINTURE POUDRE",
      ],
      ideas: [
        [
          "Application de peinture en poudre polyester et époxy sur acier, aluminium et acier galvanisé.",
          "Nous appliquons des revêtements poudre par projection électrostatique, puis polymérisation au four.",
          "Spécialiste de la peinture poudre cuite au four pour la métallerie et l'industrie.",
        ],
        [
          "Cabine de poudrage et four de cuisson acceptant des pièces jusqu'à 7 m de long et 800 kg.",
          "Ligne automatisée à convoyeur pour les séries, cabine manuelle pour les pièces hors gabarit.",
          "Deux cabines, un four de 7,5 m, un tunnel de prétraitement par aspersion.",
        ],
        [
          "Labels Qualicoat et Qualisteelcoat, prétraitement multi-étapes adapté à chaque support.",
          "Notre process est certifié Qualicoat (aluminium) et Qualisteelcoat (acier), avec des contrôles d'adhérence et d'épaisseur sur chaque lot.",
          "Prétraitement phosphatation ou conversion sans chrome, gage d'une tenue durable en ambiance marine.",
        ],
        [
          "Toutes les teintes du nuancier RAL, finitions mates, satinées, brillantes, texturées, métallisées ou effet sablé.",
          "Plus de 300 teintes en stock permanent, teintes spéciales sur demande.",
          "Large choix de couleurs et d'aspects : fine texture, martelé, anodic, effet bois.",
        ],
        [
          "Nous travaillons pour les menuisiers aluminium, serruriers, métalliers, fabricants de mobilier urbain et de portails.",
          "Clients : métalliers, chaudronniers, industriels, collectivités et particuliers.",
          "Du portail du particulier aux séries industrielles de plusieurs milliers de pièces.",
        ],
        [
          "Délai moyen de 5 jours ouvrés, service express possible.",
          "Réactivité : la plupart des commandes repartent dans la semaine.",
          "Enlèvement et livraison avec notre camion sur le département.",
        ],
        [
          "Décapage préalable des anciennes peintures avant remise en couleur.",
          "Rénovation de mobilier de jardin, jantes, cadres de moto : nous décapons puis relaquons.",
          "Nous assurons aussi la remise en peinture d'éléments métalliques anciens après décapage.",
        ],
      ],
      vague: ["Traitement de surface.", "Peinture industrielle.", "Revêtement des métaux.", "Atelier de finition pour la métallerie."],
    },
    {
      key: "h-ts-galvanisation-a-chaud",
      naf: ["25.61Z", "25.11Z"],
      names: [
        "GALVA SUD",
        "GALVANISATION DE PROVENCE",
        "ZINC MEDITERRANEE",
        "GALVAMAR",
        "SOCIETE DE GALVANISATION DU RHONE",
        "ZINGAGE INDUSTRIEL FOS",
        "THERMOZINC",
        "GALVA BERRE",
      ],
      ideas: [
        [
          "Galvanisation à chaud au trempé dans un bain de zinc fondu à 450 °C.",
          "Protection anticorrosion des aciers par immersion dans le zinc en fusion.",
          "Nous galvanisons vos pièces en acier par trempage, pour une protection de plusieurs décennies.",
        ],
        [
          "Bain de 7,20 m x 1,60 m x 2,90 m : pièces jusqu'à 14 m en double trempe.",
          "Grande cuve permettant de traiter des charpentes, poutres et pylônes de grande longueur.",
          "Capacité de traitement de 30 000 tonnes par an, deux ponts de 10 tonnes.",
        ],
        [
          "Revêtement conforme à la norme NF EN ISO 1461, épaisseurs contrôlées et certificats remis à chaque livraison.",
          "Chaque lot fait l'objet d'une mesure d'épaisseur de zinc et d'un certificat de conformité ISO 1461.",
          "Certifiés ISO 9001 et ISO 14001, membres de la filière Galvazinc.",
        ],
        [
          "Préparation chimique complète : dégraissage, décapage acide, rinçage et fluxage avant immersion.",
          "Notre ligne de préparation garantit une surface parfaitement propre avant le passage au zinc.",
          "Les pièces passent par un cycle de dégraissage, décapage et fluxage.",
        ],
        [
          "Nous traitons charpentes métalliques, garde-corps, escaliers, grilles, pylônes, glissières et pièces de serrurerie.",
          "Clients : charpentiers métalliques, serruriers-métalliers, équipementiers routiers et ferroviaires.",
          "De la structure de plusieurs tonnes aux petites pièces de boulonnerie.",
        ],
        [
          "Centrifugation des petites pièces : boulons, tiges filetées, ferrures.",
          "Atelier dédié à la boulonnerie et aux petites pièces, traitées en panier et centrifugées.",
          "Galvanisation de visserie et de petites pièces en vrac.",
        ],
        [
          "Système duplex galvanisation + peinture avec notre atelier partenaire.",
          "Enlèvement chez vous par camion-grue et livraison sur chantier.",
          "Ébavurage, reprise des coulures et parachèvement avant expédition.",
        ],
      ],
      vague: ["Galvanisation.", "Traitement anticorrosion des métaux.", "Traitement et revêtement des métaux.", "Sous-traitance industrielle."],
    },
    {
      key: "h-ts-anodisation-traitement-chimique-alu",
      naf: ["25.61Z", "25.62B"],
      names: [
        "ANODISATION DU MIDI",
        "ALU COLOR TRAITEMENT",
        "TRAITEMENTS DE SURFACE AERONAUTIQUES DE PROVENCE",
        "CHIMIFINITION",
        "OXYDAL",
        "ANOD'ALU 13",
        "GALVANOPLASTIE MARSEILLAISE",
        "ETS REYNAUD TRAITEMENTS",
      ],
      ideas: [
        [
          "Oxydation anodique de l'aluminium : anodisation sulfurique, chromique et anodisation dure.",
          "Nous réalisons l'anodisation de vos pièces en aluminium, naturelle ou colorée, avec colmatage à chaud.",
          "Anodisation dure jusqu'à 80 µm pour la résistance à l'usure, OAS et OAC pour la protection.",
        ],
        [
          "Coloration noire, bleue, rouge, or ou titane après anodisation.",
          "Large palette de teintes par imprégnation, pour la décoration comme pour le repérage.",
          "Finitions brillantées, satinées ou microbillées avant anodisation.",
        ],
        [
          "Conversion chimique (chromatation jaune, et procédés sans chrome hexavalent conformes REACH).",
          "Traitements de conversion pour l'aluminium : Alodine 1200, SurTec 650 et alternatives sans Cr VI.",
          "Passivation des inox, dégraissage, décapage, nickelage chimique.",
        ],
        [
          "Agréments des principaux donneurs d'ordres aéronautiques, certification EN 9100 et accréditation NADCAP.",
          "Nous travaillons selon les spécifications aéronautiques et défense, avec dossiers de traçabilité par lot.",
          "Système qualité EN 9100, laboratoire interne de contrôle : épaisseur, brouillard salin, analyse des bains.",
        ],
        [
          "Traitement de pièces usinées, profilés, tôlerie fine, en prototype comme en série.",
          "Épargnes et masquages complexes réalisés à la main par des opératrices expérimentées.",
          "Des pièces unitaires aux séries de plusieurs milliers, délais courts.",
        ],
        [
          "Lignes automatisées avec cuves de 3 m, redressement piloté et suivi des paramètres.",
          "Trois lignes de traitement et une station d'épuration des effluents intégrée.",
          "Installation classée ICPE, traitement des rejets sur site.",
        ],
        [
          "Clients : aéronautique, hélicoptères, spatial, optique, médical et électronique.",
          "Sous-traitant de rang 2 et 3 pour l'aéronautique de la région Sud.",
          "Nous accompagnons les ateliers d'usinage du bassin de Marignane depuis 30 ans.",
        ],
      ],
      vague: ["Traitement de surface des métaux.", "Traitements électrolytiques.", "Finition des pièces métalliques.", "Sous-traitance pour l'industrie."],
    },
    {
      key: "h-ts-sablage-grenaillage",
      naf: ["25.61Z", "43.99D", "81.22Z", "33.11Z"],
      names: [
        "SABLAGE SERVICE 13",
        "GRENAILLAGE INDUSTRIEL PROVENCAL",
        "ABRASIF SUD",
        "DECAPAGE ET PROTECTION MEDITERRANEE",
        "SOCIETE NOUVELLE SABLAGE VITROLLES",
        "HYDRO DECAP",
        "BLAST'PRO",
        "MARTINI DECAPAGE",
      ],
      ideas: [
        [
          "Décapage par projection d'abrasifs : sable, corindon, grenaille acier, microbilles de verre.",
          "Nous décapons tous supports par projection : métal, bois, pierre, béton.",
          "Grenaillage et sablage pour l'élimination de la rouille, de la calamine et des anciennes peintures.",
        ],
        [
          "Cabine de grenaillage de 12 m en atelier et unités mobiles pour les interventions sur chantier.",
          "Nos équipes se déplacent avec compresseurs, sableuses et aspirateurs sur vos sites.",
          "Intervention en atelier ou directement sur place, y compris en hauteur et en milieu industriel.",
        ],
        [
          "Préparation de surface au degré de soin Sa 2½ selon ISO 8501-1, mesure de rugosité.",
          "Contrôle du profil de rugosité, de l'hygrométrie et du point de rosée avant mise en peinture.",
          "Opérateurs certifiés ACQPA, rapports de contrôle remis à chaque chantier.",
        ],
        [
          "Application de systèmes de peinture anticorrosion et métallisation zinc-aluminium après décapage.",
          "Nous enchaînons décapage et mise en peinture liquide pour protéger vos ouvrages.",
          "Métallisation à l'arc et peinture époxy/polyuréthane en complément.",
        ],
        [
          "Cuves, réservoirs, charpentes, ponts, coques de bateaux, façades et menuiseries anciennes.",
          "Clients : chaudronniers, chantiers navals, industrie pétrochimique, monuments et particuliers.",
          "Rénovation de volets, portails et meubles anciens pour les particuliers.",
        ],
        [
          "Aérogommage, décapage cryogénique à la glace carbonique et hydrodécapage très haute pression.",
          "Techniques douces pour les supports fragiles : aérogommage basse pression et microbillage.",
          "Nettoyage cryogénique sans eau ni résidu pour les moules et machines.",
        ],
        [
          "Entreprise artisanale fondée en 2004, nous sommes 9 techniciens.",
          "Je dirige l'entreprise depuis 15 ans et j'interviens moi-même sur les chantiers.",
          "Une équipe polyvalente, habilitée pour les sites Seveso.",
        ],
      ],
      vague: ["Sablage.", "Décapage toutes surfaces.", "Traitement des surfaces, rénovation.", "Travaux de préparation et de finition."],
    },
  ],
  needs: [
    {
      target: "h-ts-thermolaquage-peinture-poudre",
      related: ["h-ts-galvanisation-a-chaud", "h-ts-sablage-grenaillage"],
      title: "Thermolaquage 120 garde-corps RAL 7016",
      description:
        "Nous recherchons un applicateur pour la mise en couleur de 120 garde-corps en acier galvanisé (1,20 m x 1,00 m) en RAL 7016 finition sablée, destinés à une résidence à Aix-en-Provence. Label de qualité exigé pour usage extérieur, enlèvement et livraison assurés par nos soins. Délai : 3 semaines à réception des pièces.",
      kind: "services",
      nafPicked: ["43.34Z"],
      budget: [8000, 14000],
    },
    {
      target: "h-ts-anodisation-traitement-chimique-alu",
      title: "OAD + conversion sans Cr6 sur pièces 7075/2024",
      description:
        "Traitement d'environ 2 000 pièces usinées par an en alliages 7075 et 2024 (carters, supports), lots de 50 à 200. Oxydation anodique dure 40 µm sur les portées, conversion chimique sans chrome hexavalent sur le reste, épargnes selon plan. Fournisseur qualifié EN 9100 avec certificat de conformité par lot, enlèvement à Marignane.",
      kind: "services",
      nafPicked: ["25.61Z"],
      budget: [30000, 60000],
    },
  ],
};
