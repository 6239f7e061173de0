import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "fermetures-batiment",
  specialties: [
    {
      key: "h-portails-barrieres",
      naf: ["43.32B", "43.21A", "25.12Z"],
      names: [
        "AUTOMATISMES DU SUD",
        "PORTAIL CONCEPT 13",
        "ACCES CONTROLE PROVENCE",
        "SOLEM AUTOMATISMES",
        "GARCIA PORTAILS",
        "BARRIERE SERVICES MEDITERRANEE",
        "MOTORISATION AZUR",
        "FERRONNERIE AUTOMATIQUE DE L'ETANG",
        "CLOTURES ET ACCES",
        "LOPEZ FRERES",
      ],
      ideas: [
        [
          "Fabrication, pose et motorisation de portails coulissants et battants pour entreprises et particuliers.",
          "Nous installons des portails automatiques sur mesure en acier ou en aluminium, motorisés et sécurisés.",
          "Portails autoportants, coulissants sur rail ou battants : fourniture, pose et automatisation.",
          "Je motorise tous types de portails, neufs ou existants.",
        ],
        [
          "Barrières levantes pour parkings, zones logistiques et sites industriels.",
          "Installation de barrières automatiques de parking, bornes escamotables et herses anti-intrusion.",
          "Contrôle des flux de véhicules : barrières levantes, bornes rétractables, obstacles anti-bélier.",
        ],
        [
          "Contrôle d'accès : interphones, digicodes, lecteurs de badges, lecture de plaques (LAPI).",
          "Nous intégrons vos systèmes d'accès : télécommandes, badges, visiophones, boucles de détection.",
          "Gestion des accès véhicules et piétons, tourniquets et portillons.",
        ],
        [
          "Contrats d'entretien conformes à l'arrêté du 21 décembre 1993 sur les portes et portails automatiques.",
          "Maintenance préventive semestrielle et dépannage de vos automatismes toutes marques.",
          "Mise en conformité des portails selon la norme NF EN 12453 : cellules, bords sensibles, feux clignotants.",
        ],
        [
          "Installateur agréé Came, FAAC, Nice et BFT.",
          "Nous travaillons avec les grandes marques de motorisation : Came, Somfy, FAAC.",
          "Moteurs et automatismes de marques reconnues, pièces détachées en stock.",
        ],
        [
          "Également clôtures rigides, grillages et portillons.",
          "Pose de clôtures en panneaux soudés et de portillons assortis.",
          "Ferronnerie : garde-corps, grilles, clôtures et portails.",
        ],
        [
          "Intervention dans tout le 13 et le Var, astreinte 24h/24 pour nos clients sous contrat.",
          "Entreprise familiale basée à Aubagne depuis 1995.",
          "Dépannage rapide sur Marseille, Aix et le pourtour de l'étang de Berre.",
        ],
      ],
      vague: ["Automatismes.", "Fermetures et contrôle d'accès.", "Métallerie - serrurerie.", "Portails."],
    },
    {
      key: "h-portes-industrielles",
      naf: ["43.32B", "33.12Z", "43.29B", "25.12Z"],
      names: [
        "INDUSTRIAL DOORS SERVICES",
        "PROVENCE PORTES INDUSTRIELLES",
        "QUAI ET FERMETURES",
        "RAPIDOOR SUD",
        "SECTIO FERMETURES",
        "LOGIPORTES",
        "MAINTENANCE FERMETURES INDUSTRIELLES MFI",
        "DOCK EQUIPEMENT MEDITERRANEE",
        "TECHNIPORTE",
        "ROUSSEL ET FILS",
      ],
      ideas: [
        [
          "Fourniture et pose de portes sectionnelles industrielles, portes à enroulement et rideaux métalliques.",
          "Spécialiste des fermetures industrielles : portes sectionnelles, portes coulissantes, portes basculantes.",
          "Nous équipons entrepôts, ateliers et plateformes logistiques en portes industrielles sur mesure.",
          "Portes de hangar et d'atelier pour bâtiments industriels, toutes dimensions.",
        ],
        [
          "Portes rapides souples et auto-réparables pour zones de production, salles blanches et chambres froides.",
          "Installation de portes à grande vitesse (enroulement rapide, pliantes) pour limiter les pertes thermiques.",
          "Portes souples rapides en PVC pour l'agroalimentaire et la logistique du froid.",
        ],
        [
          "Équipements de quai : niveleurs, sas d'étanchéité, butoirs, cales de roues.",
          "Aménagement de quais de chargement : niveleurs hydrauliques, abris de quai, feux de signalisation.",
          "Nous posons et réparons vos niveleurs de quai et sas gonflables.",
        ],
        [
          "Contrats de maintenance multimarques, dépannage sous 4 heures pour les sites logistiques.",
          "Maintenance préventive et corrective de portes industrielles, toutes marques, avec tenue du registre de sécurité.",
          "Nos techniciens interviennent en astreinte 7j/7 pour éviter l'arrêt de vos flux.",
        ],
        [
          "Vérifications périodiques selon les normes NF EN 12604 et 12453, remise du livret d'entretien.",
          "Mise en conformité de vos portes motorisées : parachutes, barres palpeuses, cellules.",
          "Conformité au Code du travail (articles R4224-12 et suivants) pour les portes automatiques.",
        ],
        [
          "Références : plateformes logistiques de Fos et de Miramas, industriels de l'agroalimentaire, grande distribution.",
          "Nous travaillons pour la logistique, l'industrie, les transporteurs et les collectivités.",
          "Clients industriels et logisticiens de toute la région PACA.",
        ],
        [
          "Portes coupe-feu coulissantes et à enroulement, asservies au SSI.",
          "Installation et maintenance de portes coupe-feu EI 60 et EI 120.",
          "Fermetures coupe-feu pour le compartimentage des entrepôts ICPE.",
        ],
      ],
      vague: ["Fermetures industrielles.", "Portes et équipements de quai.", "Maintenance industrielle.", "Menuiserie métallique."],
    },
    {
      key: "h-stores-bannes",
      naf: ["43.32B", "43.32A", "13.92Z"],
      names: [
        "STORES ET SOLEIL",
        "PROVENCE PROTECTION SOLAIRE",
        "AU STORE MARSEILLAIS",
        "MISTRAL STORES",
        "OMBRAGE CONCEPT",
        "TOILES ET STORES DU LUBERON",
        "SOLAR SHADE SYSTEMS",
        "BRISE SOLEIL TECHNIQUE",
        "GIRAUD STORES",
        "L'ATELIER DE LA TOILE",
      ],
      ideas: [
        [
          "Stores bannes pour terrasses de restaurants, commerces et particuliers, toile sur mesure.",
          "Fabrication et pose de stores bannes à coffre intégral, motorisés avec capteur vent.",
          "Nous concevons vos stores extérieurs : banne, store à projection, store corbeille.",
          "Je pose des stores bannes et des pergolas toilées depuis plus de 20 ans.",
        ],
        [
          "Brise-soleil orientables à lames aluminium pour façades tertiaires.",
          "Protection solaire des bâtiments : brise-soleil fixes ou orientables, lames motorisées pilotées par la GTB.",
          "Étude et installation de brise-soleil pour réduire les apports solaires des façades vitrées.",
        ],
        [
          "Stores intérieurs : enrouleurs, californiens, vénitiens, occultants pour salles de réunion.",
          "Stores screen et stores à bandes verticales pour bureaux et écoles.",
          "Habillage des fenêtres : stores enrouleurs techniques, tissus screen, toiles occultantes.",
        ],
        [
          "Confection de toiles en atelier : Dickson, Sattler, Serge Ferrari.",
          "Remplacement de toiles de stores et de voiles d'ombrage, confectionnées dans notre atelier.",
          "Atelier de confection intégré pour toiles acryliques et micro-aérées.",
        ],
        [
          "Pergolas bioclimatiques à lames orientables et voiles d'ombrage.",
          "Nous installons aussi des pergolas aluminium et des tonnelles toilées.",
          "Pergolas, marquises et auvents sur mesure.",
        ],
        [
          "Motorisation Somfy, automatismes soleil-vent, pilotage centralisé.",
          "Automatismes météo (anémomètres, capteurs d'ensoleillement) et commandes radio.",
          "Raccordement de vos protections solaires à la gestion technique du bâtiment (KNX).",
        ],
        [
          "Showroom à Aix-les-Milles, interventions dans toutes les Bouches-du-Rhône.",
          "Professionnels et particuliers : CHR, commerces, bureaux, maisons individuelles.",
          "Entreprise artisanale, devis gratuit et conseils sur place.",
        ],
      ],
      vague: ["Stores et protection solaire.", "Fermetures.", "Aménagement extérieur.", "Confort d'été."],
    },
    {
      key: "h-volets-roulants",
      naf: ["43.32A", "43.32B", "22.23Z", "25.12Z"],
      names: [
        "VOLETS DU MIDI",
        "SOS VOLETS ROULANTS 13",
        "FERMETURES CHABERT",
        "ROLLFER PROVENCE",
        "PERRIN MENUISERIES FERMETURES",
        "ALU VOLET SERVICE",
        "LE SPECIALISTE DU VOLET",
        "RENOV FERMETURES",
        "SUD VOLETS MOTORISATION",
        "PACA FERMETURES",
      ],
      ideas: [
        [
          "Volets roulants aluminium et PVC, pose en neuf et en rénovation.",
          "Fabrication et installation de volets roulants sur mesure, tablier alu ou PVC.",
          "Nous remplaçons vos anciens volets battants par des volets roulants motorisés.",
          "Volets roulants traditionnels, monoblocs ou rénovation, adaptés à toutes vos ouvertures.",
        ],
        [
          "Dépannage de volets roulants bloqués : changement de lames, de sangle ou de moteur.",
          "Réparation de volets roulants toutes marques, intervention rapide.",
          "Remplacement de moteurs, treuils et lames abîmées, déblocage de tabliers.",
        ],
        [
          "Motorisation de volets existants, commande centralisée et domotique.",
          "Passage en motorisation radio ou solaire sans travaux.",
          "Pilotage connecté de vos volets depuis un smartphone.",
        ],
        [
          "Volets anti-effraction avec verrous automatiques, rideaux métalliques pour commerces.",
          "Rideaux métalliques et grilles de commerce, pleins ou micro-perforés.",
          "Fermetures de sécurité pour boutiques, agences et locaux d'activité.",
        ],
        [
          "Aussi persiennes, volets battants et fenêtres PVC.",
          "Menuiseries PVC et alu : fenêtres, portes-fenêtres, volets.",
          "Gamme complète de fermetures : volets, persiennes, portes de garage.",
        ],
        [
          "Entreprise RGE, éligible aux aides à la rénovation énergétique.",
          "Garantie 7 ans sur les moteurs, 10 ans sur les tabliers.",
          "Qualification Qualibat, assurance décennale.",
        ],
        [
          "Interventions à Marseille et dans ses environs, déplacement gratuit.",
          "Entreprise familiale fondée en 1982 à Martigues.",
          "Nous intervenons chez les particuliers, les syndics de copropriété et les bailleurs.",
        ],
      ],
      vague: ["Volets.", "Fermetures habitat.", "Menuiserie PVC alu.", "Pose et réparation."],
    },
  ],
  needs: [
    {
      target: "h-portes-industrielles",
      related: ["h-portails-barrieres"],
      title: "Remplacement 4 portes de quai + contrat maintenance",
      description:
        "Notre entrepôt frigorifique de Miramas doit remplacer 4 portes sectionnelles de quai (3 x 3,5 m) endommagées par les chariots, avec motorisation et hublots. Nous souhaitons aussi un contrat d'entretien annuel pour les 22 portes du site, registre de sécurité compris. Travaux en mai, en dehors des heures d'expédition.",
      kind: "works",
      nafPicked: ["43.32B"],
      budget: [35000, 60000],
    },
    {
      target: "h-stores-bannes",
      related: ["h-volets-roulants", "h-films-vitrage"],
      title: "BSO motorisés façade sud - 60 baies",
      description:
        "Fourniture et pose de BSO motorisés sur 60 baies de la façade sud de notre immeuble de bureaux d'Aix-en-Provence (R+4), pilotés par la GTB existante. Lames alu de 80 mm, coloris RAL 7016. Livraison attendue avant l'été.",
      kind: "works",
      nafPicked: ["43.32A"],
      budget: [70000, 120000],
    },
  ],
};
