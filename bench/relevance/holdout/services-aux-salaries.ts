import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "services-aux-salaries",
  specialties: [
    {
      key: "h-conciergerie-entreprise",
      naf: ["96.09Z", "82.99Z", "88.99B"],
      names: [
        "CONCIERGERIE DU PARC",
        "LES PETITS PLUS CONCIERGERIE",
        "HELLO CONCIERGE PROVENCE",
        "ALFRED ET CO",
        "PRIVILEGE CONCIERGERIE ENTREPRISE",
        "TEMPS LIBERE",
        "CONCIERGERIE SOLIDAIRE DU PAYS D'AIX",
        "MERCIER AUDREY",
      ],
      ideas: [
        [
          "Conciergerie d’entreprise : pressing, cordonnerie, couture, courses, formalités administratives.",
          "Nous simplifions le quotidien de vos collaborateurs en prenant en charge leurs petites tâches personnelles.",
          "Un concierge présent dans vos locaux pour prendre en charge les demandes du personnel, de la réservation de restaurant au dépôt de linge.",
        ],
        [
          "Permanences physiques de 2 à 5 demi-journées par semaine selon la taille du site.",
          "Casiers connectés accessibles 24h/24 pour déposer et récupérer les prestations.",
          "Application et site de commande pour réserver les services en quelques clics.",
        ],
        [
          "Réseau d’artisans et de commerçants du quartier, à tarifs négociés.",
          "Nous travaillons avec des prestataires de proximité : blanchisserie, lavage auto, paniers de producteurs.",
          "Entretien des voitures sur le parking de l’entreprise : lavage sans eau, vidange, contrôle technique.",
        ],
        [
          "Forfait mensuel selon l’effectif, les salariés ne paient que les prestations qu’ils commandent.",
          "Abonnement entreprise sans engagement de longue durée.",
          "Tarification transparente, aucune commission cachée.",
        ],
        [
          "Conciergerie solidaire : nous employons des personnes en parcours d’insertion.",
          "Entreprise de l’économie sociale et solidaire agréée ESUS.",
          "Nous privilégions l’emploi local et les commerces indépendants.",
        ],
        [
          "Un levier de qualité de vie au travail et d’attractivité pour votre marque employeur.",
          "En moyenne, 2 heures gagnées par semaine et par utilisateur.",
          "Conciliation vie professionnelle et vie personnelle au cœur de notre mission.",
        ],
        [
          "Services aux occupants pour les gestionnaires d’immeubles de bureaux : accueil, salles, animations.",
          "Nous organisons aussi des animations et des ventes éphémères pour les salariés.",
          "Gestion des objets trouvés, réservations de salles et petits services du quotidien.",
        ],
      ],
      vague: ["Services aux particuliers et aux entreprises.", "Conciergerie.", "Services de proximité."],
    },
    {
      key: "h-creche-entreprise",
      naf: ["88.91A", "82.99Z"],
      names: [
        "LES PETITS EXPLORATEURS PROVENCE",
        "CRECHE LES LUCIOLES",
        "MICRO-CRECHE L'ILE AUX CALINES",
        "PITCHOUN ENTREPRISE",
        "CRECHES ATTITUDE SUD",
        "LA MAISON DES DOUDOUS",
        "ENFANCE ET ENTREPRISES",
        "NIDS D'ABEILLES",
      ],
      ideas: [
        [
          "Réservation de berceaux pour les enfants de vos salariés dans notre réseau de 80 établissements.",
          "Nous proposons aux employeurs des places d’accueil réservées pour les enfants de 10 semaines à 3 ans.",
          "Solution de garde pour les parents salariés : places en crèches et micro-crèches près du domicile ou du travail.",
        ],
        [
          "Crédit d’impôt famille de 50 % et déduction de l’IS : le coût réel d’une place est fortement réduit.",
          "Nous vous accompagnons sur le montage financier et les aides de la CAF.",
          "Contrat de réservation annuel renouvelable, facturation au berceau.",
        ],
        [
          "Équipes d’auxiliaires de puériculture, d’éducateurs de jeunes enfants et d’infirmières puéricultrices.",
          "Projet pédagogique axé sur la motricité libre, l’éveil musical et la nature.",
          "Repas bio préparés sur place, couches fournies.",
        ],
        ["Horaires étendus de 7 h à 20 h, adaptés aux postes en décalé.", "Accueil régulier, occasionnel ou d’urgence.", "Ouverture 50 semaines par an."],
        [
          "Création et gestion de crèches inter-entreprises sur les zones d’activités.",
          "Nous concevons et exploitons la crèche d’entreprise dans vos locaux ou à proximité.",
          "Étude des besoins de garde auprès de vos salariés parents.",
        ],
        [
          "Micro-crèches agréées PMI de 10 à 12 places dans le Pays d’Aix et à Marseille.",
          "Établissements autorisés par les services de PMI du département.",
          "Implantations à Aix-les-Milles, Euroméditerranée, Aubagne et Vitrolles.",
        ],
      ],
      vague: ["Accueil de jeunes enfants.", "Crèche.", "Petite enfance."],
    },
    {
      key: "h-bien-etre-massage",
      naf: ["96.04Z", "86.90F", "85.51Z"],
      names: [
        "ZEN AU BUREAU",
        "BULLE DE DETENTE PRO",
        "AMMA SUD ENTREPRISES",
        "OFFICE SPA PROVENCE",
        "RESPIRE ET TRAVAIL",
        "GIRAUD EMILIE",
        "HARMONIE CORPORATE",
        "LES MAINS D'OR 13",
      ],
      ideas: [
        [
          "Amma assis : un massage habillé de 15 à 20 minutes, directement dans vos locaux.",
          "Séances de détente sur chaise ergonomique, sans huile ni déshabillage.",
          "Je me déplace en entreprise avec ma chaise de massage pour des pauses détente d’un quart d’heure.",
        ],
        [
          "Cours collectifs de yoga, pilates, sophrologie et méditation à la pause déjeuner.",
          "Ateliers de relaxation et de gestion du stress par la respiration.",
          "Coachs sportifs diplômés pour des séances de renforcement et d’étirements.",
        ],
        [
          "Journées bien-être : stands de réflexologie, ostéopathie, diététique et relaxation.",
          "Animation de vos séminaires, salons et journées portes ouvertes.",
          "Programmes thématiques clés en main pour vos événements QVCT.",
        ],
        [
          "Praticiens certifiés et assurés en responsabilité civile professionnelle.",
          "Équipe de 25 praticiens bien-être dans toute la région.",
          "Toutes nos intervenantes sont formées au toucher-massage et aux règles d’hygiène.",
        ],
        [
          "Planning de réservation en ligne pour vos salariés, par créneaux.",
          "Facturation à la demi-journée ou à la journée par praticien.",
          "Abonnement mensuel ou interventions ponctuelles.",
        ],
        [
          "Nous n’avons besoin que d’une petite salle calme.",
          "Matériel fourni : chaises, tapis, musique, lingettes.",
          "Interventions à Marseille, Aix, Toulon et Avignon.",
        ],
        [
          "Massages de bien-être à visée non thérapeutique.",
          "Nos prestations ne remplacent pas un suivi médical ou kinésithérapique.",
          "Techniques japonaises et californiennes adaptées au monde du travail.",
        ],
      ],
      vague: ["Bien-être en entreprise.", "Massages et relaxation.", "Soins de bien-être."],
    },
    {
      key: "h-avantages-salaries-plateforme",
      naf: ["82.99Z", "62.01Z", "66.19B"],
      names: [
        "AVANTAGES ET CO",
        "CSE PRIVILEGES SUD",
        "KADOR SOLUTIONS",
        "PROVENCE TITRES SERVICES",
        "MYBENEFITS PLATFORM",
        "LUNCHPASS",
        "CARTE SALARIE PLUS",
        "HAPPYCE",
      ],
      ideas: [
        [
          "Titres-restaurant dématérialisés sur carte et application, acceptés dans plus de 200 000 commerces.",
          "Carte repas rechargée chaque mois pour vos salariés, conforme à la réglementation URSSAF.",
          "Émetteur de titres-restaurant agréé par la Commission nationale des titres-restaurant.",
        ],
        [
          "Plateforme d’avantages pour les CSE : billetterie, réductions, chèques cadeaux et activités sociales.",
          "Nous gérons en ligne les œuvres sociales de votre CSE : subventions, remboursements, vacances.",
          "Catalogue de remises négociées auprès de plus de 1 000 marques.",
        ],
        [
          "Forfait mobilités durables, chèques-vacances, cartes cadeaux : tous vos avantages sur une seule carte.",
          "Un compte unique pour le salarié, plusieurs enveloppes paramétrables par l’employeur.",
          "Budget culture, sport et bien-être attribué à chaque collaborateur.",
        ],
        [
          "Mise en place en 48 h, commande des rechargements depuis votre espace RH.",
          "Intégration avec votre logiciel de paie (Silae, Cegid, ADP).",
          "Tableaux de bord et exports pour le service RH.",
        ],
        [
          "Exonération de charges sociales dans la limite des plafonds URSSAF.",
          "Conformité sociale et fiscale garantie.",
          "Nous vous conseillons sur les plafonds et les conditions d’exonération.",
        ],
        [
          "Commission réduite pour les restaurateurs partenaires.",
          "Service client basé en France, du lundi au vendredi.",
          "Plus de 5 000 entreprises clientes.",
        ],
      ],
      vague: ["Solutions pour les ressources humaines.", "Services aux entreprises.", "Plateforme en ligne."],
    },
  ],
  needs: [
    {
      target: "h-conciergerie-entreprise",
      title: "Conciergerie siège social – 450 collaborateurs",
      description:
        "Dans le cadre de notre accord QVCT, nous recherchons un prestataire pour mettre en place un service de conciergerie sur notre siège de Marseille Euroméditerranée (450 personnes) : nettoyage de vêtements, réparation de chaussures, réception de colis personnels, aide aux démarches, lavage de véhicules. Présence sur site au moins 2 jours par semaine. Démarrage en avril 2025, contrat d’un an renouvelable.",
      kind: "services",
      nafPicked: ["82.99Z"],
      budget: [20000, 40000],
    },
    {
      target: "h-bien-etre-massage",
      related: ["h-audit-rps-qvt", "h-conciergerie-entreprise"],
      title: "Massages assis + ateliers Semaine QVCT (juin)",
      description:
        "Pour la Semaine de la QVCT, nous organisons des animations sur 2 sites (Aix-en-Provence et Rousset) : massages assis de 15 minutes, un atelier de sophrologie et une séance de yoga par site. Environ 120 créneaux de massage au total sur 4 demi-journées, du 10 au 13 juin. Merci de préciser le nombre de praticiens et le matériel apporté.",
      kind: "services",
      nafPicked: ["93.13Z"],
      budget: [3000, 6000],
    },
  ],
};
