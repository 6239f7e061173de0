import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "son-voix",
  specialties: [
    {
      key: "h2-podcast-marque",
      naf: ["59.20Z", "59.11B", "70.21Z", "60.10Z"],
      names: [
        "ONDES BAVARDES",
        "STUDIO CAUSERIE",
        "MICRO OUVERT PRODUCTIONS",
        "LES VOIX DU PORT",
        "PAROLES D'ENTREPRISE",
        "ECOUTE-MOI MEDIA",
        "AUDIOREPORT",
        "SONIA LECLERC PRODUCTIONS",
        "TRANSISTOR & CO",
      ],
      ideas: [
        [
          "Nous concevons et produisons des podcasts pour les marques, les institutions et les entreprises.",
          "Studio de production de podcasts de marque : de l'idée éditoriale à la diffusion sur les plateformes.",
          "Je réalise des séries audio pour les entreprises qui veulent raconter leur histoire autrement.",
        ],
        [
          "Ligne éditoriale, écriture des épisodes, choix des intervenants et animation des entretiens.",
          "Nos journalistes préparent les interviews, écrivent les conducteurs et animent les enregistrements.",
          "Conception du format (interview, documentaire sonore, fiction) et rédaction des scripts.",
        ],
        [
          "Enregistrement dans notre studio à Marseille ou en reportage directement sur vos sites.",
          "Nous nous déplaçons avec un kit d'enregistrement nomade : usines, laboratoires, chantiers, bureaux.",
          "Tournage audio en studio insonorisé ou en extérieur, en présentiel comme à distance.",
        ],
        [
          "Montage, mixage, habillage musical et mastering aux normes des plateformes d'écoute.",
          "Post-production complète : dérushage, montage, nettoyage du son, génériques.",
          "Nous livrons des épisodes prêts à publier, avec jingle, transcription et visuels.",
        ],
        [
          "Diffusion sur Spotify, Apple Podcasts, Deezer et sur votre site, plan de promotion et statistiques d'écoute.",
          "Hébergement, publication sur les agrégateurs et suivi des audiences.",
          "Stratégie de diffusion et de promotion, y compris sur LinkedIn et en communication interne.",
        ],
        [
          "Podcasts internes pour la marque employeur, l'onboarding ou la communication RH.",
          "Formats pour la communication interne : messages de la direction, portraits de collaborateurs, séries de formation.",
          "Nous produisons aussi des podcasts en accès restreint, réservés à vos salariés.",
        ],
        [
          "Une équipe de journalistes radio, réalisateurs et ingénieurs du son issus du service public.",
          "Plus de 300 épisodes produits pour des groupes industriels, des collectivités et des fondations.",
          "Collectif de créateurs sonores basé à Marseille depuis 2017.",
        ],
      ],
      vague: ["Production audio.", "Agence de contenus et de communication.", "Création de contenus éditoriaux."],
    },
    {
      key: "h2-identite-sonore",
      naf: ["59.20Z", "90.03B", "74.10Z", "73.11Z"],
      names: [
        "SIGNATURE ACOUSTIQUE",
        "TIMBRE STUDIO",
        "LA FABRIQUE A MOTIFS",
        "RESONANCE DESIGN",
        "ECHO DE MARQUE",
        "HARMONIQUES",
        "NOTE BLEUE CREATION",
        "LUCAS FERRAND COMPOSITEUR",
      ],
      ideas: [
        [
          "Nous créons l'identité sonore des marques : logo sonore, signature musicale, palette de sons.",
          "Agence de design sonore dédiée aux marques : nous donnons une voix et une musique à votre identité.",
          "Je compose des signatures sonores et des thèmes musicaux pour les entreprises et les institutions.",
        ],
        [
          "Atelier de plateforme de marque pour traduire vos valeurs en intentions musicales.",
          "Tout commence par un audit : comment votre marque sonne aujourd'hui, chez vous et chez vos concurrents.",
          "Méthode en trois temps : analyse, composition, guide d'usage.",
        ],
        [
          "Adaptations pour chaque point de contact : publicité, vidéos, salons, application, accueil téléphonique.",
          "Un même motif adapté à tous les formats : spots radio, pré-roll, événements, interfaces.",
          "Nous livrons une charte sonore avec toutes les variantes et leurs règles d'usage.",
        ],
        [
          "Sound design d'interfaces et de produits : sons d'application, alertes, bips de machines.",
          "Conception des sons de vos objets connectés, véhicules ou équipements industriels.",
          "Design des notifications et des retours sonores pour les logiciels et les appareils.",
        ],
        [
          "Design sonore d'espaces : halls d'accueil, boutiques, showrooms, parcours de visite.",
          "Ambiances musicales et scénographie sonore pour les lieux recevant du public.",
          "Création de paysages sonores pour musées, expositions et espaces d'entreprise.",
        ],
        [
          "Compositeurs et sound designers formés au conservatoire et à l'école Louis-Lumière.",
          "Studio équipé pour la composition, l'enregistrement de musiciens et le mixage multicanal.",
          "Nous travaillons avec un réseau de musiciens et d'orchestres pour les enregistrements live.",
        ],
        [
          "Musique originale libre de droits pour votre marque, droits d'exploitation inclus.",
          "Gestion des droits : musique composée sur mesure, droits acquis pour tous supports, déclaration SACEM si besoin.",
          "Vous êtes propriétaire de votre musique, sans redevance de diffusion.",
        ],
      ],
      vague: ["Création musicale.", "Studio de composition et de design sonore.", "Agence de création.", "Musique et son pour l'image."],
    },
    {
      key: "h2-voix-off-doublage",
      naf: ["59.12Z", "59.20Z", "90.01Z", "74.30Z"],
      names: [
        "VOCALIS STUDIO",
        "LES TIMBRES D'OR",
        "DOUBLAGE MEDITERRANEE",
        "POLYGLOTTE AUDIO",
        "STUDIO DE LA CANEBIERE",
        "CASTING VOIX SUD",
        "AUDITORIUM DES CALANQUES",
        "MARC ANTONI COMEDIEN",
        "LOCALIZ'SON",
      ],
      ideas: [
        [
          "Enregistrement de voix off pour la publicité, le documentaire, l'e-learning et le film d'entreprise.",
          "Studio d'enregistrement spécialisé dans la voix : narration, spots, tutoriels, livres audio.",
          "Je suis comédien voix off, j'enregistre depuis mon home-studio professionnel et en studio.",
        ],
        [
          "Casting de comédiens : plus de 400 voix françaises et étrangères, hommes, femmes, enfants.",
          "Nous vous proposons une sélection de voix adaptées à votre projet, avec maquettes à écouter.",
          "Banque de voix natives dans 40 langues, accents régionaux disponibles.",
        ],
        [
          "Doublage et synchronisation labiale de séries, films et vidéos institutionnelles.",
          "Post-synchronisation, adaptation et doublage en français de contenus étrangers.",
          "Localisation audio : traduction, adaptation des textes et enregistrement dans chaque langue.",
        ],
        [
          "Cabines insonorisées, directeur artistique présent à chaque séance.",
          "Deux auditoriums équipés Pro Tools, séances suivies à distance par le client en direct.",
          "Direction artistique des comédiens et contrôle de la diction et du rythme.",
        ],
        [
          "Livraison des fichiers montés, nettoyés et calés sur l'image, aux formats demandés.",
          "Mixage sur image, stems séparés, fichiers WAV ou MP3 sous 48 heures.",
          "Nous calons les voix sur vos vidéos et livrons un mix final prêt à diffuser.",
        ],
        [
          "Audiodescription et sous-titrage pour rendre vos contenus accessibles.",
          "Versions accessibles : audiodescription pour les malvoyants, sous-titres sourds et malentendants.",
          "Accessibilité des vidéos : sous-titres, audiodescription, voix de synthèse contrôlée.",
        ],
        [
          "Tarifs conformes à la convention collective des artistes interprètes, droits de diffusion négociés.",
          "Gestion des contrats des comédiens et des droits d'exploitation selon le support.",
          "Devis clair : séance, droits selon diffusion (web, TV, interne), frais de studio.",
        ],
      ],
      vague: ["Studio d'enregistrement.", "Comédien.", "Prestations audio."],
    },
    {
      key: "h2-messages-attente",
      naf: ["59.20Z", "73.11Z", "82.99Z", "61.90Z"],
      names: [
        "ALLO PATIENCE",
        "PHONIA MESSAGES",
        "STANDARD VOCAL",
        "ACCUEIL SONORE SERVICES",
        "ATTENTE+",
        "TELECOM AUDIO PROVENCE",
        "BIENVENUE EN LIGNE",
        "VOIX ET STANDARD",
      ],
      ideas: [
        [
          "Création des annonces de votre standard téléphonique : accueil, attente, fermeture, répondeur.",
          "Nous réalisons les messages de votre accueil téléphonique, enregistrés par des voix professionnelles.",
          "Spécialiste de l'accueil vocal des entreprises : pré-décroché, musique d'attente, annonces de fermeture.",
        ],
        [
          "Scripts des menus vocaux interactifs (tapez 1, tapez 2) rédigés pour réduire le temps de traitement.",
          "Rédaction et enregistrement des arborescences de serveurs vocaux interactifs.",
          "Conception de parcours de serveur vocal clairs, compatibles avec votre centre de contact.",
        ],
        [
          "Catalogue de musiques libres de droits pour l'attente, ou composition sur mesure.",
          "Musiques d'attente sans redevance SACEM, choix parmi des centaines de titres.",
          "Fond musical au choix : jazz, classique, lounge, ou votre propre jingle.",
        ],
        [
          "Fichiers livrés dans tous les formats d'autocommutateurs et de téléphonie IP (WAV 8 kHz, G711, MP3).",
          "Compatibles avec tous les standards : Alcatel, Avaya, Mitel, 3CX, Teams, solutions cloud.",
          "Mise en ligne directe sur votre IPBX ou envoi aux bons formats à votre intégrateur télécom.",
        ],
        [
          "Messages promotionnels mis à jour chaque mois ou chaque saison, inclus dans l'abonnement.",
          "Abonnement annuel avec modifications illimitées : horaires, congés, promotions.",
          "Nous modifions vos annonces en 48 h en cas de fermeture exceptionnelle ou de changement d'horaires.",
        ],
        [
          "Versions multilingues : anglais, espagnol, italien, allemand, arabe.",
          "Voix femme ou homme, en français et en langues étrangères.",
          "Annonces bilingues pour les sites accueillant une clientèle internationale.",
        ],
        [
          "Plus de 2 000 entreprises clientes : PME, cliniques, mairies, réseaux d'agences.",
          "Déploiement sur des réseaux multisites avec messages personnalisés par agence.",
          "Des artisans aux grands comptes, nous équipons les standards de toutes tailles.",
        ],
      ],
      vague: ["Communication téléphonique.", "Messages et musiques pour les entreprises.", "Marketing audio."],
    },
  ],
  needs: [
    {
      target: "h2-messages-attente",
      related: ["h2-voix-off-doublage", "h2-identite-sonore"],
      title: "Refonte SVI et messages d'attente – 14 agences",
      description:
        "Suite à la migration de notre téléphonie vers une solution cloud, nous devons refaire l'ensemble des annonces de nos 14 agences régionales : message de bienvenue, menu à 4 choix, attente, fermeture et jours fériés, en français et en anglais. Voix professionnelle, musique sans droits à diffuser. Mise en service prévue le 15 janvier, avec mises à jour ponctuelles dans l'année.",
      kind: "services",
      nafPicked: ["61.90Z"],
      budget: [4000, 9000],
    },
    {
      target: "h2-identite-sonore",
      related: ["h2-podcast-marque", "h2-messages-attente"],
      title: "Création logo sonore et déclinaisons",
      description:
        "Dans le cadre du changement de nom du groupe, nous recherchons un prestataire pour créer notre signature audio : logo sonore de 3 à 5 secondes et déclinaisons pour les vidéos corporate, les salons, le standard et le jingle du futur podcast interne. Cession totale des droits exigée. Présentation des pistes créatives attendue fin avril.",
      kind: "services",
      nafPicked: ["73.11Z"],
      budget: [15000, 35000],
    },
  ],
};
