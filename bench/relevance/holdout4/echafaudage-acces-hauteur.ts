import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-echafaudage-acces-hauteur",
  specialties: [
    {
      key: "h4-echafaudage-batiment",
      naf: ["43.99D", "77.32Z"],
      names: [
        "ECHAFAUDAGES DE PROVENCE",
        "ECHAF SUD",
        "SOC TOMASI ECHAFAUDAGE",
        "ALTI ECHAF",
        "PLATEFORMES ET ECHAFAUDAGES 13",
        "ECHAFAUDAGE SERVICE MARSEILLE",
        "HAUTEUR FACADES",
        "BERNARD ECHAFAUDAGES",
        "VERTIGE MONTAGE",
        "STRUCTURA",
      ],
      ideas: [
        [
          "Location, montage et démontage d'échafaudages de façade pour le bâtiment.",
          "Nous installons les échafaudages des ravaleurs, couvreurs, peintres et maçons.",
          "Échafaudages de pied, sur consoles ou suspendus, pour tous travaux en façade.",
        ],
        [
          "Matériel conforme à la NF EN 12810 et à la R408, monteurs formés, PV de réception.",
          "Notes de calcul et plans de montage réalisés par notre bureau d'études.",
          "Chaque échafaudage fait l'objet d'une vérification avant mise en service et d'un procès-verbal.",
        ],
        [
          "Bâchage, filets de protection, tunnels piétons et auvents.",
          "Protection des passants et des accès : tunnels, filets, bâches publicitaires.",
          "Nous posons bâches et filets pour protéger riverains et salariés.",
        ],
        [
          "Monte-matériaux, plateaux de chargement et escaliers d'accès.",
          "Escaliers de chantier et tours d'accès pour les équipes.",
          "Nous complétons l'échafaudage par des monte-charges et des plateformes de réception.",
        ],
        ["Location de courte ou longue durée, tarifs à la semaine.", "Location au mois, montage et démontage inclus.", "Devis rapide après visite sur place."],
        [
          "Chantiers de logements, copropriétés, bâtiments publics et monuments historiques.",
          "Interventions en centre-ville et en secteur sauvegardé.",
          "Habitués des immeubles anciens du centre de Marseille et de leurs rues étroites.",
        ],
        ["Parc de 40 000 m² d'échafaudage disponible à Aubagne.", "Une équipe de 25 monteurs.", "Interventions dans les Bouches-du-Rhône et le Var."],
      ],
      vague: ["Échafaudages.", "Location et montage d'échafaudages.", "Travaux spécialisés de construction.", "Matériel de chantier."],
    },
    {
      key: "h4-echafaudage-industriel",
      naf: ["43.99D", "33.20A", "77.32Z"],
      names: [
        "ECHAFAUDAGES INDUSTRIELS DU SUD",
        "SOC PROVENCALE D'ECHAFAUDAGE INDUSTRIEL",
        "INDUSTRIE ACCES",
        "MULTIDIR SERVICES",
        "ECHAFINDUS",
        "PETROCHIM ACCES",
        "ROCHE ECHAFAUDAGE INDUSTRIE",
        "ARRET TECHNIQUE SERVICES",
        "PILOT ECHAF",
        "ATLAS PLATEFORMES",
      ],
      ideas: [
        [
          "Échafaudages en milieu industriel : raffineries, chimie, sidérurgie, centrales d'énergie.",
          "Nous montons les échafaudages d'accès pour la maintenance de vos unités, en marche ou à l'arrêt.",
          "Spécialistes de l'échafaudage industriel et des accès pour la maintenance.",
        ],
        [
          "Matériel multidirectionnel pour s'adapter aux tuyauteries, colonnes et fours.",
          "Échafaudages multidirectionnels, suspendus et en porte-à-faux autour des équipements.",
          "Accès complexes : intérieur de cuves, de chaudières, de silos et de fours.",
        ],
        [
          "Grands arrêts techniques : des centaines de monteurs mobilisés, travail posté, permanence sur site.",
          "Mobilisation massive pour les arrêts d'unités, avec chef de chantier et logisticien dédiés.",
          "Nous gérons les échafaudages d'un arrêt complet, de la préparation au démontage.",
        ],
        [
          "Entreprise certifiée MASE, monteurs titulaires du N1/N2 et de la formation risque chimique.",
          "Personnel habilité pour les sites Seveso, sensibilisé ATEX et formé au port de l'ARI.",
          "Culture sécurité : MASE, VCA, aucun accident avec arrêt depuis trois ans.",
        ],
        [
          "Contrat cadre de maintenance avec une équipe résidente sur site.",
          "Équipes résidentes pour les demandes quotidiennes de la maintenance.",
          "Mise à disposition permanente d'une équipe d'échafaudeurs sur votre plateforme.",
        ],
        [
          "Calorifugeage et tôlerie de protection en complément des échafaudages.",
          "Nous proposons aussi le calorifuge et l'isolation des tuyauteries.",
          "Prestations multitechniques : échafaudage, calorifuge, peinture industrielle.",
        ],
        [
          "Agences à Martigues et à Fos-sur-Mer.",
          "Présents sur les plateformes de Lavéra, Berre et Fos depuis 30 ans.",
          "Plus de 200 salariés dans le Sud-Est.",
        ],
      ],
      vague: ["Services à l'industrie.", "Échafaudages.", "Travaux industriels.", "Maintenance industrielle et accès."],
    },
    {
      key: "h4-travaux-cordistes",
      naf: ["43.99D", "42.99Z", "43.39Z"],
      names: [
        "CORDISTES PROVENCE",
        "VERTICAL ACCES",
        "ALPI TRAVAUX",
        "SOC PEYRE TRAVAUX ACROBATIQUES",
        "ACCES DIFFICILES MEDITERRANEE",
        "GRIFFE TRAVAUX",
        "CALANQUES VERTICAL",
        "HOMMES DE CORDE",
        "ARETE SERVICES",
        "ROC ACCES",
      ],
      ideas: [
        [
          "Travaux en hauteur sur cordes, là où échafaudages et nacelles ne passent pas.",
          "Nous intervenons sur cordes pour les travaux en hauteur et en accès difficile.",
          "Entreprise de travaux acrobatiques pour le bâtiment, l'industrie et les ouvrages d'art.",
        ],
        [
          "Cordistes certifiés CQP et IRATA, formés au sauvetage.",
          "Techniciens cordistes qualifiés, travail en binôme avec plan de sauvetage.",
          "Personnel CQP cordiste niveaux 1 et 2, habilitations électriques et ATEX.",
        ],
        [
          "Réparations de bardages, de joints et d'étanchéité en façade.",
          "Remplacement de plaques de bardage, reprise de joints et petites réparations sur façades et silos.",
          "Maintenance des bâtiments de grande hauteur sans échafaudage.",
        ],
        [
          "Purge de falaises, pose de filets et de grillages plaqués, ancrages.",
          "Sécurisation des parois rocheuses et des talus : purge, filets, barrières.",
          "Confortement de falaises au-dessus des routes et des voies ferrées.",
        ],
        [
          "Interventions dans les silos, cheminées, cuves et structures industrielles.",
          "Inspection visuelle et petites réparations sur structures métalliques et cheminées.",
          "Nous descendons dans les silos et trémies pour le décolmatage.",
        ],
        [
          "Pose de lignes de vie, de filets anti-pigeons et d'équipements en hauteur.",
          "Installation de protections et d'équipements en façade.",
          "Pose d'enseignes, de filets et de dispositifs anti-volatiles.",
        ],
        [
          "Intervention rapide, sans installation lourde, pour un coût maîtrisé.",
          "Une alternative économique à l'échafaudage pour les petites interventions.",
          "Basés à Marseille, nous intervenons dans tout le Sud-Est.",
        ],
      ],
      vague: ["Travaux sur cordes.", "Travaux en hauteur.", "Travaux d'accès difficile.", "Entreprise multiservices du bâtiment."],
    },
    {
      key: "h4-etaiement-coffrage",
      naf: ["43.99D", "77.32Z", "43.99C"],
      names: [
        "ETAIEMENT SERVICES SUD",
        "ETAIS ET COFFRAGES DE PROVENCE",
        "SOC MARCHETTI ETAIEMENT",
        "STABIL'ETAI",
        "SOUTIEN BATIMENT",
        "SUPPORTA",
        "COFRAMED",
        "ETAI PRO 13",
        "PORTANCE",
        "ATELIER DES ETAIS",
      ],
      ideas: [
        [
          "Étaiement provisoire des planchers, poutres et murs pendant les travaux de gros œuvre et de réhabilitation.",
          "Nous soutenons les structures pendant les démolitions partielles, renforcements et créations d'ouvertures.",
          "Spécialistes de l'étaiement de sécurité et de l'étaiement de chantier.",
        ],
        [
          "Tours d'étaiement de grande hauteur et étais tirant-poussant.",
          "Location d'étais, de tours d'étaiement, de poutrelles et de tables coffrantes.",
          "Matériel : étais acier et aluminium, tours de 20 tonnes, poutrelles.",
        ],
        [
          "Notes de calcul et plans d'étaiement établis par notre bureau d'études.",
          "Étude de descente de charges avant chaque étaiement.",
          "Dimensionnement par ingénieur, validé par le contrôleur technique.",
        ],
        [
          "Pose, réglage et dépose par nos équipes, ou location seule.",
          "Nous fournissons le matériel et assurons la pose et le démontage.",
          "Location sèche ou prestation clé en main.",
        ],
        [
          "Étaiement d'urgence après sinistre : incendie, effondrement, fissures.",
          "Mise en sécurité rapide des bâtiments menaçant ruine.",
          "Interventions d'urgence 24 h/24 pour les communes et les syndics.",
        ],
        ["Coffrages de voiles et de poteaux en location.", "Location de coffrages manuportables et de banches.", "Matériel de coffrage pour dalles et voiles."],
        ["Dépôt à Aix-Les Milles.", "Clients : entreprises de gros œuvre, réhabilitateurs, industriels.", "Plus de 20 ans d'expérience."],
      ],
      vague: ["Location de matériel de chantier.", "Étaiement.", "Travaux de gros œuvre.", "Matériel de coffrage et d'étaiement."],
    },
  ],
  needs: [
    {
      target: "h4-echafaudage-industriel",
      related: ["h4-echafaudage-batiment", "h4-travaux-cordistes"],
      title: "Échafaudages grand arrêt vapocraqueur – env. 2 500 m³",
      description:
        "Montage, modifications et démontage d'échafaudages multidirectionnels autour des fours et colonnes pendant le grand arrêt de mai (5 semaines, travail en 2×8). Volume estimé à 2 500 m³, personnel titulaire du N1/N2 et de la formation risque chimique, entreprise certifiée MASE. Chef de chantier présent en permanence sur la plateforme de Lavéra.",
      kind: "services",
      nafPicked: ["43.99D"],
      budget: [180000, 300000],
    },
    {
      target: "h4-echafaudage-batiment",
      related: ["h4-etaiement-coffrage"],
      title: "Échafaudage façades bât. administratif – 1 200 m², 12 semaines",
      description:
        "Location et montage d'un échafaudage de pied sur les façades sud et ouest de notre bâtiment administratif (R+4, environ 1 200 m²) pour la reprise des bétons et la peinture par l'entreprise titulaire du lot façade. Location prévue sur 12 semaines, avec bâchage, protection des entrées du personnel et plateau de chargement. Note de calcul et PV de réception exigés.",
      kind: "services",
      nafPicked: ["43.34Z"],
      budget: [35000, 60000],
    },
    {
      target: "h4-travaux-cordistes",
      related: ["h4-echafaudage-industriel"],
      title: "Intervention cordistes – remplacement bardage haut de silo 35 m",
      description:
        "Remplacement d'une vingtaine de plaques de bardage arrachées par le mistral en partie haute d'un silo de stockage (35 m), inaccessible en nacelle. Équipe de cordistes CQP avec plan de prévention, site agroalimentaire avec zone ATEX 22 en périphérie. Plaques fournies par nos soins.",
      kind: "works",
      nafPicked: ["43.91B"],
      budget: [12000, 25000],
    },
    {
      target: "h4-etaiement-coffrage",
      related: ["h4-echafaudage-batiment"],
      title: "Étaiement plancher haut RDC pendant renforcement carbone – 400 m²",
      description:
        "Mise en place d'un étaiement provisoire sous le plancher haut du rez-de-chaussée (environ 400 m², 4,20 m sous plafond) pendant les travaux de renforcement par fibres de carbone. Étude et note de calcul, fourniture des tours et étais, pose et dépose. Durée prévisionnelle de 6 semaines à partir de février.",
      kind: "works",
      nafPicked: ["77.32Z"],
      budget: [9000, 18000],
    },
  ],
};
