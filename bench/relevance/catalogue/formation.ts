import type { Trade } from "./types";

export const trade: Trade = {
  key: "formation",
  specialties: [
    {
      key: "formation-securite-travail",
      naf: ["85.59A", "85.59B"],
      names: [
        "PREVENTIA FORMATION",
        "SECURI-FORM",
        "CENTRE CACES DU NORD",
        "GESTES ET PREVENTION CONSEIL",
        "FORMASECU",
        "ALERTE ET SECOURS FORMATION",
        "HABILIS FORMATION",
        "PROTECTIO",
      ],
      ideas: [
        [
          "Formations sécurité au travail : SST, habilitation électrique, incendie, gestes et postures.",
          "Organisme de formation en prévention des risques professionnels.",
          "Nous formons vos salariés à leurs obligations de sécurité : secourisme, incendie, électricité, manutention.",
        ],
        [
          "Sauveteur secouriste du travail (SST) et MAC SST, formateurs certifiés INRS.",
          "Formation aux premiers secours en entreprise, initiale et recyclage.",
          "Secourisme en entreprise : SST, PSC1, utilisation du défibrillateur.",
        ],
        [
          "CACES R489 chariots élévateurs, R486 nacelles, R482 engins de chantier.",
          "Conduite en sécurité des chariots, nacelles et ponts roulants, tests CACES en centre ou sur site.",
          "Autorisation de conduite et CACES passés sur votre propre matériel.",
        ],
        [
          "Habilitation électrique B0, H0, BS, BR, B1V, B2V selon la NF C 18-510.",
          "Préparation à l'habilitation électrique pour électriciens et non-électriciens.",
          "Recyclages d'habilitation électrique et titres d'habilitation prêts à signer.",
        ],
        [
          "Prévention des TMS : gestes et postures, PRAP, ergonomie du poste.",
          "Manipulation des extincteurs, équipiers de première intervention, exercices d'évacuation.",
          "Formation santé, sécurité et conditions de travail des membres du CSE.",
        ],
        [
          "Certifié Qualiopi, formations finançables par votre OPCO.",
          "Sessions intra dans vos locaux ou inter dans notre centre.",
          "Plateau technique équipé : chariots, nacelles, aire d'évolution, bac à feu.",
        ],
      ],
      vague: ["Organisme de formation.", "Prévention et sécurité.", "Formation professionnelle."],
    },
    {
      key: "formation-langues-entreprise",
      naf: ["85.59A", "85.59B"],
      names: [
        "LINGUA PRO ENTREPRISES",
        "SPEAK AT WORK",
        "BABELCAMPUS",
        "ANGLAIS ET AFFAIRES",
        "LANGUES ET CARRIERES",
        "POLYGLOTTE FORMATION",
        "ACCENTS FORMATION",
        "IDIOMA CONSEIL",
      ],
      ideas: [
        [
          "Formation en langues pour les salariés : anglais, allemand, espagnol, italien, FLE.",
          "Cours d'anglais professionnel pour vos équipes, tous niveaux.",
          "Nous faisons progresser vos collaborateurs en langues étrangères, à l'oral comme à l'écrit.",
        ],
        [
          "Cours individuels ou en petits groupes, en présentiel ou à distance.",
          "Cours par téléphone et visioconférence avec des formateurs natifs.",
          "Formules intensives, immersion et plateforme e-learning.",
        ],
        [
          "Contenus adaptés aux métiers : négociation, réunions, téléphone, mails, présentations.",
          "Anglais des affaires, anglais technique, anglais pour l'export.",
          "Programmes sur mesure après évaluation du niveau et des besoins de chaque apprenant.",
        ],
        [
          "Certifications TOEIC, Linguaskill ou Bright, éligibles au CPF.",
          "Passage d'une certification reconnue en fin de parcours.",
          "Évaluation du niveau selon le CECRL, du A1 au C2.",
        ],
        [
          "Français langue étrangère pour vos salariés non francophones.",
          "Cours de FLE et de français à visée professionnelle.",
          "Formation aux savoirs de base et à la communication écrite en français.",
        ],
        [
          "Organisme certifié Qualiopi, financements OPCO et CPF.",
          "Suivi de l'assiduité et rapports de progression pour les RH.",
          "Formateurs natifs diplômés, expérimentés en entreprise.",
        ],
      ],
      vague: ["Centre de langues.", "Formation continue.", "Organisme de formation."],
    },
    {
      key: "formation-management-soft-skills",
      naf: ["85.59A", "70.22Z"],
      names: [
        "LEADERSHIP ET SENS",
        "MANAGERIS",
        "TALENTS EN ACTION",
        "CAP COMPETENCES",
        "HUMANIS FORMATION CONSEIL",
        "ELAN MANAGEMENT",
        "PRISME COACHING",
        "ATELIER DU DIRIGEANT",
      ],
      ideas: [
        [
          "Formations au management : animer une équipe, déléguer, conduire les entretiens annuels.",
          "Parcours pour nouveaux managers : posture, motivation, feedback.",
          "Développement du leadership des managers de proximité et des cadres dirigeants.",
        ],
        [
          "Soft skills : communication, gestion des conflits, prise de parole en public, gestion du temps.",
          "Ateliers d'affirmation de soi, d'intelligence émotionnelle et de gestion du stress.",
          "Formation à la communication interpersonnelle et à l'écoute active.",
        ],
        [
          "Coaching individuel et d'équipe par des coachs certifiés.",
          "Accompagnement des dirigeants et des comités de direction.",
          "Codéveloppement et séminaires de cohésion d'équipe.",
        ],
        [
          "Pédagogie active : mises en situation, jeux de rôle, théâtre d'entreprise.",
          "Méthodes interactives inspirées de l'improvisation et du jeu sérieux.",
          "Formats mixtes : classes virtuelles, modules en ligne et ateliers en présentiel.",
        ],
        [
          "Prévention des risques psychosociaux et qualité de vie au travail.",
          "Formation des managers au repérage des situations de souffrance au travail.",
          "Accompagnement des transformations et conduite du changement.",
        ],
        [
          "Consultants issus de l'entreprise, praticiens des outils de profils de personnalité.",
          "Certifié Qualiopi, financement OPCO.",
          "Interventions en intra partout en France.",
        ],
      ],
      vague: ["Conseil et formation.", "Développement des compétences.", "Cabinet de conseil RH."],
    },
    {
      key: "auto-ecole",
      naf: ["85.53Z", "85.59B"],
      names: [
        "AUTO-ECOLE DU CENTRE",
        "AUTO-ECOLE LA PRIORITE",
        "CONDUITE ET ROUTE",
        "PERMIS PLUS",
        "AUTO-ECOLE DES REMPARTS",
        "ROUTE SURE FORMATION",
        "ECOLE DE CONDUITE DU PORT",
        "MOTO-AUTO ECOLE DU VAL",
      ],
      ideas: [
        [
          "Préparation au permis B : code de la route et leçons de conduite.",
          "Auto-école : apprentissage de la conduite en boîte manuelle ou automatique.",
          "Nous préparons nos élèves au code et à l'examen pratique du permis de conduire.",
        ],
        [
          "Conduite accompagnée dès 15 ans et conduite supervisée.",
          "Stages accélérés et permis en boîte automatique.",
          "Forfaits 20 heures et heures supplémentaires à la carte.",
        ],
        [
          "Permis moto A1, A2 et formation passerelle, permis remorque BE.",
          "Formation B96, permis moto et permis AM pour les scooters.",
          "Piste moto et plateau privé.",
        ],
        [
          "Financement par le CPF et permis à 1 € par jour.",
          "Paiement en plusieurs fois sans frais.",
          "Permis de conduire éligible au compte personnel de formation.",
        ],
        [
          "Stages de récupération de points agréés par la préfecture.",
          "Remise à niveau des conducteurs seniors.",
          "Leçons de perfectionnement pour ceux qui ont perdu l'habitude de conduire.",
        ],
        [
          "Label qualité des écoles de conduite, moniteurs diplômés d'État.",
          "Salle de code ouverte tous les jours et code en ligne.",
          "Deux agences en centre-ville, véhicules récents.",
        ],
      ],
      vague: ["Auto-école.", "Formation à la conduite.", "École de conduite."],
    },
  ],
  needs: [
    {
      target: "formation-securite-travail",
      title: "Permis cariste pour 8 préparateurs de commandes",
      description:
        "8 salariés de notre entrepôt doivent obtenir leur permis pour conduire les chariots élévateurs (gerbeurs et frontaux) ; la moitié débutent. Formation de préférence sur notre site avec nos chariots, en février. Nous avons aussi 12 personnes à recycler en secourisme.",
      kind: "services",
      nafPicked: ["85.53Z"],
      budget: [4000, 8000],
    },
    {
      target: "formation-langues-entreprise",
      title: "Cours d'anglais pour notre équipe export",
      description:
        "10 commerciaux de niveau A2 à B2 doivent progresser en anglais oral (négociation, appels, salons). Nous souhaitons des cours en petits groupes de niveau, 2 heures par semaine pendant 6 mois, en visio, avec une certification finançable par l'OPCO.",
      kind: "services",
      nafPicked: ["74.30Z"],
      budget: [6000, 12000],
    },
  ],
};
