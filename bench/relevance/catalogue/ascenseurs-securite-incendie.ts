import type { Trade } from "./types";

export const trade: Trade = {
  key: "ascenseurs-securite-incendie",
  specialties: [
    {
      key: "maintenance-ascenseurs",
      naf: ["43.29B", "33.12Z", "28.22Z"],
      names: [
        "ASCENSEURS DU LITTORAL",
        "ELEVA SERVICES",
        "MONTE-CHARGE TECHNIQUE",
        "ASCENS OUEST",
        "SOCIETE DE MAINTENANCE D'APPAREILS ELEVATEURS",
        "LIFTEC",
        "ELEVATION PRO",
        "GIRARD ASCENSEURS",
      ],
      ideas: [
        [
          "Ascensoriste indépendant : installation, maintenance et dépannage d'ascenseurs.",
          "Entretien et réparation d'ascenseurs, de monte-charges et de plateformes élévatrices.",
          "Maintenance de tous les appareils élévateurs, toutes marques.",
        ],
        [
          "Contrats de maintenance conformes à la réglementation : visite toutes les six semaines.",
          "Contrat de base ou contrat étendu incluant pièces et main-d'œuvre.",
          "Entretien préventif, nettoyage de cuvette, essais des parachutes.",
        ],
        [
          "Astreinte 24 h/24 et 7 j/7, libération des personnes bloquées en moins d'une heure.",
          "Dépannage rapide jour et nuit, week-ends compris.",
          "Téléalarme et liaison bidirectionnelle avec notre centre d'appels.",
        ],
        [
          "Modernisation et mise aux normes : armoires de manœuvre, portes palières, cabines.",
          "Remplacement de machineries, variateurs de fréquence, rénovation de cabines.",
          "Installation d'ascenseurs neufs dans les bâtiments existants.",
        ],
        [
          "Monte-charges industriels, monte-voitures, élévateurs PMR et monte-plats.",
          "Spécialistes des monte-charges et monte-palettes pour entrepôts et commerces.",
          "Plateformes élévatrices et ascenseurs privatifs.",
        ],
        [
          "Accompagnement lors du contrôle technique quinquennal et levée des réserves.",
          "Carnet d'entretien tenu à jour et rapport annuel au propriétaire.",
          "Reprise des appareils entretenus par un autre ascensoriste.",
        ],
      ],
      vague: ["Ascenseurs.", "Maintenance.", "Installation et entretien d'équipements.", "Travaux d'installation."],
    },
    {
      key: "equipements-securite-incendie",
      naf: ["80.20Z", "43.21A", "46.69B"],
      names: [
        "PROTECTION INCENDIE SERVICES",
        "FEUX ET SECURITE",
        "EXTINCTEURS DU SUD-EST",
        "SSI TECHNIQUES",
        "DESENFUMAGE ET CONTROLE",
        "FIREPRO INSTALLATIONS",
        "SECURIFEU",
        "ALERTE FEU MAINTENANCE",
      ],
      ideas: [
        [
          "Installation et maintenance d'extincteurs, de robinets d'incendie armés et de colonnes sèches.",
          "Fourniture, vérification annuelle et recharge de vos extincteurs et RIA.",
          "Équipements de première intervention : extincteurs, RIA, couvertures anti-feu.",
        ],
        [
          "Entreprise certifiée APSAD pour les extincteurs et la détection incendie.",
          "Certifications APSAD I4/N4 et I7/F7, certificats de conformité délivrés aux assureurs.",
          "Vérifications conformes aux règles APSAD R4 et R7.",
        ],
        [
          "Systèmes de sécurité incendie : installation et maintenance de SSI de catégorie A à E.",
          "Détection automatique, centrales, alarmes type 1 à 4, asservissements.",
          "Mise en service et maintenance des équipements d'alarme.",
        ],
        [
          "Désenfumage naturel et mécanique : vérification annuelle, remplacement des ouvrants et cartouches.",
          "Entretien des exutoires, volets et commandes de désenfumage.",
          "Maintenance des installations de désenfumage des entrepôts et des ERP.",
        ],
        [
          "Interventions dans les ERP, IGH et ICPE, mise à jour du registre de sécurité.",
          "Nous préparons vos visites de commission de sécurité.",
          "Vérifications réglementaires et levée des observations.",
        ],
        [
          "Plans d'évacuation, signalétique photoluminescente et blocs autonomes d'éclairage de sécurité.",
          "Pose et maintenance des BAES et BAEH.",
          "Consignes de sécurité et plans d'intervention.",
        ],
      ],
      vague: ["Sécurité incendie.", "Protection incendie.", "Sécurité.", "Installation et maintenance."],
    },
    {
      key: "formation-securite-incendie",
      naf: ["85.59A", "80.10Z"],
      names: [
        "FORMAFEU",
        "CENTRE DE FORMATION SECURITE INCENDIE",
        "PREVENTION FORMATION CONSEIL",
        "SSIAP ACADEMIE",
        "INCENDIE FORMATION EXPRESS",
        "FORMASEC",
        "EVACUATION CONSEIL",
        "ACADEMIE DU RISQUE",
      ],
      ideas: [
        [
          "Formations incendie pour les salariés : manipulation des extincteurs, évacuation.",
          "Formation au maniement des extincteurs sur feux réels.",
          "Sensibilisation du personnel au risque incendie, dans vos locaux.",
        ],
        [
          "Formations SSIAP 1, 2 et 3, recyclages et remises à niveau.",
          "Préparation aux diplômes d'agent et de chef d'équipe des services de sécurité incendie.",
          "Centre agréé pour les formations SSIAP.",
        ],
        [
          "Exercices d'évacuation, formation des guides-files et serre-files.",
          "Organisation et débriefing de vos exercices d'évacuation.",
          "Formation des équipiers de première et seconde intervention.",
        ],
        [
          "Sauveteur secouriste du travail et gestes de premiers secours.",
          "Formations SST initiales et maintien des acquis.",
          "Formation aux gestes qui sauvent et au défibrillateur.",
        ],
        [
          "Organisme certifié Qualiopi, formations finançables par votre OPCO.",
          "Certification Qualiopi au titre des actions de formation.",
          "Nos formations peuvent être prises en charge par l'OPCO.",
        ],
        [
          "Bac à feu écologique au gaz et générateur de fumée froide.",
          "Formateurs anciens sapeurs-pompiers.",
          "Sessions en intra-entreprise ou dans notre centre.",
        ],
      ],
      vague: ["Organisme de formation.", "Formation professionnelle.", "Sécurité incendie.", "Prévention des risques."],
    },
    {
      key: "alarme-maison",
      naf: ["80.20Z", "43.21A"],
      names: [
        "ALARME HABITAT SERVICES",
        "MAISON PROTEGEE",
        "VIGI DOMICILE",
        "SECURITE MAISON 33",
        "ALARM CONFORT",
        "PROTECT FAMILLE",
        "DOMOSECUR",
        "TRANQUILLITE MAISON",
      ],
      ideas: [
        ["Alarmes anti-intrusion pour maisons et appartements.", "Protégez votre domicile avec une alarme sur mesure.", "Systèmes d'alarme pour particuliers."],
        [
          "Télésurveillance 24 h/24 avec levée de doute vidéo.",
          "Abonnement de télésurveillance et intervention d'un agent.",
          "Alerte sur votre smartphone en cas d'intrusion.",
        ],
        [
          "Caméras connectées, visiophones et serrures connectées.",
          "Vidéosurveillance de votre maison consultable à distance.",
          "Interphones vidéo et portails connectés.",
        ],
        [
          "Détecteurs de fumée et de monoxyde de carbone reliés à l'alarme.",
          "Détecteurs avertisseurs autonomes de fumée installés et testés.",
          "Alarme incendie domestique intégrée à votre système.",
        ],
        [
          "Alarme sans fil pilotable par smartphone, matériel certifié NF&A2P.",
          "Matériel certifié NF&A2P, installation sans travaux.",
          "Centrale sans fil, sirène et détecteurs compatibles animaux.",
        ],
        [
          "Devis gratuit à domicile et installation en une demi-journée.",
          "Installateur local, service après-vente réactif.",
          "Maintenance annuelle de votre alarme.",
        ],
      ],
      vague: ["Alarme et sécurité.", "Sécurité.", "Installation de systèmes de sécurité.", "Protection de l'habitat."],
    },
  ],
  needs: [
    {
      target: "equipements-securite-incendie",
      related: ["formation-securite-incendie"],
      title: "Contrat de vérification extincteurs, RIA et désenfumage",
      description:
        "Entrepôt de 12 000 m² classé ICPE et bureaux attenants : 140 extincteurs, 18 RIA, 24 exutoires de désenfumage et un SSI de catégorie A. Nous cherchons un prestataire certifié APSAD pour les vérifications annuelles et les remplacements, avec des rapports acceptés par notre assureur.",
      kind: "services",
      nafPicked: ["80.20Z"],
      budget: [6000, 12000],
    },
    {
      target: "maintenance-ascenseurs",
      title: "Maintenance de 2 ascenseurs et d'un monte-charge",
      description:
        "Immeuble de bureaux en R+6 avec deux ascenseurs de 630 kg et un monte-charge de 1 500 kg côté quai de livraison. Le contrat actuel se termine le 30 juin : nous voulons un contrat étendu avec astreinte 24 h/24 et un devis pour remplacer les portes palières du monte-charge.",
      kind: "services",
      nafPicked: ["28.22Z"],
      budget: [9000, 16000],
    },
  ],
};
