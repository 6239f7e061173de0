import type { Trade } from "./types";

export const trade: Trade = {
  key: "nuisibles",
  specialties: [
    {
      key: "deratisation-desinsectisation-3d",
      naf: ["81.29A", "81.29B"],
      names: [
        "STOP NUISIBLES",
        "RATIBUS 3D",
        "HYGIA PROTECT",
        "NUISITEC",
        "ANTIPARASITES DU SUD-OUEST",
        "BARRIERE NUISIBLES",
        "DERAT'EXPRESS",
        "LEBLOND HYGIENE SERVICES",
      ],
      ideas: [
        [
          "Dératisation, désinsectisation et désinfection (3D) pour professionnels et collectivités.",
          "Lutte contre les rongeurs, cafards, blattes, punaises de lit et fourmis.",
          "Traitement des nuisibles : rats, souris, insectes rampants et volants.",
        ],
        [
          "Contrats HACCP pour la restauration et l'agroalimentaire : passages réguliers, postes d'appâtage numérotés, registre.",
          "Plan de lutte contre les nuisibles conforme HACCP, avec plan d'implantation et rapports de visite.",
          "Suivi des cuisines professionnelles, boulangeries et commerces de bouche, dossier prêt pour les contrôles sanitaires.",
        ],
        [
          "Applicateurs certifiés Certibiocide, produits homologués utilisés de façon raisonnée.",
          "Lutte intégrée : piégeage mécanique privilégié, biocides en dernier recours.",
          "Méthodes récentes : pièges connectés, détection canine des punaises de lit, traitement thermique.",
        ],
        [
          "Intervention d'urgence sous 24 heures en cas d'infestation.",
          "Désinsectisation d'urgence pour les hôtels et résidences (punaises de lit).",
          "Traitement curatif rapide puis contrat préventif.",
        ],
        [
          "Destruction de nids de guêpes et de frelons asiatiques.",
          "Enlèvement de nids de frelons, même en hauteur, avec perche télescopique.",
          "Traitement des chenilles processionnaires et des insectes xylophages.",
        ],
        [
          "Clients : restaurants, industries agroalimentaires, bailleurs sociaux, entrepôts.",
          "Nous protégeons les sites sensibles : cuisines centrales, silos, plateformes logistiques.",
          "Techniciens basés localement sur toute la région.",
        ],
      ],
      vague: ["Hygiène et nuisibles.", "Services 3D.", "Entreprise de traitement antiparasitaire."],
    },
    {
      key: "depigeonnage-effarouchement",
      naf: ["81.29A", "81.29B"],
      names: [
        "PIGEON STOP",
        "ENVOL PROTECTION",
        "AVIFUGE SERVICES",
        "BARRIERE OISEAUX",
        "EFFAROUCHE PRO",
        "FILETS ET PICOTS",
        "LES FAUCONNIERS DU RHONE",
        "AVIPROTECT",
      ],
      ideas: [
        [
          "Dépigeonnage et lutte contre les oiseaux nuisibles : pigeons, goélands, étourneaux.",
          "Solutions anti-pigeons pour bâtiments, entrepôts et toitures.",
          "Protection des façades et des structures contre les nuisances des volatiles.",
        ],
        [
          "Pose de filets anti-oiseaux, de pics, de fils tendus et de systèmes électro-répulsifs.",
          "Installation de filets en hauteur dans les entrepôts et au-dessus des quais.",
          "Dispositifs dissuasifs non vulnérants : pointes, câbles, gel répulsif, filets tendus.",
        ],
        [
          "Capture des pigeons par cages, dans le respect de la réglementation.",
          "Régulation des populations par capture et stérilisation des oeufs.",
          "Effarouchement par fauconnerie : rapaces dressés pour éloigner les oiseaux des sites industriels.",
        ],
        [
          "Nettoyage et désinfection des fientes, enlèvement des nids et des cadavres.",
          "Enlèvement des fientes accumulées sous toiture et traitement antiparasitaire des zones souillées.",
          "Nettoyage des gouttières, corniches et balcons souillés par les oiseaux.",
        ],
        [
          "Interventions en hauteur : cordistes, nacelles, échafaudages.",
          "Équipes formées au travail en hauteur et sur toiture.",
          "Accès difficiles : clochers, ponts, monuments historiques.",
        ],
        [
          "Clients : mairies, syndics, industriels, centres commerciaux.",
          "Garantie de résultat et visites de contrôle après la pose.",
          "Étude gratuite sur site et préconisations adaptées.",
        ],
      ],
      vague: ["Anti-nuisibles.", "Protection des bâtiments.", "Hygiène et environnement."],
    },
    {
      key: "desinfection-apres-sinistre-odeurs",
      naf: ["81.29A", "81.22Z", "39.00Z"],
      names: ["SINISTRA NET", "APRES-DEGAT SERVICES", "ODORTEC", "ASSAINIX", "BIOCLEAN INTERVENTION", "REMEDIA HABITAT", "NETTOYAGE EXTREME 33", "PURIFIA"],
      ideas: [
        [
          "Désinfection après dégât des eaux, inondation ou incendie.",
          "Assainissement des locaux inondés : pompage, séchage, traitement antifongique.",
          "Remise en état sanitaire après sinistre : eau, fumée, suie.",
        ],
        [
          "Traitement des odeurs tenaces par nébulisation et ozone.",
          "Désodorisation des locaux : odeurs de fumée, de tabac, d'humidité ou de décomposition.",
          "Élimination durable des mauvaises odeurs, pas simplement masquées.",
        ],
        [
          "Nettoyage après décès, syndrome de Diogène et logements insalubres.",
          "Nettoyage et désinfection de logements très encombrés ou insalubres.",
          "Interventions délicates : après décès, squat, accumulation de déchets.",
        ],
        [
          "Désinfection virucide et bactéricide des locaux par voie aérienne (DSVA).",
          "Désinfection par brumisation conforme à la norme NF T72-281.",
          "Décontamination des surfaces et des réseaux de ventilation.",
        ],
        [
          "Traitement des moisissures et de la mérule.",
          "Traitement fongicide des murs et séchage par déshumidificateurs industriels.",
          "Mesures d'humidité et suivi jusqu'au retour à la normale.",
        ],
        [
          "Nous travaillons avec les experts d'assurance et les syndics, rapport photo fourni.",
          "Mandatés par les assureurs, intervention sous 24 heures, 7 jours sur 7.",
          "Devis compatible avec la prise en charge par votre assurance.",
        ],
      ],
      vague: ["Nettoyage et désinfection.", "Intervention après sinistre.", "Hygiène des locaux."],
    },
  ],
  needs: [
    {
      target: "deratisation-desinsectisation-3d",
      related: ["desinfection-apres-sinistre-odeurs"],
      title: "Contrat annuel nuisibles pour 3 restaurants",
      description:
        "Nous exploitons 3 restaurants (cuisines de 60 à 120 m²) et avons besoin d'un contrat contre rongeurs et cafards avec passages mensuels, plan d'appâtage et registre à présenter aux services vétérinaires. Intervention d'urgence à prévoir en cas d'infestation.",
      kind: "services",
      nafPicked: ["56.10A"],
      budget: [2000, 4500],
    },
    {
      target: "depigeonnage-effarouchement",
      related: ["deratisation-desinsectisation-3d", "desinfection-apres-sinistre-odeurs"],
      title: "Pigeons installés dans l'entrepôt, quais souillés",
      description:
        "Une colonie de pigeons niche sous la charpente de notre entrepôt (12 m de haut) et salit marchandises et quais. Nous voulons les faire partir durablement (filets ou autre solution) et faire nettoyer les fientes. Site de 4 000 m² en Seine-et-Marne.",
      kind: "services",
      nafPicked: ["81.29A"],
      budget: [8000, 20000],
    },
  ],
};
