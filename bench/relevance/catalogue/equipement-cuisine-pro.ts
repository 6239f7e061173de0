import type { Trade } from "./types";

export const trade: Trade = {
  key: "equipement-cuisine-pro",
  specialties: [
    {
      key: "cuisine-pro-installation",
      naf: ["33.12Z", "43.22B", "46.69B"],
      names: [
        "FROID ET CUISSON SERVICES",
        "GRANDE CUISINE EQUIPEMENT",
        "CHR TECHNIC",
        "RESTO SERVICE MAINTENANCE",
        "CUISINES PROFESSIONNELLES DU LITTORAL",
        "THERMICUISINE",
        "SOGECHR",
        "DAVID EQUIPEMENT HOTELIER",
        "CUISSON PRO 69",
      ],
      ideas: [
        [
          "Conception, installation et maintenance de cuisines professionnelles.",
          "Équipementier CHR : nous aménageons les cuisines de restaurants, cantines et hôtels.",
          "De l'étude du plan de cuisine à la mise en service des équipements.",
        ],
        [
          "Fours mixtes, fourneaux, friteuses, sauteuses et cellules de refroidissement.",
          "Nous installons et réparons fours, lave-vaisselle à capot, tunnels de lavage et chambres froides.",
          "Matériel de cuisson, de laverie et de froid commercial toutes marques.",
        ],
        [
          "Contrats d'entretien préventif avec dépannage sous 4 h pour les restaurants.",
          "Service après-vente 6 jours sur 7, pièces détachées en stock.",
          "Techniciens itinérants, intervention le jour même dans la plupart des cas.",
        ],
        [
          "Hottes et extraction : installation, raccordement et nettoyage des conduits.",
          "Ventilation des cuisines professionnelles conforme au règlement de sécurité incendie.",
          "Pose de tourelles d'extraction, caissons et compensation d'air.",
        ],
        [
          "Raccordements gaz, électricité et eau de tous les appareils de cuisson.",
          "Techniciens qualifiés gaz et frigoristes titulaires de l'attestation de capacité fluides frigorigènes.",
          "Mise en conformité des installations gaz des établissements recevant du public.",
        ],
        [
          "Plans de cuisine respectant la marche en avant et les exigences des services vétérinaires.",
          "Aide à la conception de cuisines centrales et de laboratoires conformes HACCP.",
          "Études d'implantation et dossiers d'agrément pour la DDPP.",
        ],
        [
          "Clientèle : restaurants, collectivités, EHPAD, hôtels, boulangeries.",
          "Partenaires des chaînes de restauration et des cuisines collectives de la région.",
          "Plus de 600 établissements sous contrat d'entretien.",
        ],
      ],
      vague: ["Équipement CHR.", "Maintenance.", "Installation et dépannage.", "Matériel professionnel."],
    },
    {
      key: "depannage-electromenager",
      naf: ["95.22Z", "47.54Z"],
      names: [
        "ALLO ELECTROMENAGER",
        "DEPANN'MENAGER",
        "SOS LAVE-LINGE",
        "REPARATION MENAGERE DU CENTRE",
        "ETS LEFEVRE ELECTROMENAGER",
        "ELECTRO SERVICE DOMICILE",
        "LE BON DEPANNEUR",
        "REPAR'TOUT 86",
        "MENAGER PLUS",
      ],
      ideas: [
        [
          "Dépannage d'électroménager à domicile : lave-linge, lave-vaisselle, réfrigérateur, four.",
          "Nous réparons vos appareils ménagers chez vous, toutes marques.",
          "Réparation de gros électroménager pour les particuliers.",
        ],
        [
          "Déplacement et diagnostic à prix fixe, devis avant réparation.",
          "Forfait de déplacement annoncé à l'avance, pas de mauvaise surprise.",
          "Diagnostic offert si vous acceptez la réparation.",
        ],
        [
          "Intervention sous 48 h dans toute l'agglomération.",
          "Rendez-vous en ligne ou par téléphone, du lundi au samedi.",
          "Un technicien chez vous en moins de deux jours.",
        ],
        [
          "Agréés par plusieurs fabricants pour les réparations sous garantie.",
          "Station technique agréée par les grandes marques d'électroménager.",
          "Nous traitons les dossiers d'extension de garantie et d'assurance.",
        ],
        [
          "Réparer plutôt que jeter : bonus réparation déduit directement de la facture.",
          "Labellisés QualiRépar, vous bénéficiez du bonus réparation.",
          "Engagés contre l'obsolescence, nous prolongeons la vie de vos appareils.",
        ],
        [
          "Vente de pièces détachées et d'appareils reconditionnés garantis.",
          "Magasin d'électroménager neuf et reconditionné.",
          "Livraison et installation d'appareils neufs à domicile.",
        ],
      ],
      vague: ["Dépannage.", "Réparation d'appareils.", "Électroménager.", "Services à domicile."],
    },
    {
      key: "distribution-automatique-cafe",
      naf: ["47.99B", "46.69B", "77.39Z"],
      names: [
        "CAFE DISTRIBUTION SERVICES",
        "AUTOMATES ET GOURMANDISES",
        "PAUSE MINUTE",
        "SODIVA",
        "EXPRESSO PRO",
        "BREAK TIME",
        "DISTRIBUTION AUTOMATIQUE DU SUD",
        "ARABICA BUREAUX",
        "VENDING NORD",
      ],
      ideas: [
        [
          "Distributeurs automatiques de boissons chaudes, snacks et boissons fraîches pour les entreprises.",
          "Nous installons et exploitons des distributeurs automatiques dans vos locaux.",
          "Solutions de pause-café et de distribution automatique en entreprise.",
        ],
        [
          "Machines à café grains en location ou en prêt contre achat des consommables.",
          "Machines expresso professionnelles pour bureaux de 5 à 500 personnes.",
          "Fontaines à eau, machines à café et distributeurs de collations.",
        ],
        [
          "Approvisionnement, nettoyage et entretien des machines par nos propres équipes.",
          "Nos agents de route réapprovisionnent et nettoient les appareils chaque semaine.",
          "Maintenance et dépannage des distributeurs inclus dans le contrat.",
        ],
        [
          "Cafés issus du commerce équitable, produits bio et snacks équilibrés.",
          "Large gamme de produits : café de torréfacteur, thés, encas sains.",
          "Offre de produits locaux et de cafés en grains biologiques.",
        ],
        [
          "Paiement sans contact, par badge ou par application mobile.",
          "Distributeurs connectés avec télémétrie pour ne jamais être en rupture.",
          "Mise à disposition gratuite avec commission sur les ventes, ou prix subventionnés par l'employeur.",
        ],
        [
          "Micro-marchés et frigos connectés pour les sites sans restaurant d'entreprise.",
          "Corners de restauration en libre-service ouverts 24 h/24.",
          "Alternative à la cantine pour les sites de 50 à 300 salariés.",
        ],
      ],
      vague: ["Distribution automatique.", "Café.", "Services aux entreprises.", "Vente par automates."],
    },
  ],
  needs: [
    {
      target: "cuisine-pro-installation",
      related: ["fabrication-inox-cuisine", "distribution-automatique-cafe"],
      title: "Rénovation de la cuisine de notre restaurant d'entreprise (400 couverts)",
      description:
        "Remplacement de 2 fours mixtes, du tunnel de lavage et de la hotte du restaurant inter-entreprises, avec plans conformes à la marche en avant. Travaux pendant la fermeture estivale (3 semaines en août). Contrat de maintenance de 3 ans à chiffrer en option.",
      kind: "works",
      nafPicked: ["56.29A"],
      budget: [150000, 220000],
    },
    {
      target: "distribution-automatique-cafe",
      related: ["cuisine-pro-installation", "traiteur-entreprise"],
      title: "Coin café et snacks pour nos 3 sites de bureaux",
      description:
        "Nous cherchons un prestataire pour installer et approvisionner des machines à café grains et un distributeur de collations sur nos 3 sites (250 salariés au total). Paiement par badge, produits bio appréciés, prix en partie pris en charge par l'employeur.",
      kind: "services",
      nafPicked: ["47.99B"],
      budget: null,
    },
  ],
};
