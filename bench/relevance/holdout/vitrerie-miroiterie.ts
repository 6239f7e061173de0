import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "vitrerie-miroiterie",
  specialties: [
    {
      key: "h-vitrier-depannage",
      naf: ["43.34Z", "43.32A", "43.32B"],
      names: [
        "SOS VITRERIE 13",
        "VITRERIE MARSEILLAISE",
        "ALLO VITRES DEPANNAGE",
        "VITRERIE DU PRADO",
        "EXPRESS VITRAGE",
        "RIVIERE VITRERIE",
        "VITR URGENCE",
        "GLASS SERVICE PROVENCE",
        "MARTINEZ VITRERIE",
        "LA VITRERIE AIXOISE",
      ],
      ideas: [
        [
          "Vitrier dépanneur : remplacement de vitres cassées, double vitrage, vitrines de magasins.",
          "Nous remplaçons tous vos vitrages brisés, simple ou double, sur fenêtres, portes et devantures.",
          "Remplacement de carreaux et de doubles vitrages sur menuiseries bois, alu et PVC.",
          "Je change vos vitres cassées rapidement, chez les particuliers comme chez les professionnels.",
        ],
        [
          "Intervention d'urgence 24h/24 et 7j/7, mise en sécurité par panneau bois en attendant le vitrage définitif.",
          "Après une effraction ou un sinistre : condamnation provisoire de l'ouverture puis remplacement sous 48 h.",
          "Service d'urgence jour et nuit, week-ends et jours fériés compris.",
        ],
        [
          "Agréé par les principales compagnies d'assurance et plateformes d'assistance.",
          "Nous travaillons en direct avec les assureurs et les gestionnaires de sinistres.",
          "Prise en charge de vos dossiers de bris de glace avec votre assurance.",
        ],
        [
          "Vitrages feuilletés anti-effraction, trempés, isolants et à faible émissivité.",
          "Pose de verre sécurit, de feuilleté 44.2 et de vitrages retardateurs d'effraction P5A.",
          "Tous types de verres : clair, dépoli, imprimé, armé, feuilleté.",
        ],
        [
          "Contrats de dépannage pour agences bancaires, commerces, bailleurs et syndics.",
          "Nous intervenons pour les réseaux d'agences et de magasins avec un suivi multisite.",
          "Partenaire des gestionnaires immobiliers pour la remise en état après sinistre.",
        ],
        [
          "Atelier de coupe et stock de vitrages pour une réactivité maximale.",
          "Véhicules équipés de pupitres à verre et de ventouses pour les grands volumes.",
          "Découpe sur place et stock de vitrages aux dimensions courantes.",
        ],
        [
          "Interventions à Marseille, Aix, Aubagne et sur la Côte Bleue.",
          "Installés dans le 10e arrondissement de Marseille depuis 2004.",
          "Délai d'intervention moyen : 2 heures sur la métropole.",
        ],
      ],
      vague: ["Vitrerie.", "Vitrier.", "Dépannage et remplacement.", "Vitrerie - miroiterie."],
    },
    {
      key: "h-cloisons-vitrees",
      naf: ["43.39Z", "43.32B", "43.34Z", "31.01Z"],
      names: [
        "ESPACES VITRES AMENAGEMENT",
        "CLOISONS CONCEPT MEDITERRANEE",
        "TRANSPARENCE BUREAUX",
        "AGENCEMENT TERTIAIRE PROVENCE",
        "VERRIERE ET ESPACES",
        "OFFICE PARTITION SUD",
        "LUMIBUREAU",
        "ATELIER DES VERRIERES",
        "CLOISON SYSTEME 13",
        "SEGURA AGENCEMENT",
      ],
      ideas: [
        [
          "Cloisons amovibles vitrées et pleines pour l'aménagement de bureaux.",
          "Nous créons vos espaces de travail : cloisons toute hauteur vitrées, bureaux fermés, salles de réunion.",
          "Conception et pose de cloisons de bureaux en simple ou double vitrage, profils aluminium fins.",
          "Cloisonnement de plateaux tertiaires, open-spaces et salles de réunion.",
        ],
        [
          "Performances acoustiques jusqu'à 45 dB Rw, idéales pour les bureaux de direction et salles de réunion.",
          "Solutions acoustiques : double vitrage, joints périphériques, portes isophoniques.",
          "Cloisons à fort affaiblissement acoustique, testées en laboratoire.",
        ],
        [
          "Verrières d'atelier en acier, style industriel, pour bureaux, lofts et commerces.",
          "Verrières intérieures sur mesure, portes vitrées coulissantes et pivotantes.",
          "Fabrication de verrières style atelier en acier thermolaqué.",
        ],
        [
          "Portes vitrées toute hauteur, stores vénitiens intégrés entre vitrages, vitrophanies.",
          "Options : stores intégrés, films de confidentialité, marquages anti-collision.",
          "Finitions au choix : profils anodisés ou bois, blocs-portes vitrés ou pleins.",
        ],
        [
          "Références auprès d'entreprises, banques, cliniques et administrations.",
          "Nous accompagnons les directions immobilières et les services généraux dans leurs projets d'aménagement.",
          "Interventions en site occupé, le week-end si nécessaire, pour ne pas perturber vos équipes.",
        ],
        [
          "De la conception au montage : relevés, plans, fabrication, pose clé en main.",
          "Bureau d'études intégré, plans d'implantation et visite 3D du projet.",
          "Un interlocuteur unique pour vos travaux de réaménagement : cloisons, plafonds, sols.",
        ],
        [
          "Cloisons démontables et réutilisables, démarche de réemploi.",
          "Systèmes conformes aux exigences de sécurité incendie, procès-verbaux fournis.",
          "Vitrages feuilletés de sécurité conformes au NF DTU 39.",
        ],
      ],
      vague: ["Aménagement de bureaux.", "Cloisons.", "Agencement intérieur.", "Second œuvre tertiaire."],
    },
    {
      key: "h-films-vitrage",
      naf: ["43.34Z", "43.39Z", "45.20A"],
      names: [
        "FILM SOLAIRE PROVENCE",
        "SOLARFILM SUD",
        "PROTECFILM",
        "TEINTEO",
        "VITRO-PROTECT",
        "ANTI-UV SOLUTIONS",
        "MEDITERRANEE FILMS ET VITRAGES",
        "CLIMAFILM",
        "DUBOIS FILMS ADHESIFS",
        "SECURIVITRE",
      ],
      ideas: [
        [
          "Pose de films solaires sur vitrages pour réduire la chaleur et l'éblouissement.",
          "Films thermiques réfléchissants pour bureaux, commerces et bâtiments publics.",
          "Nous appliquons des films de contrôle solaire qui rejettent jusqu'à 80 % de l'énergie solaire.",
          "Films solaires intérieurs ou extérieurs adaptés à chaque type de vitrage.",
        ],
        [
          "Films de sécurité anti-effraction et anti-éclats, certifiés EN 12600 et EN 356.",
          "Films de protection contre le vandalisme, les rayures et les graffitis.",
          "Renforcement des vitrages existants par films de sécurité : protection des personnes contre les éclats de verre.",
        ],
        [
          "Films dépolis et occultants pour la confidentialité des salles de réunion.",
          "Films décoratifs sablés, dégradés et personnalisés à votre logo.",
          "Vitrophanie, films miroir sans tain, occultation totale.",
        ],
        [
          "Étude thermique et vérification de la compatibilité verre/film avant chaque pose (risque de casse thermique).",
          "Diagnostic gratuit de vos vitrages et mesure des apports solaires.",
          "Nous vérifions la compatibilité du film avec votre vitrage pour garantir sa tenue dans le temps.",
        ],
        [
          "Applicateur agréé 3M et Llumar, garantie fabricant jusqu'à 15 ans.",
          "Films de grandes marques : 3M, Solar Gard, Llumar.",
          "Garantie décollement et décoloration, produits certifiés.",
        ],
        [
          "Protection contre les UV : préservation des marchandises en vitrine et du mobilier.",
          "Jusqu'à 99 % des UV filtrés, moins de décoloration des produits exposés.",
          "Réduction des besoins en climatisation et meilleur confort d'été.",
        ],
        [
          "Nous posons également des films teintés homologués sur véhicules.",
          "Activité complémentaire : teinte de vitres automobiles pour particuliers et flottes d'entreprise.",
          "Pose de films sur les vitres des utilitaires et des voitures de société.",
        ],
        [
          "Interventions en hauteur avec nacelle, en site occupé, dans toute la région PACA.",
          "Poseurs formés, chantiers de 10 à plus de 5 000 m².",
          "Pose sans dépose des menuiseries et sans gêne pour vos occupants.",
        ],
      ],
      vague: ["Films pour vitrages.", "Protection solaire.", "Pose de films adhésifs.", "Solutions pour vitrages."],
    },
    {
      key: "h-miroiterie-deco",
      naf: ["23.12Z", "43.34Z", "23.19Z", "47.59B"],
      names: [
        "MIROITERIE PHOCEENNE",
        "ART ET VERRE",
        "LE MIROIR SUR MESURE",
        "VERRE DECOR PROVENCE",
        "GLASS DESIGN MEDITERRANEE",
        "MIROITERIE BONNET",
        "CRISTAL CREATION",
        "ATELIER VERRE ET LUMIERE",
        "SABLAGE ET GRAVURE SUR VERRE",
        "MIROITERIE DE LA CAPELETTE",
      ],
      ideas: [
        [
          "Miroirs sur mesure : découpe, façonnage des chants, biseaux, perçages.",
          "Fabrication de miroirs de toutes dimensions pour salles de bains, halls et salles de sport.",
          "Atelier de miroiterie : miroirs argentés, vieillis, bronze ou gris.",
          "Nous façonnons vos miroirs à vos dimensions, avec ou sans cadre, éclairage LED intégré possible.",
        ],
        [
          "Crédences de cuisine en verre laqué, plans vasques et habillages muraux.",
          "Verre laqué, verre imprimé numériquement, verre texturé pour la décoration intérieure.",
          "Habillages en verre décoratif pour halls d'hôtels, boutiques et restaurants.",
        ],
        [
          "Parois de douche en verre trempé, portes en verre sécurit, garde-corps vitrés.",
          "Pare-douches sur mesure et portes de douche pivotantes.",
          "Garde-corps tout verre, marches et dalles de sol en verre feuilleté.",
        ],
        [
          "Transformation du verre plat : trempe, feuilletage, sablage, gravure, bombage.",
          "Machines de façonnage à commande numérique, table de découpe automatique, four de trempe.",
          "Sablage et gravure personnalisés, fusing, créations sur verre.",
        ],
        [
          "Pour les architectes d'intérieur, agenceurs, hôtels et particuliers exigeants.",
          "Nous travaillons pour les cuisinistes, les salles de bains et les agenceurs de magasins.",
          "Clients : décorateurs, designers, hôtellerie de luxe.",
        ],
        [
          "Savoir-faire artisanal transmis depuis trois générations.",
          "Miroitier depuis 1968, atelier de 800 m² à Marseille.",
          "Artisan d'art, membre des Ateliers d'Art de France.",
        ],
        [
          "Showroom ouvert du lundi au samedi, devis sur plan ou sur métré.",
          "Vente au comptoir de verre coupé à dimension pour les professionnels.",
          "Découpe à la demande pour les particuliers, retrait en atelier ou livraison.",
        ],
      ],
      vague: ["Miroiterie.", "Travail du verre.", "Verre et décoration.", "Artisan verrier."],
    },
  ],
  needs: [
    {
      target: "h-vitrier-depannage",
      related: ["h-miroiterie-deco"],
      title: "Remplacement vitrages vandalisés - 3 agences",
      description:
        "Suite à des actes de vandalisme, 7 vitrages de façade (double vitrage feuilleté, jusqu'à 2,20 x 1,60 m) sont à remplacer dans 3 de nos agences à Marseille (1er, 3e et 14e). Mise en sécurité immédiate demandée, puis pose définitive sous 10 jours. Nous cherchons aussi un prestataire réactif pour les prochains sinistres.",
      kind: "works",
      nafPicked: ["43.34Z"],
      budget: [6000, 15000],
    },
    {
      target: "h-films-vitrage",
      related: ["h-stores-bannes"],
      title: "Film anti-chaleur 450 m² vitrages plateau R+2",
      description:
        "Nos bureaux de La Joliette souffrent de surchauffe en été : environ 450 m² de double vitrage clair orienté ouest à traiter côté intérieur. Nous voulons une solution réfléchissante sans changer les menuiseries, avec étude de compatibilité thermique préalable. Pose en août, site occupé.",
      kind: "works",
      nafPicked: ["43.34Z"],
      budget: [18000, 30000],
    },
  ],
};
