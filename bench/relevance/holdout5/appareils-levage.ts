import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-appareils-levage",
  specialties: [
    {
      key: "h5-verification-appareils-levage",
      naf: ["71.20B", "74.90B", "33.12Z"],
      names: [
        "LEVAGE CONTROLE PROVENCE",
        "VGP SUD",
        "ETS FERRAND INSPECTION",
        "BUREAU DE VERIFICATION DES ENGINS DU MIDI",
        "CONTROL'LEV",
        "SARL AUDIBERT CONTROLES",
        "EPREUVES ET CHARGES",
        "MEDITERRANEE VERIFICATIONS TECHNIQUES",
        "BVL 13",
        "INSPECT'ENGINS",
      ],
      ideas: [
        [
          "Vérifications générales périodiques (VGP) des appareils et accessoires de levage.",
          "Contrôles réglementaires semestriels et annuels des équipements de levage selon l'arrêté du 1er mars 2004.",
          "Vérifications de mise en service, de remise en service et périodiques.",
        ],
        [
          "Ponts roulants, palans, grues, chariots élévateurs, nacelles, hayons et accessoires d'élingage.",
          "Tous appareils : grues auxiliaires, potences, transpalettes électriques, plateformes élévatrices.",
          "Contrôle des élingues, manilles, palonniers et crochets.",
        ],
        [
          "Épreuves statiques et dynamiques avec nos masses d'essai et nos water-bags.",
          "Épreuves de charge sur site avec gueuses et dynamomètres étalonnés.",
          "Essais en charge pour la remise en service après réparation.",
        ],
        [
          "Rapports conformes, registre de sécurité tenu à jour, planning des échéances.",
          "Gestion du parc en ligne : rapports, alertes d'échéance, suivi des observations.",
          "Remise du rapport sous 48 heures.",
        ],
        [
          "Organisme indépendant : nous ne réparons pas et ne vendons pas de matériel.",
          "Vérificateurs qualifiés, indépendants des fabricants et des loueurs.",
          "Impartialité garantie vis-à-vis des constructeurs et des réparateurs.",
        ],
        [
          "Pour les industriels, entreprises du BTP, ports, logistique et collectivités.",
          "Clients : chantiers navals, entrepôts, usines, loueurs.",
          "Interventions sur site, y compris en dehors des heures d'ouverture.",
        ],
        ["Intervention dans toute la région PACA.", "Devis gratuit sous 24 heures.", "Plus de 20 ans d'expérience dans le levage."],
      ],
      vague: ["Bureau de contrôle.", "Contrôles techniques réglementaires.", "Inspection et vérification."],
    },
    {
      key: "h5-maintenance-ponts-roulants",
      naf: ["33.12Z", "28.22Z", "33.20C"],
      names: [
        "PONTS ROULANTS SERVICES SUD",
        "PALANS MAINTENANCE PROVENCE",
        "ETS GRIMAUD LEVAGE",
        "MANUTENTION INDUSTRIELLE DU MIDI",
        "SARL CAMPANA",
        "LEV'INDUSTRIE",
        "PORTIQUES ET PALANS MEDITERRANEE",
        "ATELIER DE LEVAGE DE FOS",
        "SUD MANUT",
        "TOURNIAIRE ET FILS",
      ],
      ideas: [
        [
          "Maintenance préventive et curative de ponts roulants, portiques, potences et palans électriques.",
          "Dépannage de ponts roulants toutes marques.",
          "Réparation des mécanismes de levage : treuils, freins, réducteurs, câbles.",
        ],
        [
          "Fourniture et installation de ponts roulants neufs, monorails et potences.",
          "Conception et pose de chemins de roulement et de ponts jusqu'à 50 tonnes.",
          "Installation de palans électriques et manuels.",
        ],
        [
          "Modernisation : variateurs, radiocommandes, limiteurs de charge, anticollision.",
          "Mise en conformité des ponts anciens suite aux observations des contrôles réglementaires.",
          "Remplacement des boîtes à boutons par des radiocommandes.",
        ],
        [
          "Remplacement de câbles, de crochets et de garnitures de frein.",
          "Levée des réserves des rapports de vérification.",
          "Pièces détachées des principales marques en stock.",
        ],
        [
          "Contrats de maintenance avec visites trimestrielles.",
          "Astreinte pour limiter les arrêts de production.",
          "Techniciens habilités électrique et formés au travail en hauteur.",
        ],
        [
          "Pour les industriels, entreprises du BTP, ports, logistique et collectivités.",
          "Clients : sidérurgie, chimie, chantiers navals, ateliers mécaniques.",
          "Basés à Fos-sur-Mer, nous intervenons sur tout le pourtour de l'étang de Berre.",
        ],
        ["Intervention dans toute la région PACA.", "Devis gratuit sous 24 heures.", "Plus de 20 ans d'expérience dans le levage."],
      ],
      vague: ["Manutention et levage.", "Maintenance industrielle.", "Matériel de levage."],
    },
    {
      key: "h5-grutage-location-operateur",
      naf: ["43.99E", "77.32Z", "52.24B"],
      names: [
        "GRUES PROVENCE",
        "LEVAGES DU SUD",
        "ETS MAUREL GRUTAGE",
        "SOCIETE DE LEVAGE MARSEILLAISE",
        "SARL FERRERO LEVAGE",
        "GRUTAGE 13",
        "AUTOGRUES DE L'ETANG",
        "MANUTENTION LOURDE MEDITERRANEE",
        "TRANSLEV",
        "BONNET GRUES",
      ],
      ideas: [
        [
          "Location de grues mobiles avec grutier, de 30 à 300 tonnes.",
          "Grutage avec opérateur : autogrues, grues sur porteur, camions-grues.",
          "Mise à disposition de grues et de grutiers pour vos levages ponctuels.",
        ],
        [
          "Levage de climatiseurs, charpentes, piscines, bungalows et machines.",
          "Pose de modules, de cuves et d'équipements en toiture.",
          "Manutention de machines industrielles et de transformateurs.",
        ],
        [
          "Étude de levage, plan de levage et visite préalable du site.",
          "Chef de manœuvre et élingueurs qualifiés fournis avec la grue.",
          "Calcul des pressions au sol et demande d'autorisation de voirie.",
        ],
        [
          "Camions-grues avec bras jusqu'à 80 tonnes-mètre et plateau.",
          "Grues à tour en location longue durée pour les chantiers.",
          "Nacelles et grues araignées pour les accès difficiles.",
        ],
        [
          "Intervention rapide, y compris de nuit et le week-end.",
          "Travaux en centre-ville avec gestion de la circulation.",
          "Disponibilité sous 24 à 48 heures.",
        ],
        [
          "Pour les industriels, entreprises du BTP, ports, logistique et collectivités.",
          "Clients : constructeurs, climaticiens, industriels, événementiel.",
          "Grutiers titulaires du CACES et d'une longue expérience.",
        ],
        ["Intervention dans toute la région PACA.", "Devis gratuit sous 24 heures.", "Matériel vérifié et entretenu régulièrement."],
      ],
      vague: ["Levage et manutention.", "Location de matériel avec chauffeur.", "Grutage."],
    },
    {
      key: "h5-elingues-accessoires-levage",
      naf: ["46.69B", "25.93Z", "28.22Z"],
      names: [
        "ELINGUES ET CABLES DU SUD",
        "PROVENCE LEVAGE DISTRIBUTION",
        "ETS VIAL CORDERIE",
        "CABLERIE MEDITERRANEENNE",
        "SARL MORENO",
        "LEVAGE FOURNITURES 13",
        "SANGLES ET CHAINES",
        "ACCASTILLAGE INDUSTRIEL DU GOLFE",
        "MAILLON PRO",
        "RIBOT ET FILS",
      ],
      ideas: [
        [
          "Vente et fabrication d'élingues câble, chaîne et textile sur mesure.",
          "Confection d'élingues à la demande : épissures, manchons sertis, boucles.",
          "Fabrication d'élingues chaîne grade 80 et 100, de 1 à 4 brins.",
        ],
        [
          "Accessoires de levage : manilles, crochets, anneaux, émerillons, serre-câbles.",
          "Palonniers, pinces de levage, aimants et ventouses.",
          "Sangles d'arrimage, cliquets et filets de levage.",
        ],
        [
          "Certificat de conformité et déclaration CE fournis avec chaque accessoire.",
          "Marquage et traçabilité de chaque élingue.",
          "Accessoires conformes à la directive Machines.",
        ],
        [
          "Câbles pour ponts roulants, grues et treuils, coupés à longueur.",
          "Stock de câbles en acier galvanisé et en inox.",
          "Fourniture de câbles de remplacement et de poulies.",
        ],
        [
          "Magasin et comptoir pour les professionnels, livraison sur chantier.",
          "Gestion de stock et dépôt chez le client.",
          "Vente en ligne pour les professionnels.",
        ],
        [
          "Pour les industriels, entreprises du BTP, ports, logistique et collectivités.",
          "Clients : chantiers navals, BTP, industrie, événementiel.",
          "Plus de 20 ans d'expérience dans le levage.",
        ],
        ["Intervention dans toute la région PACA.", "Devis gratuit sous 24 heures.", "Conseil technique pour choisir le bon accessoire."],
      ],
      vague: ["Fournitures industrielles.", "Négoce de matériel.", "Vente de matériel de levage."],
    },
  ],
  needs: [
    {
      target: "h5-verification-appareils-levage",
      title: "Contrôles semestriels – 3 ponts, 6 palans, 40 élingues – Fos",
      description:
        "Nous cherchons un prestataire pour les contrôles réglementaires de notre atelier de Fos-sur-Mer : 3 ponts de 10 t, 6 palans et une quarantaine d'élingues et de manilles. Le prestataire ne doit pas être celui qui assure notre maintenance. Contrat de 3 ans.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [4000, 8000],
    },
    {
      target: "h5-maintenance-ponts-roulants",
      related: ["h5-elingues-accessoires-levage"],
      title: "Pont 5 t – frein qui patine + réserves du rapport",
      description:
        "Après le dernier passage de l'organisme de contrôle, notre pont de 5 tonnes a 4 observations à lever : frein de levage, fin de course, câble, signalisation. Il faut intervenir vite, l'atelier de chaudronnerie de Gémenos en dépend.",
      kind: "services",
      nafPicked: ["28.22Z"],
      budget: [2000, 6000],
    },
    {
      target: "h5-grutage-location-operateur",
      title: "Monter 2 groupes froids en terrasse – Marseille 2e",
      description:
        "Nous devons hisser deux groupes de climatisation de 3,5 t chacun sur la terrasse d'un immeuble de bureaux de 6 étages, rue de la République. Il faut la machine, le personnel et l'autorisation d'occuper la chaussée, un dimanche matin de préférence.",
      kind: "services",
      nafPicked: ["43.22B"],
      budget: [3000, 6000],
    },
    {
      target: "h5-elingues-accessoires-levage",
      title: "Remplacement sangles et manilles réformées – chantier naval La Ciotat",
      description:
        "Suite au contrôle annuel, 25 sangles et une dizaine de manilles de notre chantier naval ont été mises au rebut. Nous voulons les remplacer rapidement, avec les certificats, et ajouter deux palonniers pour des coques jusqu'à 8 t.",
      kind: "supplies",
      nafPicked: ["46.69B"],
      budget: [3000, 7000],
    },
  ],
};
