import type { Trade } from "./types";

export const trade: Trade = {
  key: "communication-marketing",
  specialties: [
    {
      key: "agence-communication",
      naf: ["73.11Z", "70.21Z"],
      names: [
        "AGENCE PLEIN CIEL",
        "HEMISPHERE COMMUNICATION",
        "KAOLIN AGENCE CONSEIL",
        "LES MOTS BLEUS",
        "ECHO ET ASSOCIES",
        "AGENCE BOREALE",
        "SIGNAL FORT COMMUNICATION",
        "PUBLIC IMPACT",
      ],
      ideas: [
        [
          "Agence de communication globale : stratégie, création, campagnes multicanales.",
          "Agence conseil en communication, nous construisons des plateformes de marque et des campagnes qui font vendre.",
          "Communication 360° : du positionnement stratégique à la diffusion de vos campagnes.",
        ],
        [
          "Campagnes publicitaires en affichage, presse, radio et sur le web, achat d'espace compris.",
          "Conception et déploiement de campagnes : affichage urbain, spots radio, bannières, vidéo en ligne.",
          "Plans médias et achat d'espace auprès des régies locales et nationales.",
        ],
        [
          "Audit de communication, plateforme de marque, positionnement et messages clés.",
          "Nous définissons votre stratégie de communication et votre plan d'actions annuel.",
          "Stratégie de marque : promesse, ton, cibles, hiérarchie des messages.",
        ],
        [
          "Clients B2B : industriels, collectivités, acteurs de la santé et du tourisme.",
          "Nous accompagnons PME, ETI et institutions dans leur communication externe et interne.",
          "Expérience des marchés publics : campagnes de sensibilisation pour les collectivités.",
        ],
        [
          "Équipe intégrée de 15 personnes : consultants, directeurs artistiques, rédacteurs, chefs de projet digital.",
          "Directeurs de clientèle, concepteurs-rédacteurs et motion designers réunis sous le même toit.",
          "Un chef de projet unique pilote votre dossier de bout en bout.",
        ],
        [
          "Communication interne : journal d'entreprise, conventions, films de présentation.",
          "Salons et événements : stands, supports d'accueil, films institutionnels.",
          "Rapports annuels, rapports RSE et publications institutionnelles.",
        ],
      ],
      vague: ["Agence de communication.", "Communication et publicité.", "Conseil en communication.", "Marketing."],
    },
    {
      key: "studio-design-graphique",
      naf: ["74.10Z", "73.11Z"],
      names: [
        "STUDIO CARMIN",
        "ATELIER TYPO ET FORME",
        "GRAPHIK NORD",
        "STUDIO LIGNE CLAIRE",
        "PICTO DESIGN",
        "ATELIER DES SIGNES",
        "MONOCHROME STUDIO",
        "DUPRE GRAPHISME",
      ],
      ideas: [
        [
          "Studio de design graphique : identité visuelle, logotype, charte graphique.",
          "Atelier de graphisme spécialisé dans la création d'identités de marque.",
          "Designers graphiques réunis en studio, nous dessinons des logos et des univers visuels.",
        ],
        [
          "Création ou refonte de logo, déclinée en charte graphique complète avec guide d'utilisation.",
          "Chartes graphiques : typographies, palettes de couleurs, règles de mise en page, modèles bureautiques.",
          "Refonte d'identité visuelle avec livraison des fichiers sources et d'un brandbook.",
        ],
        [
          "Mise en page de plaquettes, catalogues, rapports annuels, packaging et signalétique.",
          "Édition : brochures, catalogues produits, affiches, suivi de fabrication chez l'imprimeur.",
          "Design de packaging et d'étiquettes pour l'agroalimentaire et les cosmétiques.",
        ],
        [
          "Illustrations et pictogrammes dessinés sur mesure pour vos supports.",
          "Création d'iconographies, de pictogrammes et d'infographies.",
          "Illustration éditoriale et technique, schémas et infographies.",
        ],
        [
          "Fichiers vectoriels prêts à imprimer et adaptés aux écrans, cession des droits d'auteur incluse.",
          "Cession des droits d'exploitation comprise dans nos devis, fichiers sources fournis.",
          "Livraison de tous les formats utiles : vectoriels, PDF imprimeur, déclinaisons web.",
        ],
        [
          "Atelier de découverte, pistes créatives, deux allers-retours, finalisation.",
          "Trois pistes graphiques présentées, puis affinage de la piste retenue avec vous.",
          "Nous partons de vos valeurs et de vos clients pour dessiner une identité juste.",
        ],
      ],
      vague: ["Studio de création.", "Design graphique.", "Graphiste.", "Création visuelle et communication."],
    },
    {
      key: "relations-presse",
      naf: ["70.21Z", "73.11Z"],
      names: [
        "PRESSE ET OPINION",
        "AGENCE COMMUNIQUE",
        "RP CONSEIL",
        "ENCRE FRAICHE RP",
        "MEDIALINK CONSEIL",
        "ACCENT PRESSE",
        "HAUTE VOIX RELATIONS MEDIAS",
        "AGENCE PAROLES",
      ],
      ideas: [
        [
          "Agence de relations presse et de relations publiques.",
          "Attachés de presse pour les entreprises, les marques et les institutions.",
          "Relations médias : nous faisons parler de vous dans la presse nationale, régionale et spécialisée.",
        ],
        [
          "Rédaction et diffusion de communiqués et de dossiers de presse, relances des journalistes.",
          "Communiqués, dossiers de presse, interviews et voyages de presse.",
          "Nous écrivons vos communiqués et les adressons à un fichier de journalistes qualifié.",
        ],
        [
          "Conférences de presse et petits-déjeuners journalistes.",
          "Lancements de produits avec événements presse et visites de sites.",
          "Inaugurations et visites d'usine organisées pour les journalistes.",
        ],
        [
          "Communication de crise : cellule, éléments de langage, media training des porte-parole.",
          "Gestion de crise médiatique et préparation des dirigeants aux interviews.",
          "Media training : exercices filmés, messages clés, questions difficiles.",
        ],
        [
          "Revue de presse et rapport mensuel de retombées.",
          "Veille médiatique et mesure des retombées presse.",
          "Bilan des retombées : articles, reportages, audience estimée.",
        ],
        [
          "Presse professionnelle : industrie, BTP, agroalimentaire, santé.",
          "Expertise des médias économiques et de la presse quotidienne régionale.",
          "Relations presse B2B et tech, en France et en Europe.",
        ],
      ],
      vague: ["Relations presse.", "Conseil en communication.", "Relations publiques.", "Agence de communication."],
    },
    {
      key: "gestion-reseaux-sociaux",
      naf: ["73.11Z", "70.21Z", "63.12Z"],
      names: ["SOCIAL BOOST", "HASHTAG AGENCY", "COMMUNITY FACTORY", "LIKE AND SHARE", "AGENCE POSTEO", "FIL D'ACTU", "SOCIALMEDIA OUEST", "STORYFEED"],
      ideas: [
        [
          "Community management : animation de vos comptes LinkedIn, Instagram, Facebook et TikTok.",
          "Gestion quotidienne de vos réseaux sociaux : publications, modération, réponses aux messages.",
          "Agence social media : nous faisons vivre vos pages et développons votre communauté.",
        ],
        [
          "Ligne éditoriale et calendrier de publication validés chaque mois.",
          "Planning éditorial mensuel, création des visuels et rédaction des posts.",
          "Formats adaptés à chaque réseau : carrousels, reels, stories.",
        ],
        [
          "Campagnes sponsorisées Meta Ads et LinkedIn Ads, ciblage et optimisation.",
          "Publicité sur les réseaux sociaux : paramétrage, budget, suivi des conversions.",
          "Social ads pour générer des contacts commerciaux ou des candidatures.",
        ],
        [
          "Production de contenus courts : vidéos verticales, motion design, photos.",
          "Tournage de vidéos pour les réseaux, montage et sous-titrage.",
          "Reportages photo et vidéo sur vos sites et vos chantiers.",
        ],
        [
          "Accompagnement des dirigeants sur LinkedIn : profil, rédaction de posts, prise de parole.",
          "Personal branding LinkedIn pour dirigeants et commerciaux.",
          "Programme d'ambassadeurs salariés au service de la marque employeur.",
        ],
        [
          "Rapport mensuel : abonnés, portée, engagement, clics.",
          "Tableau de bord de performance et recommandations chaque mois.",
          "Suivi des statistiques et ajustement continu de la stratégie.",
        ],
      ],
      vague: ["Communication digitale.", "Agence de communication.", "Marketing digital.", "Réseaux sociaux."],
    },
  ],
  needs: [
    {
      target: "studio-design-graphique",
      related: ["agence-communication"],
      title: "Refonte de notre logo et de notre charte graphique",
      description:
        "Entreprise familiale de menuiserie industrielle (70 salariés), nous voulons moderniser un logo créé en 1998 et disposer d'une charte complète : typographies, couleurs, cartes de visite, papier à en-tête et modèle PowerPoint. Livraison avant notre salon professionnel d'octobre.",
      kind: "services",
      nafPicked: ["73.11Z"],
      budget: [4000, 9000],
    },
    {
      target: "gestion-reseaux-sociaux",
      related: ["agence-communication"],
      title: "Animation de nos pages LinkedIn et Instagram",
      description:
        "Nous cherchons un prestataire pour publier trois fois par semaine sur LinkedIn et Instagram, créer les visuels, répondre aux commentaires et nous adresser un bilan mensuel. Contrat d'un an à partir de septembre.",
      kind: "services",
      nafPicked: ["73.11Z"],
      budget: [12000, 20000],
    },
  ],
};
