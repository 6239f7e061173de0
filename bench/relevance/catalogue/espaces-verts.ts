import type { Trade } from "./types";

export const trade: Trade = {
  key: "espaces-verts",
  specialties: [
    {
      key: "entretien-espaces-verts-entreprises",
      naf: ["81.30Z", "01.61Z"],
      names: [
        "VERDURE ENTREPRISES",
        "PAYSAGES DU CENTRE",
        "ESPACES VERTS SERVICES PRO",
        "GAZON ET CIE",
        "JARDINS D'ACTIVITES",
        "TONDEO",
        "CHLOROPHYLLE ENTRETIEN",
        "BONNET ESPACES VERTS",
      ],
      ideas: [
        [
          "Entretien des espaces verts de sites d'entreprises, zones d'activités et résidences.",
          "Contrats d'entretien annuels pour les abords de vos bâtiments : pelouses, massifs, haies.",
          "Gestion des extérieurs de sièges sociaux, usines et parcs tertiaires.",
        ],
        [
          "Tonte, débroussaillage, taille des haies et des arbustes, ramassage des feuilles.",
          "Fauchage des talus, désherbage, taille de formation et d'entretien des arbustes.",
          "Tonte régulière, scarification et regarnissage des gazons.",
        ],
        [
          "Gestion différenciée et zéro phytosanitaire : désherbage mécanique et thermique.",
          "Pratiques écologiques : paillage, fauche tardive, refuges pour la biodiversité.",
          "Entretien sans pesticides, conformément à la loi Labbé.",
        ],
        [
          "Arrosage : installation, programmation et maintenance des systèmes d'arrosage automatique.",
          "Pilotage de l'arrosage, hivernage et remise en eau des réseaux.",
          "Suivi des réseaux d'irrigation et détection des fuites.",
        ],
        [
          "Fleurissement saisonnier des entrées et des jardinières.",
          "Plantations saisonnières, renouvellement des massifs, entretien des bacs.",
          "Entretien des plantes d'intérieur de vos halls et bureaux.",
        ],
        [
          "Déneigement et salage des parkings et accès en hiver.",
          "Astreinte hivernale : déneigement des voiries privées.",
          "Évacuation des déchets verts vers une plateforme de compostage.",
        ],
      ],
      vague: ["Espaces verts.", "Paysagiste.", "Entretien extérieur."],
    },
    {
      key: "elagage-abattage",
      naf: ["02.40Z", "81.30Z", "02.20Z"],
      names: [
        "CIME ELAGAGE",
        "LES GRIMPEURS DE LA VALLEE",
        "ARBORA SOINS",
        "ABATTAGE DIFFICILE SERVICES",
        "HOUPPIER",
        "BUCHERONS URBAINS",
        "SYLVA ELAGUE",
        "ECORCE ET RACINE",
      ],
      ideas: [
        [
          "Élagage et taille raisonnée des arbres d'ornement par des grimpeurs élagueurs certifiés.",
          "Grimpeur élagueur diplômé (CS taille et soins des arbres), intervention sur cordes.",
          "Taille douce, réduction de couronne, suppression du bois mort.",
        ],
        [
          "Abattage d'arbres dangereux, y compris par démontage en rétention près des habitations.",
          "Abattage délicat en milieu urbain : démontage pièce par pièce, à la grue ou en nacelle.",
          "Mise en sécurité d'arbres menaçants après tempête, intervention d'urgence.",
        ],
        [
          "Dessouchage et rognage de souches à la machine.",
          "Broyage des branches sur place et évacuation du bois.",
          "Valorisation du bois en bûches ou en plaquettes.",
        ],
        [
          "Diagnostic phytosanitaire et expertise de la tenue mécanique des arbres.",
          "Bilan sanitaire de votre patrimoine arboré, préconisations et plan de gestion.",
          "Expertise arboricole avant travaux : tomographie, test de traction.",
        ],
        [
          "Travaux le long des routes, des lignes électriques et des voies ferrées.",
          "Élagage aux abords des réseaux et entretien des bords de route.",
          "Travaux forestiers : éclaircies, débardage, exploitation de parcelles.",
        ],
        [
          "Matériel : nacelle 20 m, broyeur, rogneuse, camion-benne.",
          "Assurés pour les travaux en hauteur et l'abattage, devis gratuit.",
          "Intervention pour collectivités, copropriétés, entreprises et particuliers.",
        ],
      ],
      vague: ["Élagage.", "Travaux arboricoles.", "Entretien des arbres."],
    },
    {
      key: "conception-paysagere",
      naf: ["71.11Z", "81.30Z", "74.10Z"],
      names: [
        "ATELIER TERRES ET TRACES",
        "PAYSAGE ET TERRITOIRE",
        "STUDIO CANOPEE",
        "ARCHIPAYSAGE",
        "LIGNES VEGETALES",
        "OMBELLE ARCHITECTES PAYSAGISTES",
        "AGENCE TRAME VERTE",
        "JARDINS D'AUTEUR",
      ],
      ideas: [
        [
          "Architectes paysagistes : conception de parcs, jardins, espaces publics et abords de bâtiments.",
          "Agence de paysage : esquisse, avant-projet, projet et suivi des travaux.",
          "Nous concevons des aménagements paysagers, de l'idée au plan d'exécution.",
        ],
        [
          "Maîtrise d'oeuvre complète pour les collectivités et les maîtres d'ouvrage privés.",
          "Missions de maîtrise d'oeuvre, rédaction du DCE et assistance aux marchés de travaux.",
          "Volet paysager des permis de construire pour les promoteurs.",
        ],
        [
          "Création de jardins : terrassement, plantations, allées, terrasses bois, bassins.",
          "Réalisation paysagère : maçonnerie paysagère, engazonnement, plantation d'arbres.",
          "Aménagement clés en main de cours, patios et toitures végétalisées.",
        ],
        [
          "Plans 3D et perspectives pour se projeter dans le futur aménagement.",
          "Modélisation et images de synthèse de vos projets.",
          "Carnet de plantations et palette végétale adaptée au climat local.",
        ],
        [
          "Gestion de l'eau à la parcelle : noues, jardins de pluie, désimperméabilisation.",
          "Projets de renaturation et de biodiversité en milieu urbain.",
          "Végétalisation de cours d'école et création d'îlots de fraîcheur.",
        ],
        [
          "Paysagistes diplômés d'État, inscrits à la Fédération française du paysage.",
          "Vingt ans de réalisations publiques et privées.",
          "Agence pluridisciplinaire : paysagistes, écologue, urbaniste.",
        ],
      ],
      vague: ["Paysagiste concepteur.", "Aménagement paysager.", "Bureau d'études paysage."],
    },
    {
      key: "jardinage-particuliers",
      naf: ["81.30Z", "88.10A", "96.09Z"],
      names: [
        "MON JARDIN TRANQUILLE",
        "COUP DE POUCE JARDIN",
        "JARDI'SERVICES",
        "TAILLE ET TONTE A DOMICILE",
        "LES MAINS VERTES DU BOCAGE",
        "PETITS TRAVAUX ET JARDINS",
        "SERVI-JARDIN 56",
        "HORTUS DOMI",
      ],
      ideas: [
        [
          "Petits travaux de jardinage chez les particuliers : tonte, taille de haies, désherbage.",
          "Jardinier à domicile pour l'entretien de votre jardin toute l'année.",
          "Entretien de jardins privés, ponctuel ou régulier.",
        ],
        [
          "50 % de crédit d'impôt au titre des services à la personne.",
          "Prestations éligibles à l'avance immédiate de crédit d'impôt.",
          "Agrément services à la personne : la moitié de la facture déduite de vos impôts.",
        ],
        [
          "Ramassage des feuilles, nettoyage des massifs et évacuation des déchets verts.",
          "Entretien du potager, des rosiers et des plantations.",
          "Bêchage, plantation de bulbes, préparation du jardin pour l'hiver.",
        ],
        [
          "Forfaits annuels ou interventions à l'heure, minimum 2 heures.",
          "Abonnement saisonnier avec passage tous les 15 jours.",
          "Devis gratuit, intervention rapide après visite.",
        ],
        [
          "Surveillance du jardin pendant vos vacances : arrosage et tonte.",
          "Arrosage des plantes et jardinières pendant votre absence.",
          "Petits services : entretien de la terrasse, nettoyage des allées.",
        ],
        ["Matériel professionnel fourni, déchets emportés.", "Jardinier soigneux et ponctuel, plus de 15 ans de métier.", "Secteur : 20 km autour de Vannes."],
      ],
      vague: ["Jardinage.", "Services à domicile.", "Entretien de jardins."],
    },
  ],
  needs: [
    {
      target: "entretien-espaces-verts-entreprises",
      related: ["elagage-abattage", "jardinage-particuliers"],
      title: "Entretien annuel des extérieurs de notre site (2 ha)",
      description:
        "Notre site logistique compte environ 2 hectares de pelouses et talus, 600 m de haies et quelques massifs à l'entrée. Nous cherchons un contrat annuel : tonte, taille, désherbage sans produits chimiques et ramassage des feuilles, avec le déneigement des accès en option.",
      kind: "services",
      nafPicked: ["81.30Z"],
      budget: [15000, 25000],
    },
    {
      target: "elagage-abattage",
      related: ["entretien-espaces-verts-entreprises"],
      title: "Abattage de 6 peupliers dangereux en bordure de parking",
      description:
        "Six peupliers d'environ 25 m penchent au-dessus du parking du personnel et d'une ligne basse tension ; un diagnostic a conclu à leur abattage. Démontage sécurisé, rognage des souches et évacuation du bois à prévoir, travaux un samedi.",
      kind: "works",
      nafPicked: ["02.40Z", "81.30Z"],
      budget: [5000, 12000],
    },
  ],
};
