import type { Trade } from "./types";

export const trade: Trade = {
  key: "nettoyage",
  specialties: [
    {
      key: "nettoyage-bureaux",
      naf: ["81.21Z", "81.22Z"],
      names: [
        "CLARTIS PROPRETE",
        "NETTOYAGE DU PARC D'ACTIVITES",
        "BRILLANCE ENTREPRISES",
        "PROPRETE PLUS TERTIAIRE",
        "AZUR NET SERVICES",
        "LES COMPAGNONS DE LA PROPRETE",
        "MAJESTIC NETTOYAGE",
        "FERREIRA ET FILS",
      ],
      ideas: [
        [
          "Entretien quotidien de bureaux, open spaces, salles de réunion et sanitaires.",
          "Nettoyage courant de vos locaux professionnels : dépoussiérage, aspiration, vidage des corbeilles, sanitaires.",
          "Propreté de vos espaces de travail, du cabinet médical au siège social de 5 000 m².",
        ],
        [
          "Interventions tôt le matin, en soirée ou en journée selon votre organisation.",
          "Passages quotidiens, hebdomadaires ou à la carte, en dehors de vos heures d'ouverture.",
          "Nettoyage en journée possible, pour plus de lien avec vos équipes.",
        ],
        [
          "Un chef d'équipe référent et des contrôles qualité réguliers sur site.",
          "Cahier des charges, fiches de passage et audit qualité mensuel.",
          "Personnel formé et encadré, remplacements garantis en cas d'absence.",
        ],
        [
          "Produits écolabellisés et nettoyage à la vapeur ou à l'eau pure.",
          "Démarche environnementale : microfibres, produits Ecolabel, dosage maîtrisé.",
          "Matériel électrique silencieux et produits sans danger pour les occupants.",
        ],
        [
          "Prestations complémentaires : shampooing de moquettes, décapage et remise en cire des sols.",
          "Traitement des sols : lavage mécanisé, mise en cire, cristallisation du marbre.",
          "Nettoyage périodique des moquettes par injection-extraction.",
        ],
        [
          "Fourniture des consommables sanitaires : papier, savon, sacs poubelle.",
          "Gestion des consommables et réapprovisionnement des distributeurs.",
          "Nous assurons aussi la sortie des conteneurs et le tri des déchets.",
        ],
      ],
      vague: ["Entreprise de nettoyage.", "Propreté et services.", "Multiservices aux entreprises."],
    },
    {
      key: "nettoyage-industriel-fin-chantier",
      naf: ["81.22Z", "81.29B", "43.39Z"],
      names: [
        "INDUSNET",
        "REMISE A NEUF SERVICES",
        "CHANTIER NET",
        "HYDRO-DECAP",
        "NETTOYAGE TECHNIQUE DU NORD",
        "KARSTEN INDUSTRIE PROPRETE",
        "FINITIO",
        "PROPRETE ET INDUSTRIE 69",
      ],
      ideas: [
        [
          "Nettoyage de fin de chantier : évacuation des déchets légers, dépoussiérage, retrait des protections, lavage des sols et menuiseries.",
          "Remise en propreté après travaux, avant la livraison des logements ou des bureaux.",
          "Nettoyage de livraison pour les promoteurs, constructeurs et entreprises générales.",
        ],
        [
          "Nettoyage industriel : ateliers, machines, charpentes, silos, cuves.",
          "Dégraissage de sols d'usine, nettoyage de machines et de lignes de production.",
          "Interventions en milieu industriel et agroalimentaire, y compris en hauteur.",
        ],
        [
          "Hydrocurage, nettoyage haute pression et cryogénie.",
          "Décapage haute pression, aspiration industrielle et nettoyage à la glace carbonique.",
          "Matériel lourd : autolaveuses, aspirateurs industriels, nettoyeurs haute pression eau chaude.",
        ],
        [
          "Travail en hauteur sur nacelle ou sur cordes, personnel formé et habilité.",
          "Équipes titulaires du CACES nacelle, formées au travail en hauteur et en espaces confinés.",
          "Entreprise certifiée MASE, plans de prévention maîtrisés.",
        ],
        [
          "Remise en état après sinistre, déménagement ou fin de bail.",
          "Nettoyage de locaux vacants avant état des lieux.",
          "Grand nettoyage ponctuel de parkings, entrepôts et quais.",
        ],
        [
          "Disponibles en urgence, y compris le week-end, pour tenir vos plannings de livraison.",
          "Équipes mobilisables sous 48 heures sur toute la région.",
          "Respect strict des délais de réception de chantier.",
        ],
      ],
      vague: ["Nettoyage professionnel.", "Propreté industrielle.", "Services de nettoyage."],
    },
    {
      key: "nettoyage-vitrerie",
      naf: ["81.22Z", "81.21Z", "43.34Z"],
      names: [
        "CRISTAL VITRES",
        "LE LAVEUR DE CARREAUX",
        "TRANSPARENCE SERVICES",
        "VITRANET",
        "HAUTS VITRAGES",
        "ECLAT FACADES",
        "CLAIRE-VOIE NETTOYAGE",
        "LAVAGE VITRES PRO",
      ],
      ideas: [
        [
          "Laveur de vitres professionnel : vitrines, baies vitrées, verrières et façades.",
          "Nettoyage de vitres pour commerces, bureaux et copropriétés.",
          "Lavage des vitrages intérieurs et extérieurs, encadrements compris.",
        ],
        [
          "Perche à eau pure jusqu'à 18 mètres, sans échelle ni produit.",
          "Système à eau osmosée : vitres sans traces et séchage naturel.",
          "Méthode traditionnelle mouilleur-raclette ou perche télescopique selon l'accès.",
        ],
        [
          "Façades vitrées en hauteur : nacelle ou travail sur cordes par cordistes certifiés.",
          "Accès difficiles traités par nos cordistes ou en nacelle élévatrice.",
          "Nettoyage de murs-rideaux et de verrières de grande hauteur.",
        ],
        [
          "Nettoyage des vitrines de commerces chaque semaine, avant l'ouverture.",
          "Tournées régulières de vitrines en centre-ville, hebdomadaires ou bimensuelles.",
          "Contrat d'entretien de vitrerie mensuel, trimestriel ou ponctuel.",
        ],
        [
          "Nettoyage également des panneaux solaires, vérandas, marquises et enseignes.",
          "Entretien des stores, des menuiseries et des bardages.",
          "Lavage de panneaux photovoltaïques pour préserver leur rendement.",
        ],
        [
          "Assurance responsabilité civile et personnel formé au travail en hauteur.",
          "Devis gratuit sur place sous 48 heures.",
          "Intervention en dehors des heures d'ouverture si besoin.",
        ],
      ],
      vague: ["Nettoyage de vitres.", "Vitrerie et propreté.", "Entreprise de nettoyage."],
    },
    {
      key: "aide-menagere-particuliers",
      naf: ["88.10A", "81.21Z", "96.09Z"],
      names: [
        "MAISON BIEN TENUE",
        "ADOMIA SERVICES",
        "LES FEES DU LOGIS",
        "COUP DE MAIN A DOMICILE",
        "SERENITE MENAGE",
        "DOMI'CLAIR",
        "HESTIA AIDE A DOMICILE",
        "SERVICES A LA PERSONNE DU VAL",
      ],
      ideas: [
        [
          "Ménage et repassage chez les particuliers, une ou plusieurs fois par semaine.",
          "Aide ménagère à domicile : entretien de la maison, vaisselle, linge, repassage.",
          "Nous faisons le ménage chez vous pendant que vous profitez de votre temps libre.",
        ],
        [
          "50 % de crédit d'impôt sur nos prestations, agrément services à la personne.",
          "Organisme de services à la personne : vos dépenses ouvrent droit à l'avance immédiate de crédit d'impôt.",
          "Paiement par CESU préfinancé accepté.",
        ],
        [
          "Accompagnement des personnes âgées : courses, préparation des repas, présence.",
          "Aide aux seniors pour rester chez eux : entretien du logement, aide aux courses.",
          "Prise en charge possible par les caisses de retraite et l'APA.",
        ],
        [
          "Intervenantes sélectionnées, formées et remplacées en cas d'absence.",
          "La même intervenante chaque semaine, clés confiées en toute sécurité.",
          "Personnel de confiance, encadré par une responsable de secteur.",
        ],
        [
          "Grand ménage de printemps, nettoyage avant ou après déménagement.",
          "Nettoyage ponctuel de votre appartement avant l'arrivée de locataires.",
          "Ménage des gîtes et locations saisonnières entre deux séjours.",
        ],
        [
          "Interventions sur la ville et les communes voisines.",
          "Devis gratuit et sans engagement, visite à domicile.",
          "Agence de proximité ouverte du lundi au samedi.",
        ],
      ],
      vague: ["Services à la personne.", "Aide à domicile.", "Ménage et repassage."],
    },
  ],
  needs: [
    {
      target: "nettoyage-bureaux",
      related: ["nettoyage-vitrerie", "nettoyage-industriel-fin-chantier"],
      title: "Ménage de nos locaux administratifs (1 200 m²)",
      description:
        "Recherche d'un prestataire pour le ménage de nos bureaux sur 2 niveaux (1 200 m², 90 postes, 12 sanitaires, cafétéria), 5 soirs par semaine après 18 h. Fourniture des consommables à inclure. Contrat d'un an à partir du 1er janvier, visite des locaux possible.",
      kind: "services",
      nafPicked: ["81.21Z"],
      budget: [35000, 50000],
    },
    {
      target: "nettoyage-vitrerie",
      related: ["nettoyage-bureaux", "nettoyage-industriel-fin-chantier"],
      title: "Lavage des baies vitrées du showroom et de la façade",
      description:
        "Nettoyage intérieur et extérieur des vitrages de notre showroom (environ 600 m² de vitres, dont une façade de 9 m de haut), 4 fois par an. Accès nacelle possible côté parking. Intervention avant 9 h ou le dimanche.",
      kind: "services",
      nafPicked: ["43.34Z"],
      budget: [3000, 6000],
    },
  ],
};
