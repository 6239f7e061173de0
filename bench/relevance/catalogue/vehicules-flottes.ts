import type { Trade } from "./types";

export const trade: Trade = {
  key: "vehicules-flottes",
  specialties: [
    {
      key: "location-longue-duree-vehicules",
      naf: ["77.11B", "77.12Z", "77.11A"],
      names: [
        "FLOTAUTO LEASING",
        "LLD SERVICES ENTREPRISES",
        "UTILICAR LOCATION",
        "CAP FLOTTE",
        "AUTOLEASE PRO",
        "LOCAVAN",
        "MOBILIS LEASE",
        "PARC AUTO SOLUTIONS",
      ],
      ideas: [
        [
          "Location longue durée de véhicules de société et d'utilitaires pour les entreprises.",
          "LLD tout compris : loyer mensuel fixe, entretien, assistance, pneumatiques.",
          "Loueur de véhicules particuliers et utilitaires sur 24 à 60 mois.",
        ],
        [
          "Utilitaires aménagés : étagères, galeries, caissons, hayons.",
          "Fourgons, plateaux et bennes préparés pour les artisans et les techniciens.",
          "Aménagement intérieur et marquage publicitaire des utilitaires loués.",
        ],
        [
          "Véhicules électriques et hybrides, installation de bornes de recharge.",
          "Électrification de votre flotte : choix des modèles, recharge, cartes carburant.",
          "Accompagnement au respect des quotas de véhicules à faibles émissions.",
        ],
        [
          "Gestion de flotte : cartes carburant, amendes, sinistres, tableaux de bord.",
          "Un gestionnaire dédié suit votre parc et vos contrats.",
          "Reporting des kilométrages, coûts et émissions de CO2.",
        ],
        [
          "Location courte et moyenne durée pour vos pics d'activité.",
          "Véhicules de remplacement et location de 1 à 24 mois.",
          "Location de camions et de porteurs avec ou sans hayon.",
        ],
        [
          "Restitution encadrée avec expertise contradictoire.",
          "Livraison des véhicules sur votre site.",
          "Multimarque : nous consultons tous les constructeurs.",
        ],
      ],
      vague: ["Location de véhicules.", "Location longue durée.", "Automobile.", "Services aux entreprises."],
    },
    {
      key: "entretien-flottes-vehicules",
      naf: ["45.20A", "45.20B"],
      names: [
        "GARAGE DES FLOTTES",
        "AUTO SERVICE ENTREPRISES",
        "MECANIQUE PRO 69",
        "FLEET REPAIR",
        "GARAGE DU PARC D'ACTIVITES",
        "ENTRETIEN UTILITAIRES DU SUD",
        "CENTRE AUTO DES ZONES",
        "ATELIER MECA FLOTTES",
      ],
      ideas: [
        [
          "Entretien et réparation de véhicules d'entreprise, toutes marques.",
          "Garage partenaire des flottes : révisions, freinage, distribution, diagnostic.",
          "Maintenance des véhicules légers et utilitaires des professionnels.",
        ],
        [
          "Agréé par les principaux loueurs longue durée.",
          "Facturation directe aux loueurs et gestionnaires de flotte.",
          "Référencé auprès des sociétés de LLD et des gestionnaires de parc.",
        ],
        [
          "Enlèvement et restitution des véhicules sur votre site.",
          "Véhicule de courtoisie pendant l'immobilisation.",
          "Intervention de nuit pour limiter l'immobilisation de vos utilitaires.",
        ],
        ["Pneumatiques, carrosserie et pare-brise.", "Atelier carrosserie-peinture intégré.", "Réparation et remplacement de vitrage."],
        [
          "Techniciens habilités à intervenir sur les véhicules électriques et hybrides.",
          "Habilitation électrique pour véhicules électriques.",
          "Diagnostic des batteries de traction.",
        ],
        ["Planification de la maintenance préventive de votre parc.", "Préparation au contrôle technique.", "Suivi de l'historique de chaque véhicule."],
      ],
      vague: ["Garage.", "Mécanique automobile.", "Entretien et réparation de véhicules.", "Automobile."],
    },
    {
      key: "lavage-auto-particuliers",
      naf: ["45.20A", "81.29B", "45.20B"],
      names: [
        "LAVAGE DU ROND-POINT",
        "CLEAN AUTO",
        "STATION DE LAVAGE DES PINS",
        "BRILL AUTO",
        "AUTO SPA",
        "LAVAGE ECOLOGIQUE A DOMICILE",
        "ECLAT AUTO",
        "JET WASH CENTER",
      ],
      ideas: [
        [
          "Lavage auto à la main, intérieur et extérieur.",
          "Nettoyage complet de votre voiture : aspiration, vitres, jantes.",
          "Lavage de voitures pour les particuliers.",
        ],
        [
          "Rénovation esthétique : polissage, lustrage et traitement céramique.",
          "Detailing automobile et protection de la carrosserie.",
          "Shampoing des sièges et rénovation des cuirs.",
        ],
        [
          "Station de lavage libre-service avec rouleaux et haute pression.",
          "Pistes haute pression ouvertes 7 j/7.",
          "Aspirateurs et gonflage en libre-service.",
        ],
        ["Lavage sans eau à domicile ou sur votre lieu de travail.", "Nous venons laver votre voiture chez vous.", "Lavage écologique sur parking."],
        ["Forfaits et abonnements de lavage.", "Cartes prépayées et offres fidélité.", "Formules lavage mensuel."],
        [
          "Préparation esthétique avant la vente de votre véhicule.",
          "Nettoyage après location ou avant restitution.",
          "Désodorisation et traitement anti-odeurs.",
        ],
      ],
      vague: ["Lavage automobile.", "Entretien de véhicules.", "Services automobiles.", "Nettoyage."],
    },
    {
      key: "flotte-velos-salaries",
      naf: ["77.39Z", "77.21Z", "95.29Z"],
      names: [
        "VELO ENTREPRISE SERVICES",
        "CYCLOFLOTTE",
        "BIKE TO WORK SOLUTIONS",
        "MOBILITE DOUCE CONSEIL",
        "PEDALE PRO",
        "ROUE LIBRE ENTREPRISES",
        "VELOTAF",
        "A BICYCLETTE SERVICES",
      ],
      ideas: [
        [
          "Location longue durée de vélos à assistance électrique pour les salariés.",
          "Leasing de vélos électriques mis à disposition des collaborateurs.",
          "Vélos de fonction pour vos salariés, clés en main.",
        ],
        [
          "Flottes de vélos de service et vélos-cargos pour les déplacements professionnels.",
          "Vélos partagés sur vos sites, avec réservation par application.",
          "Vélos-cargos pour les livraisons et les techniciens en ville.",
        ],
        ["Entretien sur site par nos mécaniciens cyclistes.", "Réparations et révisions dans vos locaux.", "Atelier mobile de réparation de vélos."],
        [
          "Forfait mobilités durables et plan de mobilité employeur.",
          "Nous vous aidons à mettre en place le forfait mobilités durables.",
          "Diagnostic mobilité et plan de mobilité.",
        ],
        ["Stationnements vélos sécurisés, arceaux et abris.", "Installation de parkings vélos et de bornes de recharge.", "Abris sécurisés pour vélos."],
        ["Assurance vol et casse incluse.", "Ateliers de remise en selle.", "Accompagnement des salariés débutants."],
      ],
      vague: ["Mobilité.", "Location de vélos.", "Services aux entreprises.", "Cycles."],
    },
  ],
  needs: [
    {
      target: "location-longue-duree-vehicules",
      related: ["entretien-flottes-vehicules"],
      title: "LLD de 12 utilitaires aménagés pour nos techniciens",
      description:
        "Nous remplaçons 12 fourgonnettes par des utilitaires de 3 m³ aménagés (étagères, galerie de toit), sur 36 mois et 90 000 km, entretien et pneus inclus. Au moins 4 véhicules électriques. Livraison échelonnée à partir de mai.",
      kind: "services",
      nafPicked: ["77.11A"],
      budget: [200000, 280000],
    },
    {
      target: "flotte-velos-salaries",
      related: ["location-longue-duree-vehicules"],
      title: "Vélos électriques pour nos salariés",
      description:
        "Dans le cadre de notre plan de mobilité, nous voulons proposer des vélos à assistance électrique en location longue durée à une trentaine de salariés volontaires, avec entretien sur site deux fois par an et assurance vol. Site de 400 salariés en périphérie de Grenoble.",
      kind: "services",
      nafPicked: ["77.11B"],
      budget: [25000, 40000],
    },
  ],
};
