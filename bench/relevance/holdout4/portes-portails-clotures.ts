import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h4-portes-portails-clotures",
  specialties: [
    {
      key: "h4-portes-sectionnelles-quais",
      naf: ["43.32B", "33.12Z", "28.22Z"],
      names: [
        "PORTES ET QUAIS DU SUD",
        "QUAI EQUIPEMENT PROVENCE",
        "SOC AUDIBERT FERMETURES INDUSTRIELLES",
        "DOCKLINE",
        "PORTINDUS",
        "MEDITERRANEE PORTES INDUSTRIELLES",
        "SECTIO 13",
        "NIVEAU QUAI SERVICES",
        "LOGIPORTES",
        "ALLIANCE FERMETURES",
      ],
      ideas: [
        [
          "Fourniture, pose et maintenance de portes sectionnelles industrielles.",
          "Nous équipons les bâtiments logistiques et industriels en portes sectionnelles et portes de quai.",
          "Spécialistes des équipements de quai : portes, niveleurs, sas d'étanchéité, butoirs.",
        ],
        [
          "Niveleurs de quai hydrauliques à lèvre ou à tablier télescopique, mini-niveleurs.",
          "Installation de niveleurs et de tables élévatrices de quai.",
          "Remplacement de niveleurs anciens sans gros travaux de génie civil.",
        ],
        [
          "Sas d'étanchéité à rideaux ou gonflables, abris de quai, cales de roues.",
          "Nous améliorons l'isolation de vos quais avec des sas d'étanchéité adaptés à vos camions.",
          "Butoirs, guide-roues et feux de signalisation de quai.",
        ],
        [
          "Contrats de maintenance conformes à la NF EN 13241 et à l'arrêté du 21 décembre 1993.",
          "Entretien semestriel des portes automatiques, carnet d'entretien tenu à jour.",
          "Dépannage sous 4 h pour les plateformes logistiques.",
        ],
        [
          "Portes sectionnelles isolées, vitrées, avec portillon incorporé.",
          "Portes sectionnelles sur mesure, jusqu'à 8 m de large.",
          "Motorisation et automatisation des portes existantes.",
        ],
        [
          "Pose quai par quai pour maintenir votre activité.",
          "Nous planifions les remplacements pour ne pas bloquer les réceptions.",
          "Interventions de nuit possibles.",
        ],
        [
          "Agence à Vitrolles, techniciens sur tout le Sud-Est.",
          "Plus de 1 500 portes en contrat de maintenance.",
          "Installateur agréé de plusieurs fabricants européens.",
        ],
      ],
      vague: ["Fermetures industrielles.", "Portes et équipements de quai.", "Maintenance de portes automatiques.", "Menuiserie métallique."],
    },
    {
      key: "h4-portes-rapides",
      naf: ["43.32B", "25.12Z", "33.12Z"],
      names: [
        "PORTES RAPIDES MEDITERRANEE",
        "FASTDOOR SUD",
        "RAPIDOR",
        "SOC VIDAL PORTES SOUPLES",
        "FLEXIPORTES",
        "ISOPORTE",
        "AIRLOCK INDUSTRIE",
        "PORTES SOUPLES DU MIDI",
        "CLEANDOOR",
        "SPEEDROLL",
      ],
      ideas: [
        [
          "Portes rapides souples à enroulement et à repliement pour l'industrie et la logistique.",
          "Nous fabriquons et installons des portes rapides en toile PVC pour les passages fréquents.",
          "Spécialistes des portes à ouverture rapide, intérieures et extérieures.",
        ],
        [
          "Portes rapides isothermes pour chambres froides positives et négatives.",
          "Portes pour le froid : isothermes, anti-givre, avec rideau chauffant.",
          "Nous équipons les entrepôts frigorifiques de portes rapides qui limitent les pertes de froid.",
        ],
        [
          "Portes pour salles propres, pharmacie et agroalimentaire, en inox et PVC lisse.",
          "Modèles hygiéniques lavables pour ateliers alimentaires et zones à empoussièrement contrôlé.",
          "Portes étanches pour maintenir les cascades de pression des salles blanches.",
        ],
        [
          "Tablier autoréparable : la porte se remet en place seule après un choc de chariot.",
          "Rideaux souples sans partie rigide pour éviter la casse.",
          "Nos portes résistent aux chocs, fréquents dans les zones de circulation des chariots.",
        ],
        [
          "Détection par radar, boucle magnétique, tirette ou badge.",
          "Ouverture jusqu'à 2 m/s, déclenchement automatique par radar ou boucle au sol.",
          "Cellules et barres palpeuses conformes à la NF EN 13241.",
        ],
        [
          "Maintenance et dépannage toutes marques.",
          "Contrats d'entretien et pièces détachées en stock.",
          "Réparation de tabliers et remplacement de moteurs.",
        ],
        ["Fabrication dans notre atelier de Salon-de-Provence.", "Délai de fabrication de 3 à 4 semaines.", "Installateur depuis 2004."],
      ],
      vague: ["Portes industrielles.", "Fermetures automatiques.", "Fabrication et pose de portes.", "Équipements pour bâtiments industriels."],
    },
    {
      key: "h4-portails-barrieres-automatiques",
      naf: ["43.32B", "80.20Z", "43.21A"],
      names: [
        "AUTOMATISMES PORTAILS PROVENCE",
        "ACCES CONTROLE SUD",
        "SOC GARNIER AUTOMATISMES",
        "BARRIERE SERVICE",
        "PORTAIL PRO 13",
        "ENTREES ET ACCES",
        "MOTORIS",
        "SENTINELLE ACCES",
        "AUTOMAT'SUD",
        "BORNEO",
      ],
      ideas: [
        [
          "Portails coulissants et battants motorisés pour sites industriels, parkings et résidences.",
          "Nous fabriquons, motorisons et entretenons les portails d'entrée de vos sites.",
          "Portails autoportants de grande largeur, jusqu'à 15 mètres.",
        ],
        [
          "Barrières levantes, bornes escamotables et herses anti-intrusion.",
          "Contrôle des entrées de véhicules : barrières, bornes automatiques, tourniquets.",
          "Bornes escamotables hydrauliques anti-bélier pour les sites sensibles.",
        ],
        [
          "Contrôle d'accès par badge, lecture de plaques et interphonie.",
          "Intégration avec votre système de contrôle d'accès et votre supervision.",
          "Lecteurs de badges, interphones et caméras de lecture de plaques.",
        ],
        [
          "Mise en conformité des portails automatiques selon la NF EN 12453.",
          "Mise en sécurité de portails existants : cellules, bords sensibles, feux clignotants.",
          "Audit de conformité et remise aux normes des automatismes.",
        ],
        [
          "Contrats d'entretien et dépannage rapide des automatismes.",
          "Maintenance préventive et curative, astreinte 24/7.",
          "Intervention en moins de 4 heures en cas de blocage.",
        ],
        [
          "Tourniquets et portillons pour le contrôle des accès piétons.",
          "Sas piétons et tripodes pour les entrées du personnel.",
          "Tourniquets pleine hauteur pour sites industriels.",
        ],
        [
          "Basés à Aubagne, 15 techniciens.",
          "Plus de 20 ans d'expérience dans l'automatisme.",
          "Clients industriels, logisticiens, collectivités et copropriétés.",
        ],
      ],
      vague: ["Automatismes.", "Portails et automatismes.", "Contrôle d'accès.", "Fermetures et sécurité."],
    },
    {
      key: "h4-clotures-grillages",
      naf: ["43.99D", "43.32B", "81.30Z"],
      names: [
        "CLOTURES DE PROVENCE",
        "GRILLAGES DU SUD",
        "SOC REYNAUD CLOTURES",
        "CLOTURE PRO MEDITERRANEE",
        "ENCLOS",
        "DEFENSE PERIMETRIQUE",
        "SUD CLOTURE INDUSTRIE",
        "MAILLE ET POTEAU",
        "CLOS ET ACCES",
        "PERIMETRE",
      ],
      ideas: [
        [
          "Pose de clôtures en panneaux rigides, grillage simple torsion et clôtures de haute sécurité.",
          "Nous clôturons sites industriels, entrepôts, stades et terrains.",
          "Entreprise spécialisée dans la clôture et la protection périmétrique.",
        ],
        [
          "Panneaux soudés plastifiés, barreaudages acier, clôtures anti-franchissement.",
          "Clôtures défensives : bavolets, concertina, panneaux anti-escalade.",
          "Une gamme de clôtures pour tous les niveaux de sécurité.",
        ],
        [
          "Portails et portillons manuels assortis.",
          "Fourniture et pose de portillons et de portails manuels.",
          "Nous posons aussi des portails battants et coulissants manuels.",
        ],
        [
          "Pose sur plots béton, sur platines ou en scellement, en terrain naturel comme sur enrobé.",
          "Terrassement, scellement des poteaux et pose sur tout type de sol.",
          "Nous gérons les terrains en pente et les sols rocheux.",
        ],
        [
          "Dépose et évacuation des anciennes clôtures.",
          "Remplacement de clôtures vétustes et réparation après intrusion ou sinistre.",
          "Reprise des clôtures endommagées.",
        ],
        ["Clôtures de chantier et barrières provisoires.", "Location de clôtures mobiles pour chantiers.", "Clôtures temporaires et barrières de police."],
        [
          "Équipes de poseurs dans les Bouches-du-Rhône et le Gard.",
          "Plusieurs kilomètres de clôture posés chaque année.",
          "Clients : industriels, collectivités, exploitants de parcs solaires.",
        ],
      ],
      vague: ["Clôtures.", "Clôtures et portails.", "Aménagements extérieurs.", "Travaux de pose."],
    },
  ],
  needs: [
    {
      target: "h4-portes-sectionnelles-quais",
      related: ["h4-portes-rapides"],
      title: "Remplacement 6 portes de quai + niveleurs – entrepôt Miramas",
      description:
        "Remplacement de 6 portes sectionnelles de quai (3 × 3,5 m) et de leurs niveleurs hydrauliques à lèvre, avec sas d'étanchéité gonflables, sur notre entrepôt de Miramas. Travaux quai par quai pour maintenir l'activité, conformité NF EN 13241. Contrat de maintenance à 2 visites par an à chiffrer en option.",
      kind: "works",
      nafPicked: ["43.32B"],
      budget: [70000, 110000],
    },
    {
      target: "h4-portes-rapides",
      related: ["h4-portes-sectionnelles-quais"],
      title: "Porte rapide chambre froide négative – zone expédition",
      description:
        "Fourniture et pose d'une porte rapide souple isotherme entre la chambre négative (-25 °C) et la zone d'expédition, passage de 2,5 × 3 m, ouverture par radar et boucle au sol pour les chariots, système anti-givre. Elle remplace la porte actuelle hors service depuis le mois dernier ; intervention à planifier sans arrêter la production.",
      kind: "works",
      nafPicked: ["43.22B"],
      budget: [15000, 28000],
    },
    {
      target: "h4-portails-barrieres-automatiques",
      related: ["h4-clotures-grillages"],
      title: "2 barrières levantes + motorisation portail coulissant 12 m – entrée PL Gémenos",
      description:
        "Réaménagement du contrôle d'accès véhicules du site de Gémenos : 2 barrières levantes (lisse de 5 m) avec lecteurs de badges, et motorisation d'un portail coulissant existant de 12 m avec feux, cellules et sécurités selon la NF EN 12453. Interface avec notre contrôle d'accès existant (Wiegand). Vidéoprotection non comprise.",
      kind: "works",
      nafPicked: ["80.20Z"],
      budget: [20000, 35000],
    },
    {
      target: "h4-clotures-grillages",
      related: ["h4-portails-barrieres-automatiques"],
      title: "Clôture panneaux rigides 2 m – 650 ml + 2 portillons, site Fos",
      description:
        "Remplacement de la clôture grillagée vétuste du périmètre de notre site de Fos par des panneaux soudés rigides de 2 m (RAL 6005) sur environ 650 mètres linéaires, avec bavolet et 2 portillons piétons. Terrain en partie en enrobé, en partie en terre. Dépose et évacuation de l'ancienne clôture comprises.",
      kind: "works",
      nafPicked: ["43.12A"],
      budget: [45000, 75000],
    },
  ],
};
