import type { Trade } from "./types";

export const trade: Trade = {
  key: "securite",
  specialties: [
    {
      key: "gardiennage-surveillance-humaine",
      naf: ["80.10Z"],
      names: [
        "VIGILIS SECURITE",
        "GARDIENS DU VAL",
        "SENTINELLE PROTECTION",
        "ARGOS SURETE",
        "CERBERE SERVICES",
        "BOUCLIER SECURITE PRIVEE",
        "NOCTIS GARDIENNAGE",
        "ATLAS PROTECTION HUMAINE",
      ],
      ideas: [
        [
          "Gardiennage de sites industriels, entrepôts, chantiers et bureaux, de jour comme de nuit.",
          "Agents de sécurité pour la surveillance de vos locaux, le contrôle d'accès et l'accueil.",
          "Surveillance humaine de vos sites : poste fixe, filtrage, rondes.",
        ],
        [
          "Rondes de surveillance et rondes d'ouverture et de fermeture des sites.",
          "Rondes intérieures et extérieures avec contrôleur de rondes électronique.",
          "Rondes mobiles en véhicule sur plusieurs sites et levées de doute.",
        ],
        [
          "Agents SSIAP 1, 2 et 3 pour la sécurité incendie des ERP et IGH.",
          "Service de sécurité incendie : agents SSIAP, tenue du PC sécurité et du registre.",
          "Personnel qualifié SSIAP pour vos établissements recevant du public.",
        ],
        [
          "Agents cynophiles : maître-chien pour la surveillance de sites étendus.",
          "Maîtres-chiens diplômés pour chantiers, parcs de stockage et sites isolés.",
          "Équipes cynophiles la nuit et le week-end.",
        ],
        [
          "Autorisation d'exercer délivrée par le CNAPS, agents titulaires de la carte professionnelle.",
          "Agents formés au CQP APS et recyclés régulièrement.",
          "Conformité au livre VI du code de la sécurité intérieure.",
        ],
        [
          "Agents d'accueil et de sécurité pour vos halls et réceptions.",
          "Accueil filtrant, gestion des badges et des visiteurs.",
          "Agents de prévention en magasin, lutte contre la démarque.",
        ],
      ],
      vague: ["Société de sécurité privée.", "Gardiennage.", "Sécurité et prévention."],
    },
    {
      key: "videosurveillance-telesurveillance",
      naf: ["80.20Z", "43.21A", "80.10Z"],
      names: [
        "VIDEOGARDE SYSTEMES",
        "OPTIC SURVEILLANCE",
        "TELESECUR",
        "ALARMA TECH",
        "VISIO PROTECT",
        "ELEC SURETE SERVICES",
        "CENTRALE VEILLE 24",
        "PANOPTIK",
      ],
      ideas: [
        [
          "Installation de systèmes de vidéosurveillance : caméras IP, enregistreurs, visionnage à distance.",
          "Vidéoprotection pour entreprises, commerces et collectivités : étude et pose.",
          "Nous concevons et installons vos caméras de surveillance intérieures et extérieures.",
        ],
        [
          "Télésurveillance 24h/24 depuis notre centre certifié APSAD P3.",
          "Centre de télésurveillance : réception des alarmes, levée de doute vidéo, appel des forces de l'ordre.",
          "Vos alarmes et caméras reliées à notre station de télésurveillance, jour et nuit.",
        ],
        [
          "Alarmes anti-intrusion, détection périmétrique, contrôle d'accès par badge.",
          "Systèmes d'alarme certifiés NF&A2P, barrières infrarouges, détecteurs extérieurs.",
          "Contrôle d'accès, interphonie et gestion des badges.",
        ],
        [
          "Maintenance préventive et curative des installations, contrat avec astreinte.",
          "Dépannage sous 4 heures, maintenance annuelle et mises à jour.",
          "Reprise et modernisation d'installations existantes toutes marques.",
        ],
        [
          "Installateur certifié APSAD, techniciens habilités électriquement.",
          "Déclaration en préfecture et conformité RGPD de vos dispositifs.",
          "Conseil sur l'emplacement des caméras et l'affichage obligatoire.",
        ],
        [
          "Caméras thermiques et analyse d'image pour les sites étendus.",
          "Vidéo intelligente : détection de franchissement, lecture de plaques.",
          "Mâts autonomes de vidéosurveillance pour chantiers sans électricité.",
        ],
      ],
      vague: ["Systèmes de sécurité.", "Électricité et sûreté.", "Sécurité électronique."],
    },
    {
      key: "securite-evenementielle",
      naf: ["80.10Z", "90.02Z", "82.30Z"],
      names: [
        "EVENT GUARD",
        "STADIUM SECURITE",
        "FESTIVAL PROTECT",
        "ACCES CONTROLE EVENEMENTS",
        "LES STEWARDS DU SUD",
        "SCENE SURE",
        "FOULE ET FLUX",
        "ZENITH SECURITE EVENEMENTIELLE",
      ],
      ideas: [
        [
          "Sécurité événementielle : concerts, festivals, salons, événements sportifs.",
          "Agents et stewards pour vos manifestations publiques et privées.",
          "Nous sécurisons vos événements de 200 à 40 000 personnes.",
        ],
        [
          "Contrôle d'accès, palpations, fouille des sacs et gestion des files d'attente.",
          "Filtrage des entrées, contrôle des billets et des accréditations.",
          "Inspection visuelle des bagages et palpations par agents habilités.",
        ],
        [
          "Stewards pour l'accueil, l'orientation et la gestion des flux de spectateurs.",
          "Gestion des flux, placement du public et évacuation.",
          "Agents en fosse et devant scène pour les concerts.",
        ],
        [
          "Aide à la rédaction du dossier de sécurité et coordination avec la préfecture.",
          "Présence aux réunions de commission de sécurité.",
          "Chef de poste et coordination avec les secours et les forces de l'ordre.",
        ],
        [
          "Protection rapprochée des artistes et des invités VIP.",
          "Sécurité des loges, backstage et zones VIP.",
          "Surveillance des installations la nuit pendant le montage et le démontage.",
        ],
        [
          "Agents titulaires de la carte CNAPS, SSIAP et secouristes disponibles.",
          "Mobilisation de renforts en grand nombre sous court délai.",
          "Interventions dans toute la France en saison des festivals.",
        ],
      ],
      vague: ["Sécurité privée.", "Événementiel.", "Prévention et sécurité."],
    },
  ],
  needs: [
    {
      target: "gardiennage-surveillance-humaine",
      related: ["videosurveillance-telesurveillance"],
      title: "Surveillance de notre plateforme logistique nuits et week-ends",
      description:
        "Plateforme de 25 000 m² : nous cherchons un agent en poste fixe de 20 h à 6 h en semaine et 24h/24 le week-end, avec rondes toutes les deux heures et un maître-chien les nuits du week-end. Démarrage sous un mois.",
      kind: "services",
      nafPicked: ["80.10Z"],
      budget: [120000, 180000],
    },
    {
      target: "videosurveillance-telesurveillance",
      related: ["gardiennage-surveillance-humaine"],
      title: "Caméras et alarme reliées à une centrale pour notre atelier",
      description:
        "Installation de 16 caméras (dont 6 extérieures) et d'une alarme anti-intrusion dans notre atelier de 3 000 m², avec transmission à un centre de surveillance la nuit. Contrat de maintenance souhaité.",
      kind: "works",
      nafPicked: ["80.20Z"],
      budget: [15000, 30000],
    },
  ],
};
