import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-travaux-en-hauteur",
  specialties: [
    {
      key: "h5-lignes-de-vie-installation",
      naf: ["43.99D", "43.91B", "43.32B"],
      names: [
        "LIGNES DE VIE PROVENCE",
        "ANTICHUTE SYSTEMES SUD",
        "ETS BENOIT SECURITE TOITURE",
        "HAUTEUR SECURITE MEDITERRANEE",
        "SARL FONTANA",
        "GARDE-CORPS ET ANCRAGES",
        "SECUTOIT 13",
        "PROTECT'HAUTEUR",
        "VERTIC'AIX",
        "CASTELLI ET FILS",
      ],
      ideas: [
        [
          "Fourniture et pose de lignes de vie horizontales et verticales, points d'ancrage et rails.",
          "Installation de systèmes antichute permanents sur toitures, terrasses et ouvrages.",
          "Nous installons lignes de vie, potelets et anneaux d'ancrage conformes à la norme NF EN 795.",
        ],
        [
          "Garde-corps autoportants et fixes, lisses de protection et crinolines.",
          "Protections collectives en toiture : garde-corps rabattables, passerelles, escaliers.",
          "Échelles à crinoline, plateformes d'accès et sécurisation des trappes de désenfumage.",
        ],
        [
          "Étude de sécurisation des accès en toiture et plan d'implantation.",
          "Audit des risques de chute et préconisations.",
          "Solutions adaptées aux toitures en bac acier, tuiles, membranes et fibres-ciment.",
        ],
        [
          "Couvreurs et monteurs formés au travail en hauteur.",
          "Pose sans percer l'étanchéité grâce aux supports lestés.",
          "Travaux en toiture sur sites occupés.",
        ],
        [
          "Remise d'un dossier technique, des notices et du registre en fin de chantier.",
          "Attestation de pose et essais d'arrachement des ancrages.",
          "Plaque signalétique et marquage pour chaque installation.",
        ],
        [
          "Clients : industriels, bailleurs, syndics, collectivités, entreprises de maintenance.",
          "Pour les sites industriels, centres commerciaux, entrepôts et bâtiments publics.",
          "Intervention dans tout le département des Bouches-du-Rhône.",
        ],
        ["Devis gratuit.", "Plus de 15 ans d'expérience.", "Entreprise qualifiée Qualibat."],
      ],
      vague: ["Sécurité en hauteur.", "Travaux en toiture.", "Équipements de protection."],
    },
    {
      key: "h5-verification-epi-antichute",
      naf: ["71.20B", "33.19Z", "46.69B"],
      names: [
        "VERIF'HAUTEUR",
        "CONTROLE ANTICHUTE PROVENCE",
        "ETS CLAVEL CONTROLES",
        "EPI SERVICES SUD",
        "SARL RAMOS",
        "HARNAIS CONTROLE MEDITERRANEE",
        "INSPECTION ANCRAGES",
        "VCA VERIFICATION CONTROLE ANTICHUTE",
        "SECUR'EPI 13",
        "ARNAUD ET FILS",
      ],
      ideas: [
        [
          "Vérification annuelle des lignes de vie, points d'ancrage et rails antichute.",
          "Contrôle périodique des systèmes d'ancrage selon les prescriptions des fabricants.",
          "Vérification des installations antichute existantes, quel que soit l'installateur.",
        ],
        [
          "Contrôle des harnais, longes, antichutes à rappel automatique et casques.",
          "Vérification annuelle des EPI contre les chutes de hauteur.",
          "Inspection des équipements individuels avec marquage et fiche de suivi.",
        ],
        [
          "Remise d'un rapport de vérification et mise à jour du registre de sécurité.",
          "Étiquetage des équipements contrôlés et de ceux à réformer.",
          "Suivi du parc d'EPI en ligne avec alertes.",
        ],
        [
          "Techniciens habilités par les fabricants.",
          "Vérificateurs formés et agréés par les principales marques.",
          "Contrôle des ancrages par essai de traction.",
        ],
        [
          "Petites réparations et remplacement des pièces d'usure : absorbeurs, tendeurs, câbles.",
          "Remise en service après une chute ou le déclenchement de l'absorbeur.",
          "Vente de harnais et d'équipements de remplacement.",
        ],
        [
          "Clients : industriels, bailleurs, syndics, collectivités, entreprises de maintenance.",
          "Pour les sites industriels, centres commerciaux, entrepôts et bâtiments publics.",
          "Intervention dans tout le département des Bouches-du-Rhône.",
        ],
        ["Devis gratuit.", "Plus de 15 ans d'expérience.", "Déplacement sur site ou contrôle en atelier."],
      ],
      vague: ["Contrôles de sécurité.", "Vérifications réglementaires.", "Équipements de protection individuelle."],
    },
    {
      key: "h5-cordistes-acces-difficile",
      naf: ["43.99D", "81.22Z", "43.99A"],
      names: [
        "CORDISTES PROVENCE",
        "VERTICAL SERVICES MEDITERRANEE",
        "ETS BLANCHARD ACCES DIFFICILES",
        "ALTI'TRAVAUX",
        "SARL GARNIER",
        "ACROBATIQUE SUD",
        "CORDE ET HAUTEUR",
        "ACCES DIFFICILES 13",
        "SUSPENDU",
        "LAURENT ET ROCHE",
      ],
      ideas: [
        [
          "Travaux sur cordes en accès difficile : façades, verrières, cheminées, ouvrages d'art.",
          "Cordistes certifiés pour vos interventions là où la nacelle ne passe pas.",
          "Entreprise de travaux acrobatiques, sans échafaudage ni nacelle.",
        ],
        [
          "Nettoyage de vitrages, verrières et bardages en hauteur.",
          "Dépose d'éléments instables, purge de béton et réparations de façades.",
          "Pose de filets anti-pigeons, d'enseignes et de bâches en façade.",
        ],
        [
          "Inspection visuelle des façades et des ouvrages avec rapport photo.",
          "Diagnostic des fissures et des éléments menaçant de tomber.",
          "Inspection de cheminées, silos et structures industrielles.",
        ],
        ["Interventions en espaces confinés, silos et cuves.", "Travaux en milieu industriel et sur sites Seveso.", "Maintenance d'éoliennes et de pylônes."],
        [
          "Techniciens cordistes certifiés CQP et IRATA.",
          "Équipes de deux cordistes minimum, plan de sauvetage systématique.",
          "Respect de la réglementation sur les travaux temporaires en hauteur.",
        ],
        [
          "Clients : industriels, bailleurs, syndics, collectivités, entreprises de maintenance.",
          "Intervention dans tout le département des Bouches-du-Rhône.",
          "Interventions rapides sans installation lourde.",
        ],
        ["Devis gratuit.", "Plus de 15 ans d'expérience.", "Mise en sécurité en urgence."],
      ],
      vague: ["Travaux en hauteur.", "Accès difficiles.", "Entreprise de travaux acrobatiques."],
    },
    {
      key: "h5-confortement-falaises",
      naf: ["42.99Z", "43.99D", "43.12A"],
      names: [
        "PROVENCE FALAISES",
        "GEO-CONFORTEMENT SUD",
        "ETS SERRA TRAVAUX SPECIAUX",
        "PAREBLOC MEDITERRANEE",
        "SARL CHIAPPE",
        "ROC'SECURITE",
        "PURGE ET ANCRAGES DU MIDI",
        "TRAVAUX DE MONTAGNE ET FALAISES",
        "MASSIF TRAVAUX",
        "ESTEVE ET FILS",
      ],
      ideas: [
        [
          "Purge de falaises et de talus rocheux, abattage de blocs instables.",
          "Mise en sécurité de parois rocheuses au-dessus des routes, voies ferrées et habitations.",
          "Sécurisation des falaises et des fronts de taille.",
        ],
        [
          "Pose de grillages plaqués, filets pare-blocs et écrans dynamiques.",
          "Installation de filets en câbles, de grillages pendus et de barrières pare-pierres.",
          "Écrans de protection contre les chutes de blocs.",
        ],
        [
          "Ancrages, clouages et béton projeté pour le confortement des parois.",
          "Forages et tirants d'ancrage en milieu rocheux.",
          "Confortement par contreforts et maçonneries de blocage.",
        ],
        [
          "Travail sur cordes, par hélicoptère ou avec pelle araignée.",
          "Accès en paroi par des équipes de cordistes spécialisés.",
          "Héliportage du matériel pour les sites inaccessibles.",
        ],
        [
          "Inspection annuelle des ouvrages de protection et entretien des filets.",
          "Vidage des écrans pare-blocs et remplacement des éléments endommagés.",
          "Surveillance des parois et rapports d'inspection.",
        ],
        [
          "Clients : collectivités, département, SNCF, carriers, gestionnaires de routes.",
          "Pour les communes, syndics et propriétaires de terrains en pied de falaise.",
          "Intervention dans toute la région PACA.",
        ],
        ["Devis gratuit.", "Plus de 20 ans d'expérience.", "Travaux en urgence après éboulement."],
      ],
      vague: ["Travaux spéciaux.", "Génie civil.", "Travaux publics."],
    },
  ],
  needs: [
    {
      target: "h5-verification-epi-antichute",
      related: ["h5-lignes-de-vie-installation"],
      title: "Contrôle annuel harnais + ancrages toiture – 3 sites",
      description:
        "Nous avons 35 harnais et longes utilisés par nos techniciens, ainsi que des câbles de sécurité installés sur les toits de nos sites de Marignane, Vitrolles et Istres. Nous devons faire contrôler l'ensemble chaque année et tenir le registre à jour.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [2500, 5000],
    },
    {
      target: "h5-lignes-de-vie-installation",
      related: ["h5-verification-epi-antichute"],
      title: "Sécuriser la circulation sur la toiture – entrepôt Miramas",
      description:
        "Le CSE a signalé que nos techniciens montent sur la toiture (bac acier, 8 000 m²) sans aucune protection pour entretenir les extracteurs. Nous voulons une solution permanente pour qu'ils puissent circuler attachés ou protégés par des barrières.",
      kind: "works",
      nafPicked: ["43.91B"],
      budget: [20000, 45000],
    },
    {
      target: "h5-cordistes-acces-difficile",
      title: "Verrière de l'atrium – nettoyage + remplacement de 2 vitres",
      description:
        "La verrière de notre siège à Marseille (Euroméditerranée) est à 22 m au-dessus d'un hall ouvert ; ni nacelle ni échafaudage ne sont possibles. Nous cherchons une entreprise pour la nettoyer deux fois par an et déposer deux panneaux fissurés.",
      kind: "services",
      nafPicked: ["81.22Z"],
      budget: [6000, 12000],
    },
    {
      target: "h5-confortement-falaises",
      related: ["h5-cordistes-acces-difficile"],
      title: "Chutes de pierres – chemin communal",
      description:
        "Après les pluies de novembre, des blocs se sont détachés de la barre rocheuse qui domine un chemin communal à Cassis. La commune doit faire enlever les blocs menaçants et poser une protection durable. Une étude géotechnique est disponible.",
      kind: "works",
      nafPicked: ["71.12B", "43.99D"],
      budget: [40000, 120000],
    },
  ],
};
