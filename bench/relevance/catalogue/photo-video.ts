import type { Trade } from "./types";

export const trade: Trade = {
  key: "photo-video",
  specialties: [
    {
      key: "photographie-industrielle-corporate",
      naf: ["74.20Z", "73.11Z", "90.03B"],
      names: [
        "OBJECTIF USINE",
        "LUMEN CORPORATE",
        "STUDIO HALLE 7",
        "PIXEL ET ACIER",
        "REGARD INDUSTRIEL",
        "ATELIER FOCALE PRO",
        "BERTRAND LECLERCQ PHOTOGRAPHIE",
        "CLAIR-OBSCUR ENTREPRISES",
      ],
      ideas: [
        [
          "Photographe industriel : ateliers, lignes de production, machines et savoir-faire en situation.",
          "Reportages photo dans vos usines, chantiers et laboratoires, pour montrer vos métiers tels qu'ils sont.",
          "Nous mettons en images l'industrie : process, opérateurs, sites de production, équipements.",
        ],
        [
          "Portraits corporate des dirigeants et des équipes, sur fond neutre ou en situation de travail.",
          "Photos d'équipe et portraits professionnels réalisés dans vos locaux avec un studio mobile.",
          "Trombinoscope, portraits pour le rapport annuel et profils LinkedIn des collaborateurs.",
        ],
        [
          "Packshots et photos produits pour catalogues, sites e-commerce et fiches techniques.",
          "Prise de vue de produits industriels, même volumineux, sur fond blanc ou en décor.",
          "Studio de 200 m² équipé pour photographier pièces mécaniques, mobilier et équipements.",
        ],
        [
          "Couverture photo de vos événements d'entreprise : inaugurations, séminaires, salons.",
          "Reportage lors de conventions, remises de prix et portes ouvertes, images livrées le soir même.",
          "Photographe pour vos événements corporate et vos relations presse.",
        ],
        [
          "Respect des consignes de sécurité sur site : EPI, accueil sécurité, zones ATEX.",
          "Habitués des environnements contraints : salles blanches, sites Seveso, plateformes pétrochimiques.",
          "Interventions en milieu industriel avec EPI et plan de prévention.",
        ],
        [
          "Cession de droits adaptée à vos usages : print, web, salons, communication interne.",
          "Retouche, étalonnage et livraison des fichiers HD via une galerie privée en ligne.",
          "Banque d'images d'entreprise constituée et indexée pour votre service communication.",
        ],
      ],
      vague: ["Photographe professionnel.", "Studio photo.", "Prise de vue pour les entreprises."],
    },
    {
      key: "photographie-mariage-portrait",
      naf: ["74.20Z", "90.03B", "47.78C"],
      names: [
        "L'INSTANT DORE",
        "STUDIO COQUELICOT",
        "LES PHOTOS DE CAMILLE",
        "OUI PHOTOGRAPHIE",
        "DENTELLE ET LUMIERE",
        "ATELIER PORTRAIT FAMILLE",
        "REFLETS DE VIE",
        "STUDIO PHOTO DU MARCHE",
      ],
      ideas: [
        [
          "Photographe de mariage : préparatifs, cérémonie, couple et soirée, en reportage naturel.",
          "Je raconte votre mariage en images, des préparatifs à la première danse.",
          "Reportage de mariage et d'engagement, style spontané et lumineux.",
        ],
        [
          "Séances portrait en studio : grossesse, naissance, famille, enfants.",
          "Portraits de famille, nouveau-nés et séances en extérieur.",
          "Studio photo de quartier : portraits, photos de bébé, photos de classe.",
        ],
        [
          "Photos d'identité aux normes ANTS et tirages en boutique.",
          "Photos d'identité, tirages, agrandissements et encadrement.",
          "Boutique photo : photos officielles pour passeport, développement et restauration de vieilles photos.",
        ],
        [
          "Albums photo haut de gamme, livres reliés et tirages d'art.",
          "Remise des photos dans une galerie en ligne et album personnalisé.",
          "Coffrets, clés USB et albums en lin pour conserver vos souvenirs.",
        ],
        [
          "Baptêmes, communions, anniversaires et fêtes de famille.",
          "Séances couple, EVJF et photos de fiançailles.",
          "Je photographie aussi les cérémonies laïques et les fêtes de famille.",
        ],
        [
          "Déplacements dans tout le département et au-delà, forfaits à la journée.",
          "Forfaits mariage tout compris, devis personnalisé.",
          "Disponible les week-ends de mai à octobre ; réservation conseillée un an à l'avance.",
        ],
      ],
      vague: ["Photographe.", "Studio photo et portrait.", "Photographie d'art et de famille."],
    },
    {
      key: "production-film-entreprise",
      naf: ["59.11B", "73.11Z", "90.01Z", "74.20Z"],
      names: [
        "PLAN SEQUENCE PRODUCTIONS",
        "MOTIONFACTORY",
        "KINOPRO ENTREPRISES",
        "BOBINE ET PIXEL",
        "STUDIO TRAVELLING",
        "CADRAGE CORPORATE",
        "LES FILMS DU PREAU",
        "VIDEOLAB CREATION",
      ],
      ideas: [
        [
          "Production de films d'entreprise : présentation de société, films institutionnels, marque employeur.",
          "Nous réalisons vos vidéos corporate de A à Z, de l'écriture au montage final.",
          "Agence de production audiovisuelle : films institutionnels, témoignages clients, films de recrutement.",
        ],
        [
          "Motion design et animations 2D/3D pour expliquer un produit, un service ou un process.",
          "Vidéos explicatives en motion design, infographies animées et tutoriels.",
          "Animation graphique, habillage et génériques pour vos contenus vidéo.",
        ],
        [
          "Équipe complète : réalisateur, cadreur, ingénieur du son, monteur, étalonneur.",
          "Tournage en 4K avec stabilisateurs, éclairage et prise de son professionnels.",
          "Moyens techniques internes : caméras cinéma, plateau de tournage, salle de montage.",
        ],
        [
          "Écriture du scénario, storyboard et casting inclus dans nos prestations.",
          "Accompagnement éditorial : nous vous aidons à trouver l'angle et le message de votre film.",
          "Conception, scénarisation et réalisation clés en main.",
        ],
        [
          "Formats courts pour les réseaux sociaux : LinkedIn, Instagram, YouTube.",
          "Déclinaisons de vos films en formats verticaux et sous-titrés pour le web.",
          "Captation et diffusion en direct de vos conférences et webinaires.",
        ],
        [
          "Références dans l'industrie, la santé, les collectivités et le BTP.",
          "Plus de 300 films produits pour des PME comme pour des groupes.",
          "Films de sécurité, d'accueil et de formation pour vos équipes.",
        ],
      ],
      vague: ["Production audiovisuelle.", "Agence vidéo.", "Communication et image."],
    },
    {
      key: "prise-de-vue-drone",
      naf: ["74.20Z", "71.12B", "59.11B"],
      names: ["AIRVUE", "DRONE OUEST SERVICES", "HAUTE PRISE", "SKYPIX IMAGERIE", "ALTITUDE IMAGES", "VUE DU CIEL 38", "AEROSCAN TECH", "OEIL D'AIGLE DRONES"],
      ideas: [
        [
          "Prises de vues aériennes par drone : photos et vidéos de sites industriels, chantiers et bâtiments.",
          "Photographie et vidéo aériennes par drone pour l'immobilier, le BTP et le tourisme.",
          "Images vues du ciel de vos installations, pour votre communication ou vos dossiers.",
        ],
        [
          "Suivi de chantier par drone : survols réguliers et comparatifs d'avancement.",
          "Reportage d'avancement de travaux par drone, mensuel ou hebdomadaire.",
          "Timelapse et suivi aérien de vos chantiers de construction.",
        ],
        [
          "Inspection technique de toitures, ouvrages d'art, pylônes et éoliennes.",
          "Inspection visuelle et thermique par drone, sans échafaudage ni nacelle.",
          "Caméra thermique embarquée pour détecter les déperditions et les défauts de panneaux solaires.",
        ],
        [
          "Photogrammétrie, orthophotos et modèles 3D pour géomètres et bureaux d'études.",
          "Relevés topographiques et calculs de volumes de stocks par drone.",
          "Nuage de points et modélisation 3D de bâtiments à partir de prises de vues aériennes.",
        ],
        [
          "Télépilotes certifiés, exploitant déclaré auprès de la DGAC, assurance responsabilité civile aérienne.",
          "Toutes les autorisations de vol gérées par nos soins, y compris en zone urbaine.",
          "Vols en scénarios standard européens et autorisations préfectorales pour les sites sensibles.",
        ],
        [
          "Intervention dans tout le Grand Ouest, sous 48 heures.",
          "Montage et livraison des images en haute définition ou en 4K.",
          "Opérateur unique ou équipe pilote + cadreur pour les tournages complexes.",
        ],
      ],
      vague: ["Services par drone.", "Prises de vues aériennes.", "Télépilote professionnel."],
    },
  ],
  needs: [
    {
      target: "production-film-entreprise",
      related: ["prise-de-vue-drone", "photographie-industrielle-corporate"],
      title: "Vidéo de présentation de l'entreprise pour le recrutement",
      description:
        "Nous cherchons un prestataire pour tourner une vidéo de 2 à 3 minutes sur notre usine et nos métiers, avec interviews de 4 salariés, à diffuser sur notre site carrières et LinkedIn. Une version de 30 secondes au format vertical est aussi souhaitée. Tournage sur 2 jours en mai.",
      kind: "services",
      nafPicked: ["74.20Z"],
      budget: [6000, 12000],
    },
    {
      target: "photographie-industrielle-corporate",
      related: ["prise-de-vue-drone", "production-film-entreprise"],
      title: "Reportage photo de notre site de production et de nos produits",
      description:
        "Renouvellement de nos visuels : photos des ateliers (soudure, usinage, assemblage) avec opérateurs au travail, une vingtaine de portraits de l'encadrement et packshots de 35 références pour le catalogue. Port des EPI obligatoire sur site. Cession des droits pour tous supports.",
      kind: "services",
      nafPicked: ["74.20Z"],
      budget: [3000, 7000],
    },
  ],
};
