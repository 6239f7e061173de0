import type { Trade } from "./types";

export const trade: Trade = {
  key: "emballage",
  specialties: [
    {
      key: "emballages-industriels",
      naf: ["46.76Z", "17.21A", "22.22Z", "16.24Z"],
      names: [
        "EMBALLAGES DU CENTRE",
        "CARTONNAGES MOREL",
        "PACKINDUS",
        "FILMS ET PALETTES SERVICES",
        "SOCIETE NORMANDE D'EMBALLAGE",
        "DISTRI EMBALLAGES PRO",
        "CARTON PLUS",
        "PALETTES ET CALAGES DE L'EST",
        "OMNIPACK",
      ],
      ideas: [
        [
          "Fourniture d'emballages industriels : cartons, films étirables, palettes, calages.",
          "Distributeur d'emballages et de consommables pour la logistique et l'industrie.",
          "Tous vos emballages d'expédition et de stockage chez un seul fournisseur.",
        ],
        [
          "Caisses en carton ondulé simple, double et triple cannelure, standard ou sur mesure.",
          "Fabrication de cartons ondulés à vos dimensions avec impression flexo.",
          "Cartonnages et découpes sur mesure, en petites et grandes séries.",
        ],
        [
          "Films étirables manuels et machine, films rétractables, housses et gaines.",
          "Sacs, gaines et films en polyéthylène, y compris en matière recyclée.",
          "Emballages plastiques : sachets, film à bulles et mousses de calage.",
        ],
        [
          "Palettes bois neuves et reconditionnées, traitement NIMP 15 pour l'export.",
          "Palettes Europe, palettes perdues et caisses bois pour l'export.",
          "Fabrication de caisses et de calages en bois sur mesure.",
        ],
        [
          "Banderoleuses, cercleuses et fermeuses de cartons : vente, location et maintenance.",
          "Machines d'emballage de fin de ligne et assistance technique.",
          "Audit de vos postes d'emballage pour réduire consommations et casse.",
        ],
        [
          "Stock permanent, livraison sous 48 h et stocks consignés chez vous.",
          "Livraisons en flux tendu et contrats d'approvisionnement annuels.",
          "Emballages éco-conçus, carton certifié FSC et films recyclés.",
        ],
      ],
      vague: ["Emballage.", "Fournitures industrielles.", "Négoce.", "Conditionnement."],
    },
    {
      key: "conditionnement-facon",
      naf: ["82.92Z", "52.10B"],
      names: [
        "COPACK SERVICES",
        "CONDITIONNEMENT A FACON DU LOIRET",
        "ESAT LES ATELIERS DU BOCAGE",
        "PACK'SERVICES",
        "SOUS-TRAITANCE CONDITIONNEMENT LOGISTIQUE",
        "ASSEMBLAGES ET MISE SOUS FILM",
        "MULTIPACK FACON",
        "FACONNAGE SERVICES",
        "LOGICOND",
      ],
      ideas: [
        [
          "Conditionnement à façon : mise en sachets, mise en boîte, étiquetage et fardelage.",
          "Nous conditionnons vos produits pour votre compte, en petites ou grandes séries.",
          "Sous-traitance de conditionnement et de reconditionnement de produits.",
        ],
        [
          "Co-packing de produits alimentaires, cosmétiques et d'entretien.",
          "Constitution de coffrets, de lots promotionnels et de kits.",
          "Assemblage de packs promotionnels, de présentoirs et de PLV pour la grande distribution.",
        ],
        [
          "Lignes de mise sous film rétractable, ensacheuses, étiqueteuses et dateurs.",
          "Machines de conditionnement en flow-pack, remplissage et capsulage.",
          "Conditionnement manuel ou semi-automatique selon vos volumes.",
        ],
        [
          "Salle propre et traçabilité lot par lot pour les produits sensibles.",
          "Certifiés IFS Logistics et ISO 9001, agrément sanitaire pour les denrées.",
          "Procédures qualité adaptées aux exigences de l'industrie cosmétique.",
        ],
        [
          "Reconditionnement des retours et tri des produits non conformes.",
          "Ré-étiquetage et mise en conformité de l'étiquetage pour l'export.",
          "Contrôle qualité unitaire et tri de pièces pour l'industrie.",
        ],
        [
          "Stockage, préparation de commandes et expédition depuis notre entrepôt.",
          "Capacité de pointe pour absorber vos opérations saisonnières.",
          "Établissement du secteur adapté : nos prestations comptent pour votre obligation d'emploi de travailleurs handicapés.",
        ],
      ],
      vague: ["Conditionnement.", "Sous-traitance.", "Services aux entreprises.", "Logistique."],
    },
    {
      key: "emballage-cadeau",
      naf: ["46.49Z", "17.29Z", "47.78C"],
      names: [
        "RUBANS ET PAPIERS",
        "L'ECRIN BOUTIQUE",
        "PAQUET CADEAU CREATIONS",
        "BOITES ET COFFRETS DE FRANCE",
        "DECOPACK BOUTIQUES",
        "SAC EN FETE",
        "JOLI PAQUET",
        "MAISON LAFLEUR EMBALLAGES",
        "FRIANDISE PACKAGING",
      ],
      ideas: [
        [
          "Emballages cadeaux pour boutiques : papiers cadeaux, rubans, sacs et boîtes décoratives.",
          "Fournisseur de papier cadeau et de packaging décoratif pour les commerçants.",
          "Tout pour emballer joliment les achats de vos clients.",
        ],
        [
          "Sacs kraft à poignées, sacs papier luxe et pochettes personnalisés à votre logo.",
          "Impression de votre logo sur sacs, rubans et étiquettes.",
          "Personnalisation dès 100 exemplaires : marquage à chaud, dorure, sérigraphie.",
        ],
        [
          "Boîtes cadeaux, écrins, coffrets à bijoux et boîtes à chocolats.",
          "Ballotins, boîtes à macarons et emballages pour confiseurs et chocolatiers.",
          "Coffrets rigides et boîtes aimantées pour les fêtes.",
        ],
        [
          "Collections saisonnières : Noël, Saint-Valentin, Pâques, fête des mères.",
          "Nouvelles collections de papiers et de rubans chaque saison.",
          "Papiers de soie, frisures, raphia et fleurs décoratives.",
        ],
        [
          "Clients : fleuristes, bijoutiers, chocolatiers, boutiques de prêt-à-porter et concept stores.",
          "Nous équipons les commerces de proximité et les créateurs.",
          "Showroom et catalogue en ligne réservés aux professionnels.",
        ],
        [
          "Petites quantités acceptées, livraison en 72 h.",
          "Minimum de commande de 80 €, franco de port dès 250 €.",
          "Gammes en papier recyclé imprimées avec des encres végétales.",
        ],
      ],
      vague: ["Emballage.", "Décoration.", "Fournitures pour commerces.", "Négoce."],
    },
  ],
  needs: [
    {
      target: "emballages-industriels",
      related: ["conditionnement-facon", "emballage-cadeau"],
      title: "Approvisionnement annuel en cartons et film étirable pour notre entrepôt",
      description:
        "Plateforme e-commerce : environ 60 000 caisses carton double cannelure par an en 4 formats, 1 200 bobines de film étirable machine et des palettes Europe reconditionnées. Livraisons mensuelles, prix fermes sur 12 mois, carton FSC souhaité.",
      kind: "supplies",
      nafPicked: ["17.21A"],
      budget: [70000, 110000],
    },
    {
      target: "conditionnement-facon",
      related: ["emballage-cadeau", "emballages-industriels"],
      title: "Mise en coffrets de 15 000 kits cadeaux pour Noël",
      description:
        "Marque de cosmétiques : nous cherchons un prestataire pour assembler 15 000 coffrets (3 produits et une notice), les filmer et les mettre en cartons d'expédition entre le 1er et le 31 octobre. Composants livrés par nos soins, traçabilité par lot demandée.",
      kind: "services",
      nafPicked: ["46.76Z"],
      budget: [20000, 35000],
    },
  ],
};
