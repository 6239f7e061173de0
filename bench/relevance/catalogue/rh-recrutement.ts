import type { Trade } from "./types";

export const trade: Trade = {
  key: "rh-recrutement",
  specialties: [
    {
      key: "chasse-de-tetes-cadres",
      naf: ["78.10Z", "70.22Z"],
      names: [
        "TALENTIS EXECUTIVE",
        "CABINET ARVEN RECRUTEMENT",
        "DIRIGEANTS CONSEIL RECRUTEMENT",
        "KEYHUNT",
        "OPUS EXECUTIVE SEARCH",
        "CAP CADRES",
        "MARCHAND LEGRAND CONSEIL",
        "SELECTIO",
      ],
      ideas: [
        [
          "Cabinet de recrutement de cadres et de dirigeants par approche directe.",
          "Chasse de têtes pour les postes de direction : directeur général, DAF, directeur industriel, directeur commercial.",
          "Executive search : nous identifions et approchons les cadres en poste qui ne répondent pas aux annonces.",
        ],
        [
          "Méthode éprouvée : définition du poste, cartographie du marché, approche directe, entretiens approfondis, références.",
          "Chaque mission aboutit à une liste restreinte de 3 à 5 candidats en quatre à six semaines.",
          "Évaluation des candidats par entretiens structurés, tests de personnalité et prises de références systématiques.",
        ],
        [
          "Secteurs : industrie, agroalimentaire, distribution, services financiers.",
          "Spécialistes des fonctions finance, supply chain et ingénierie dans les PME et ETI industrielles.",
          "Nos consultants, anciens opérationnels, connaissent les métiers de la tech, de l'énergie et de la santé.",
        ],
        [
          "Honoraires forfaitaires en trois tranches, garantie de remplacement de six mois.",
          "Rémunération calculée sur un pourcentage du salaire annuel brut du candidat recruté.",
          "Si le candidat quitte l'entreprise pendant sa période d'essai, nous relançons la recherche sans frais.",
        ],
        [
          "Suivi de l'intégration du cadre recruté pendant ses six premiers mois.",
          "Points réguliers avec le candidat et son manager après la prise de poste.",
          "Nous restons aux côtés de l'entreprise jusqu'à la confirmation de la période d'essai.",
        ],
        [
          "Recherches confidentielles pour le remplacement de dirigeants en poste.",
          "Discrétion absolue : nous menons des recrutements sans publier d'annonce.",
          "Missions confidentielles de succession dans les entreprises familiales.",
        ],
      ],
      vague: ["Cabinet de recrutement.", "Conseil en ressources humaines.", "Recrutement.", "Conseil aux entreprises."],
    },
    {
      key: "interim-btp-industrie",
      naf: ["78.20Z"],
      names: [
        "INTERIM BATIPRO",
        "ACTIV INTERIM",
        "TEMPO TRAVAIL TEMPORAIRE",
        "MAIN FORTE INTERIM",
        "RESSOURCES CHANTIER",
        "INDUSTRI EMPLOI",
        "AGENCE D'EMPLOI DU LITTORAL",
        "SOLUTIONS EMPLOI BTP",
      ],
      ideas: [
        [
          "Agence de travail temporaire spécialisée dans le bâtiment, les travaux publics et l'industrie.",
          "Entreprise de travail temporaire : nous mettons à disposition des intérimaires qualifiés sur vos chantiers et dans vos ateliers.",
          "Intérim BTP et industrie : maçons, coffreurs, électriciens, soudeurs, caristes, opérateurs de production.",
        ],
        [
          "Intérimaires formés et habilités : CACES, habilitations électriques, travail en hauteur, SST.",
          "Candidats vérifiés : qualifications, CACES R482 et R489, habilitations à jour.",
          "Profils N2 à N4, chefs d'équipe, conducteurs d'engins et soudeurs certifiés.",
        ],
        [
          "Délégation de personnel sous 24 à 48 heures, y compris pour les remplacements urgents.",
          "Un besoin pour demain matin ? Nos agences trouvent le bon profil dans la journée.",
          "Astreinte téléphonique et mise à disposition en urgence sur vos chantiers.",
        ],
        [
          "Missions d'intérim, CDI intérimaire et recrutement en CDD ou CDI.",
          "De l'intérim classique au CDI intérimaire en passant par l'intérim-formation.",
          "Au-delà des missions, nous recrutons aussi vos futurs salariés permanents.",
        ],
        [
          "Accueil sécurité de chaque intérimaire, EPI de base fournis, suivi des visites médicales.",
          "Nos chargés de recrutement visitent vos chantiers et vérifient les postes de travail.",
          "Politique sécurité engagée, agences certifiées MASE.",
        ],
        [
          "Réseau de 12 agences en Hauts-de-France et en Île-de-France.",
          "Agences de proximité à Lille, Douai et Valenciennes.",
          "Implantés en Nouvelle-Aquitaine, nous couvrons la Gironde, les Landes et la Charente-Maritime.",
        ],
      ],
      vague: ["Travail temporaire.", "Agence d'emploi.", "Recrutement et intérim.", "Services RH."],
    },
    {
      key: "conseil-rh",
      naf: ["70.22Z", "78.30Z"],
      names: [
        "RH PARTENAIRES CONSEIL",
        "CAP RH CONSEIL",
        "ALTERNATIVES RH",
        "RH A TEMPS PARTAGE",
        "ORGANISATION ET HOMMES",
        "DRH EXTERNE OUEST",
        "KAIROS RESSOURCES HUMAINES",
        "PILOTE RH",
      ],
      ideas: [
        [
          "Conseil en ressources humaines pour les PME qui n'ont pas de DRH.",
          "DRH à temps partagé : un responsable RH expérimenté intervient quelques jours par mois dans votre entreprise.",
          "Cabinet de conseil RH aux côtés des dirigeants et des managers.",
        ],
        [
          "Mise en place des entretiens annuels et professionnels, fiches de poste, grilles de classification.",
          "Construction de vos outils RH : référentiel de compétences, grille de rémunération, parcours d'intégration.",
          "Structuration de la fonction RH : entretiens professionnels, plan de développement des compétences, bilan à six ans.",
        ],
        [
          "Gestion prévisionnelle des emplois et des parcours professionnels, cartographie des métiers.",
          "Anticipation des départs en retraite et des besoins en compétences, plans de succession.",
          "Diagnostic RH et plan d'action sur l'attractivité, la fidélisation et la marque employeur.",
        ],
        [
          "Qualité de vie et des conditions de travail, prévention des risques psychosociaux, baromètres sociaux.",
          "Diagnostic des risques psychosociaux et appui à la mise à jour du document unique.",
          "Enquêtes de climat social, plans d'action QVCT, médiation entre équipes.",
        ],
        [
          "Accompagnement du changement lors des réorganisations, fusions et déménagements.",
          "Conduite du changement : communication interne, formation des managers, accompagnement individuel.",
          "Coaching des managers et des équipes de direction.",
        ],
        [
          "Organisme de formation certifié Qualiopi pour nos actions de formation managériale.",
          "Certification Qualiopi : nos formations peuvent être prises en charge par votre OPCO.",
          "Nous formons vos managers aux entretiens, au feedback et à la gestion des conflits.",
        ],
      ],
      vague: ["Conseil aux entreprises.", "Conseil en ressources humaines.", "Accompagnement des dirigeants.", "Conseil RH."],
    },
    {
      key: "outplacement-reclassement",
      naf: ["70.22Z", "85.59A", "78.10Z"],
      names: [
        "REBOND CARRIERES",
        "TRANSITIONS PROFESSIONNELLES CONSEIL",
        "NOUVEAU CAP EMPLOI",
        "CARRIERE ET MOBILITE",
        "OUTPLACEMENT PARTNERS",
        "PASSERELLES RH",
        "ENVOL RECLASSEMENT",
        "CABINET ODYSSEE",
      ],
      ideas: [
        [
          "Outplacement individuel et collectif : accompagnement des salariés licenciés vers un nouvel emploi.",
          "Cabinet d'outplacement : nous aidons les cadres et salariés dont le poste est supprimé à rebondir.",
          "Reclassement externe financé par l'employeur lors d'une rupture conventionnelle ou d'un licenciement.",
        ],
        [
          "Bilan professionnel, définition du projet, techniques de recherche d'emploi, activation du réseau.",
          "Accompagnement en trois temps : bilan, projet, recherche active jusqu'à la reprise d'emploi.",
          "Coaching individuel, ateliers CV et LinkedIn, préparation aux entretiens de recrutement.",
        ],
        [
          "Cellules de reclassement dans le cadre des PSE et des ruptures conventionnelles collectives.",
          "Antennes emploi sur site lors des plans sociaux, avec consultants dédiés.",
          "Mise en œuvre des congés de reclassement et des congés de mobilité.",
        ],
        [
          "Accompagnement des projets de création ou de reprise d'entreprise.",
          "Soutien des salariés qui veulent créer leur activité : étude de marché, financement, statut.",
          "Projets de reconversion, de formation longue ou d'installation à son compte.",
        ],
        [
          "Bilans de compétences éligibles au CPF, centre certifié Qualiopi.",
          "Centre de bilans de compétences certifié Qualiopi.",
          "Bilans de carrière pour les salariés en poste qui s'interrogent sur leur avenir.",
        ],
        [
          "Taux de retour à l'emploi de 82 % à six mois sur nos accompagnements individuels.",
          "Accompagnement de 6 à 12 mois avec un consultant référent tout au long du parcours.",
          "Nos consultants sont d'anciens DRH et recruteurs.",
        ],
      ],
      vague: ["Conseil en carrière.", "Accompagnement professionnel.", "Conseil RH.", "Outplacement."],
    },
  ],
  needs: [
    {
      target: "interim-btp-industrie",
      title: "Renfort de 6 coffreurs-boiseurs pour un chantier de logements",
      description:
        "Chantier de 42 logements collectifs à Villeneuve-d'Ascq : il nous faut 6 coffreurs-boiseurs N3 et un grutier à partir du 3 mars, pour environ quatre mois. CACES à jour et accueil sécurité exigés.",
      kind: "services",
      nafPicked: ["78.10Z"],
      budget: null,
    },
    {
      target: "chasse-de-tetes-cadres",
      related: ["conseil-rh"],
      title: "Recrutement d'un directeur administratif et financier",
      description:
        "ETI agroalimentaire (180 salariés, Bretagne) : nous recherchons notre futur DAF pour succéder au titulaire qui part en retraite en septembre. Recherche confidentielle par approche directe, présentation de candidats souhaitée sous six semaines.",
      kind: "services",
      nafPicked: ["78.10Z"],
      budget: [25000, 40000],
    },
  ],
};
