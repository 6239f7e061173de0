import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "proprete-specialisee",
  specialties: [
    {
      key: "h-nettoyage-vitres-cordiste",
      naf: ["81.22Z", "43.99D", "81.21Z"],
      names: [
        "VERTICAL NET",
        "CORDE ET VITRE",
        "ALTI CLEAN PROVENCE",
        "ACCES DIFFICILES SERVICES",
        "M. PERRIN JEROME",
        "HAUTEUR PROPRE",
        "SUSPENDUS",
        "AZUR ALPI NETTOYAGE",
        "VITRERIE NET SUD",
      ],
      ideas: [
        [
          "Entreprise de travaux en hauteur : nos cordistes nettoient vos surfaces vitrées inaccessibles aux moyens classiques.",
          "Lavage de vitres en hauteur sur immeubles de bureaux, hôtels, centres commerciaux et bâtiments industriels.",
          "Nettoyage de murs-rideaux, verrières, atriums et façades en verre par accès sur cordes.",
          "Je suis cordiste depuis 14 ans et je prends en charge l'entretien des vitrages de grande hauteur.",
        ],
        [
          "Techniciens certifiés CQP cordiste et IRATA, formés au sauvetage et équipés d'EPI contrôlés.",
          "Tous nos intervenants sont titulaires du CQP Technicien cordiste niveau 1 ou 2.",
          "Travail en binôme systématique, plan de sauvetage et vérification périodique des équipements.",
        ],
        [
          "Interventions par cordes, nacelles élévatrices, perches télescopiques à eau pure ou gondoles de façade.",
          "Nous choisissons le moyen d'accès le plus adapté : nacelle, cordes, perche à eau osmosée.",
          "Utilisation de vos installations de toiture (nacelle permanente, rails, ancrages) après vérification.",
        ],
        [
          "Nettoyage des vitres, châssis, stores, bardages et panneaux de façade en une seule intervention.",
          "Entretien des bardages métalliques, des brise-soleil et des panneaux composites.",
          "Nettoyage des verrières et puits de lumière, démoussage des toitures terrasses.",
        ],
        [
          "Contrats annuels avec 2 à 4 passages par an, ou interventions ponctuelles.",
          "Planification avec vos services généraux et votre gestionnaire d'immeuble.",
          "Prestations régulières pour syndics, property managers et sièges sociaux.",
        ],
        [
          "Plan de prévention, analyse de risques et balisage au sol avant chaque intervention.",
          "Vérification des points d'ancrage et rédaction d'un mode opératoire spécifique au bâtiment.",
          "Nous respectons le Code du travail sur les travaux en hauteur et fournissons tous les documents sécurité.",
        ],
        [
          "Nous intervenons sur les tours de la Joliette, d'Euroméditerranée et sur tout le littoral.",
          "Basés à Marseille, interventions sur la région PACA et à Monaco.",
          "Petits travaux de maintenance en hauteur en complément : remplacement de joints, pose de filets anti-pigeons.",
        ],
      ],
      vague: ["Travaux sur cordes.", "Nettoyage de vitres.", "Travaux en hauteur et nettoyage."],
    },
    {
      key: "h-nettoyage-fin-chantier",
      naf: ["81.22Z", "81.21Z", "43.39Z"],
      names: [
        "NET CHANTIER 13",
        "PROPRETE LIVRAISON",
        "SARL CLEAN BAT",
        "RELAIS NETTOYAGE BTP",
        "M. DA SILVA JOAO",
        "FINITION PROPRE",
        "ECLAT CHANTIERS",
        "OMNI NETTOYAGE",
      ],
      ideas: [
        [
          "Nettoyage de fin de travaux avant la livraison de vos logements, bureaux et locaux commerciaux.",
          "Spécialiste du nettoyage après travaux : nous rendons vos locaux prêts à être occupés.",
          "Nous remettons en état les lieux à l'issue des chantiers de construction et de rénovation.",
          "Nettoyage de réception pour promoteurs, entreprises générales et maîtres d'ouvrage.",
        ],
        [
          "Enlèvement des poussières de plâtre, traces de peinture, laitances de ciment, colle et étiquettes sur les vitrages.",
          "Décapage des sols, grattage des vitres, dépoussiérage des gaines et des menuiseries.",
          "Nettoyage des sanitaires, cuisines, parties communes, parkings et locaux techniques avant réception.",
        ],
        [
          "Intervention en phases : nettoyage grossier pendant le chantier, puis nettoyage de finition avant les OPR.",
          "Nettoyages intermédiaires et mise en propreté finale, levée des réserves propreté.",
          "Nous suivons le planning du chantier et intervenons à la demande du conducteur de travaux.",
        ],
        [
          "Évacuation des déchets de chantier, gravats, emballages et bennes.",
          "Débarras et enlèvement des déchets avec tri et bordereaux de suivi.",
          "Location de bennes et tri des déchets de second œuvre.",
        ],
        [
          "Matériel professionnel : autolaveuses, monobrosses, aspirateurs industriels, injecteurs-extracteurs.",
          "Traitement des sols après travaux : décapage, cristallisation du marbre, protection des parquets.",
          "Cristallisation, lustrage et remise en état des sols durs.",
        ],
        [
          "Équipes mobilisables rapidement, y compris le week-end, pour tenir vos dates de livraison.",
          "Capacité de 30 agents pour les grands programmes immobiliers.",
          "Réactivité : devis sous 48 h et intervention dans la semaine.",
        ],
        [
          "Partenaires des promoteurs et entreprises du BTP des Bouches-du-Rhône depuis 2008.",
          "Nous assurons aussi l'entretien régulier de vos bureaux après la livraison.",
          "Entreprise de propreté qualifiée, à jour de ses obligations sociales.",
        ],
      ],
      vague: ["Entreprise de nettoyage.", "Nettoyage professionnel.", "Propreté et services.", "Nettoyage tous locaux."],
    },
    {
      key: "h-nettoyage-salle-propre",
      naf: ["81.22Z", "81.29B", "81.21Z"],
      names: [
        "ASEPTIQUE SERVICES",
        "CLEANROOM SUD",
        "ULTRAPROPRE",
        "BIOZONE HYGIENE",
        "STERIL NET",
        "ZONE CONTROLEE PROVENCE",
        "HYGIA INDUSTRIE",
        "PUR AIR SERVICES",
      ],
      ideas: [
        [
          "Nettoyage et désinfection des salles propres et zones à atmosphère contrôlée.",
          "Spécialiste du bionettoyage en environnement maîtrisé : industrie pharmaceutique, cosmétique, microélectronique, dispositifs médicaux.",
          "Nous assurons la propreté de vos zones classées selon des protocoles validés.",
          "Entretien des salles blanches, laboratoires et zones de production stériles.",
        ],
        [
          "Interventions en classes ISO 5 à ISO 8 et classes A à D selon les BPF.",
          "Respect des Bonnes Pratiques de Fabrication et de la norme ISO 14644.",
          "Maîtrise des exigences de l'Annexe 1 des BPF européennes.",
        ],
        [
          "Personnel formé et habillé selon vos procédures : habillage stérile, sas, gestuelle en zone.",
          "Nos agents sont qualifiés par vos soins et suivent une formation continue à l'hygiène et au comportement en salle propre.",
          "Agents habilités, suivi des habilitations et tests d'habillage réguliers.",
        ],
        [
          "Produits désinfectants et sporicides validés, rotation des agents biocides, matériel dédié et autoclavable.",
          "Méthode à double seau, lingettes stériles, franges à usage unique, essuyage unidirectionnel.",
          "Choix des détergents et désinfectants en concertation avec votre service qualité.",
        ],
        [
          "Traçabilité complète : fiches d'enregistrement, suivi des lots de produits, audits internes.",
          "Rapports d'intervention signés et dossier qualité disponible pour vos inspections ANSM et audits clients.",
          "Participation aux contrôles microbiologiques et plans d'actions correctives en cas de dérive.",
        ],
        [
          "Interventions quotidiennes, en horaires décalés ou en 3x8 selon vos cycles de production.",
          "Remise en propreté après arrêt technique ou travaux de maintenance en zone classée.",
          "Nettoyage d'isolateurs, de hottes à flux laminaire et d'équipements de production.",
        ],
        [
          "Clients dans la pharmacie, la biotech, les semi-conducteurs et l'agroalimentaire du sud de la France.",
          "Plus de 20 ans d'expérience en nettoyage industriel à haut niveau d'exigence.",
          "Certifiés ISO 9001 et MASE.",
        ],
      ],
      vague: ["Nettoyage industriel.", "Hygiène et propreté.", "Services de nettoyage spécialisés."],
    },
    {
      key: "h-degraffitage-facade",
      naf: ["81.22Z", "43.99D", "43.34Z"],
      names: [
        "ANTI TAG SERVICES",
        "FACADE NETTE",
        "EFFACE TAG 13",
        "M. MOREL KEVIN",
        "RENOV'FACADES PROPRETE",
        "GRAFF STOP",
        "HYDRO DECAPAGE SUD",
        "PIERRE ET MUR NETTOYAGE",
      ],
      ideas: [
        [
          "Enlèvement de tags et graffitis sur tous supports : pierre, béton, enduit, brique, métal, vitrages, mobilier urbain.",
          "Effacement de graffitis sur les murs, rideaux métalliques, portails et véhicules.",
          "Je supprime les tags de vos murs et devantures sans abîmer le support.",
          "Dégraffitage rapide pour commerces, copropriétés, bailleurs et collectivités.",
        ],
        [
          "Techniques adaptées au support : hydrogommage, aérogommage, eau chaude haute pression, décapants biodégradables.",
          "Gommage basse pression et micro-abrasion pour préserver la pierre et les enduits anciens.",
          "Nous utilisons des produits respectueux de l'environnement et récupérons les eaux de lavage.",
        ],
        [
          "Application de protections anti-graffitis permanentes ou sacrificielles après nettoyage.",
          "Vernis anti-tags incolores qui facilitent l'effacement des futures dégradations.",
          "Protection préventive de vos façades neuves ou ravalées.",
        ],
        [
          "Nettoyage de façades : démoussage, suppression des salissures de pollution, traces de ruissellement et lichens.",
          "Nettoyage et rénovation de façades sans échafaudage lourd, grâce à nos nacelles.",
          "Remise en propreté de murs en pierre de taille, soubassements et murs de clôture.",
        ],
        [
          "Contrats d'entretien avec passage régulier et intervention sous 48 h après signalement.",
          "Abonnement anti-tag : nous effaçons toute nouvelle inscription sans surcoût.",
          "Interventions d'urgence pour les inscriptions injurieuses, sous 24 h.",
        ],
        [
          "Camions équipés d'hydrogommeuses, de nettoyeurs haute pression eau chaude et de nacelles.",
          "Matériel autonome en eau et électricité pour intervenir partout.",
          "Retouches de peinture teintée à l'identique quand le support ne permet pas l'effacement.",
        ],
        [
          "Nous travaillons avec les villes, les bailleurs sociaux, la SNCF et les gestionnaires de centres commerciaux.",
          "Intervention dans Marseille, Aix et toute la métropole.",
          "Plus de 50 000 m² de surfaces traitées chaque année.",
        ],
      ],
      vague: ["Nettoyage de façades.", "Entretien extérieur des bâtiments.", "Nettoyage haute pression."],
    },
  ],
  needs: [
    {
      target: "h-nettoyage-vitres-cordiste",
      related: ["h-degraffitage-facade"],
      title: "Lavage vitres extérieures tour R+18 – accès cordes",
      description:
        "Nettoyage des façades vitrées de notre immeuble de bureaux R+18 à la Joliette (environ 6 500 m² de vitrage et murs rideaux), 2 passages par an. La nacelle de toit étant hors service, l'accès se fera sur cordes : personnel certifié exigé, plan de prévention à établir avec notre service HSE. Premier passage en avril.",
      kind: "services",
      nafPicked: ["81.21Z"],
      budget: [18000, 30000],
    },
    {
      target: "h-nettoyage-salle-propre",
      related: ["h-nettoyage-fin-chantier"],
      title: "Bionettoyage zones ISO 7 / ISO 8 – contrat 3 ans",
      description:
        "Nous recherchons un prestataire pour le nettoyage de nos zones à atmosphère contrôlée (420 m² classés ISO 7 et ISO 8, sas et vestiaires) sur notre site de fabrication de dispositifs médicaux de La Ciotat. Passage 5 jours sur 7 en fin de poste, alternance des désinfectants, traçabilité et personnel formé aux BPF. Démarrage au 1er janvier.",
      kind: "services",
      nafPicked: ["81.29A"],
      budget: null,
    },
  ],
};
