import type { Trade } from "./types";

export const trade: Trade = {
  key: "climatisation-froid",
  specialties: [
    {
      key: "cvc-tertiaire",
      naf: ["43.22B", "71.12B", "33.12Z"],
      names: [
        "GENIE CLIMATIQUE DU GRAND EST",
        "CVC INGENIERIE TRAVAUX",
        "AERAULIQUE ET CONFORT",
        "CLIMATIS TERTIAIRE",
        "THERMAIR INSTALLATIONS",
        "SARL NICOLAS CVC",
        "FLUIDES ET ENERGIES BATIMENT",
        "OXYAIR",
        "AIR PUR TECHNOLOGIES",
      ],
      ideas: [
        [
          "Génie climatique : chauffage, ventilation et climatisation (CVC) des bâtiments tertiaires.",
          "Lots CVC de bureaux, hôpitaux, laboratoires et établissements recevant du public.",
          "Conception et installation de climatisation et de traitement d'air pour les entreprises.",
        ],
        [
          "Systèmes VRV/DRV, groupes d'eau glacée, centrales de traitement d'air et ventilo-convecteurs.",
          "Pompes à chaleur réversibles de forte puissance et réseaux hydrauliques.",
          "Roof-tops, CTA double flux et réseaux de gaines.",
        ],
        [
          "Ventilation double flux avec récupération de chaleur, VMC hygroréglable et désenfumage.",
          "Qualité de l'air intérieur : renouvellement d'air, filtration, mesure du CO2.",
          "Réseaux aérauliques, équilibrage et mesures de débits.",
        ],
        [
          "Maintenance multitechnique CVC et contrats de performance énergétique.",
          "Exploitation et maintenance des installations CVC, astreinte, télésurveillance.",
          "Maintenance préventive des CTA, groupes froids et chaufferies.",
        ],
        [
          "Régulation et GTB pour piloter et réduire les consommations.",
          "Supervision, optimisation des consignes et conformité au décret BACS.",
          "Accompagnement vers les objectifs du décret tertiaire.",
        ],
        [
          "Attestation de capacité fluides frigorigènes catégorie I, qualifications Qualibat et Qualiclimafroid.",
          "Certifiés MASE et ISO 14001, 80 techniciens.",
          "Bureau d'études fluides intégré : bilans thermiques, notes de calcul, plans d'exécution.",
        ],
      ],
      vague: ["Génie climatique.", "Chauffage, ventilation, climatisation.", "Génie thermique.", "Installations techniques du bâtiment."],
    },
    {
      key: "froid-commercial",
      naf: ["33.12Z", "43.22B", "28.25Z"],
      names: [
        "FROID SERVICE COMMERCE",
        "FRIGORISTES ASSOCIES",
        "POLAIRE INSTALLATIONS",
        "CHAMBRES FROIDES DU SUD",
        "ARCTIC MAINTENANCE",
        "SARL BRUNET FROID",
        "FROID CUISINE PRO",
        "GLACIAL TECHNIQUE",
        "REFRIGERATION INDUSTRIELLE BRETONNE",
      ],
      ideas: [
        [
          "Froid commercial : installation et maintenance de chambres froides positives et négatives.",
          "Frigoriste pour commerces alimentaires, restaurants et grande distribution.",
          "Montage de chambres froides, meubles frigorifiques et vitrines réfrigérées.",
        ],
        [
          "Froid industriel pour l'agroalimentaire : tunnels de congélation, entrepôts frigorifiques.",
          "Centrales frigorifiques au CO2 transcritique et à l'ammoniac.",
          "Installations frigorifiques pour laiteries, abattoirs et plateformes logistiques.",
        ],
        [
          "Dépannage 24 h/24 et 7 j/7 : une panne de froid n'attend pas.",
          "Astreinte frigorifique avec intervention en moins de 4 heures.",
          "Contrats de maintenance avec télésurveillance des températures.",
        ],
        [
          "Attestation de capacité catégorie I, contrôles d'étanchéité réglementaires et récupération des fluides.",
          "Remplacement des installations au R404A par des fluides à faible impact (CO2, propane).",
          "Contrôles d'étanchéité F-Gas et tenue des registres.",
        ],
        [
          "Machines à glaçons, armoires réfrigérées, cellules de refroidissement rapide.",
          "Équipements froid pour cuisines professionnelles : tables réfrigérées, saladettes.",
          "Vitrines de boucherie, caves à vin professionnelles.",
        ],
        [
          "Panneaux isothermes, portes de chambres froides et groupes de condensation.",
          "Chambres froides en panneaux sandwich sur mesure.",
          "Récupération de chaleur sur les groupes froids pour produire l'eau chaude.",
        ],
      ],
      vague: ["Froid et climatisation.", "Frigoriste.", "Maintenance technique.", "Climatisation, froid."],
    },
    {
      key: "climatisation-particuliers",
      naf: ["43.22B", "43.21A"],
      names: [
        "CLIM CONFORT MAISON",
        "FRAICHEUR DU SUD",
        "CLIMATISATION RIVIERA",
        "CLIM'HOME",
        "AIR DOUX SERVICES",
        "SARL ROCHE CLIMATISATION",
        "ECLIM 34",
        "MA CLIM FACILE",
        "BREEZE INSTALLATION",
      ],
      ideas: [
        [
          "Installation de climatisation réversible chez les particuliers : monosplit, multisplit, gainable.",
          "Climatiseurs muraux et consoles pour votre maison ou appartement.",
          "Climatisation et chauffage réversible pour l'habitat.",
        ],
        [
          "Unités silencieuses des grandes marques, pilotage depuis votre smartphone.",
          "Conseil sur la puissance adaptée à chaque pièce, pose discrète du groupe extérieur.",
          "Installation soignée : goulottes discrètes, supports antivibratiles.",
        ],
        [
          "Entretien annuel des climatiseurs, nettoyage et désinfection des unités.",
          "Contrat d'entretien de votre clim : filtres, contrôle d'étanchéité, recharge.",
          "Dépannage de climatisation domestique.",
        ],
        [
          "Attestation de capacité pour la manipulation des fluides frigorigènes.",
          "Installateur agréé, garantie pièces et main-d'œuvre 5 ans.",
          "Entreprise RGE QualiPAC pour les pompes à chaleur air/air.",
        ],
        [
          "Démarches en copropriété : accord du syndic, déclaration préalable pour l'unité extérieure.",
          "Nous vous aidons pour les autorisations de copropriété et de mairie.",
          "Pose en appartement avec contraintes de façade.",
        ],
        [
          "Artisan installé depuis 2008, interventions dans tout le département.",
          "Devis gratuit à domicile sous 48 h.",
          "Petite équipe, installation réalisée en une journée.",
        ],
      ],
      vague: ["Climatisation.", "Chauffage et climatisation.", "Confort de l'habitat.", "Artisan."],
    },
  ],
  needs: [
    {
      target: "froid-commercial",
      related: ["cvc-tertiaire"],
      kind: "works",
      title: "Chambres froides pour l'ouverture de notre supérette",
      description:
        "Magasin alimentaire de 400 m² : il nous faut une chambre froide positive de 12 m², une négative de 6 m² avec groupes en extérieur, et 15 mètres linéaires de meubles réfrigérés. Mise en service avant le 15 septembre, contrat de maintenance avec astreinte à prévoir.",
      nafPicked: ["43.22B"],
      budget: [70000, 110000],
    },
    {
      target: "cvc-tertiaire",
      related: ["climatisation-particuliers", "chauffagiste-pac", "electricite-batiment-tertiaire"],
      kind: "works",
      title: "Rénovation ventilation et climatisation d'un immeuble de bureaux",
      description:
        "Immeuble R+4 de 3 500 m² : remplacement de la CTA et des ventilo-convecteurs vétustes par une solution performante (double flux avec récupération, DRV ou PAC) et mise en conformité BACS. Travaux par demi-plateaux en site occupé, livraison avant l'été.",
      nafPicked: ["71.12B"],
      budget: [400000, 650000],
    },
  ],
};
