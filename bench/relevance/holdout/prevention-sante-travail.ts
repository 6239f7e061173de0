import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "prevention-sante-travail",
  specialties: [
    {
      key: "h-formation-sst-incendie",
      naf: ["85.59A", "85.59B", "80.10Z"],
      names: [
        "FORMA SECOURS PROVENCE",
        "PREVENTIA FORMATION",
        "SUD SECURITE FORMATION",
        "ALPHA SECOURISME 13",
        "FEU ET GESTES",
        "CFS MEDITERRANEE",
        "BONNAFOUX LAURENT",
        "ECOLE DU FEU PHOCEENNE",
        "AXIOM PREVENTION",
      ],
      ideas: [
        [
          "Nous formons vos équipes au secourisme en entreprise : modules initiaux de 14 h et recyclages de 7 h tous les deux ans.",
          "Formations aux premiers secours pour les salariés : SST, PSC1, gestes qui sauvent, défibrillateur.",
          "Je suis formatrice en secourisme depuis 12 ans et j’interviens auprès des entreprises, associations et collectivités.",
        ],
        [
          "Formation incendie : équipiers de première intervention (EPI), équipiers de seconde intervention (ESI), maniement des moyens d’extinction sur feu réel.",
          "Apprentissage de l’extinction sur bac à feu écologique au gaz, sans fumée ni résidus, directement sur votre parking.",
          "Exercices d’évacuation chronométrés avec désignation des guide-files et serre-files, et compte rendu écrit pour votre registre de sécurité.",
        ],
        [
          "Organisme habilité par le réseau Assurance Maladie Risques professionnels / INRS et certifié Qualiopi.",
          "Tous nos formateurs sont titulaires du certificat de formateur délivré par l’INRS.",
          "Centre certifié Qualiopi : vos actions peuvent être financées par votre OPCO.",
        ],
        [
          "Nous préparons aussi aux diplômes SSIAP 1, 2 et 3 pour les agents des services de sécurité incendie.",
          "Recyclages et remises à niveau SSIAP pour les sociétés de gardiennage et les ERP.",
          "Partenaire de plusieurs sociétés de surveillance de la région pour la formation de leurs agents de sécurité.",
        ],
        [
          "Nous intervenons dans vos locaux partout en Provence : Marseille, Aix, Aubagne, Vitrolles, Martigues, Salon.",
          "Sessions inter-entreprises chaque mois dans notre salle de Marseille 10e, ou en intra sur votre site.",
          "Déplacements dans les Bouches-du-Rhône, le Var et le Vaucluse, mannequins et matériel pédagogique fournis.",
        ],
        [
          "Créé en 2011 par un ancien sapeur-pompier professionnel.",
          "Une équipe de pompiers volontaires et d’infirmiers passionnés par la transmission.",
          "Plus de 3 000 stagiaires formés depuis notre création, 98 % de satisfaction.",
        ],
        [
          "Nous proposons également des modules gestes et postures et PRAP IBC.",
          "Catalogue complet : secourisme, incendie, gestes et postures, habilitations électriques B0/H0.",
          "Formation aux risques liés à l’activité physique pour l’industrie, la logistique et le commerce.",
        ],
      ],
      vague: ["Organisme de formation.", "Formation sécurité et prévention.", "Centre de formation professionnelle continue."],
    },
    {
      key: "h-ergonomie-postes-travail",
      naf: ["71.12B", "74.90B", "86.90E"],
      names: [
        "ERGOSUD",
        "ERGONOMIE ET CONCEPTION",
        "CABINET ARCHIER ERGONOMIE",
        "POSTURAL CONSEIL",
        "HUMAN FACTOR PROVENCE",
        "ERGOLAB MEDITERRANEE",
        "CHASSAGNE SOPHIE",
        "IDEO TRAVAIL",
      ],
      ideas: [
        [
          "Ergonome européen (Eur.Erg.), j’analyse l’activité réelle des opérateurs pour adapter les situations de travail.",
          "Nous réalisons des diagnostics ergonomiques en atelier, en entrepôt, en laboratoire et dans les bureaux.",
          "Observation terrain, entretiens, vidéos d’activité : notre démarche part toujours du travail réel.",
        ],
        [
          "Prévention des troubles musculo-squelettiques : cotation des contraintes (OREGE, RULA, NF X35-109) et pistes d’amélioration chiffrées.",
          "Spécialistes de la réduction des TMS et de la pénibilité : manutentions manuelles, répétitivité, postures contraignantes.",
          "Nous mesurons efforts, amplitudes articulaires et cadences pour objectiver l’exposition de chaque opérateur.",
        ],
        [
          "Accompagnement des projets de conception : nouveaux ateliers, lignes de production, plateformes logistiques, dès les plans.",
          "Nous intégrons l’ergonomie dans le cahier des charges de vos équipements et machines.",
          "Participation aux revues de conception avec vos bureaux d’études, méthodes et fournisseurs.",
        ],
        [
          "Aménagement des postes sur écran et des espaces de bureau : flex office, télétravail, open space.",
          "Étude de l’éclairage, des sièges, des hauteurs de plan de travail et de l’acoustique.",
          "Conseil en mobilier et accessoires ergonomiques, en toute indépendance : nous ne vendons aucun produit.",
        ],
        [
          "Études de maintien dans l’emploi et aménagement de poste pour salariés en situation de handicap (prestations Agefiph).",
          "Aménagements individuels suite à restrictions médicales, en lien avec le médecin du travail.",
          "Nous travaillons avec les services de prévention et de santé au travail interentreprises.",
        ],
        [
          "Cabinet enregistré comme IPRP auprès de la DREETS PACA.",
          "Intervenants en prévention des risques professionnels titulaires d’un master d’ergonomie.",
          "Membres de la Société d’ergonomie de langue française (SELF).",
        ],
        [
          "Sensibilisation des managers et des équipes méthodes à l’ergonomie de conception.",
          "Formation d’animateurs prévention et d’acteurs PRAP en interne.",
          "Ateliers participatifs avec les opérateurs pour co-construire les solutions.",
        ],
      ],
      vague: ["Cabinet d’ergonomie.", "Conseil en ergonomie et prévention.", "Études et conseil en conditions de travail."],
    },
    {
      key: "h-audit-rps-qvt",
      naf: ["70.22Z", "86.90F", "85.59A"],
      names: [
        "QVT CONSEIL SUD",
        "PSYCHEA CONSEIL",
        "EQUILIBRE ET TRAVAIL",
        "HUMANEO",
        "REGARDS CROISES RH",
        "ORIGAMI QVCT",
        "MARTINEZ CAROLINE",
        "ATELIER DU TRAVAIL HUMAIN",
      ],
      ideas: [
        [
          "Évaluation des facteurs psychosociaux : charge, autonomie, reconnaissance, conflits de valeurs, insécurité.",
          "Nous menons des enquêtes par questionnaire et des entretiens de groupe pour objectiver le stress au travail.",
          "Démarches d’évaluation conformes aux repères de l’INRS et de l’ANACT, avec plan de prévention priorisé.",
        ],
        [
          "Accompagnement des démarches qualité de vie et des conditions de travail, de la négociation de l’accord aux plans d’actions.",
          "Nous aidons les DRH à bâtir une politique QVCT concrète, évaluée et partagée avec les partenaires sociaux.",
          "Baromètres sociaux, enquêtes d’engagement, ateliers de co-construction.",
        ],
        [
          "Cellule d’écoute psychologique 24h/24 pour vos salariés, assurée par des psychologues du travail.",
          "Interventions post-événement traumatique (agression, accident grave, décès) sur site sous 24 h.",
          "Soutien psychologique individuel et ligne d’écoute anonyme et confidentielle.",
        ],
        [
          "Enquêtes internes suite à signalement de harcèlement moral ou sexuel, en toute neutralité.",
          "Médiation et régulation des conflits dans les équipes.",
          "Accompagnement des référents harcèlement et des élus du CSE.",
        ],
        [
          "Formation des managers à la prévention du stress et de l’épuisement professionnel.",
          "Ateliers burn-out, charge mentale, droit à la déconnexion.",
          "Nous apprenons à la ligne managériale à repérer les signaux faibles.",
        ],
        [
          "Une équipe pluridisciplinaire de psychologues du travail, sociologues et consultants RH.",
          "Consultante et psychologue clinicienne, j’accompagne les entreprises depuis 20 ans.",
          "Cabinet habilité IPRP, intervenants diplômés en psychologie du travail.",
        ],
        [
          "Évaluation de l’impact humain des réorganisations, déménagements et passages en flex office.",
          "Accompagnement du changement et prévention des risques lors des projets de transformation.",
          "Étude d’impact des projets sur les conditions de travail avant consultation du CSE.",
        ],
      ],
      vague: ["Conseil en ressources humaines.", "Accompagnement des organisations.", "Cabinet de conseil en santé au travail."],
    },
    {
      key: "h-fourniture-epi",
      naf: ["46.69B", "46.42Z", "47.78C"],
      names: [
        "PROTECSUD DISTRIBUTION",
        "EPI PROVENCE",
        "SECURIMED EQUIPEMENT",
        "ALLIANCE PROTECTION INDUSTRIE",
        "SAFETY SHOP 13",
        "RAYNAUD FOURNITURES INDUSTRIELLES",
        "LA MAISON DU VETEMENT PRO",
        "ARMOR PROTECTION",
      ],
      ideas: [
        [
          "Distributeur d’équipements de protection individuelle : tête, mains, pieds, voies respiratoires, antichute.",
          "Nous fournissons gants, lunettes, bouchons d’oreilles, masques et chaussures de sécurité aux industriels et artisans.",
          "Large gamme de vêtements de travail et d’EPI des grandes marques : Mapa, 3M, Delta Plus, Honeywell, Uvex.",
        ],
        [
          "Chaussures et bottes de sécurité S1P, S3, SRC, du 35 au 48, essayage en magasin.",
          "Camion-atelier pour les essayages de chaussures directement sur vos sites.",
          "Conseil au choix des chaussures selon vos risques : perforation, glissance, électricité statique.",
        ],
        [
          "Harnais, longes, antichutes à rappel automatique et lignes de vie temporaires pour les travaux en hauteur.",
          "Vérification périodique annuelle de vos équipements antichute par un technicien habilité.",
          "Contrôle et traçabilité des harnais et absorbeurs d’énergie, étiquetage et registre.",
        ],
        [
          "Gestion des dotations nominatives par salarié, avec distributeurs automatiques d’EPI sur site.",
          "Plateforme de commande en ligne avec catalogue personnalisé et circuit de validation.",
          "Stocks dédiés et livraison sous 24/48 h dans toute la région PACA.",
        ],
        [
          "Marquage de vos vêtements de travail : broderie, transfert, flocage de logo.",
          "Personnalisation des tenues aux couleurs de l’entreprise, bandes rétroréfléchissantes.",
          "Atelier de marquage intégré pour les tenues haute visibilité.",
        ],
        [
          "Tous nos produits sont conformes au règlement (UE) 2016/425 et aux normes EN en vigueur.",
          "Catégories I à III : fiches techniques et déclarations de conformité fournies.",
          "Gants EN 388, EN 374, chaussures EN ISO 20345 : nous vous aidons à lire les marquages.",
        ],
        [
          "Nos clients : BTP, chimie, logistique, agroalimentaire, collectivités.",
          "Depuis 1987 au service des industriels de Fos, Berre et Marseille.",
          "Magasin ouvert aux professionnels du lundi au samedi matin à Aubagne.",
        ],
      ],
      vague: ["Fournitures industrielles.", "Vente de vêtements professionnels.", "Négoce en équipements de sécurité."],
    },
  ],
  needs: [
    {
      target: "h-formation-sst-incendie",
      title: "Formation SST + EPI incendie – 40 pers.",
      description:
        "Site logistique de Vitrolles (180 salariés) : nous devons former 24 nouveaux sauveteurs secouristes du travail et faire le MAC pour 16 SST dont la carte expire en mars. Nous souhaitons ajouter une demi-journée équipier de première intervention avec manipulation d’extincteurs pour 20 personnes. Sessions en intra, groupes de 10 maximum, entre février et avril.",
      kind: "services",
      nafPicked: ["85.59A"],
      budget: [7000, 14000],
    },
    {
      target: "h-audit-rps-qvt",
      related: ["h-ergonomie-postes-travail"],
      title: "Diagnostic RPS – mise à jour DUERP siège",
      description:
        "Dans le cadre de la mise à jour de notre document unique, nous souhaitons faire réaliser une évaluation des risques psychosociaux sur notre siège d’Aix-en-Provence (320 collaborateurs, 4 directions). Attendus : questionnaire, entretiens collectifs, restitution à la CSSCT et plan d’actions. Démarrage en septembre, livrables avant le 15 décembre.",
      kind: "services",
      nafPicked: ["74.90B"],
      budget: [15000, 30000],
    },
  ],
};
