import type { Trade } from "./types";

export const trade: Trade = {
  key: "metallerie-serrurerie",
  specialties: [
    {
      key: "metallerie-industrielle",
      naf: ["25.11Z", "43.32B", "43.99B"],
      names: [
        "METALLERIE INDUSTRIELLE DU VALENCIENNOIS",
        "CHARPENTES METALLIQUES DE L'OUEST",
        "ACIER STRUCTURES",
        "SOUDURE ET CONSTRUCTION METALLIQUE",
        "SARL GAUTHIER METALLERIE",
        "STRUCTURE ACIER LORRAINE",
        "INOX ET ACIER PROCESS",
        "MECASOUD",
        "ATELIERS METALLIQUES DU RHIN",
      ],
      ideas: [
        [
          "Charpente métallique : bâtiments industriels, agricoles et commerciaux, mezzanines.",
          "Conception, fabrication et montage de structures métalliques et d'ossatures acier.",
          "Charpentes acier, portiques, mezzanines de stockage et bâtiments de grande portée.",
        ],
        [
          "Serrurerie-métallerie : garde-corps, escaliers, passerelles, échelles à crinoline.",
          "Passerelles de maintenance, plateformes d'accès machines, garde-corps industriels.",
          "Escaliers métalliques, rampes, grilles et portails pour bâtiments tertiaires.",
        ],
        [
          "Atelier de 2 000 m² : découpe laser, plieuse, postes de soudure MIG/TIG, pont roulant 10 t.",
          "Fabrication en atelier, galvanisation à chaud et thermolaquage.",
          "Soudeurs qualifiés EN ISO 9606, pièces fabriquées en classe d'exécution EXC2.",
        ],
        [
          "Marquage CE selon la norme EN 1090 jusqu'en classe EXC3.",
          "Certifié EN 1090 et MASE pour les interventions en site industriel.",
          "Bureau d'études intégré : calculs aux Eurocodes, plans de fabrication et notes de calcul.",
        ],
        [
          "Chaudronnerie et tuyauterie inox pour l'agroalimentaire et la chimie.",
          "Supports de tuyauteries, racks de câbles et bâtis de machines.",
          "Travaux en acier, inox et aluminium.",
        ],
        [
          "Montage sur site avec nos propres nacelles et grues auxiliaires.",
          "Équipes de monteurs levageurs habilitées au travail en hauteur.",
          "Interventions en arrêt d'usine et maintenance des structures.",
        ],
      ],
      vague: ["Métallerie.", "Serrurerie, métallerie.", "Travaux de structure.", "Construction métallique."],
    },
    {
      key: "ferronnerie-art",
      naf: ["25.99B", "43.32B", "90.03A"],
      names: [
        "FERRONNERIE D'ART DU PERIGORD",
        "L'ATELIER DU FORGERON",
        "FER ET VOLUTES",
        "FORGE ARTISANALE DUPRE",
        "ARABESQUES METAL",
        "LE FER DECORATIF",
        "ART ET FORGE PROVENCE",
        "FERRONNIERS DE TRADITION",
        "METAL ET LUMIERE CREATIONS",
      ],
      ideas: [
        [
          "Ferronnerie d'art : portails, grilles, rampes d'escalier et garde-corps forgés à la main.",
          "Ferronnier d'art, création de pièces uniques en fer forgé.",
          "Portails, balcons et marquises en fer forgé, réalisés à la forge.",
        ],
        [
          "Restauration de ferronneries anciennes pour monuments historiques et demeures de caractère.",
          "Restauration à l'identique de grilles, balcons et serrures anciennes.",
          "Chantiers sur le patrimoine protégé, en lien avec les architectes des bâtiments de France.",
        ],
        [
          "Luminaires, lustres, mobilier et objets décoratifs en métal.",
          "Créations contemporaines : tables, consoles, sculptures.",
          "Verrières intérieures style atelier et séparations acier-verre.",
        ],
        [
          "Forge au marteau, volutes, rivetage et assemblages traditionnels.",
          "Travail à chaud à la forge, patines à la cire, dorure.",
          "Atelier labellisé Entreprise du Patrimoine Vivant, savoir-faire transmis depuis trois générations.",
        ],
        [
          "Pour particuliers, architectes, décorateurs et collectivités.",
          "Réalisations pour hôtels, châteaux, églises et propriétés privées.",
          "Chaque pièce est dessinée avec le client.",
        ],
        [
          "Serrurerie traditionnelle et ferronnerie de bâtiment.",
          "Également garde-corps et rampes contemporains en acier brut ou laqué.",
          "Pose sur site par nos compagnons.",
        ],
      ],
      vague: ["Ferronnerie.", "Métallerie.", "Artisan d'art.", "Travail des métaux."],
    },
    {
      key: "serrurier-depannage",
      naf: ["43.32B", "80.20Z", "95.29Z"],
      names: [
        "SERRURERIE EXPRESS 75",
        "ALLO SERRURIER",
        "CLE ET SECURITE",
        "SOS PORTES BLOQUEES",
        "SERRURES ET BLINDAGES DU LITTORAL",
        "SARL MEUNIER SERRURERIE",
        "OUVERTURE RAPIDE",
        "VERROU SECURITE SERVICES",
        "LA CLE MINUTE",
      ],
      ideas: [
        [
          "Serrurier dépannage 24 h/24 : porte claquée ou fermée à clé, perte de clés.",
          "Ouverture de portes sans casse dans la mesure du possible, intervention en 30 minutes.",
          "Urgence serrurerie jour et nuit, week-ends et jours fériés.",
        ],
        [
          "Remplacement de serrures, cylindres et barillets après cambriolage ou perte de clés.",
          "Changement de serrure, pose de serrures multipoints certifiées A2P.",
          "Mise en sécurité provisoire après effraction.",
        ],
        [
          "Blindage de portes, portes blindées et bloc-portes certifiés.",
          "Pose de portes blindées et de cornières anti-pinces.",
          "Sécurisation de locaux : rideaux métalliques, grilles, barreaudages.",
        ],
        [
          "Organigrammes de clés et contrôle d'accès pour entreprises et copropriétés.",
          "Dépannage de rideaux métalliques de commerces et de portes de halls.",
          "Ferme-portes, ventouses, gâches électriques et digicodes.",
        ],
        [
          "Reproduction de clés, clés sécurisées et télécommandes.",
          "Double de clés minute et clés de coffres-forts.",
          "Clés brevetées sur présentation de la carte de propriété.",
        ],
        [
          "Devis annoncé avant intervention, tarifs affichés.",
          "Facture détaillée pour votre déclaration d'assurance.",
          "Artisan local, pas de centrale d'appel.",
        ],
      ],
      vague: ["Serrurerie.", "Dépannage.", "Sécurité.", "Serrurerie, métallerie."],
    },
  ],
  needs: [
    {
      target: "metallerie-industrielle",
      related: ["ferronnerie-art", "bureau-etudes-structure"],
      kind: "works",
      title: "Passerelle et garde-corps pour l'accès aux silos",
      description:
        "Création d'une passerelle métallique de 18 m reliant deux silos, avec escalier d'accès, garde-corps et plinthes conformes à la NF E 85-015, en acier galvanisé. Note de calcul et marquage CE EN 1090 exigés ; montage pendant l'arrêt technique de la semaine 32.",
      nafPicked: ["25.11Z"],
      budget: [45000, 75000],
    },
    {
      target: "serrurier-depannage",
      related: ["metallerie-industrielle", "menuiserie-exterieure"],
      kind: "works",
      title: "Changement des cylindres de 40 portes et nouvel organigramme",
      description:
        "Après la perte d'un passe général, nous devons remplacer les cylindres de 40 portes de nos bureaux et mettre en place un organigramme de clés sécurisées à 3 niveaux. Intervention souhaitée sous 10 jours, un samedi.",
      nafPicked: ["80.20Z"],
      budget: [6000, 11000],
    },
  ],
};
