import type { Trade } from "./types";

export const trade: Trade = {
  key: "peinture-facade",
  specialties: [
    {
      key: "peinture-interieure-tertiaire",
      naf: ["43.34Z", "43.39Z"],
      names: [
        "PEINTURES ET REVETEMENTS PRO",
        "DECOR BATIMENT SERVICES",
        "ATELIER PEINTURE TERTIAIRE",
        "SARL BLANCHARD PEINTURE",
        "COULEURS ET FINITIONS IDF",
        "REVETEMENTS MURAUX DU CENTRE",
        "PEINTURE GENERALE LYONNAISE",
        "NEOFINITION",
        "TEINTES ET SOLS",
      ],
      ideas: [
        [
          "Travaux de peinture intérieure pour bureaux, commerces, établissements scolaires et de santé.",
          "Remise en peinture de plateaux de bureaux, couloirs et parties communes.",
          "Peinture intérieure en milieu tertiaire : murs, plafonds, huisseries, boiseries.",
        ],
        [
          "Interventions en site occupé, de nuit ou le week-end pour ne pas perturber votre activité.",
          "Planning adapté : travaux hors horaires d'ouverture, protection du mobilier et des sols.",
          "Nous travaillons en horaires décalés dans les locaux occupés.",
        ],
        [
          "Pose de revêtements muraux : toile de verre, vinyle, papier peint intissé.",
          "Revêtements muraux techniques et toiles à peindre pour locaux à fort passage.",
          "Enduits, ratissage, bandes et préparation des supports avant finition.",
        ],
        [
          "Peintures écolabellisées, faibles émissions de COV (classe A+).",
          "Produits en phase aqueuse, sans odeur, adaptés aux crèches et aux hôpitaux.",
          "Peintures lessivables et antibactériennes pour les locaux de santé.",
        ],
        [
          "Clients : gestionnaires immobiliers, syndics, hôtels, collectivités et entreprises générales.",
          "Sous-traitance pour entreprises générales et marchés publics d'entretien.",
          "Contrats de maintenance peinture pour bailleurs et gestionnaires de parcs tertiaires.",
        ],
        [
          "Qualification Qualibat peinture et revêtements, 25 peintres salariés.",
          "Équipe de peintres qualifiés, chantiers de 50 à 10 000 m².",
          "Projection airless pour les grandes surfaces, finitions soignées au rouleau.",
        ],
      ],
      vague: ["Peinture.", "Peinture, vitrerie.", "Entreprise de peinture et décoration.", "Tous travaux de finition."],
    },
    {
      key: "ravalement-facade",
      naf: ["43.34Z", "43.99D", "43.29A"],
      names: [
        "FACADES ET RAVALEMENTS DU SUD",
        "RAVALEMENT CONCEPT",
        "ENDUITS ET PIERRES",
        "FACADIERS ASSOCIES",
        "SARL MOREAU FACADES",
        "ISOLFACADE",
        "CREPIS DE PROVENCE",
        "RENOV'FACADE 31",
        "HAUSSMANN RAVALEMENT",
      ],
      ideas: [
        [
          "Ravalement de façades : nettoyage, traitement des fissures, enduits et peintures.",
          "Rénovation de façades d'immeubles et de maisons : décapage, reprise d'enduit, finition.",
          "Ravalement de copropriétés, mise en conformité avec les injonctions municipales.",
        ],
        [
          "Isolation thermique par l'extérieur (ITE) sous enduit ou sous bardage, entreprise RGE.",
          "ITE en polystyrène, laine de roche ou fibre de bois, éligible aux aides.",
          "Isolation des façades par l'extérieur avec finition enduit mince ou bardage.",
        ],
        [
          "Restauration de pierre de taille, rejointoiement, gommage et hydrofugation.",
          "Nettoyage de façades par hydrogommage, nébulisation ou basse pression.",
          "Traitement hydrofuge et anti-mousse des murs extérieurs.",
        ],
        [
          "Enduits monocouches, chaux aérienne, crépis projetés et finitions grattées.",
          "Enduits traditionnels à la chaux pour le bâti ancien.",
          "Crépi gratté fin, taloché ou écrasé selon le style régional.",
        ],
        [
          "Échafaudages de pied en propre, nacelles et cordistes pour les accès difficiles.",
          "Montage d'échafaudages et protections de chantier en centre-ville.",
          "Travaux sur cordes pour les façades inaccessibles.",
        ],
        [
          "Nous travaillons pour les syndics de copropriété, les bailleurs sociaux et les particuliers.",
          "Interventions pour copropriétés, collectivités et propriétaires de maisons.",
          "Devis après diagnostic de façade et rapport photo.",
        ],
      ],
      vague: ["Ravalement.", "Peinture, ravalement.", "Façades.", "Entreprise du bâtiment."],
    },
    {
      key: "sols-resine-anti-graffiti",
      naf: ["43.34Z", "43.33Z", "43.99D"],
      names: [
        "RESINE INDUSTRIE SOLS",
        "EPOXY SOLUTIONS",
        "SOLS TECHNIQUES DE L'EST",
        "PROTECT'SURFACES",
        "TAGSTOP",
        "INDUSOL",
        "REVETEMENTS INDUSTRIELS DELMAS",
        "POLYSOL",
        "COATINGS ET PROTECTION",
      ],
      ideas: [
        [
          "Sols industriels en résine époxy, polyuréthane et méthacrylate pour ateliers, entrepôts et laboratoires.",
          "Revêtements de sols coulés en résine : autolissant, multicouche, antidérapant.",
          "Mise en œuvre de résines époxy sur dalles béton d'usines et de parkings.",
        ],
        [
          "Sols agroalimentaires résistants aux chocs thermiques, aux acides et au nettoyage haute pression.",
          "Résines polyuréthane-ciment pour cuisines centrales, laiteries et abattoirs.",
          "Revêtements compatibles HACCP, gorges sanitaires en pied de mur.",
        ],
        [
          "Traitement anti-graffiti des façades et du mobilier urbain : vernis permanents ou sacrificiels.",
          "Effacement de tags et protection anti-graffiti pour collectivités et transporteurs.",
          "Protection des surfaces contre graffitis et affichage sauvage.",
        ],
        [
          "Préparation des supports par grenaillage, ponçage diamant ou rabotage.",
          "Parc machines : grenailleuses, ponceuses planétaires, aspirateurs industriels.",
          "Reprise des fissures et des joints de dilatation avant application.",
        ],
        [
          "Marquage au sol, signalisation des allées de circulation et des zones de stockage.",
          "Peinture industrielle de charpentes, cuves et tuyauteries.",
          "Marquage de parkings et signalétique au sol en résine.",
        ],
        [
          "Sols antistatiques (ESD) pour salles blanches et industrie électronique.",
          "Applicateur agréé des fabricants de résines, chantiers jusqu'à 20 000 m².",
          "Interventions le week-end et pendant les arrêts techniques d'usine.",
        ],
      ],
      vague: ["Peinture industrielle.", "Revêtements de sols.", "Travaux de peinture.", "Traitement de surfaces."],
    },
    {
      key: "peinture-decorative-particuliers",
      naf: ["43.34Z", "90.03A", "43.39Z"],
      names: [
        "L'ATELIER DES COULEURS",
        "DECO PATINE",
        "MURS ET MATIERES",
        "ART ET ENDUITS",
        "PINCEAU D'OR",
        "TROMPE L'OEIL CREATION",
        "DECOR ET TRADITION",
        "COULEUR CHAUX",
        "LES PATINES DE CLAIRE",
      ],
      ideas: [
        [
          "Peintre décorateur : enduits décoratifs, patines, effets matière pour votre intérieur.",
          "Peinture décorative chez les particuliers : stucs, tadelakt, béton ciré, effets métallisés.",
          "Décoration murale sur mesure : fresques, trompe-l'œil, patines à l'ancienne.",
        ],
        [
          "Conseil en couleurs et harmonisation de votre intérieur.",
          "Nous vous aidons à choisir teintes et matières, échantillons réalisés chez vous.",
          "Accompagnement déco personnalisé pour maisons et appartements.",
        ],
        [
          "Rafraîchissement de pièces, chambres d'enfants, salons : peinture soignée et propre.",
          "Peinture de votre appartement, pose de papiers peints panoramiques.",
          "Papiers peints, frises et peintures pour particuliers.",
        ],
        [
          "Artiste peintre en décor, formée aux métiers d'art.",
          "Fresques murales, décors peints et dorure à la feuille.",
          "Restauration de décors peints et de boiseries anciennes.",
        ],
        [
          "Peintures naturelles à la chaux, à l'argile et aux pigments.",
          "Matériaux écologiques : badigeons, enduits chaux-chanvre, peintures minérales.",
          "Finitions à la cire, vernis mats ou satinés.",
        ],
        [
          "Artisan indépendant, intervention dans un rayon de 40 km.",
          "Petite entreprise familiale, devis gratuit et travail soigné.",
          "Disponible pour les petits chantiers, même une seule pièce.",
        ],
      ],
      vague: ["Peinture et décoration.", "Décoration intérieure.", "Artisan peintre.", "Tous travaux de peinture."],
    },
  ],
  needs: [
    {
      target: "sols-resine-anti-graffiti",
      related: ["carrelage-faience", "sols-souples"],
      kind: "works",
      title: "Sol pour la nouvelle salle de découpe",
      description:
        "Nous devons revêtir 650 m² de dalle béton dans notre atelier de découpe de charcuterie : revêtement antidérapant résistant au lavage à l'eau chaude et aux produits chlorés, avec remontées en pied de mur. Travaux pendant l'arrêt d'août, 3 semaines maximum.",
      nafPicked: ["43.33Z"],
      budget: [50000, 85000],
    },
    {
      target: "ravalement-facade",
      related: ["peinture-interieure-tertiaire", "petits-travaux-renovation-particuliers"],
      kind: "works",
      title: "Ravalement de la façade d'une copropriété de 5 étages",
      description:
        "Immeuble de 1965, façade rue et cour (environ 1 400 m²) en enduit ciment fissuré. Le syndic demande nettoyage, traitement des fissures, reprise des nez de balcons et peinture pliolite, avec option isolation par l'extérieur côté cour. Échafaudage sur trottoir à prévoir, démarrage au printemps.",
      nafPicked: ["43.99C"],
      budget: [150000, 260000],
    },
  ],
};
