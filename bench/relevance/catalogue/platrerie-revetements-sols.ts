import type { Trade } from "./types";

export const trade: Trade = {
  key: "platrerie-revetements-sols",
  specialties: [
    {
      key: "plaquiste-cloisons-faux-plafonds",
      naf: ["43.31Z", "43.39Z", "43.29A"],
      names: [
        "PLATRERIE ISOLATION DU CENTRE",
        "CLOISONS ET PLAFONDS SERVICES",
        "PLAQUISTE PRO 69",
        "SARL HAMON PLATRERIE",
        "ACOUSTIQUE INTERIEURE",
        "PLATRE ET DOUBLAGES",
        "SECOND OEUVRE TERTIAIRE",
        "ISOPLAC",
        "PLAFONDS DESIGN",
      ],
      ideas: [
        [
          "Cloisons en plaques de plâtre, doublages isolants et faux plafonds.",
          "Plaquiste : cloisons de distribution, contre-cloisons, gaines techniques et coffrages.",
          "Plâtrerie sèche et traditionnelle, bandes et enduits.",
        ],
        [
          "Faux plafonds acoustiques en dalles minérales, métal ou bois pour bureaux et écoles.",
          "Plafonds suspendus démontables, îlots et panneaux absorbants pour la correction acoustique.",
          "Traitement acoustique des open spaces, salles de réunion et cantines.",
        ],
        [
          "Cloisons amovibles vitrées et pleines pour l'aménagement de bureaux.",
          "Cloisons modulaires, cloisons vitrées toute hauteur et portes intégrées.",
          "Réaménagement de plateaux de bureaux, création de salles de réunion.",
        ],
        [
          "Cloisons et plafonds coupe-feu, encoffrements et protection incendie des structures.",
          "Ouvrages coupe-feu EI 60 et EI 120, encoffrement des gaines.",
          "Plâtrerie technique pour ERP avec procès-verbaux d'essais.",
        ],
        [
          "Isolation des combles et doublages thermiques, entreprise RGE.",
          "Isolation intérieure en laine minérale ou biosourcée.",
          "Isolation acoustique entre logements.",
        ],
        [
          "Qualification Qualibat plâtrerie et plafonds, 40 compagnons plaquistes.",
          "Pose conforme aux DTU 25.41 et 58.1.",
          "Sous-traitance d'entreprises générales ou lots séparés.",
        ],
      ],
      vague: ["Plâtrerie.", "Plâtrerie, peinture.", "Second œuvre.", "Aménagement intérieur."],
    },
    {
      key: "carrelage-faience",
      naf: ["43.33Z"],
      names: [
        "CARRELAGES ET MOSAIQUES",
        "CARRELEUR DU SUD",
        "SOLS ET MURS CERAMIQUE",
        "SARL FERREIRA CARRELAGE",
        "FAIENCE CREATION",
        "CERAMIQUE POSE SERVICES",
        "LES CARRELEURS BORDELAIS",
        "GRES CERAME PRO",
        "MOSAIC ART",
      ],
      ideas: [
        [
          "Pose de carrelage sol et mur, faïence, mosaïque, grès cérame.",
          "Carreleur : carrelage intérieur et extérieur, grands formats, plinthes.",
          "Fourniture et pose de carrelages, dallages et revêtements céramiques.",
        ],
        [
          "Spécialiste des grands formats jusqu'à 120 × 120, pose en double encollage.",
          "Carrelage extérieur sur plots, terrasses et plages de piscine.",
          "Pose de pierre naturelle, marbre et travertin.",
        ],
        [
          "Chapes traditionnelles et fluides, ragréages, nattes de désolidarisation.",
          "Préparation des supports : ragréage, primaire, natte d'étanchéité.",
          "Étanchéité sous carrelage (SPEC) pour douches à l'italienne.",
        ],
        [
          "Marchés de logements collectifs, hôtels, restaurants et cuisines professionnelles.",
          "Carrelage antidérapant pour cuisines collectives, vestiaires et piscines publiques.",
          "Revêtements céramiques pour locaux humides et industriels, classement UPEC.",
        ],
        [
          "Pour particuliers : salles de bains, cuisines, terrasses.",
          "Rénovation de sols anciens, pose sur ancien carrelage.",
          "Conseil sur le choix des carreaux et le calepinage.",
        ],
        [
          "Pose conforme aux DTU 52.1 et 52.2, garantie décennale.",
          "Qualification Qualibat revêtements durs, 20 ans d'expérience.",
          "Artisan carreleur, travail précis et joints soignés.",
        ],
      ],
      vague: ["Carrelage.", "Revêtements de sols et murs.", "Entreprise du bâtiment.", "Carrelage, maçonnerie."],
    },
    {
      key: "sols-souples",
      naf: ["43.33Z", "43.39Z"],
      names: [
        "SOLS SOUPLES DE L'OUEST",
        "REVETEMENTS ET SOLS TECHNIQUES",
        "LINO CONCEPT",
        "MOQUETTES ET SOLS PRO",
        "SARL BOUVIER REVETEMENTS",
        "SOLUTION SOLS SPORTIFS",
        "SOLUXE",
        "REVETSOL",
        "SOLS ET TISSUS MURAUX",
      ],
      ideas: [
        [
          "Pose de sols souples : PVC en lés et en dalles, linoléum, caoutchouc, moquette.",
          "Revêtements de sols souples pour hôpitaux, écoles, EHPAD et bureaux.",
          "Fourniture et pose de sols vinyles, lames LVT et dalles de moquette.",
        ],
        [
          "Soudure à chaud des joints, remontées en plinthes et gorges sanitaires.",
          "Sols PVC homogènes soudés pour locaux à hygiène contrôlée.",
          "Relevés en plinthes et traitement des seuils.",
        ],
        [
          "Préparation des supports : ragréage autolissant, traitement de l'humidité, ponçage.",
          "Dépose d'anciens revêtements, mesure d'humidité des chapes avant pose.",
          "Reprise des supports et barrières anti-remontées d'humidité.",
        ],
        [
          "Sols sportifs pour gymnases et salles polyvalentes, tracés de jeux.",
          "Sols acoustiques, antistatiques et conducteurs.",
          "Sols caoutchouc pour salles de sport et espaces d'accueil.",
        ],
        [
          "Revêtements muraux vinyles et protections murales pour couloirs d'hôpitaux.",
          "Pose de tissus muraux, toiles de verre et protège-murs.",
          "Parquets stratifiés et contrecollés.",
        ],
        [
          "Qualification Qualibat revêtements de sols souples, poseurs formés par les fabricants.",
          "Pose selon le DTU 53.2 et les classements UPEC.",
          "Chantiers en site occupé, locaux rendus le lendemain.",
        ],
      ],
      vague: ["Revêtements de sols.", "Sols et murs.", "Décoration, revêtements.", "Second œuvre."],
    },
  ],
  needs: [
    {
      target: "sols-souples",
      related: ["carrelage-faience", "demolition-desamiantage"],
      kind: "works",
      title: "Remplacement des sols de trois ailes de l'EHPAD",
      description:
        "Dépose de l'ancien revêtement (colle possiblement amiantée, à vérifier) et pose de 1 800 m² de PVC acoustique en lés soudés dans les chambres et circulations, avec remontées en plinthes dans les salles d'eau. Travaux par zones de 6 chambres, résidents présents.",
      nafPicked: ["43.34Z"],
      budget: [85000, 130000],
    },
    {
      target: "plaquiste-cloisons-faux-plafonds",
      related: ["peinture-interieure-tertiaire", "agencement-ebenisterie"],
      kind: "works",
      title: "Cloisonnement et plafonds acoustiques d'un plateau de 600 m²",
      description:
        "Aménagement d'un plateau brut : 8 bureaux fermés et 2 salles de réunion en cloisons plaques de plâtre (45 dB entre bureaux), faux plafond en dalles acoustiques 600 × 600 et encoffrement coupe-feu des gaines. Démarrage prévu le 3 février.",
      nafPicked: ["43.31Z"],
      budget: [60000, 90000],
    },
  ],
};
