import type { Trade } from "./types";

export const trade: Trade = {
  key: "plomberie-chauffage",
  specialties: [
    {
      key: "plomberie-tertiaire",
      naf: ["43.22A", "43.22B"],
      names: [
        "PLOMBERIE TERTIAIRE IDF",
        "FLUIDES BATIMENT SERVICES",
        "HYDRO INSTALLATIONS",
        "SARL COLIN PLOMBERIE",
        "SANITAIRE ET RESEAUX",
        "AQUATEC BATIMENT",
        "LES PLOMBIERS ASSOCIES",
        "TUYAUTERIE GENERALE DU NORD",
        "EAU ET GAZ INSTALLATIONS",
      ],
      ideas: [
        [
          "Plomberie sanitaire pour bâtiments tertiaires, hôtels, hôpitaux et logements collectifs.",
          "Lot plomberie en neuf et en réhabilitation : réseaux d'eau froide, d'eau chaude, évacuations.",
          "Installation de réseaux de plomberie pour bureaux, commerces et établissements publics.",
        ],
        [
          "Sanitaires collectifs, blocs WC, vestiaires et douches pour sites industriels et sportifs.",
          "Équipements sanitaires PMR conformes à la réglementation accessibilité.",
          "Robinetterie temporisée, urinoirs, lave-mains et sanitaires inox pour collectivités.",
        ],
        [
          "Production d'eau chaude sanitaire collective et traitement anti-légionelle.",
          "Bouclage ECS, désembouage et mise en conformité des réseaux contre la légionellose.",
          "Traitement d'eau : adoucisseurs, disconnecteurs, filtration.",
        ],
        [
          "Réseaux gaz, colonnes montantes et alimentation de cuisines professionnelles.",
          "Installation gaz pour restaurants et cuisines collectives, certificats de conformité.",
          "Tuyauterie acier, cuivre, multicouche et PEHD.",
        ],
        [
          "Contrats de maintenance multi-sites pour gestionnaires de patrimoine et enseignes.",
          "Maintenance plomberie préventive et curative de parcs immobiliers.",
          "Astreinte pour les fuites et dégâts des eaux dans les immeubles de bureaux.",
        ],
        [
          "Qualification Qualibat plomberie, qualifications gaz PGN et PGP.",
          "30 plombiers et un bureau d'études fluides.",
          "Équipes formées aux travaux en site occupé et en milieu hospitalier.",
        ],
      ],
      vague: ["Plomberie.", "Plomberie, chauffage.", "Entreprise de plomberie sanitaire.", "Tous travaux du bâtiment."],
    },
    {
      key: "chauffagiste-pac",
      naf: ["43.22B", "33.12Z", "43.22A"],
      names: [
        "CHAUFFAGE CONFORT ENERGIE",
        "THERMI'SERVICES",
        "POMPE A CHALEUR DU SUD-OUEST",
        "CHAUDIERES ET ENTRETIEN",
        "SARL VIDAL CHAUFFAGE",
        "CALORIE PLUS",
        "ECO-CHALEUR",
        "AEROTHERMIE SERVICES",
        "FLAMME BLEUE MAINTENANCE",
      ],
      ideas: [
        [
          "Installation, entretien et dépannage de chaudières gaz, fioul et granulés.",
          "Chauffagiste : remplacement de chaudières, chaudières à condensation, planchers chauffants.",
          "Installation de chauffage central et de radiateurs à eau.",
        ],
        [
          "Pompes à chaleur air/eau et air/air, géothermie, ballons thermodynamiques.",
          "Remplacement de votre chaudière fioul par une pompe à chaleur, aides déduites du devis.",
          "Installateur de PAC, systèmes hybrides et chauffe-eau thermodynamiques.",
        ],
        [
          "Certifié RGE QualiPAC et Qualigaz, attestation de capacité fluides frigorigènes.",
          "Qualifications RGE QualiPAC, QualiBois et Qualibat.",
          "Professionnel RGE : vos travaux sont éligibles aux primes CEE et à MaPrimeRénov'.",
        ],
        [
          "Contrats d'entretien annuel obligatoire des chaudières et pompes à chaleur.",
          "Entretien annuel, ramonage, attestation d'entretien et dépannage sous 24 h.",
          "Visite annuelle : nettoyage, contrôle de combustion, mesure de rendement.",
        ],
        [
          "Chaufferies collectives, sous-stations et réseaux de chaleur en copropriété.",
          "Rénovation de chaufferies de copropriétés et de petits bâtiments tertiaires.",
          "Exploitation de chaufferies, contrats P2/P3.",
        ],
        [
          "Poêles à granulés, chaudières bois et inserts.",
          "Installation de poêles à bois et à granulés, tubage de conduits.",
          "Solaire thermique et chauffe-eau solaires.",
        ],
      ],
      vague: ["Chauffage.", "Plomberie, chauffage, sanitaire.", "Énergies.", "Artisan chauffagiste."],
    },
    {
      key: "renovation-salle-de-bain",
      naf: ["43.22A", "43.33Z", "43.39Z"],
      names: [
        "BAINS ET CREATIONS",
        "SALLE DE BAIN CLE EN MAIN",
        "ESPACE BAIN DESIGN",
        "RENOV'BAIN",
        "L'ATELIER DE L'EAU",
        "MOREL PLOMBERIE DECORATION",
        "DOUCHE SENIOR CONFORT",
        "O'BAIN",
        "AQUADECO",
      ],
      ideas: [
        [
          "Rénovation complète de salles de bains clé en main : plomberie, carrelage, électricité, meubles.",
          "Nous transformons votre salle de bains de A à Z, avec un seul interlocuteur.",
          "Création et rénovation de salles d'eau pour maisons et appartements.",
        ],
        [
          "Remplacement de baignoire par une douche à l'italienne ou extra-plate pour les seniors.",
          "Salles de bains adaptées au maintien à domicile, éligibles MaPrimeAdapt'.",
          "Douche de plain-pied, barres d'appui, sièges de douche.",
        ],
        [
          "Showroom de 200 m² pour choisir meubles, vasques, faïences et robinetterie.",
          "Conception en 3D de votre future salle de bains.",
          "Visite de notre salle d'exposition et devis détaillé gratuit.",
        ],
        [
          "Travaux réalisés en 5 à 10 jours selon le projet.",
          "Chantier propre, protection des sols, évacuation des gravats.",
          "Planning garanti et prix ferme.",
        ],
        [
          "Plomberie domestique : chauffe-eau, WC suspendus, remplacement de robinetterie.",
          "Pose de WC suspendus, mitigeurs thermostatiques, colonnes de douche.",
          "Réparation de fuites et remplacement de ballons d'eau chaude chez les particuliers.",
        ],
        [
          "Carrelage grand format, faïence, receveurs extra-plats, parois vitrées.",
          "Béton ciré, panneaux muraux étanches et résines décoratives.",
          "Pose soignée de la faïence et joints époxy.",
        ],
      ],
      vague: ["Plomberie.", "Salles de bains.", "Rénovation intérieure.", "Plomberie, carrelage."],
    },
    {
      key: "debouchage-hydrocurage",
      naf: ["37.00Z", "43.22A", "81.29A"],
      names: [
        "ASSAINISSEMENT SERVICES 24",
        "HYDROCURAGE EXPRESS",
        "DEBOUCH'PRO",
        "VIDANGE ET CURAGE DU CENTRE",
        "CANALISATIONS NET",
        "SOS CANALISATIONS",
        "EAUX USEES SERVICES",
        "TRAITEMENT RESEAUX OUEST",
        "SANI-FLUX",
      ],
      ideas: [
        [
          "Débouchage de canalisations, WC, éviers et colonnes d'immeubles, 24 h/24.",
          "Désengorgement de réseaux d'évacuation au furet électrique ou à haute pression.",
          "Intervention urgente pour canalisations bouchées et refoulements.",
        ],
        [
          "Hydrocurage haute pression des réseaux d'eaux usées et pluviales.",
          "Camions hydrocureurs et combinés aspiration-curage pour collectivités et industriels.",
          "Curage préventif des réseaux, bacs à graisse et postes de relevage.",
        ],
        [
          "Inspection télévisée des canalisations (ITV) et recherche de fuites.",
          "Passage caméra avec rapport vidéo, localisation des casses et contre-pentes.",
          "Diagnostic de réseaux par caméra et test à la fumée.",
        ],
        [
          "Vidange de fosses septiques, séparateurs d'hydrocarbures et bacs à graisse.",
          "Pompage et traitement des boues, bordereaux de suivi des déchets.",
          "Entretien des séparateurs à hydrocarbures de stations-service et parkings.",
        ],
        [
          "Réhabilitation sans tranchée : chemisage, manchettes, fraisage robotisé.",
          "Réparation de canalisations par l'intérieur, sans casser.",
          "Gainage et chemisage des colonnes d'évacuation d'immeubles.",
        ],
        [
          "Contrats d'entretien pour restaurants, syndics, industriels et collectivités.",
          "Agrément préfectoral pour la vidange, flotte de 12 camions.",
          "Intervention sous 2 heures sur tout le département.",
        ],
      ],
      vague: ["Assainissement.", "Services aux collectivités.", "Plomberie, débouchage.", "Traitement des eaux."],
    },
  ],
  needs: [
    {
      target: "chauffagiste-pac",
      related: ["plomberie-tertiaire", "cvc-tertiaire"],
      kind: "works",
      title: "Remplacement des chaudières fioul du groupe scolaire",
      description:
        "La commune veut remplacer les deux chaudières fioul (2 × 150 kW) du groupe scolaire par une pompe à chaleur air/eau haute température avec appoint gaz, raccordée aux radiateurs existants. Dimensionnement, neutralisation des cuves et contrat d'entretien de 3 ans inclus. Travaux entre juin et septembre.",
      nafPicked: ["43.22A"],
      budget: [180000, 260000],
    },
    {
      target: "debouchage-hydrocurage",
      related: ["plomberie-tertiaire"],
      kind: "services",
      title: "Entretien des évacuations de notre cuisine centrale",
      description:
        "Cuisine centrale de 3 000 repas par jour : nous cherchons un prestataire pour la vidange trimestrielle du bac à graisse (5 m³), le curage annuel des réseaux et une inspection caméra des collecteurs suite à des refoulements répétés. Bordereaux de suivi des déchets obligatoires.",
      nafPicked: ["37.00Z"],
      budget: [8000, 15000],
    },
  ],
};
