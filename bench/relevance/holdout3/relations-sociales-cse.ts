import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "relations-sociales-cse",
  specialties: [
    {
      key: "h3-expertise-cse",
      naf: ["69.20Z", "70.22Z", "69.10Z"],
      names: [
        "EXPERTISE ET COMITES",
        "CABINET AUDIT SOCIAL MEDITERRANEE",
        "SYNTHESE EXPERTISE CSE",
        "ECO-SOCIAL CONSEIL",
        "DUBOIS ET ASSOCIES EXPERTS-COMPTABLES",
        "ALTERNATIVE EXPERTISE SUD",
        "REPERES ECONOMIQUES ET SOCIAUX",
        "COMPTA ELUS",
      ],
      ideas: [
        [
          "Cabinet d'expertise comptable au service exclusif des comités sociaux et économiques.",
          "Nous assistons les élus du CSE dans les consultations obligatoires : situation économique, politique sociale, orientations stratégiques.",
          "Expert-comptable du CSE : nous analysons les comptes de l'entreprise pour les représentants du personnel.",
        ],
        [
          "Expertise sur les comptes annuels et la situation économique et financière de l'entreprise.",
          "Analyse des résultats, de la rentabilité, des flux intragroupe et des perspectives.",
          "Décryptage des comptes et de la BDESE pour préparer les avis du comité.",
        ],
        [
          "Accompagnement lors des plans de sauvegarde de l'emploi, des réorganisations et des opérations de concentration.",
          "Expertise en cas de licenciement économique collectif ou de projet de restructuration.",
          "Analyse des motifs économiques d'un PSE et des mesures d'accompagnement.",
        ],
        [
          "Tenue et certification des comptes du CSE, budgets de fonctionnement et des activités sociales et culturelles.",
          "Tenue de la comptabilité du comité, rapport de gestion et présentation des comptes annuels.",
          "Mission de présentation ou de certification des comptes du CSE selon sa taille.",
        ],
        [
          "Expertise en santé, sécurité et conditions de travail pour risque grave ou projet important.",
          "Nous sommes habilités pour les expertises qualité du travail et de l'emploi.",
          "Expertises sur les projets importants modifiant les conditions de travail.",
        ],
        [
          "Intervention financée par l'employeur pour les consultations récurrentes, conformément au Code du travail.",
          "Rémunération de l'expert prise en charge par l'employeur ou cofinancée selon la mission.",
          "Nous présentons notre rapport en séance plénière et répondons aux questions des élus.",
        ],
      ],
      vague: ["Expertise comptable.", "Cabinet de conseil.", "Audit et conseil."],
    },
    {
      key: "h3-elections-vote-electronique",
      naf: ["62.01Z", "58.29C", "63.11Z", "82.99Z"],
      names: [
        "VOTE SECURISE",
        "URNE NUMERIQUE",
        "ELECTIO",
        "SCRUTIN EN LIGNE",
        "SOCIETE FRANCAISE DE VOTE ELECTRONIQUE",
        "BULLETIN DIGITAL",
        "ELECTIONS PROFESSIONNELLES SERVICES",
        "ISOLOIR",
      ],
      ideas: [
        [
          "Organisation des élections professionnelles par vote électronique : CSE, représentants, conseils d'administration.",
          "Plateforme de vote électronique sécurisée pour les élections du CSE et les scrutins internes.",
          "Nous organisons vos élections du personnel en ligne, du paramétrage au dépouillement.",
        ],
        [
          "Solution conforme aux recommandations de la CNIL et à l'expertise indépendante du système de vote.",
          "Système expertisé par un expert indépendant, chiffrement de bout en bout.",
          "Hébergement en France, sécurité certifiée et séparation des données d'identification et de vote.",
        ],
        [
          "Accompagnement juridique : protocole d'accord préélectoral, calendrier, listes électorales.",
          "Rédaction du protocole préélectoral et de l'accord sur le vote électronique.",
          "Conseils sur les collèges électoraux, la représentation équilibrée et le calendrier.",
        ],
        [
          "Vote par internet, par téléphone ou mixte avec bureaux de vote physiques.",
          "Votes multicanaux : ordinateur, smartphone, serveur vocal et bornes sur site.",
          "Accessibilité pour tous les électeurs, y compris les salariés sans poste informatique.",
        ],
        [
          "Hotline électeurs pendant toute la durée du scrutin.",
          "Assistance aux électeurs et aux membres du bureau de vote.",
          "Envoi des codes de vote par courrier, SMS ou courriel.",
        ],
        [
          "Scrutins de 50 à 100 000 électeurs, multi-établissements et multi-collèges.",
          "Plus de 2 000 scrutins organisés pour des entreprises et des organismes publics.",
          "Proclamation des résultats et édition des procès-verbaux Cerfa.",
        ],
      ],
      vague: ["Logiciel.", "Solutions numériques.", "Services aux entreprises."],
    },
    {
      key: "h3-mediation-travail",
      naf: ["70.22Z", "69.10Z", "85.59A", "88.99B"],
      names: [
        "MEDIATION ENTREPRISE PROVENCE",
        "DIALOGUE ET ACCORD",
        "CABINET VIDAL MEDIATION",
        "TERRAIN D'ENTENTE",
        "PAROLES CROISEES",
        "CENTRE DE MEDIATION DU TRAVAIL",
        "ENTREMISE",
        "APAISE CONSEIL",
      ],
      ideas: [
        [
          "Médiation des conflits au travail : entre collègues, avec un manager, au sein d'une équipe.",
          "Médiateurs professionnels, nous aidons les personnes en conflit à renouer le dialogue et à trouver une solution.",
          "Nous intervenons lorsque les relations de travail se dégradent, avant que le conflit ne s'enlise.",
        ],
        [
          "Médiateurs diplômés et inscrits sur la liste de la cour d'appel.",
          "Titulaires du diplôme d'État de médiateur et membres de fédérations de médiation.",
          "Nous respectons la charte éthique des médiateurs : neutralité, indépendance, confidentialité.",
        ],
        [
          "Entretiens individuels puis réunions de médiation, en toute confidentialité.",
          "Processus en plusieurs séances, sur site ou dans nos locaux neutres.",
          "Protocole de médiation signé par les participants à l'issue du processus.",
        ],
        [
          "Régulation d'équipes en tension et accompagnement après une réorganisation.",
          "Interventions collectives pour rétablir le climat de travail dans un service.",
          "Ateliers de régulation et de reconstruction du collectif.",
        ],
        [
          "Médiation conventionnelle et judiciaire dans les litiges prud'homaux.",
          "Accompagnement des ruptures de la relation de travail dans un cadre négocié.",
          "Médiation entre associés et conflits de gouvernance.",
        ],
        [
          "Formation des managers à la gestion des conflits et à la communication non violente.",
          "Sensibilisation des encadrants à la prévention des conflits.",
          "Formation des RH et des élus à l'écoute et à la désescalade.",
        ],
      ],
      vague: ["Conseil en relations humaines.", "Accompagnement.", "Médiation."],
    },
    {
      key: "h3-enquete-harcelement",
      naf: ["70.22Z", "69.10Z", "86.90F", "80.30Z"],
      names: [
        "ENQUETES INTERNES ET PREVENTION",
        "CABINET HALIMI AVOCATS",
        "QVT INVESTIGATIONS",
        "VIGILANCE RPS",
        "RESPECT AU TRAVAIL",
        "ALERTE ET ECOUTE",
        "PSYCHOPREVENTION SUD",
        "SOCIETE D'ENQUETES SOCIALES",
      ],
      ideas: [
        [
          "Enquêtes internes à la suite de signalements de harcèlement moral, de harcèlement sexuel ou d'agissements sexistes.",
          "Nous menons des enquêtes impartiales lorsqu'une alerte de harcèlement est émise dans l'entreprise.",
          "Conduite d'enquêtes administratives et internes pour les employeurs privés et publics.",
        ],
        [
          "Audition des parties et des témoins, analyse des faits et rapport d'enquête circonstancié.",
          "Méthode contradictoire : auditions, recueil de pièces, rapport remis à l'employeur.",
          "Rapport d'enquête exploitable en cas de procédure disciplinaire ou de contentieux.",
        ],
        [
          "Enquêteurs externes : avocats en droit social, psychologues du travail et anciens inspecteurs du travail.",
          "Binôme d'enquêteurs juriste et psychologue du travail.",
          "Équipe pluridisciplinaire indépendante de l'entreprise et des représentants du personnel.",
        ],
        [
          "Enquêtes paritaires menées avec les représentants du CSE.",
          "Nous associons le référent harcèlement et les élus à la démarche quand l'accord le prévoit.",
          "Accompagnement des enquêtes conjointes employeur-CSE en cas de danger grave.",
        ],
        [
          "Cellule d'écoute et dispositif d'alerte externalisé pour les salariés.",
          "Mise en place de dispositifs de signalement conformes à la loi Sapin 2 et à la loi Waserman.",
          "Ligne d'écoute confidentielle tenue par des psychologues.",
        ],
        [
          "Prévention des risques psychosociaux, diagnostic et plans d'action.",
          "Formation des référents harcèlement et des managers.",
          "Accompagnement après une enquête : mesures correctives, soutien des équipes.",
        ],
      ],
      vague: ["Conseil RH.", "Prévention des risques.", "Cabinet d'avocats."],
    },
    {
      key: "h3-formation-cse",
      naf: ["85.59A", "85.59B", "94.20Z", "70.22Z"],
      names: [
        "FORMATION DES ELUS DU SUD",
        "INSTITUT DU DIALOGUE SOCIAL",
        "ACADEMIE CSE",
        "SSCT FORMATION",
        "CENTRE DE FORMATION DES REPRESENTANTS DU PERSONNEL",
        "FORMA'ELUS",
        "LES CLES DU COMITE",
        "ORGANISME MARTIN FORMATION",
      ],
      ideas: [
        [
          "Formation des élus du CSE : formation économique, santé, sécurité et conditions de travail.",
          "Organisme agréé pour la formation SSCT des membres du CSE et la formation économique des élus titulaires.",
          "Nous formons les représentants du personnel à leurs missions et à leurs droits.",
        ],
        [
          "Organisme agréé par la DREETS, certifié Qualiopi.",
          "Certification Qualiopi et agrément préfectoral pour la formation en santé, sécurité et conditions de travail.",
          "Formations prises en charge sur le budget de fonctionnement du CSE ou par l'employeur selon le thème.",
        ],
        [
          "Stages de 3 à 5 jours, en intra dans votre entreprise ou en inter dans nos locaux.",
          "Formations en intra pour toute l'équipe d'élus, ou en sessions ouvertes à Marseille.",
          "Formations en présentiel ou à distance, adaptées à la taille de votre entreprise.",
        ],
        [
          "Rôle du CSE, fonctionnement, budgets, consultations et BDESE.",
          "Lire les comptes de l'entreprise, comprendre la BDESE et rendre un avis.",
          "Fonctionnement du CSE : réunions, procès-verbaux, règlement intérieur, gestion des ASC.",
        ],
        [
          "Formation du secrétaire et du trésorier du CSE.",
          "Modules spécifiques pour le secrétaire, le trésorier et la commission des marchés.",
          "Comptabilité du CSE et obligations du trésorier.",
        ],
        [
          "Formateurs juristes, ergonomes et anciens élus.",
          "Plus de 1 500 élus formés chaque année.",
          "Supports pratiques et cas concrets tirés de votre secteur.",
        ],
      ],
      vague: ["Organisme de formation.", "Formation professionnelle.", "Centre de formation."],
    },
  ],
  needs: [
    {
      target: "h3-enquete-harcelement",
      related: ["h3-mediation-travail"],
      title: "Enquête externe suite signalement harcèlement – service logistique",
      description:
        "À la suite de deux signalements de harcèlement moral visant un chef d'équipe de notre entrepôt, nous devons diligenter une enquête interne indépendante. Nous cherchons des enquêteurs externes (auditions d'une quinzaine de personnes, rapport écrit), en lien avec la référente harcèlement du CSE. Démarrage sous 10 jours, site de Miramas.",
      kind: "services",
      nafPicked: ["69.10Z"],
      budget: [6000, 15000],
    },
    {
      target: "h3-elections-vote-electronique",
      title: "Vote électronique élections CSE 2026 – 1 200 salariés, 9 sites",
      description:
        "Nos élections professionnelles ont lieu en mars 2026 pour un CSE central et 3 CSE d'établissement, soit 1 200 électeurs répartis sur 9 sites dont 4 sans accès informatique pour les opérateurs. Nous recherchons une solution de vote électronique avec assistance au protocole préélectoral, hotline électeurs et édition des procès-verbaux. Deux tours à prévoir.",
      kind: "services",
      nafPicked: ["94.20Z"],
      budget: [8000, 20000],
    },
  ],
};
