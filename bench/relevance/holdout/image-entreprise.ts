import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "image-entreprise",
  specialties: [
    {
      key: "h-photo-packshot",
      naf: ["74.20Z", "73.11Z"],
      names: [
        "STUDIO BLANC PACKSHOT",
        "OBJECTIF PRODUIT",
        "M. ESPOSITO JULIEN",
        "LUMIERE ET MATIERE",
        "STUDIO 360 MEDITERRANEE",
        "FOND BLANC",
        "CATALOGUE IMAGE",
        "PHOTOTEK INDUSTRIE",
        "STUDIO CARRE",
      ],
      ideas: [
        [
          "Studio de prise de vue spécialisé dans la photographie d'objets : produits industriels, pièces techniques, cosmétiques, alimentaire.",
          "Photographe culinaire et produit, je mets en valeur vos articles pour vos catalogues, votre site e-commerce et vos marketplaces.",
          "Nous réalisons les visuels de vos produits pour le print et le web : détourage, ombres portées, fonds de couleur.",
          "Photographie de packaging, de pièces mécaniques et d'équipements pour fiches techniques et catalogues.",
        ],
        [
          "Studio de 250 m² équipé : tables de prise de vue, flashs Profoto, plateau pour objets lourds jusqu'à 500 kg.",
          "Notre studio dispose d'un cyclorama blanc, de tables en plexiglas et d'un plateau tournant motorisé pour les vues à 360°.",
          "Matériel moyen format Phase One et éclairage continu LED pour une fidélité des couleurs parfaite.",
        ],
        [
          "Photos à 360° et animations interactives pour vos fiches produits en ligne.",
          "Vues sous tous les angles, photos d'ambiance et mises en situation sur décor.",
          "Focus stacking pour les très petits objets : bijoux, composants électroniques, visserie.",
        ],
        [
          "Retouche et post-production en interne : détourage, nettoyage des poussières, calibrage colorimétrique, déclinaison des formats.",
          "Livraison des fichiers aux formats demandés par Amazon, Cdiscount, Zalando et votre PIM.",
          "Nommage des fichiers selon vos références articles et livraison via plateforme de téléchargement.",
        ],
        [
          "Gros volumes traités en chaîne : plusieurs centaines de références par semaine grâce à notre process industrialisé.",
          "Nous gérons la logistique : réception de vos échantillons, inventaire, stockage et retour après prise de vue.",
          "Capacité de production importante pour les catalogues annuels et les lancements de gammes.",
        ],
        [
          "Déplacement possible avec un studio mobile dans vos locaux pour les produits intransportables.",
          "Prises de vue sur site industriel quand vos machines ne peuvent pas venir au studio.",
          "Studio nomade : nous installons fond et éclairage directement dans votre entrepôt ou showroom.",
        ],
        [
          "Clients : fabricants, distributeurs, agences de communication et e-commerçants de la région.",
          "Plus de 12 ans d'expérience au service des marques et de l'industrie.",
          "Basés à Aix-en-Provence, nous travaillons pour des clients dans toute la France.",
        ],
      ],
      vague: ["Studio photo.", "Photographe professionnel.", "Prise de vue et retouche."],
    },
    {
      key: "h-photo-evenementiel",
      naf: ["74.20Z", "90.03A"],
      names: [
        "INSTANTS CAPTURES",
        "MME LEBLANC CHLOE",
        "PHOTOGRAPHE DU SUD",
        "M. OLIVERI MARC",
        "REFLETS D'EMOTION",
        "CLAP PHOTO EVENTS",
        "L'OEIL DE PROVENCE",
        "STUDIO FLASH AUBAGNE",
      ],
      ideas: [
        [
          "Photographe de mariage et d'événements, je raconte votre journée en images avec discrétion et spontanéité.",
          "Reportage photo de vos soirées, galas, inaugurations, séminaires et remises de prix.",
          "Nous couvrons vos événements d'entreprise : conventions, salons, team building, fêtes de fin d'année.",
          "Photographe reportage pour particuliers et professionnels : mariages, baptêmes, anniversaires, événements corporate.",
        ],
        [
          "Portraits corporate des collaborateurs et dirigeants, sur fond neutre ou en situation de travail, directement dans vos locaux.",
          "Séances portraits pour vos équipes : photos LinkedIn, trombinoscope, rapport annuel.",
          "Photos de vos équipes et de vos métiers pour votre site carrière et vos supports de communication.",
        ],
        [
          "Photobooth et borne à selfies avec impression instantanée pour animer vos soirées.",
          "Location de borne photo personnalisée à vos couleurs, avec accessoires et galerie en ligne.",
          "Animation photo : studio éphémère, impressions sur place, partage immédiat sur les réseaux sociaux.",
        ],
        [
          "Style naturel et lumineux, reportage sur le vif, sans poses forcées.",
          "Une approche documentaire : je capte les émotions et les moments forts sans me faire remarquer.",
          "Un regard artistique, une retouche soignée et un rendu intemporel.",
        ],
        [
          "Galerie privée en ligne sous 15 jours, avec sélection des meilleures photos retouchées.",
          "Livraison express des photos pendant l'événement pour vos publications en direct.",
          "Albums photo, tirages d'art et clés USB personnalisées.",
        ],
        [
          "Je me déplace dans toute la Provence : Marseille, Aix, Cassis, le Luberon, les Alpilles.",
          "Disponible en semaine et le week-end, en France et à l'étranger.",
          "Basée à Aubagne, j'interviens dans les Bouches-du-Rhône, le Var et le Vaucluse.",
        ],
        [
          "Plus de 300 mariages et événements photographiés depuis 2012.",
          "Membre de l'Union des photographes professionnels, assuré en responsabilité civile professionnelle.",
          "Matériel professionnel doublé (boîtiers, objectifs, cartes) pour ne jamais rien manquer.",
        ],
      ],
      vague: ["Photographe.", "Reportages photo.", "Photographie événementielle et portrait.", "Photographe indépendante."],
    },
    {
      key: "h-film-entreprise",
      naf: ["59.11B", "59.11A", "73.11Z"],
      names: [
        "ATELIER PLAN SEQUENCE",
        "MOTION FACTORY SUD",
        "CALANQUES PRODUCTIONS",
        "PRISME FILMS",
        "STORYBOARD STUDIO",
        "KINEO",
        "ROUGE CINABRE PRODUCTIONS",
        "BOXON MEDIA",
        "M. CHAKIR YANIS",
      ],
      ideas: [
        [
          "Société de production audiovisuelle : films institutionnels, publicitaires, vidéos de marque et documentaires d'entreprise.",
          "Nous réalisons vos vidéos corporate de A à Z : écriture, tournage, montage, étalonnage et mixage.",
          "Réalisateur indépendant, je conçois des films de présentation, des témoignages clients et des vidéos RH.",
          "Agence vidéo dédiée à la communication des entreprises et des collectivités.",
        ],
        [
          "Motion design et animation 2D/3D pour expliquer simplement vos process, produits ou chiffres clés.",
          "Vidéos animées, infographies animées et explainers pour vos présentations commerciales.",
          "Studio d'animation intégré : habillage graphique, génériques, titrages et data visualisation animée.",
        ],
        [
          "Équipe de tournage complète : chef opérateur, ingénieur du son, cadreurs, caméras cinéma Sony FX6 et RED.",
          "Matériel de tournage professionnel : stabilisateurs, travellings, éclairage, micros HF.",
          "Tournages multi-caméras en studio ou sur vos sites de production.",
        ],
        [
          "Déclinaisons pour les réseaux sociaux : formats courts, verticaux, sous-titrés, optimisés pour LinkedIn et Instagram.",
          "Nous livrons vos films en plusieurs formats et en plusieurs langues, avec sous-titres et voix off.",
          "Versions courtes, teasers et stories tirés de vos films longs.",
        ],
        [
          "Captation et retransmission en direct de vos conférences, plénières et webinaires.",
          "Live streaming multi-caméras avec régie mobile et diffusion sur vos plateformes.",
          "Captation d'événements et aftermovies montés dans la foulée.",
        ],
        [
          "Accompagnement de l'idée au film : note d'intention, scénario, storyboard, repérages et casting.",
          "Une écriture sur mesure pour raconter votre histoire et vos valeurs de façon sincère.",
          "Nous travaillons en direct avec les services communication, RH et marketing.",
        ],
        [
          "Références dans l'industrie, la logistique portuaire, la santé et l'aéronautique.",
          "Installés à la Belle de Mai, au cœur du pôle média marseillais.",
          "Plus de 200 films livrés pour des PME, des grands groupes et des institutions.",
        ],
      ],
      vague: ["Production audiovisuelle.", "Agence vidéo.", "Création de contenus."],
    },
    {
      key: "h-drone-prise-vue",
      naf: ["74.20Z", "59.11B", "71.12B"],
      names: ["AERO VISION 13", "DRONE SUD IMAGES", "CIEL OPTIQUE", "M. GARNIER THOMAS", "SKYPIXEL PROVENCE", "HELIXE", "VUE D'EN HAUT", "AIRSHOT"],
      ideas: [
        [
          "Prises de vues aériennes par drone : photos et vidéos 4K de vos bâtiments, chantiers, sites industriels et événements.",
          "Télépilote professionnel, je réalise des images aériennes pour la communication, l'immobilier et le BTP.",
          "Vidéo aérienne et photographie par drone pour entreprises, collectivités et agences.",
          "Des images spectaculaires vues du ciel pour valoriser vos installations.",
        ],
        [
          "Télépilotes certifiés (brevet théorique, formation pratique), exploitant déclaré auprès de la DGAC.",
          "Nous gérons toutes les autorisations de vol : scénarios S1 à S3, zones réglementées, demandes en préfecture.",
          "Assurance responsabilité civile aérienne et respect strict de la réglementation européenne EASA.",
        ],
        [
          "Suivi de chantier par drone : photos mensuelles depuis les mêmes points de vue, timelapse de construction.",
          "Inspection de toitures, ouvrages d'art, façades, pylônes et panneaux photovoltaïques sans échafaudage.",
          "Thermographie aérienne par caméra infrarouge pour détecter les déperditions et les défauts de panneaux solaires.",
        ],
        [
          "Photogrammétrie, orthophotos et modèles 3D pour vos études, cubatures et relevés.",
          "Relevés topographiques par drone avec précision centimétrique (RTK) et nuages de points.",
          "Calcul de volumes de stocks, carrières et terrassements à partir de nos levés aériens.",
        ],
        [
          "Flotte de drones DJI Inspire 3, Mavic 3 Enterprise et Matrice 350 avec caméras interchangeables.",
          "Matériel adapté à chaque mission : drone cinéma, drone FPV pour les vols intérieurs, drone industriel.",
          "Vols FPV immersifs à l'intérieur de vos usines et entrepôts.",
        ],
        [
          "Montage et livraison des rushs ou d'un film finalisé, en 4K.",
          "Nous travaillons aussi en sous-traitance pour les sociétés de production et les agences.",
          "Livraison rapide des images brutes ou traitées, selon vos besoins.",
        ],
        [
          "Interventions sur Marseille, Fos, l'étang de Berre et toute la région PACA.",
          "Basés à Vitrolles, nous volons dans toute la France.",
          "Plus de 800 missions réalisées, zones urbaines comprises.",
        ],
      ],
      vague: ["Télépilote de drone.", "Images aériennes.", "Services par drone."],
    },
  ],
  needs: [
    {
      target: "h-photo-packshot",
      related: ["h-photo-evenementiel"],
      title: "Photos produits catalogue 2025 – 420 réf.",
      description:
        "Nous renouvelons les visuels de notre catalogue de robinetterie industrielle : environ 420 références à photographier sur fond blanc, 3 angles par pièce, plus une vingtaine de mises en situation. Certaines vannes pèsent jusqu'à 35 kg ; prise de vue au studio du prestataire ou sur notre site de Vitrolles. Fichiers HD et web nommés par référence, livraison avant le 15 mars.",
      kind: "services",
      nafPicked: ["74.20Z"],
      budget: [9000, 16000],
    },
    {
      target: "h-film-entreprise",
      related: ["h-drone-prise-vue", "h-photo-evenementiel"],
      title: "Film institutionnel 3 min + formats LinkedIn",
      description:
        "Réalisation d'un film de présentation de notre plateforme logistique de Fos-sur-Mer (3 minutes) : interviews de 4 collaborateurs, quelques plans aériens du site, animation des chiffres clés et sous-titres anglais. Tournage sur 2 jours, plus 3 déclinaisons de 30 secondes pour les réseaux sociaux. Livraison souhaitée avant fin juin.",
      kind: "services",
      nafPicked: ["73.11Z"],
      budget: [15000, 30000],
    },
  ],
};
