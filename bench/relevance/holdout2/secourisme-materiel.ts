import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "secourisme-materiel",
  specialties: [
    {
      key: "h2-defibrillateurs-dae",
      naf: ["46.46Z", "47.74Z", "33.13Z", "85.59A"],
      names: [
        "CARDIOSUD",
        "DEFIBRIL PROVENCE",
        "SAS COEUR ET VIE",
        "RYTHMIA SERVICES",
        "DAE MEDITERRANEE",
        "PULSE EQUIPEMENT",
        "CARDIO PROTECTION 13",
        "LEBRUN MEDICAL",
        "SECOURS CONNECT",
      ],
      ideas: [
        [
          "Vente et installation de défibrillateurs automatisés externes pour entreprises, ERP et collectivités.",
          "Nous équipons vos locaux en défibrillateurs entièrement automatiques ou semi-automatiques.",
          "Distributeur agréé de plusieurs grandes marques de DAE, conseil sur le choix et l'emplacement.",
          "J'accompagne les entreprises dans leur projet de site cardio-protégé, du diagnostic à la mise en service.",
        ],
        [
          "Maintenance annuelle réglementaire, remplacement des électrodes et des batteries avant péremption.",
          "Contrat de maintenance préventive avec rappel automatique des dates d'expiration des consommables.",
          "Nous assurons la maintenance des appareils conformément au décret de 2019 et aux recommandations du fabricant.",
        ],
        [
          "Déclaration de vos appareils dans la base nationale Géo'DAE.",
          "Mise en conformité avec l'obligation d'équipement des établissements recevant du public.",
          "Signalétique réglementaire et registre de maintenance fournis.",
        ],
        [
          "Armoires murales extérieures chauffées et alarmées, bornes et coffrets intérieurs.",
          "Boîtiers de protection IP54 avec alarme sonore, modèles chauffants pour l'extérieur.",
          "Appareils connectés : autotests transmis à distance, alerte en cas d'anomalie.",
        ],
        [
          "Formation de vos salariés aux gestes qui sauvent et à l'utilisation du défibrillateur.",
          "Sessions d'initiation de 2 heures sur site, animées par des formateurs issus des sapeurs-pompiers.",
          "Formation SST et sensibilisation au massage cardiaque pour vos équipes.",
        ],
        [
          "Location longue durée tout compris : appareil, boîtier, maintenance et remplacement en cas d'utilisation.",
          "Formule achat ou location, avec prêt d'un appareil pendant les interventions.",
          "Remplacement gratuit des électrodes et de l'appareil après une utilisation sur une victime.",
        ],
      ],
      vague: ["Matériel médical.", "Équipements de secours.", "Vente de matériel de premiers secours et formation.", "Prévention et sécurité des personnes."],
    },
    {
      key: "h2-trousses-armoires-pharmacie",
      naf: ["46.46Z", "46.69C", "47.91B", "46.49Z"],
      names: [
        "PHARMABOX PRO",
        "LES TROUSSES DU SUD",
        "SECOURISTE EQUIPEMENT",
        "SAS MEDIKIT",
        "PREMIERS SOINS DIFFUSION",
        "DISTRIMED PROVENCE",
        "ARMOIRE ET SOINS",
        "CROIX VERTE SERVICES",
        "SOLUSOINS",
      ],
      ideas: [
        [
          "Fourniture de trousses de secours et d'armoires à pharmacie pour les entreprises, chantiers et véhicules.",
          "Nous équipons vos ateliers, bureaux et véhicules en matériel de premiers soins.",
          "Kits de premiers secours adaptés à chaque activité : BTP, industrie, restauration, transport.",
          "Spécialiste de l'équipement de soins d'urgence au travail : trousses, armoires, brancards, couvertures de survie.",
        ],
        [
          "Composition conforme aux recommandations de la médecine du travail et de l'INRS.",
          "Contenus définis avec votre service de santé au travail et adaptés aux risques de vos postes.",
          "Trousses spécifiques : brûlures, coupures, produits chimiques, morsures.",
        ],
        [
          "Réassort sur site : nos techniciens vérifient et complètent vos trousses tous les 3 ou 6 mois.",
          "Service de recomplètement périodique, remplacement des produits périmés et traçabilité.",
          "Contrat de suivi : passage régulier, inventaire, rapport de visite par armoire.",
        ],
        [
          "Recharges et consommables à l'unité : pansements, compresses, sérum physiologique, gants, bandes.",
          "Plus de 800 références de consommables de soins en stock, expédiées sous 48h.",
          "Boutique en ligne réservée aux professionnels, commande rapide par référence.",
        ],
        [
          "Armoires murales métalliques fermant à clé, personnalisables au logo de l'entreprise.",
          "Coffres à pharmacie, sacs de secours, trousses ceinture pour les travailleurs isolés.",
          "Postes de secours complets : civière, attelles, couvertures, kit hémorragie.",
        ],
        [
          "Livraison dans toute la France, interventions sur site en PACA.",
          "Clients : industriels, collectivités, écoles, entreprises de transport et du bâtiment.",
          "Entreprise familiale, plus de 5 000 clients professionnels équipés.",
        ],
      ],
      vague: [
        "Matériel de secours.",
        "Fournitures médicales pour professionnels.",
        "Distribution d'équipements de premiers soins.",
        "Hygiène et sécurité au travail.",
      ],
    },
    {
      key: "h2-extincteurs-securite-incendie",
      naf: ["46.69B", "33.12Z", "43.29B", "80.20Z"],
      names: [
        "PROVENCE INCENDIE",
        "FEU STOP 13",
        "SAS EXTINCTION SERVICES",
        "PHOCEENNE DE PROTECTION INCENDIE",
        "SECURIFEU",
        "ALARME ET EXTINCTEURS DU MIDI",
        "CAVALLO SECURITE",
        "SUD PREVENTION FEU",
        "INCENDIA",
      ],
      ideas: [
        [
          "Vente, installation et vérification annuelle d'extincteurs pour tous types de locaux.",
          "Nous fournissons et contrôlons vos extincteurs à eau, à poudre et à CO2.",
          "Spécialiste de la protection contre l'incendie : extincteurs, RIA, désenfumage, éclairage de sécurité.",
          "Entreprise de sécurité incendie au service des entreprises, commerces et collectivités.",
        ],
        [
          "Vérification annuelle selon la règle APSAD R4 et la norme NF S 61-919.",
          "Maintenance préventive annuelle, révision décennale et remplacement des appareils hors service.",
          "Entreprise certifiée APSAD service de maintenance d'extincteurs.",
        ],
        [
          "Contrôle des robinets d'incendie armés, des colonnes sèches et des portes coupe-feu.",
          "Maintenance des systèmes de désenfumage et des blocs autonomes d'éclairage de sécurité (BAES).",
          "Installation et entretien des alarmes incendie de type 4 et des SSI.",
        ],
        [
          "Plans d'évacuation et d'intervention, signalétique photoluminescente.",
          "Réalisation de vos plans d'évacuation conformes à la norme NF ISO 23601.",
          "Consignes de sécurité et pictogrammes normalisés.",
        ],
        [
          "Formation à la manipulation des extincteurs sur feu réel, bac à feu écologique.",
          "Formations équipier de première intervention (EPI) et exercices d'évacuation.",
          "Nos formateurs forment vos serre-files et guides d'évacuation.",
        ],
        [
          "Rapport de vérification remis après chaque passage et mise à jour du registre de sécurité.",
          "Techniciens qualifiés, véhicules ateliers, intervention sous 48h en cas de décharge.",
          "Plus de 3 000 clients dans les Bouches-du-Rhône et le Var.",
        ],
      ],
      vague: ["Sécurité incendie.", "Protection incendie.", "Équipements de sécurité.", "Vente et maintenance de matériel de sécurité."],
    },
    {
      key: "h2-douches-lave-yeux",
      naf: ["46.69B", "46.74B", "28.29B", "33.12Z"],
      names: [
        "SECURIDOUCHE",
        "RINCAGE URGENCE SYSTEMES",
        "SAS HYDROSECURITE",
        "OCULAVE",
        "EQUIP LABO SECURITE",
        "SAFEFLOW INDUSTRIE",
        "BLANC EQUIPEMENTS DE SECURITE",
        "DECONTAMINATION SERVICES SUD",
        "AQUAPROTECT",
      ],
      ideas: [
        [
          "Douches de sécurité et lave-yeux d'urgence pour laboratoires, industries chimiques et sites pétrochimiques.",
          "Nous fournissons et installons des équipements de décontamination d'urgence : douches, laveurs oculaires, combinés.",
          "Spécialiste du rinçage d'urgence en cas de projection de produits chimiques.",
          "Je conçois des solutions de décontamination corporelle et oculaire adaptées à chaque poste à risque.",
        ],
        [
          "Équipements conformes aux normes EN 15154 et ANSI Z358.1.",
          "Matériel répondant à la norme EN 15154 (parties 1 à 4) pour les douches fixes et les rince-œil.",
          "Débits et temps de rinçage conformes aux exigences normatives, certificats fournis.",
        ],
        [
          "Modèles hors gel, chauffés ou à eau tempérée pour les installations extérieures.",
          "Douches autonomes à réservoir pour les sites sans réseau d'eau, versions ATEX.",
          "Laveurs oculaires muraux, sur paillasse, à flacon ou sur pied, en inox ou ABS.",
        ],
        [
          "Installation par nos plombiers, raccordement au réseau et mitigeur thermostatique.",
          "Étude de l'implantation : distance au poste de travail, accessibilité, alimentation en eau tempérée.",
          "Mise en service avec test de débit et formation des utilisateurs.",
        ],
        [
          "Contrat de maintenance : essai hebdomadaire assisté, contrôle annuel, détartrage, remplacement des pièces d'usure.",
          "Vérifications périodiques avec fiche de contrôle par équipement et rapport.",
          "Remplacement des solutions de rinçage en flacon avant péremption.",
        ],
        [
          "Références dans la chimie fine, la pharmacie, le traitement de surface et les raffineries de l'étang de Berre.",
          "Nous équipons laboratoires de recherche, universités, industries et stations d'épuration.",
          "Signalisation, alarmes de déclenchement et accessoires associés.",
        ],
      ],
      vague: [
        "Équipements de sécurité industrielle.",
        "Matériel de sécurité pour laboratoires et industries.",
        "Fournitures industrielles.",
        "Protection des personnes au travail.",
      ],
    },
  ],
  needs: [
    {
      target: "h2-defibrillateurs-dae",
      related: ["h2-trousses-armoires-pharmacie", "h2-extincteurs-securite-incendie"],
      title: "Équipement DAE 14 sites + contrat maintenance",
      description:
        "Fourniture et pose de 14 défibrillateurs (dont 4 en armoire extérieure) sur nos sites de la zone d'Aix-Les Milles et de Vitrolles, avec déclaration Géo'DAE et contrat de maintenance sur 4 ans. Une courte séance de prise en main pour les SST de chaque site est souhaitée.",
      kind: "supplies",
      nafPicked: ["46.69B"],
      budget: [25000, 45000],
    },
    {
      target: "h2-douches-lave-yeux",
      related: ["h2-extincteurs-securite-incendie", "h2-trousses-armoires-pharmacie"],
      title: "Remplacement douches de sécurité atelier chimie",
      description:
        "Remplacement de 8 douches de sécurité combinées avec rince-œil dans nos ateliers de fabrication et notre labo QC (site de Berre-l'Étang), dont 2 extérieures hors gel. Équipements EN 15154, installation et essais compris, travaux prévus lors de l'arrêt d'août.",
      kind: "works",
      nafPicked: ["43.22A"],
      budget: [30000, 55000],
    },
    {
      target: "h2-trousses-armoires-pharmacie",
      related: ["h2-defibrillateurs-dae"],
      title: "Kits premiers secours 220 véhicules + réassort",
      description:
        "Fourniture de 220 trousses de secours pour nos véhicules d'intervention et de 18 armoires murales pour nos dépôts, contenu validé par notre médecin du travail. Recomplètement trimestriel sur site demandé pendant 3 ans.",
      kind: "supplies",
      nafPicked: ["47.74Z"],
      budget: [20000, 35000],
    },
  ],
};
